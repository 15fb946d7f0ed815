//! Command-line interface: one module per subcommand, each with its
//! arguments and a `run` function.

mod check;
mod eval;
mod lexicon;
mod output_args;
mod progress;
mod summary;

use clap::{Parser, Subcommand};
use std::fmt;
use std::process::ExitCode;

/// Exit codes, documented in `--help`.
pub const EXIT_HELP: &str = "Exit codes: 0 every input was processed; 1 some inputs failed (each named on stderr); 2 usage or fatal error.";

/// Attribute every claim of Arabic news articles to its cited source.
#[derive(Debug, Parser)]
#[command(name = "isnad", version, about, after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyse articles and write one CSV row per claim and source.
    Check(check::Args),
    /// Score a run's CSV against gold JSON Lines.
    Eval(eval::Args),
    /// Inspect or export the lexicons.
    Lexicon(lexicon::Args),
    /// Print a table of sources and articles from a run's CSV.
    Summary(summary::Args),
}

/// An error for the user: a message, with the underlying cause kept for
/// telling a closed pipe apart.
#[derive(Debug)]
pub struct CliError {
    msg: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl CliError {
    /// A plain message.
    pub fn msg(msg: impl Into<String>) -> Self {
        CliError { msg: msg.into(), source: None }
    }

    /// A message with its cause.
    pub fn with(msg: impl Into<String>, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        CliError { msg: msg.into(), source: Some(Box::new(source)) }
    }

    /// The causes, outermost first.
    pub fn chain(&self) -> impl Iterator<Item = &(dyn std::error::Error + 'static)> {
        let mut next: Option<&(dyn std::error::Error + 'static)> = self.source.as_deref().map(|e| e as _);
        std::iter::from_fn(move || {
            let cur = next?;
            next = cur.source();
            Some(cur)
        })
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::with(e.to_string(), e)
    }
}

/// Parses the command line and runs the subcommand.
pub fn run() -> Result<ExitCode, CliError> {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(a) => check::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Lexicon(a) => lexicon::run(a),
        Command::Summary(a) => summary::run(a),
    }
}

/// Loads the lexicons, built-in or from `--lexicons DIR`.
pub fn load_engine(dir: Option<&std::path::Path>) -> Result<isnad::Engine, CliError> {
    let lex = isnad::Lexicon::load(dir).map_err(|e| CliError::msg(format!("lexicon error: {e}")))?;
    Ok(isnad::Engine::new(lex))
}
