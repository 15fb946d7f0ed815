//! Output options shared by the subcommands that write rows: the format and
//! its switches, and opening the matching writer over a byte sink.

use super::CliError;
use isnad::output::{CsvWriter, DocWriter, OutputOptions};
use std::io::Write;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per claim and source (the CSV contract).
    Csv,
}

/// Output arguments, flattened into `isnad check`.
#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Leave out the rows of unattributed claims.
    #[arg(long)]
    pub attributed_only: bool,
    /// Trailing `url` and `date` columns: not a flag, set by `check` when its
    /// input carries them.
    #[arg(skip)]
    pub meta_columns: bool,
}

impl OutputArgs {
    /// The writer for these options over `sink`. Writers that need the whole
    /// run (a workbook, a report) write it when finished.
    pub fn open(&self, sink: Box<dyn Write + Send>) -> Result<Box<dyn DocWriter + Send>, CliError> {
        let opts = OutputOptions { attributed_only: self.attributed_only, meta_columns: self.meta_columns };
        Ok(match self.format {
            Format::Csv => Box::new(CsvWriter::new(sink, opts)?),
        })
    }
}
