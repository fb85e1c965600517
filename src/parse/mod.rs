//! Stage 2: bytes of one file -> a [`Document`] (front matter + line-numbered segments).
//!
//! Third-party parsers stay behind one module each: `front_matter` wraps serde_yaml,
//! `markdown` wraps pulldown-cmark. Later stages only see the types defined here.

pub mod directives;
pub mod front_matter;
pub mod invariants;
pub mod markdown;

pub use front_matter::FrontMatter;

use crate::discover::SourceFile;
use crate::locale::Locale;
use serde::Serialize;

/// One parsed file.
#[derive(Clone, Debug, Serialize)]
pub struct Document {
    pub file: SourceFile,
    /// The file's locale: `ms.contentlocale`, else the path, else the source locale.
    pub locale: Locale,
    pub front: FrontMatter,
    /// Segments in file order.
    pub segments: Vec<Segment>,
    /// Problems met while reading or parsing (each becomes an input finding).
    pub problems: Vec<InputProblem>,
}

/// A problem with the input file itself, reported as a finding of kind `input`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputProblem {
    pub code: InputCode,
    /// 1-based line in the file as stored.
    pub line: u32,
    pub message: String,
}

/// What went wrong with an input file; each maps to one input check code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputCode {
    Unreadable,
    InvalidUtf8,
    BadFrontMatter,
    UnterminatedFrontMatter,
    BinaryFile,
}

/// A typed, line-numbered piece of a Markdown body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// 1-based line in the file as stored (front matter counted).
    pub line: u32,
    pub kind: SegmentKind,
    /// Plain text (inline markup removed, link text kept, collapsed white space).
    pub text: String,
    /// Links inside this segment, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Anchors this segment defines inline (`<a name="x"></a>` or `<a id="x">` inside a
    /// paragraph, list item or table cell; a heading's own anchor is in its kind).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub anchors: Vec<String>,
    /// Of a paragraph or list item written over several lines: for each line break of
    /// the source, how many words of `text` stand before it (collapsing white space
    /// keeps word counts), so that a sentence's own line can be told ([`Segment::line_of`]).
    #[serde(skip)]
    pub breaks: Vec<u32>,
}

impl Segment {
    /// The line of the source a part of `text` (a sentence: a slice of it) starts on:
    /// the segment's line plus the line breaks before its first word.
    pub fn line_of(&self, part: &str) -> u32 {
        if self.breaks.is_empty() {
            return self.line;
        }
        let start = self.text.as_ptr() as usize;
        let Some(offset) = (part.as_ptr() as usize)
            .checked_sub(start)
            .filter(|&o| o <= self.text.len())
        else {
            return self.line;
        };
        let words = self
            .text
            .get(..offset)
            .map_or(0, |t| t.split_whitespace().count());
        let lines = self.breaks.iter().filter(|&&b| b as usize <= words).count();
        self.line + lines as u32
    }
}

/// The shape of a segment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum SegmentKind {
    Heading {
        level: u8,
        anchor: String,
        explicit_anchor: bool,
    },
    Paragraph,
    ListItem {
        depth: u8,
    },
    /// A `> [!NOTE]`-style alert; `kind` upper case (`NOTE`, `IMPORTANT`, ...).
    Alert {
        kind: String,
    },
    /// A plain block quote paragraph that is not an alert.
    Quote,
    /// `[!INCLUDE [name](path)]`.
    Include {
        name: String,
        target: String,
    },
    CodeBlock {
        lang: String,
    },
    TableCell {
        row: u32,
        column: u32,
    },
    Image {
        alt: String,
        src: String,
    },
    /// Raw HTML block (comments included) that is not an anchor.
    Html,
}

impl SegmentKind {
    /// A short stable name of the shape, used to align blocks ("paragraph", "list-item", ...).
    pub fn shape(&self) -> &'static str {
        match self {
            SegmentKind::Heading { .. } => "heading",
            SegmentKind::Paragraph => "paragraph",
            SegmentKind::ListItem { .. } => "list-item",
            SegmentKind::Alert { .. } => "alert",
            SegmentKind::Quote => "quote",
            SegmentKind::Include { .. } => "include",
            SegmentKind::CodeBlock { .. } => "code-block",
            SegmentKind::TableCell { .. } => "table-cell",
            SegmentKind::Image { .. } => "image",
            SegmentKind::Html => "html",
        }
    }

    /// The row and column of a table cell (row 0 is the header); `None` for any other
    /// segment.
    pub fn table_cell(&self) -> Option<(u32, u32)> {
        match *self {
            SegmentKind::TableCell { row, column } => Some((row, column)),
            _ => None,
        }
    }

    /// Whether this segment's text is prose a claim can be read from.
    pub fn is_prose(&self) -> bool {
        matches!(
            self,
            SegmentKind::Heading { .. }
                | SegmentKind::Paragraph
                | SegmentKind::ListItem { .. }
                | SegmentKind::Alert { .. }
                | SegmentKind::Quote
                | SegmentKind::TableCell { .. }
        )
    }
}

