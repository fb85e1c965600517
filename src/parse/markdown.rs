//! Markdown body -> typed segments: the one module that knows pulldown-cmark.
//!
//! Events are folded into [`Segment`]s with line numbers right here; no later stage
//! walks raw events.

use super::directives;
use super::{Link, Segment, SegmentKind};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// Parses a Markdown body whose first line is `first_line` of the file.
pub fn segments(body: &str, first_line: u32) -> Vec<Segment> {
    // A lone CR ends a line in CommonMark; turn it into LF (same length, same offsets).
    match has_lone_cr(body) {
        true => segments_normalised(&lone_cr_to_lf(body), first_line),
        false => segments_normalised(body, first_line),
    }
}

/// [`segments`] of a body that has no lone CR.
pub(crate) fn segments_normalised(body: &str, first_line: u32) -> Vec<Segment> {
    let lines = LineIndex::new(body, first_line);
    let mut b = Builder {
        body,
        lines: &lines,
        out: Vec::new(),
        open: Vec::new(),
        quotes: Vec::new(),
        list_depth: 0,
        row: 0,
        column: 0,
    };
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        b.event(event, range);
    }
    while let Some(open) = b.open.pop() {
        b.emit(open);
    }
    b.out.sort_by_key(|s| s.line);
    b.out
}

/// Whether `text` has a CR not followed by LF (memchr over the CRs only; a CRLF or LF
/// file costs one scan and no copy).
pub(crate) fn has_lone_cr(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\r', bytes).any(|i| bytes.get(i + 1) != Some(&b'\n'))
}

/// Turns each lone CR (a line end in CommonMark) into LF; same length, same offsets.
pub(crate) fn lone_cr_to_lf(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') {
            '\n'
        } else {
            c
        });
    }
    out
}

/// Maps byte offsets of the body to 1-based file lines (`\n`, `\r\n` and lone `\r` end lines).
struct LineIndex {
    starts: Vec<usize>,
    first_line: u32,
}

impl LineIndex {
    fn new(text: &str, first_line: u32) -> LineIndex {
        // Lone CRs were turned into LFs before, so `\n` ends every line (memchr-fast).
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts, first_line }
    }

    fn line(&self, offset: usize) -> u32 {
        let idx = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        self.first_line + idx as u32
    }
}

/// A segment being built.
struct Open {
    kind: SegmentKind,
    line: u32,
    text: String,
    links: Vec<Link>,
    /// Anchors defined by inline HTML in this segment.
    anchors: Vec<String>,
    /// Links not yet closed: target, text start, line, and the bracketed text before it
    /// when it is broken ([`Link::broken`]).
    pending: Vec<(String, usize, u32, Option<String>)>,
    /// Source range, for directives that pulldown-cmark does not know.
    range: Range<usize>,
    /// An open image inside this segment: (src, alt so far, line).
    image: Option<(String, String, u32)>,
    /// Where the text of the last closed link ends, while nothing has followed it.
    link_end: Option<usize>,
    /// Words of `text` before each line break ([`Segment::breaks`]).
    breaks: Vec<u32>,
    /// How far `text` was counted for `breaks`: its length then, the words before it, and
    /// whether it ended inside a word.
    words: (usize, u32, bool),
}

