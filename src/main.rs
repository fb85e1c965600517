//! The `concord` binary: parse arguments, run one command, map its result to an exit code.

// As in the library: text is sliced by characters, never by byte index.
#![deny(clippy::string_slice)]

mod cli;
mod commands;

use clap::Parser;
use cli::{Cli, Command};
use commands::Exit;

/// mimalloc: the pipeline allocates many small strings on every core; glibc malloc
/// spends a fifth of the run in its arenas.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(args) => {
            commands::check_paths(&args.paths.paths).and_then(|_| commands::check(args))
        }
        Command::Claims(args) => {
            commands::check_paths(&args.paths.paths).and_then(|_| commands::claims(args))
        }
        Command::Articles(args) => {
            commands::check_paths(&args.paths).and_then(|_| commands::articles(args))
        }
        Command::Merge(args) => {
            commands::check_paths(&args.reports).and_then(|_| commands::merge(args))
        }
        Command::Explain { code } => commands::explain(code),
        Command::Checks => commands::list_checks(),
        Command::Model => commands::model(),
    };
    let code = match result {
        Ok(exit) => exit,
        Err(e) if is_broken_pipe(&e) => Exit::Clean,
        Err(e) => {
            eprintln!("concord: error: {e:#}");
            Exit::Error
        }
    };
    std::process::exit(code as i32);
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
