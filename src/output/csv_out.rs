//! The CSV contract: UTF-8, RFC 4180, the header of [`crate::record::HEADER`]
//! (plus `explain` at the end with `--explain`, so column positions hold).
//!
//! Plain by default: no byte-order mark (it breaks `cut`, `jq -R` and many
//! CSV readers) and LF line ends. With `excel`, a BOM (without it Excel reads
//! UTF-8 as the ANSI code page and Arabic turns to mojibake) and CRLF.
//!
//! The formula guard touches text cells only: `n`, `confidence`, `line`,
//! `start` and `end` stay numbers, and `start..end` still indexes the article
//! (a guarded claim cell is the slice with one apostrophe in front).

use super::explain::explain;
use super::{formula_guard, DocWriter, OutputOptions};
use crate::record::{Attribution, Document, HEADER, META_HEADER};
use std::borrow::Cow;
use std::io::{self, Write};

/// The UTF-8 byte-order mark written with `excel`.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes rows as CSV.
pub struct CsvWriter<W: Write> {
    out: csv::Writer<W>,
    opts: OutputOptions,
    /// The confidence cell, reused.
    conf: String,
}

impl<W: Write> CsvWriter<W> {
    /// A writer that emits the header first (after the BOM with `excel`).
    pub fn new(mut out: W, opts: OutputOptions) -> io::Result<Self> {
        if opts.excel {
            out.write_all(BOM)?;
        }
        let term = if opts.excel { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
        let mut out = csv::WriterBuilder::new().terminator(term).from_writer(out);
        let mut header: Vec<&str> = HEADER.to_vec();
        if opts.meta_columns {
            header.extend(META_HEADER);
        }
        if opts.explain {
            header.push("explain");
        }
        out.write_record(&header).map_err(into_io)?;
        Ok(CsvWriter { out, opts, conf: String::new() })
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
        // Cells are written one by one, borrowed from the document where the
        // guard leaves them alone: a row allocates nothing. The rows are
        // those of `Document::rows`, in the same order (a test holds them
        // together).
        let guard = self.opts.formula_guard;
        let text = |out: &mut csv::Writer<W>, s: &str| -> io::Result<()> {
            let cell = if guard { formula_guard(s) } else { Cow::Borrowed(s) };
            out.write_field(cell.as_bytes()).map_err(into_io)
        };
        let mut num = itoa::Buffer::new();
        let (url, date) = (doc.url.as_deref().unwrap_or(""), doc.date.as_deref().unwrap_or(""));
        for claim in &doc.claims {
            if claim.attributions.is_empty() && self.opts.attributed_only {
                continue;
            }
            let attrs = claim.attributions.iter().map(Some);
            let rows: Box<dyn Iterator<Item = Option<&Attribution>>> =
                if claim.attributions.is_empty() { Box::new(std::iter::once(None)) } else { Box::new(attrs) };
            for attr in rows {
                let out = &mut self.out;
                text(out, &doc.id)?;
                out.write_field(num.format(claim.n)).map_err(into_io)?;
                text(out, claim.span.slice(&doc.text))?;
                match attr {
                    Some(a) => {
                        text(out, &a.source.name)?;
                        text(out, a.source.span.slice(&doc.text))?;
                        text(out, a.source.stype.as_str())?;
                        text(out, a.speaker.as_ref().map_or("", |s| s.name.as_str()))?;
                    }
                    None => {
                        for _ in 0..4 {
                            out.write_field("").map_err(into_io)?;
                        }
                    }
                }
                text(out, claim.cue.map_or("", |c| c.slice(&doc.text)))?;
                text(out, claim.kind.as_str())?;
                self.conf.clear();
                match attr {
                    Some(a) => crate::record::write_confidence(&mut self.conf, a.confidence),
                    None => self.conf.push('0'),
                }
                out.write_field(&self.conf).map_err(into_io)?;
                for n in [claim.line, claim.span.start, claim.span.end] {
                    out.write_field(num.format(n)).map_err(into_io)?;
                }
                if self.opts.meta_columns {
                    text(out, url)?;
                    text(out, date)?;
                }
                if self.opts.explain {
                    text(out, &explain(doc, claim, attr))?;
                }
                out.write_record(None::<&[u8]>).map_err(into_io)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str, opts: OutputOptions) -> Vec<u8> {
        let doc = crate::Engine::builtin().unwrap().analyze("t", text.into());
        let mut w = CsvWriter::new(Vec::new(), opts).unwrap();
        w.write_doc(&doc).unwrap();
        w.finish().unwrap();
        w.out.into_inner().map_err(|_| ()).unwrap()
    }

    #[test]
    fn cells_are_the_documents_rows() {
        let engine = crate::Engine::builtin().unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let doc = engine.analyze("seed", text);
            for attributed_only in [false, true] {
                let mut w = CsvWriter::new(Vec::new(), OutputOptions { attributed_only, ..Default::default() }).unwrap();
                w.write_doc(&doc).unwrap();
                let bytes = w.out.into_inner().map_err(|_| ()).unwrap();
                let got: Vec<csv::StringRecord> = csv::Reader::from_reader(&bytes[..]).records().map(Result::unwrap).collect();
                let want = doc.rows(attributed_only);
                assert_eq!(got.len(), want.len());
                assert!(want.iter().any(|r| !r.source.is_empty()));
                for (g, r) in got.iter().zip(&want) {
                    let n = r.n.to_string();
                    let (line, start, end) = (r.line.to_string(), r.start.to_string(), r.end.to_string());
                    let cells = [r.doc, &n, r.claim, r.source, r.source_text, r.source_type, r.speaker, r.cue, r.kind, &r.confidence, &line, &start, &end];
                    assert_eq!(g.iter().collect::<Vec<_>>(), cells.iter().map(|c| formula_guard(c)).collect::<Vec<_>>());
                }
            }
        }
    }

    #[test]
    fn excel_adds_bom_and_crlf_and_plain_has_neither() {
        let text = "قال المتحدث باسم الخارجية إن الوزير سيزور موسكو.";
        let plain = write(text, OutputOptions::default());
        assert!(plain.starts_with(b"doc,n,claim"));
        assert!(!plain.windows(2).any(|w| w == b"\r\n"));
        let excel = write(text, OutputOptions { excel: true, ..Default::default() });
        assert!(excel.starts_with(BOM));
        assert_eq!(&excel[BOM.len()..], String::from_utf8(plain).unwrap().replace('\n', "\r\n").as_bytes());
    }

    #[test]
    fn guard_touches_text_cells_only() {
        // Leading symbols never start a claim, but a document id comes from a
        // file name and a source name from a lexicon: both reach the cells.
        let text = "قال المتحدث باسم الخارجية إن الوزير سيزور موسكو.";
        let doc = crate::Engine::builtin().unwrap().analyze("=HYPERLINK(1)", text.into());
        let run = |opts: OutputOptions| {
            let mut w = CsvWriter::new(Vec::new(), opts).unwrap();
            w.write_doc(&doc).unwrap();
            let bytes = w.out.into_inner().map_err(|_| ()).unwrap();
            csv::Reader::from_reader(&bytes[..]).records().map(Result::unwrap).collect::<Vec<_>>()
        };
        let rows = run(OutputOptions::default());
        assert_eq!(&rows[0][0], "'=HYPERLINK(1)");
        let (start, end): (usize, usize) = (rows[0][11].parse().unwrap(), rows[0][12].parse().unwrap());
        assert_eq!(&text[start..end], &rows[0][2]);
        assert!(rows[0][9].parse::<f64>().is_ok());
        let rows = run(OutputOptions { formula_guard: false, ..Default::default() });
        assert_eq!(&rows[0][0], "=HYPERLINK(1)");
    }
}
