//! `isnad eval`: score a run against gold.

use super::CliError;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `isnad eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold JSON Lines (see GUIDELINES.md).
    #[arg(long)]
    gold: PathBuf,
    /// The run's CSV (as written by `isnad check`).
    run: PathBuf,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
    /// List the gold records no row matched and the rows that matched nothing.
    #[arg(long)]
    misses: bool,
}

/// Runs `isnad eval`.
pub fn run(a: Args) -> Result<ExitCode, CliError> {
    let gold_text = std::fs::read_to_string(&a.gold).map_err(|e| CliError::with(format!("{}: {e}", a.gold.display()), e))?;
    let gold = isnad::eval::read_gold(&gold_text).map_err(|e| CliError::msg(format!("{}: {e}", a.gold.display())))?;
    let file = std::fs::File::open(&a.run).map_err(|e| CliError::with(format!("{}: {e}", a.run.display()), e))?;
    let rows = isnad::eval::read_run(file).map_err(|e| CliError::msg(format!("{}: {e}", a.run.display())))?;
    let (report, rows) = isnad::eval::score(&gold, rows);
    let mut out = String::new();
    if a.json {
        out.push_str(&serde_json::to_string(&report).map_err(|e| CliError::msg(e.to_string()))?);
    } else {
        out.push_str(&report.to_string());
    }
    out.push('\n');
    if a.misses {
        out.push_str("\n# gold records no row matched\n");
        for &j in &report.missed {
            let g = &gold[j];
            out.push_str(&format!("  {} [{}] {} <- {}\n", g.doc, g.kind, g.source, g.anchor));
        }
        out.push_str("\n# rows that matched no gold record\n");
        for &i in &report.spurious {
            let r = &rows[i];
            let claim: String = r.claim.chars().take(120).collect();
            out.push_str(&format!("  {} {} ({}) <- {}\n", r.doc, r.source, r.confidence, claim));
        }
    }
    use std::io::Write;
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
