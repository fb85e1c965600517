//! The invariants every parse keeps, in one place for the three harnesses that check them
//! on arbitrary input: the property tests (`tests/properties.rs`), the fuzz targets
//! (`fuzz/`) and the replay of kept fuzz inputs (`tests/fuzz_regressions.rs`). Each
//! function returns the first broken invariant as a message.

use super::Document;
use crate::claims::Claim;

/// Lines as concord counts them: `\n`, `\r\n` and a lone `\r` end a line.
pub fn line_count(text: &[u8]) -> u32 {
    let mut n = 1;
    for (i, &b) in text.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && text.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// A document parsed from `bytes`: segments sorted by line, every line (segment, link,
/// problem, front matter key) within the file, every section inside the segment list.
pub fn document(d: &Document, bytes: &[u8]) -> Result<(), String> {
    let lines = line_count(bytes);
    let within = |what: &str, line: u32| match (1..=lines).contains(&line) {
        true => Ok(()),
        false => Err(format!("{what} line {line} of {lines}")),
    };
    if !d.segments.windows(2).all(|w| w[0].line <= w[1].line) {
        return Err("segments not sorted by line".into());
    }
    for s in &d.segments {
        within("segment", s.line)?;
        for l in &s.links {
            within("link", l.line)?;
        }
    }
    for p in &d.problems {
        if p.line > lines {
            return Err(format!("problem line {} of {lines}: {p:?}", p.line));
        }
    }
    for &l in d.front.lines.values() {
        within("front matter", l)?;
    }
    for s in d.sections() {
        if s.body.start > s.body.end || s.body.end > d.segments.len() {
            return Err(format!(
                "section body {:?} of {} segments",
                s.body,
                d.segments.len()
            ));
        }
        if s.heading.is_some_and(|h| h >= d.segments.len()) {
            return Err(format!(
                "section heading {:?} of {} segments",
                s.heading,
                d.segments.len()
            ));
        }
    }
    Ok(())
}

/// The claims extracted from `d` (parsed from `bytes`): sorted by line, every line within
/// the file, every segment index an index of `d`'s segments.
pub fn claims(d: &Document, claims: &[Claim], bytes: &[u8]) -> Result<(), String> {
    let lines = line_count(bytes);
    if !claims.windows(2).all(|w| w[0].line <= w[1].line) {
        return Err("claims not sorted by line".into());
    }
    for c in claims {
        if !(1..=lines).contains(&c.line) {
            return Err(format!("claim line {} of {lines}: {c:?}", c.line));
        }
        if c.segment >= d.segments.len() {
            return Err(format!(
                "claim segment {} of {}",
                c.segment,
                d.segments.len()
            ));
        }
    }
    Ok(())
}