/// An inline link or image reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    pub text: String,
    pub target: String,
    pub line: u32,
    /// Written as a bare reference (`[label]`) right after a bracketed text on its line
    /// that is no link: a full reference link broken by a space (`[text] [label]`) or a
    /// link nested in another (`[[text][label]][label]`). Either shows the brackets and
    /// the label where a link text should be. The bracketed text shown before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub broken: Option<String>,
}

/// A section: a heading and the segments up to the next heading of any level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    pub anchor: String,
    pub level: u8,
    pub title: String,
    /// Index of the heading segment (`None` for the preamble before the first heading).
    pub heading: Option<usize>,
    /// Indexes of the body segments of this section (heading excluded).
    pub body: std::ops::Range<usize>,
}

impl Document {
    /// Parses one file's bytes. Never fails: problems are recorded in `problems`.
    pub fn parse(file: SourceFile, bytes: &[u8], source_locale: &Locale) -> Document {
        Document::parse_owned(file, bytes.to_vec(), source_locale)
    }

    /// [`Document::parse`] that takes the file's buffer and decodes it in place.
    pub fn parse_owned(file: SourceFile, bytes: Vec<u8>, source_locale: &Locale) -> Document {
        if let Some(problem) = binary(&bytes) {
            // Not text: nothing to parse, and no UTF-8 or front matter noise on top.
            let locale = file
                .path_locale
                .clone()
                .unwrap_or_else(|| source_locale.clone());
            return Document {
                file,
                locale,
                front: FrontMatter::default(),
                segments: Vec::new(),
                problems: vec![problem],
            };
        }
        let mut problems = Vec::new();
        let text = match decode(bytes) {
            Ok(t) => t,
            Err((p, lossy)) => {
                problems.push(p);
                lossy
            }
        };
        // A lone CR ends a line: make it LF so front matter fences are found. Only then
        // is the text copied.
        let text = if markdown::has_lone_cr(&text) {
            markdown::lone_cr_to_lf(&text)
        } else {
            text
        };
        let split = front_matter::split(&text);
        let front = match &split {
            Ok(fm) => match fm.yaml {
                Some(yaml) => match FrontMatter::parse(yaml, fm.yaml_line) {
                    Ok(mut front) => {
                        problems.append(&mut front.problems);
                        front
                    }
                    Err(p) => {
                        problems.push(p);
                        FrontMatter::default()
                    }
                },
                None => FrontMatter::default(),
            },
            Err(p) => {
                problems.push(p.clone());
                FrontMatter::default()
            }
        };
        let (body, body_line) = match &split {
            Ok(fm) => (fm.body, fm.body_line),
            Err(_) => (text.as_str(), 1),
        };
        let segments = markdown::segments_normalised(body, body_line);
        let locale = front
            .content_locale
            .as_deref()
            .and_then(Locale::parse)
            .or_else(|| file.path_locale.clone())
            .unwrap_or_else(|| source_locale.clone());
        Document {
            file,
            locale,
            front,
            segments,
            problems,
        }
    }

