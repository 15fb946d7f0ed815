//! `isnad check`: analyse articles, write CSV.

use super::CliError;
use super::output_args::OutputArgs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `isnad check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (their .txt files, recursively); `-` or nothing for standard input.
    paths: Vec<PathBuf>,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    out: OutputArgs,
    /// Lexicon directory: `NAME.tsv` replaces a built-in lexicon, `NAME.*.tsv` extends it.
    #[arg(long, value_name = "DIR")]
    lexicons: Option<PathBuf>,
}

/// One input: where it comes from and its document id.
struct Input {
    path: Option<PathBuf>,
    id: String,
}

fn collect(paths: &[PathBuf]) -> Result<Vec<Input>, CliError> {
    let mut out = Vec::new();
    if paths.is_empty() {
        out.push(Input { path: None, id: "stdin".into() });
    }
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input { path: None, id: "stdin".into() });
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files)?;
            files.sort();
            for f in files {
                let rel = f.strip_prefix(p).unwrap_or(&f).with_extension("");
                out.push(Input { id: rel.to_string_lossy().replace('\\', "/"), path: Some(f) });
            }
        } else {
            let id = p.file_stem().map_or_else(|| p.to_string_lossy().into_owned(), |s| s.to_string_lossy().into_owned());
            out.push(Input { path: Some(p.clone()), id });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CliError> {
    let rd = std::fs::read_dir(dir).map_err(|e| CliError::with(format!("{}: {e}", dir.display()), e))?;
    for entry in rd.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// Runs `isnad check`.
pub fn run(a: Args) -> Result<ExitCode, CliError> {
    let engine = super::load_engine(a.lexicons.as_deref())?;
    let inputs = collect(&a.paths)?;
    let sink: Box<dyn Write + Send> = match &a.output {
        Some(p) => Box::new(std::fs::File::create(p).map_err(|e| CliError::with(format!("{}: {e}", p.display()), e))?),
        None => Box::new(std::io::stdout()),
    };
    let mut writer = a.out.open(Box::new(std::io::BufWriter::new(sink)))?;
    let mut failed = 0;
    for input in inputs {
        let bytes = match &input.path {
            Some(p) => std::fs::read(p).map_err(|e| format!("{}: {e}", p.display())),
            None => {
                let mut b = Vec::new();
                std::io::stdin().lock().read_to_end(&mut b).map(|_| b).map_err(|e| format!("stdin: {e}"))
            }
        };
        let name = input.path.as_ref().map_or("stdin".to_string(), |p| p.display().to_string());
        let doc = bytes.and_then(|b| engine.analyze_bytes(&input.id, &b).map_err(|e| format!("{name}: {e}")));
        match doc {
            Ok(doc) => writer.write_doc(&doc)?,
            Err(msg) => {
                eprintln!("isnad: {msg}");
                failed += 1;
            }
        }
    }
    writer.finish()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
