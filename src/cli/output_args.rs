//! Output options shared by the subcommands that write rows: the format and
//! its switches, and opening the matching writer over a byte sink.

use super::summary::SummaryTee;
use super::CliError;
use isnad::output::{CsvWriter, DocWriter, HtmlWriter, JsonlWriter, OutputOptions};
use std::io::Write;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per claim and source (the CSV contract).
    Csv,
    /// A workbook: right-to-left `claims` sheet, `sources` and `documents` sheets (use with -o FILE.xlsx).
    #[cfg(feature = "xlsx")]
    Xlsx,
    /// One JSON object per claim with every span, source, chain, cue and rule (schema isnad.claim/1).
    Jsonl,
    /// A self-contained review report: articles right-to-left with every claim marked (use with -o FILE.html).
    Html,
}

pub(super) const OUTPUT_HELP: &str = "\
Spreadsheets: the CSV is plain UTF-8 without BOM; --excel adds the BOM and CRLF that Excel needs to read Arabic. \
The formula guard (on unless --no-formula-guard) puts an apostrophe before a CSV or XLSX text cell that begins with \
= + - @, a tab or a carriage return; numeric columns (n, confidence, line, start, end) are never changed and start/end \
still index the article, so a guarded claim cell is text[start..end] with one apostrophe in front. JSON Lines and HTML \
are never guarded.";

/// Output arguments, flattened into `isnad check`.
#[derive(Debug, Clone, clap::Args)]
#[command(after_long_help = OUTPUT_HELP)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Leave out the rows of unattributed claims.
    #[arg(long)]
    pub attributed_only: bool,
    /// CSV for Excel: UTF-8 byte-order mark and CRLF line ends (the default has neither, since a BOM breaks other readers).
    #[arg(long)]
    pub excel: bool,
    /// Do not prefix CSV/XLSX text cells starting with = + - @ tab or CR with an apostrophe. The guard only changes
    /// spreadsheet text cells: numbers are untouched and start/end always refer to the article.
    #[arg(long)]
    pub no_formula_guard: bool,
    /// Add an `explain` column (CSV, XLSX) or field (JSON Lines) saying which cue, source pattern and rule produced each row.
    #[arg(long)]
    pub explain: bool,
    /// Also print a table of sources and articles to standard error when done.
    #[arg(long)]
    pub summary: bool,
    /// Trailing `url` and `date` columns: not a flag, set by `check` when its
    /// input carries them.
    #[arg(skip)]
    pub meta_columns: bool,
}

impl OutputArgs {
    /// The writers' options.
    pub fn options(&self) -> OutputOptions {
        OutputOptions {
            attributed_only: self.attributed_only,
            excel: self.excel,
            formula_guard: !self.no_formula_guard,
            explain: self.explain,
            meta_columns: self.meta_columns,
        }
    }

    /// The writer for these options over `sink`. Writers that need the whole
    /// run (a workbook, a report) write it when finished.
    pub fn open(&self, sink: Box<dyn Write + Send>) -> Result<Box<dyn DocWriter + Send>, CliError> {
        if self.excel && self.format != Format::Csv {
            return Err(CliError::msg("--excel applies to --format csv only"));
        }
        let opts = self.options();
        let writer: Box<dyn DocWriter + Send> = match self.format {
            Format::Csv => Box::new(CsvWriter::new(sink, opts.clone())?),
            #[cfg(feature = "xlsx")]
            Format::Xlsx => Box::new(isnad::output::XlsxWriter::new(sink, opts.clone())),
            Format::Jsonl => Box::new(JsonlWriter::new(sink, opts.clone())),
            Format::Html => Box::new(HtmlWriter::new(sink, opts.clone())),
        };
        Ok(if self.summary { Box::new(SummaryTee::new(writer, opts.attributed_only)) } else { writer })
    }
}
