//! The baseline for `scripts/bench.sh`: walk a tree and parse every Markdown file with
//! pulldown-cmark, in parallel, doing nothing else. `bare-parse DIR` prints files and bytes.
use pulldown_cmark::{Options, Parser};
use rayon::prelude::*;

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: bare-parse DIR");
        std::process::exit(2);
    };
    let files: Vec<_> = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    let (bytes, events) = files
        .par_iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            (
                bytes.len(),
                Parser::new_ext(&text, options).into_offset_iter().count(),
            )
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("{} files, {bytes} bytes, {events} events", files.len());
}
