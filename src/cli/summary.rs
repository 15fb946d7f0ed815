//! `isnad summary RUN.csv` and `isnad check --summary`: a table of sources
//! (claims, articles, types, mean confidence) and of articles (claims,
//! attributed, unattributed share), from the library's [`Summary`].

use super::CliError;
use isnad::output::{unguard, DocWriter, Summary};
use isnad::Document;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `isnad summary`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A run's CSV as written by `isnad check` (plain or --excel, guarded or not).
    run: PathBuf,
}

/// Reads a run's CSV into a summary. A run written with --attributed-only
/// has no rows for unattributed claims, so its shares read 0%.
pub fn read_csv<R: std::io::Read>(rdr: R) -> Result<Summary, String> {
    let mut r = csv::ReaderBuilder::new().from_reader(rdr);
    let headers = r.headers().map_err(|e| e.to_string())?.clone();
    // The header's first cell carries the BOM of an --excel CSV.
    let col = |name: &str| headers.iter().position(|h| h.trim_start_matches('\u{feff}') == name);
    let need = |name: &str| col(name).ok_or_else(|| format!("the CSV has no '{name}' column"));
    let (doc, n, source, conf) = (need("doc")?, need("n")?, need("source")?, need("confidence")?);
    let stype = col("source_type");
    let mut s = Summary::new();
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| format!("row {}: {e}", i + 2))?;
        let get = |c: usize| unguard(rec.get(c).unwrap_or(""));
        let num = get(n).trim().parse::<usize>().map_err(|_| format!("row {}: n '{}' is not a number", i + 2, get(n)))?;
        let c = get(conf).trim();
        let c = if c.is_empty() { 0.0 } else { c.parse::<f64>().map_err(|_| format!("row {}: confidence '{c}' is not a number", i + 2))? };
        s.add_row(get(doc), num, get(source), stype.map_or("", get), c);
    }
    Ok(s)
}

/// Runs `isnad summary`.
pub fn run(a: Args) -> Result<ExitCode, CliError> {
    let file = std::fs::File::open(&a.run).map_err(|e| CliError::with(format!("{}: {e}", a.run.display()), e))?;
    let s = read_csv(std::io::BufReader::new(file)).map_err(|e| CliError::msg(format!("{}: {e}", a.run.display())))?;
    std::io::stdout().lock().write_all(s.table().as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Passes documents on to a writer and prints the summary table to standard
/// error when finished (standard output may be carrying the rows).
pub struct SummaryTee {
    inner: Box<dyn DocWriter + Send>,
    summary: Summary,
    attributed_only: bool,
}

impl SummaryTee {
    /// Wraps `inner`.
    pub fn new(inner: Box<dyn DocWriter + Send>, attributed_only: bool) -> Self {
        SummaryTee { inner, summary: Summary::new(), attributed_only }
    }
}

impl DocWriter for SummaryTee {
    fn write_doc(&mut self, doc: &Document) -> std::io::Result<()> {
        self.summary.add_doc(doc, self.attributed_only);
        self.inner.write_doc(doc)
    }

    fn failed(&mut self, input: &str, reason: &str) {
        self.summary.add_failed(input, reason);
        self.inner.failed(input, reason);
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.inner.finish()?;
        std::io::stderr().lock().write_all(self.summary.table().as_bytes())
    }
}
