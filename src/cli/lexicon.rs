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
        /// Only the N cues most frequent in --sample (lexicon order without one).
        #[arg(long, value_name = "N")]
        top: Option<usize>,
        /// Text to rank the cues on (its first 8 MB, folded): an article, a corpus, JSON Lines.
        #[arg(long, value_name = "FILE", requires = "top")]
        sample: Option<PathBuf>,
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
        Action::Export { lexicons, top, sample } => {
            let engine = super::load_engine(lexicons.as_deref())?;
            let mut forms = engine.lexicon().cue_forms();
            if let Some(p) = sample {
                let text = read_sample(&p)?;
                forms = rank(forms, &isnad::normalize::normalize(&text).text);
            }
            for f in forms.iter().take(top.unwrap_or(usize::MAX)) {
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

/// The first 8 MB of a file, cut on a character boundary.
fn read_sample(p: &std::path::Path) -> Result<String, CliError> {
    use std::io::Read;
    let f = std::fs::File::open(p).map_err(|e| CliError::with(format!("{}: {e}", p.display()), e))?;
    let mut bytes = Vec::new();
    f.take(8 << 20).read_to_end(&mut bytes)?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let ok = e.utf8_error().valid_up_to();
            let mut b = e.into_bytes();
            b.truncate(ok);
            String::from_utf8(b).expect("valid prefix")
        }
    })
}

/// Cue forms by how often they occur in folded `text`, most frequent first
/// (ties keep lexicon order).
fn rank(forms: Vec<String>, text: &str) -> Vec<String> {
    let ac = aho_corasick::AhoCorasick::new(&forms).expect("cue automaton");
    let mut counts = vec![0usize; forms.len()];
    for m in ac.find_overlapping_iter(text) {
        counts[m.pattern().as_usize()] += 1;
    }
    let mut order: Vec<usize> = (0..forms.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
    order.into_iter().map(|i| forms[i].clone()).collect()
}
