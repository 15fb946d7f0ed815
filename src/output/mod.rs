//! Stage 6: writing documents out. One writer per format, all fed the same
//! [`Document`]s in input order and all built from the same
//! [`Document::rows`](crate::record::Document::rows):
//!
//! * [`CsvWriter`]: the CSV contract, optionally Excel-ready (BOM, CRLF);
//! * [`XlsxWriter`]: a right-to-left workbook (feature `xlsx`, on by default);
//! * [`JsonlWriter`]: one self-describing JSON object per claim, with spans;
//! * [`HtmlWriter`]: a self-contained review report with every claim marked.
//!
//! [`Summary`] aggregates rows per source and per article for the workbook,
//! the report and `isnad summary`; [`explain()`] puts a row's reasons in words.

mod csv_out;
mod explain;
mod html;
mod jsonl;
mod summary;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use csv_out::{csv_rows_into, CsvWriter};
pub use explain::{explain, explain_rule};
pub use html::HtmlWriter;
pub use jsonl::{JsonlWriter, SCHEMA};
pub use summary::{DocStats, SourceStats, Summary};
#[cfg(feature = "xlsx")]
pub use xlsx::XlsxWriter;

use crate::record::Document;
use std::borrow::Cow;
use std::io;

/// Options shared by the writers.
#[derive(Debug, Clone)]
pub struct OutputOptions {
    /// Leave out unattributed rows.
    pub attributed_only: bool,
    /// CSV for spreadsheets: a UTF-8 byte-order mark and CRLF line ends.
    pub excel: bool,
    /// Prefix text cells that a spreadsheet would run as a formula with an
    /// apostrophe (CSV and XLSX only; numeric columns are never touched).
    pub formula_guard: bool,
    /// Add a column (or field) explaining each row in words.
    pub explain: bool,
    /// Add the trailing `url` and `date` columns ([`crate::record::META_HEADER`]):
    /// set when the input carries article metadata.
    pub meta_columns: bool,
}

impl Default for OutputOptions {
    fn default() -> Self {
        // The guard is on unless asked otherwise: a spreadsheet is the
        // likeliest reader, and a stray formula is the costlier mistake.
        OutputOptions { attributed_only: false, excel: false, formula_guard: true, explain: false, meta_columns: false }
    }
}

/// A sink for analysed documents.
pub trait DocWriter {
    /// Writes one document's rows.
    fn write_doc(&mut self, doc: &Document) -> io::Result<()>;
    /// Notes an input that could not be analysed (unreadable, not UTF-8).
    /// Writers that report per article list it; the others ignore it.
    fn failed(&mut self, _input: &str, _reason: &str) {}
    /// Flushes and finishes the output.
    fn finish(&mut self) -> io::Result<()>;
}

impl<T: DocWriter + ?Sized> DocWriter for Box<T> {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        (**self).write_doc(doc)
    }
    fn failed(&mut self, input: &str, reason: &str) {
        (**self).failed(input, reason)
    }
    fn finish(&mut self) -> io::Result<()> {
        (**self).finish()
    }
}

/// The OWASP advice against CSV injection: a cell that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading apostrophe, which
/// spreadsheets show as text and do not evaluate.
pub fn formula_guard(cell: &str) -> Cow<'_, str> {
    if needs_guard(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Whether [`formula_guard`] puts an apostrophe in front of `cell`.
fn needs_guard(cell: &str) -> bool {
    matches!(cell.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}

/// Undoes [`formula_guard`] for readers of a guarded CSV: the apostrophe is
/// dropped only where the guard would have put it.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_prefixes_only_formula_starts() {
        for s in ["=1+1", "+972", "-10 قتلى", "@user", "\tx", "\rx"] {
            assert_eq!(formula_guard(s), format!("'{s}"));
            assert_eq!(unguard(&formula_guard(s)), s);
        }
        for s in ["قال المتحدث", "0.85", "", "'quoted", "a=b"] {
            assert_eq!(formula_guard(s), s);
            assert_eq!(unguard(s), s);
        }
    }
}