    /// The sections of this document in order; a preamble section (anchor `""`) holds
    /// whatever precedes the first heading, when anything does.
    ///
    /// A section's anchor is its heading's anchor, or, for a heading that is nothing but
    /// a link (a `TOC.md` entry), the link's target.
    pub fn sections(&self) -> Vec<Section> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut current: Option<(usize, &str, u8, &str)> = None;
        let flush = |current: Option<(usize, &str, u8, &str)>,
                     end: usize,
                     start: usize,
                     out: &mut Vec<Section>| match current {
            Some((i, anchor, level, title)) => out.push(Section {
                anchor: anchor.to_string(),
                level,
                title: title.to_string(),
                heading: Some(i),
                body: i + 1..end,
            }),
            None if end > start => out.push(Section {
                anchor: String::new(),
                level: 0,
                title: String::new(),
                heading: None,
                body: start..end,
            }),
            None => {}
        };
        for (i, seg) in self.segments.iter().enumerate() {
            if let SegmentKind::Heading {
                level,
                anchor,
                explicit_anchor,
            } = &seg.kind
            {
                flush(current.take(), i, start, &mut out);
                // A heading that is one link (a TOC entry, `## [Title](page.md)`) is known
                // by the page it points to: its text is translated, its target is not.
                let anchor = match seg.links.as_slice() {
                    [link]
                        if !explicit_anchor && link.text == seg.text && !link.target.is_empty() =>
                    {
                        link.target.as_str()
                    }
                    _ => anchor.as_str(),
                };
                current = Some((i, anchor, *level, &seg.text));
                start = i + 1;
            }
        }
        flush(current, self.segments.len(), start, &mut out);
        out
    }

    /// The anchor of the first level-1 heading, if any.
    pub fn h1_anchor(&self) -> Option<&str> {
        self.segments.iter().find_map(|s| match &s.kind {
            SegmentKind::Heading {
                level: 1, anchor, ..
            } => Some(anchor.as_str()),
            _ => None,
        })
    }
}

/// A file with a NUL byte is binary (an image or archive saved as `.md`), or text so
/// damaged that parsing it would only produce noise; the problem is at the first NUL.
fn binary(bytes: &[u8]) -> Option<InputProblem> {
    let at = memchr::memchr(0, bytes)?;
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count() as u32;
    Some(InputProblem {
        code: InputCode::BinaryFile,
        line,
        message: format!("binary content: NUL byte at offset {at}; the file is not checked"),
    })
}

/// Decodes bytes as UTF-8, dropping a BOM; invalid UTF-8 is a problem at its line.
fn decode(mut bytes: Vec<u8>) -> Result<String, (InputProblem, String)> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count() as u32;
        let problem = InputProblem {
            code: InputCode::InvalidUtf8,
            line,
            message: format!("invalid UTF-8 at byte {valid}"),
        };
        (problem, String::from_utf8_lossy(&bytes).into_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::source_file;
    use std::path::PathBuf;
    use std::sync::Arc;

    fn doc(rel: &str, bytes: &[u8]) -> Document {
        let file = source_file(Arc::new(PathBuf::new()), PathBuf::from(rel), rel.into());
        Document::parse(file, bytes, &Locale::parse("en-us").unwrap())
    }

    #[test]
    fn bom_and_crlf_keep_lines_and_front_matter() {
        let d = doc("a.md", b"\xEF\xBB\xBF---\r\nms.service: iot-hub\r\n---\r\n# <a name=\"x\"></a>T\r\n\r\nText.\r\n");
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.front.service.as_deref(), Some("iot-hub"));
        assert_eq!(d.segments[0].line, 4);
        assert_eq!(d.h1_anchor(), Some("x"));
        assert_eq!(d.segments[1].line, 6);
    }

    #[test]
    fn locale_from_front_matter_then_path_then_source() {
        assert_eq!(
            doc("de-de/a.md", b"---\nms.contentlocale: fr-FR\n---\n")
                .locale
                .as_str(),
            "fr-fr"
        );
        assert_eq!(doc("de-de/a.md", b"# A\n").locale.as_str(), "de-de");
        assert_eq!(doc("a.md", b"# A\n").locale.as_str(), "en-us");
    }

    #[test]
    fn invalid_utf8_is_a_problem_and_the_rest_is_parsed() {
        let d = doc("a.md", b"# Title\n\nCaf\xE9 text.\n");
        assert_eq!(d.problems.len(), 1);
        assert_eq!(d.problems[0].code, InputCode::InvalidUtf8);
        assert_eq!(d.problems[0].line, 3);
        assert_eq!(d.segments.len(), 2);
    }

    #[test]
    fn sections_split_at_every_heading_with_a_preamble() {
        let d = doc("a.md", b"Intro.\n\n# A\n\nOne.\n\n## B\n\nTwo.\n\nThree.\n");
        let s = d.sections();
        let shape: Vec<(&str, usize)> = s
            .iter()
            .map(|s| (s.anchor.as_str(), s.body.len()))
            .collect();
        assert_eq!(shape, vec![("", 1), ("a", 1), ("b", 2)]);
    }
}
