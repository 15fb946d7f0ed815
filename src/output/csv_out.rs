//! The CSV contract: UTF-8, RFC 4180, the header of [`crate::record::HEADER`].

use super::{DocWriter, OutputOptions};
use crate::record::{Document, HEADER, META_HEADER};
use std::io::{self, Write};

/// Writes rows as CSV.
pub struct CsvWriter<W: Write> {
    out: csv::Writer<W>,
    opts: OutputOptions,
}

impl<W: Write> CsvWriter<W> {
    /// A writer that emits the header first.
    pub fn new(out: W, opts: OutputOptions) -> io::Result<Self> {
        let mut out = csv::WriterBuilder::new().from_writer(out);
        if opts.meta_columns {
            out.write_record(HEADER.iter().chain(&META_HEADER)).map_err(into_io)?;
        } else {
            out.write_record(HEADER).map_err(into_io)?;
        }
        Ok(CsvWriter { out, opts })
    }
}

fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl<W: Write> DocWriter for CsvWriter<W> {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        let (url, date) = (doc.url.as_deref().unwrap_or(""), doc.date.as_deref().unwrap_or(""));
        for r in doc.rows(self.opts.attributed_only) {
            let n = r.n.to_string();
            let line = r.line.to_string();
            let start = r.start.to_string();
            let end = r.end.to_string();
            let fields = [
                r.doc, &n, r.claim, r.source, r.source_text, r.source_type, r.speaker, r.cue, r.kind, &r.confidence,
                &line, &start, &end,
            ];
            if self.opts.meta_columns {
                self.out.write_record(fields.iter().chain(&[url, date])).map_err(into_io)?;
            } else {
                self.out.write_record(fields).map_err(into_io)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
