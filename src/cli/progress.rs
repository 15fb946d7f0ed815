//! Progress on stderr while a batch runs, and the summary line at the end.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Instant;

/// What a run did so far.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    /// Articles analysed.
    pub articles: u64,
    /// Articles skipped because `--state` had seen them unchanged.
    pub unchanged: u64,
    /// Inputs that failed.
    pub failed: u64,
    /// Input bytes consumed.
    pub bytes: u64,
    /// Claims found.
    pub claims: u64,
    /// Claims with a source.
    pub attributed: u64,
}

/// A progress bar when stderr is a terminal, and the summary unless quiet.
pub struct Progress {
    bar: Option<ProgressBar>,
    quiet: bool,
    start: Instant,
}

impl Progress {
    /// `total` is only called when a bar is shown.
    pub fn new(quiet: bool, total: impl FnOnce() -> u64) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            // Standard input alone has no known size: no bar, no ETA.
            let total = Some(total()).filter(|&t| t > 0);
            let template = match total {
                Some(_) => "{bar:30} {decimal_bytes}/{decimal_total_bytes} {msg} {decimal_bytes_per_sec} ETA {eta}",
                None => "{spinner} {decimal_bytes} {msg} {decimal_bytes_per_sec}",
            };
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr_with_hz(4));
            bar.set_style(ProgressStyle::with_template(template).expect("template"));
            bar
        });
        Progress { bar, quiet, start: Instant::now() }
    }

    /// Prints a line on stderr above the bar.
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Shows the tally so far.
    pub fn update(&self, t: &Tally) {
        if let Some(b) = &self.bar {
            b.set_position(t.bytes);
            b.set_message(format!("{} articles", t.articles + t.unchanged));
        }
    }

    /// Clears the bar and prints the summary line (not with `--summary`,
    /// whose table takes stderr).
    pub fn finish(&self, t: &Tally, incremental: bool, line: bool) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        if self.quiet || !line {
            return;
        }
        let secs = self.start.elapsed().as_secs_f64();
        let mb = t.bytes as f64 / 1e6;
        let skipped = if incremental { format!(", {} unchanged skipped", t.unchanged) } else { String::new() };
        eprintln!(
            "isnad: {} articles{skipped}, {} claims, {} attributed, {} failed inputs, {mb:.1} MB in {secs:.2} s ({:.1} MB/s)",
            t.articles,
            t.claims,
            t.attributed,
            t.failed,
            mb / secs.max(1e-9)
        );
    }
}
