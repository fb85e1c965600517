//! Front matter: `front_matter::split` and `FrontMatter::parse` (serde_yaml behind it)
//! on arbitrary text. Invalid UTF-8 is decoded lossily, as `Document::parse` does.
#![no_main]

use concord::parse::{front_matter, FrontMatter};
use concord_fuzz::line_count;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = line_count(text.as_bytes());
    match front_matter::split(&text) {
        Ok(split) => {
            assert!(split.body_line >= 1 && split.body_line <= lines + 1);
            assert!(split.yaml_line >= 1 && split.yaml_line <= lines + 1);
            if let Some(yaml) = split.yaml {
                let first = FrontMatter::parse(yaml, split.yaml_line);
                match &first {
                    Ok(fm) => {
                        for l in fm.lines.values() {
                            assert!(*l >= 1 && *l <= lines, "key line {l} of {lines}");
                        }
                    }
                    Err(p) => {
                        assert!(p.line >= 1 && p.line <= lines, "line {} of {lines}", p.line)
                    }
                }
                assert_eq!(first, FrontMatter::parse(yaml, split.yaml_line));
            }
        }
        Err(p) => assert!(p.line >= 1 && p.line <= lines, "line {} of {lines}", p.line),
    }
});