struct Builder<'a> {
    body: &'a str,
    lines: &'a LineIndex,
    out: Vec<Segment>,
    open: Vec<Open>,
    /// Open block quotes and the alert kind each one declared, if any.
    quotes: Vec<Option<String>>,
    list_depth: u8,
    row: u32,
    column: u32,
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => {
                let line = self.lines.line(range.start);
                self.start(tag, range, line)
            }
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::SoftBreak | Event::HardBreak => {
                if let Some(top) = self.open.last_mut().filter(|t| t.image.is_none()) {
                    // words counted on from the last break, not from the start
                    let (from, count, in_word) = top.words;
                    let mut words = (count, in_word);
                    for c in top.text.get(from..).unwrap_or("").chars() {
                        let word = !c.is_whitespace();
                        if word && !words.1 {
                            words.0 += 1;
                        }
                        words.1 = word;
                    }
                    top.words = (top.text.len(), words.0, words.1);
                    top.breaks.push(words.0);
                }
                self.text(" ")
            }
            Event::InlineHtml(html) => self.inline_html(&html),
            Event::Html(html) => match self.open.last_mut() {
                Some(open) if matches!(open.kind, SegmentKind::Html) => open.text.push_str(&html),
                _ => {
                    let line = self.lines.line(range.start);
                    self.push(SegmentKind::Html, line, range, html.to_string())
                }
            },
            Event::FootnoteReference(_) | Event::TaskListMarker(_) | Event::Rule => {}
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>, line: u32) {
        match tag {
            Tag::Heading { level, id, .. } => {
                let kind = SegmentKind::Heading {
                    level: heading_level(level),
                    explicit_anchor: id.is_some(),
                    anchor: id.map(|s| s.to_string()).unwrap_or_default(),
                };
                self.push(kind, line, range, String::new());
            }
            Tag::Paragraph => {
                // The first paragraph of a list item is the item's own text.
                if let Some(top) = self.open.last() {
                    if matches!(top.kind, SegmentKind::ListItem { .. })
                        && top.text.trim().is_empty()
                    {
                        return;
                    }
                }
                let kind = match self.quotes.last() {
                    Some(Some(kind)) => SegmentKind::Alert { kind: kind.clone() },
                    Some(None) => SegmentKind::Quote,
                    None => SegmentKind::Paragraph,
                };
                self.push(kind, line, range, String::new());
            }
            Tag::Item => {
                self.flush_parent_text();
                self.push(
                    SegmentKind::ListItem {
                        depth: self.list_depth,
                    },
                    line,
                    range,
                    String::new(),
                );
            }
            Tag::List(_) => {
                self.flush_parent_text();
                self.list_depth = self.list_depth.saturating_add(1);
            }
            Tag::BlockQuote(_) => {
                self.flush_parent_text();
                self.quotes.push(None);
            }
            Tag::CodeBlock(kind) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                self.push(SegmentKind::CodeBlock { lang }, line, range, String::new());
            }
            Tag::HtmlBlock => self.push(SegmentKind::Html, line, range, String::new()),
            Tag::Table(_) => self.row = 0,
            Tag::TableHead | Tag::TableRow => self.column = 0,
            Tag::TableCell => {
                let kind = SegmentKind::TableCell {
                    row: self.row,
                    column: self.column,
                };
                self.push(kind, line, range, String::new());
            }
            Tag::Link {
                dest_url,
                link_type,
                ..
            } => {
                let before = self.body.get(..range.start).unwrap_or("");
                if let Some(top) = self.open.last_mut() {
                    let broken = (link_type == LinkType::Shortcut)
                        .then(|| after_bracket(before, &top.text))
                        .flatten();
                    top.pending
                        .push((dest_url.to_string(), top.text.len(), line, broken));
                }
            }
            Tag::Image { dest_url, .. } => {
                if let Some(top) = self.open.last_mut() {
                    top.image = Some((dest_url.to_string(), String::new(), line));
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::TableCell
            | TagEnd::Item => {
                if let Some(open) = self.open.pop() {
                    self.emit(open);
                }
                if tag == TagEnd::TableCell {
                    self.column += 1;
                }
            }
            TagEnd::Paragraph => {
                if matches!(
                    self.open.last().map(|o| &o.kind),
                    Some(SegmentKind::ListItem { .. })
                ) {
                    return;
                }
                if let Some(open) = self.open.pop() {
                    self.emit(open);
                }
            }
            TagEnd::List(_) => self.list_depth = self.list_depth.saturating_sub(1),
            TagEnd::BlockQuote(_) => {
                self.quotes.pop();
            }
            TagEnd::TableHead | TagEnd::TableRow => self.row += 1,
            TagEnd::Link => {
                if let Some(top) = self.open.last_mut() {
                    top.link_end = Some(top.text.len());
                    if let Some((target, start, line, broken)) = top.pending.pop() {
                        let text = collapse(top.text.get(start..).unwrap_or(""));
                        top.links.push(Link {
                            text,
                            target,
                            line,
                            broken,
                        });
                    }
                }
            }
            TagEnd::Image => {
                let Some(top) = self.open.last_mut() else {
                    return;
                };
                if let Some((src, alt, line)) = top.image.take() {
                    self.out.push(Segment {
                        line,
                        kind: SegmentKind::Image {
                            alt: collapse(&alt),
                            src,
                        },
                        text: String::new(),
                        links: Vec::new(),
                        anchors: Vec::new(),
                        breaks: Vec::new(),
                    });
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        let Some(top) = self.open.last_mut() else {
            return;
        };
        match &mut top.image {
            Some((_, alt, _)) => alt.push_str(t),
            None => {
                if top.link_end.take() == Some(top.text.len()) && glued(&top.text, t) {
                    top.text.push(' ');
                }
                top.text.push_str(t)
            }
        }
    }

    /// `<a name="x"></a>` inside a heading sets its anchor, elsewhere it is an anchor the
    /// segment defines; other inline HTML is dropped.
    fn inline_html(&mut self, html: &str) {
        let Some(top) = self.open.last_mut() else {
            return;
        };
        if let SegmentKind::Heading {
            anchor,
            explicit_anchor,
            ..
        } = &mut top.kind
        {
            if let Some(name) = directives::html_anchor(html) {
                if !*explicit_anchor {
                    *anchor = name;
                    *explicit_anchor = true;
                }
            }
        } else if let Some(name) = directives::html_anchor(html) {
            top.anchors.push(name);
        } else if html.trim_start().starts_with("<br") {
            top.text.push(' ');
        }
    }

    fn push(&mut self, kind: SegmentKind, line: u32, range: Range<usize>, mut text: String) {
        // Room for the text the segment's source holds, taken once instead of grown
        // event by event (a list item's range holds its nested lists too: grown).
        if text.is_empty() && !matches!(kind, SegmentKind::ListItem { .. }) {
            text.reserve(range.len());
        }
        self.open.push(Open {
            kind,
            line,
            text,
            links: Vec::new(),
            anchors: Vec::new(),
            pending: Vec::new(),
            range,
            image: None,
            link_end: None,
            breaks: Vec::new(),
            words: (0, 0, false),
        });
    }

    /// Emits the text an enclosing item gathered before a nested block starts.
    fn flush_parent_text(&mut self) {
        let Some(top) = self.open.last_mut() else {
            return;
        };
        if top.text.trim().is_empty() {
            return;
        }
        let seg = Open {
            kind: top.kind.clone(),
            line: top.line,
            text: std::mem::take(&mut top.text),
            links: std::mem::take(&mut top.links),
            anchors: std::mem::take(&mut top.anchors),
            pending: Vec::new(),
            range: top.range.clone(),
            image: None,
            link_end: None,
            breaks: std::mem::take(&mut top.breaks),
            words: (0, 0, false),
        };
        top.words = (0, 0, false);
        self.emit(seg);
    }

    fn emit(&mut self, open: Open) {
        let Open {
            mut kind,
            mut line,
            text,
            links,
            anchors,
            range,
            breaks,
            ..
        } = open;
        let mut text = match kind {
            SegmentKind::CodeBlock { .. } | SegmentKind::Html => text,
            _ => collapse_owned(text),
        };
        match &mut kind {
            SegmentKind::Heading { anchor, .. } if anchor.is_empty() => *anchor = slug(&text),
            SegmentKind::Paragraph
            | SegmentKind::ListItem { .. }
            | SegmentKind::Quote
            | SegmentKind::Alert { .. } => {
                let raw = self.body.get(range).unwrap_or("");
                // A list item's range holds its nested items: look at its own text first,
                // so that a deep list is not scanned once per level.
                let includes = if text.contains("[!") && raw.contains("[!") {
                    directives::includes(raw)
                } else {
                    Vec::new()
                };
                if !includes.is_empty() && directives::only_includes(raw) {
                    for (offset, name, target) in includes {
                        let line = line + offset;
                        self.out.push(Segment {
                            line,
                            kind: SegmentKind::Include { name, target },
                            text: String::new(),
                            links: Vec::new(),
                            anchors: Vec::new(),
                            breaks: Vec::new(),
                        });
                    }
                    return;
                }
                if let Some((alert, rest)) = directives::alert_marker(&text) {
                    if self.quotes.last().is_some_and(|q| q.is_none())
                        && matches!(kind, SegmentKind::Quote)
                    {
                        if let Some(q) = self.quotes.last_mut() {
                            *q = Some(alert.clone());
                        }
                        // a marker alone on its line: the alert's text starts on the next
                        let first = raw.lines().next().unwrap_or("");
                        let quoted =
                            first.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
                        if !rest.is_empty()
                            && directives::alert_marker(quoted).is_some_and(|(_, r)| r.is_empty())
                        {
                            line += 1;
                        }
                        kind = SegmentKind::Alert { kind: alert };
                        text = rest;
                    }
                }
            }
            _ => {}
        }
        let keep = !text.trim().is_empty()
            || matches!(
                kind,
                SegmentKind::Heading { .. }
                    | SegmentKind::CodeBlock { .. }
                    | SegmentKind::TableCell { .. }
                    | SegmentKind::Alert { .. }
            );
        if keep {
            // the line breaks of prose whose words are all its own (an alert lost its
            // marker)
            let prose = matches!(kind, SegmentKind::Paragraph | SegmentKind::ListItem { .. });
            self.out.push(Segment {
                line,
                kind,
                text,
                links,
                anchors,
                breaks: if prose { breaks } else { Vec::new() },
            });
        } else if !anchors.is_empty() {
            // A line that only defines an anchor (`<a name="x"></a>`) is markup, not prose.
            self.out.push(Segment {
                line,
                kind: SegmentKind::Html,
                text,
                links,
                anchors,
                breaks: Vec::new(),
            });
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The bracketed text before a bare reference link (`[label]`) when it stands right
/// after one on its line that is no link ([`Link::broken`]): the source before it ends
/// with `]` (spaces and tabs between), and so does the segment's text, at the close of a
/// `[…]` that holds a word and is no DocFX marker (`[!NOTE]`).
fn after_bracket(source: &str, text: &str) -> Option<String> {
    if !source.trim_end_matches([' ', '\t']).ends_with(']') {
        return None;
    }
    let text = text.trim_end().strip_suffix(']')?;
    let (_, inside) = text.rsplit_once('[')?;
    (!inside.starts_with('!') && inside.chars().any(char::is_alphanumeric))
        .then(|| format!("[{}]", collapse(inside)))
}

/// [`collapse`] that keeps the string when it is already collapsed (the common case:
/// a branch-free scan, no copy).
fn collapse_owned(text: String) -> String {
    let b = text.as_bytes();
    // Bytes that may start white space other than a single ASCII space.
    let suspect = b.iter().fold(false, |acc, &c| {
        acc | (c < 0x20) | (c == 0xC2) | (0xE1..=0xE3).contains(&c)
    });
    if !suspect && !text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  ")
        || crate::text::collapsed(&text)
    {
        return text;
    }
    collapse(&text)
}

/// A word written right after a link, with no space between (`[cifrado AES](…)de 256
/// bits`, `[chiffrement AES](…)256 bits`): a translation lost the space that the link's
/// last word and the next word need. Latin letters and digits on both sides, and a word
/// of two or more after the link (`[blob](…)s`, a plural glued to its link, stays one).
fn glued(before: &str, after: &str) -> bool {
    let run = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    before
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && run >= 2
}

/// Collapses runs of white space (non-breaking spaces included) into one space and trims
/// the ends. A byte scan: only the lead bytes of Unicode white space are decoded.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in crate::text::split_white(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The anchor a docs site derives from a heading's text: lower case, letters and digits
/// kept, spaces and hyphens turned to `-`, everything else dropped.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        if crate::text::is_letter_or_digit(c) || c == '_' {
            out.extend(c.to_lowercase());
        } else if c == ' ' || c == '-' {
            out.push('-');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(md: &str) -> Vec<(u32, String, String)> {
        segments(md, 1)
            .into_iter()
            .map(|s| (s.line, s.kind.shape().to_string(), s.text))
            .collect()
    }

    #[test]
    fn heading_anchor_from_html_attribute_or_slug() {
        let segs = segments("# <a name=\"overview\"></a>Vue d’ensemble\n\n## Next steps {#next}\n\n## Plain Title\n", 10);
        let anchors: Vec<_> = segs
            .iter()
            .map(|s| match &s.kind {
                SegmentKind::Heading { anchor, level, .. } => {
                    (s.line, *level, anchor.clone(), s.text.clone())
                }
                _ => panic!(),
            })
            .collect();
        assert_eq!(
            anchors[0],
            (10, 1, "overview".into(), "Vue d’ensemble".into())
        );
        assert_eq!(anchors[1], (12, 2, "next".into(), "Next steps".into()));
        assert_eq!(
            anchors[2],
            (14, 2, "plain-title".into(), "Plain Title".into())
        );
    }

    #[test]
    fn a_word_glued_to_a_link_is_a_word_of_its_own() {
        let segs = segments("Se aplica el [cifrado AES](https://x.test/a)de 256 bits.\n\nLe [chiffrement AES](https://x.test/a)256 bits.\n\nAll [blob](./b.md)s, [AES](./a.md) 256.\n\n使用 256 位元 [AES 加密](https://x.test/a)進行加密。\n", 1);
        assert_eq!(segs[0].text, "Se aplica el cifrado AES de 256 bits.");
        assert_eq!(segs[0].links[0].text, "cifrado AES");
        assert_eq!(segs[1].text, "Le chiffrement AES 256 bits.");
        assert_eq!(segs[2].text, "All blobs, AES 256.");
        assert_eq!(segs[3].text, "使用 256 位元 AES 加密進行加密。");
    }

    #[test]
    fn paragraphs_lists_and_links_keep_their_lines() {
        let segs = segments("Intro with [a link](https://x.test/a) here.\n\n* [One](./one.md)\n\n* Two\n  - nested\n", 5);
        assert_eq!(segs[0].line, 5);
        assert_eq!(segs[0].text, "Intro with a link here.");
        assert_eq!(
            segs[0].links,
            vec![Link {
                text: "a link".into(),
                target: "https://x.test/a".into(),
                line: 5,
                broken: None,
            }]
        );
        let items: Vec<_> = segs
            .iter()
            .filter(|s| s.kind.shape() == "list-item")
            .map(|s| (s.line, s.text.as_str()))
            .collect();
        assert_eq!(items, vec![(7, "One"), (9, "Two"), (10, "nested")]);
        assert_eq!(segs[1].links[0].target, "./one.md");
    }

    #[test]
    fn alerts_with_and_without_space() {
        let segs = segments(
            "> [!NOTE]\n> Preview only.\n\n>[!IMPORTANT]\n>Keys must be RSA.\n\n> Just a quote.\n",
            1,
        );
        assert_eq!(
            segs[0].kind,
            SegmentKind::Alert {
                kind: "NOTE".into()
            }
        );
        assert_eq!(segs[0].text, "Preview only.");
        assert_eq!(
            segs[1].kind,
            SegmentKind::Alert {
                kind: "IMPORTANT".into()
            }
        );
        // an alert's line is its text's: the line after a marker alone on its line
        assert_eq!((segs[0].line, segs[1].line), (2, 5));
        assert_eq!(segs[2].kind, SegmentKind::Quote);
        let inline = segments(
            "> [!TIP] Inline tip.
",
            1,
        );
        assert_eq!(
            (inline[0].line, inline[0].text.as_str()),
            (1, "Inline tip.")
        );
    }

    #[test]
    fn include_directive_is_its_own_segment() {
        let segs = segments(
            "Text.\n\n[!INCLUDE [about](../includes/about.md)]\n\n[!INCLUDE[b](b.md)]\n",
            3,
        );
        assert_eq!(
            segs[1].kind,
            SegmentKind::Include {
                name: "about".into(),
                target: "../includes/about.md".into()
            }
        );
        assert_eq!(segs[1].line, 5);
        assert_eq!(
            segs[2].kind,
            SegmentKind::Include {
                name: "b".into(),
                target: "b.md".into()
            }
        );
    }

    #[test]
    fn code_tables_and_images() {
        let md = "```bash\naz login\n```\n\n| A | B |\n|---|---|\n| x | y |\n\n![diagram](media/d.png)\n";
        let k = kinds(md);
        assert_eq!(k[0], (1, "code-block".into(), "az login\n".into()));
        assert_eq!(k[1], (5, "table-cell".into(), "A".into()));
        assert_eq!(k[4], (7, "table-cell".into(), "y".into()));
        assert_eq!(k[5].1, "image");
        let img = segments(md, 1).pop().unwrap();
        assert_eq!(
            img.kind,
            SegmentKind::Image {
                alt: "diagram".into(),
                src: "media/d.png".into()
            }
        );
        assert_eq!(img.line, 9);
    }

    proptest::proptest! {
        #[test]
        fn collapse_is_split_whitespace_joined(t in "(\\PC|\\s|\u{a0}|\u{3000}|\u{85}|\u{2028}){0,40}") {
            proptest::prop_assert_eq!(collapse(&t), t.split_whitespace().collect::<Vec<_>>().join(" "));
            proptest::prop_assert_eq!(collapse_owned(t.clone()), collapse(&t));
        }
    }

    #[test]
    fn crlf_and_lone_cr_count_lines() {
        let k = kinds("# A\r\n\r\npara\r\n");
        assert_eq!(k[1], (3, "paragraph".into(), "para".into()));
        let k = kinds("# A\r\rpara\r");
        assert_eq!(k[1].0, 3);
    }

    #[test]
    fn html_comments_are_kept_for_directives() {
        let k = kinds("<!-- concord-disable-next-line CC101 -->\nText\n");
        assert_eq!(k[0].1, "html");
        assert!(k[0].2.contains("concord-disable-next-line"));
    }
}
