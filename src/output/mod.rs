//! Stage 6: writing documents out. One writer per format, all fed the same
//! [`Document`]s in input order.

mod csv_out;

pub use csv_out::CsvWriter;

use crate::record::Document;
use std::io;

/// Options shared by the writers.
#[derive(Debug, Clone, Default)]
pub struct OutputOptions {
    /// Leave out unattributed rows.
    pub attributed_only: bool,
    /// Add the trailing `url` and `date` columns ([`crate::record::META_HEADER`]):
    /// set when the input carries article metadata.
    pub meta_columns: bool,
}

/// A sink for analysed documents.
pub trait DocWriter {
    /// Writes one document's rows.
    fn write_doc(&mut self, doc: &Document) -> io::Result<()>;
    /// Flushes and finishes the output.
    fn finish(&mut self) -> io::Result<()>;
}
