//! `isnad lexicon`: validate and export the lexicons.

use super::CliError;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `isnad lexicon`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Write the folded cue phrases, one per line (for `rg -F -f`).
    Export {
        /// Lexicon directory extending or replacing the built-in lexicons.
        #[arg(long)]
        lexicons: Option<PathBuf>,
    },
    /// Load and validate the lexicons; print the entry counts.
    Check {
        /// Lexicon directory extending or replacing the built-in lexicons.
        #[arg(long)]
        lexicons: Option<PathBuf>,
    },
}

/// Runs `isnad lexicon`.
pub fn run(a: Args) -> Result<ExitCode, CliError> {
    let mut out = std::io::stdout().lock();
    match a.action {
        Action::Export { lexicons } => {
            let engine = super::load_engine(lexicons.as_deref())?;
            for f in engine.lexicon().cue_forms() {
                writeln!(out, "{f}")?;
            }
        }
        Action::Check { lexicons } => {
            let engine = super::load_engine(lexicons.as_deref())?;
            let mut counts = std::collections::BTreeMap::new();
            for e in engine.lexicon().entries() {
                let file = e.origin.rsplit_once(':').map_or(e.origin.as_str(), |x| x.0);
                *counts.entry(file.to_owned()).or_insert(0usize) += 1;
            }
            for (file, n) in counts {
                writeln!(out, "{n:6}  {file}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
