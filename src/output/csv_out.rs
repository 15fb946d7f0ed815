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
use super::{needs_guard, DocWriter, OutputOptions};
use crate::record::{Document, HEADER, META_HEADER};
use std::io::{self, Write};

/// The UTF-8 byte-order mark written with `excel`.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes rows as CSV.
pub struct CsvWriter<W: Write> {
    out: Cells<W>,
    opts: OutputOptions,
}

/// RFC 4180 cells written straight into a buffer. Every row has the same
/// cells and one quoting rule (a cell holding `"`, `,`, CR or LF is quoted,
/// its quotes doubled), so rows skip the csv crate's per-field state machine,
/// a tenth of a batch run; a test holds the bytes equal to `csv::Writer`'s.
struct Cells<W: Write> {
    out: W,
    buf: Vec<u8>,
    /// The record terminator: LF, or CRLF for Excel.
    term: &'static [u8],
    /// No cell written yet in this record (no comma before the next one).
    fresh: bool,
}

/// What the buffer may hold before it is written out: as much as the
/// `BufWriter` of `isnad check` holds, which then passes it on without
/// copying it.
const FLUSH_AT: usize = 1 << 18;

impl<W: Write> Cells<W> {
    fn new(out: W, term: &'static [u8]) -> Self {
        Cells { out, buf: Vec::with_capacity(FLUSH_AT + 4096), term, fresh: true }
    }

    fn cell(&mut self, cell: &[u8]) {
        self.cell_after(b"", cell, true);
    }

    /// A cell of `lead` (which needs no quotes) and then `cell`, which may
    /// hold CR where `cr` says so.
    fn cell_after(&mut self, lead: &[u8], cell: &[u8], cr: bool) {
        if !std::mem::take(&mut self.fresh) {
            self.buf.push(b',');
        }
        quote_into(&mut self.buf, lead, cell, cr);
    }

    fn end_record(&mut self) -> io::Result<()> {
        self.buf.extend_from_slice(self.term);
        self.fresh = true;
        self.spill()
    }

    /// Writes the buffer out once it holds [`FLUSH_AT`] bytes.
    fn spill(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.flush_buf()?;
        }
        Ok(())
    }

    fn flush_buf(&mut self) -> io::Result<()> {
        let done = self.out.write_all(&self.buf);
        self.buf.clear();
        done
    }

    fn flush(&mut self) -> io::Result<()> {
        self.flush_buf()?;
        self.out.flush()
    }

}

/// Appends a cell of `lead` (which needs no quotes) and `cell` to `buf`,
/// quoted if it holds `"`, `,`, LF or CR (the last looked for only where
/// `cr` says it may be there).
fn quote_into(buf: &mut Vec<u8>, lead: &[u8], cell: &[u8], cr: bool) {
    if !needs_quotes(cell, cr) {
        buf.extend_from_slice(lead);
        buf.extend_from_slice(cell);
        return;
    }
    buf.push(b'"');
    buf.extend_from_slice(lead);
    let mut rest = cell;
    while let Some(q) = memchr::memchr(b'"', rest) {
        buf.extend_from_slice(&rest[..=q]);
        buf.push(b'"');
        rest = &rest[q + 1..];
    }
    buf.extend_from_slice(rest);
    buf.push(b'"');
}

/// Whether `cell` holds `"`, `,`, LF, or CR where `cr` says it may.
#[inline]
fn needs_quotes(cell: &[u8], cr: bool) -> bool {
    if cell.len() < 64 {
        // Short cells (names, cues) in lanes the compiler vectorizes: the
        // memchr crate reads fewer than 32 bytes one at a time.
        let r = if cr { b'\r' } else { b'\n' };
        return cell.iter().fold(false, |q, &b| q | (b == b'"') | (b == b',') | (b == b'\n') | (b == r));
    }
    memchr::memchr3(b'"', b',', b'\n', cell).is_some() || cr && memchr::memchr(b'\r', cell).is_some()
}

impl<W: Write> Drop for Cells<W> {
    /// A writer dropped without `finish` still writes its rows, as
    /// `csv::Writer` does (errors are for `finish` to report).
    fn drop(&mut self) {
        let _ = self.flush_buf();
    }
}

#[cfg(test)]
impl Cells<Vec<u8>> {
    fn into_inner(mut self) -> io::Result<Vec<u8>> {
        self.flush()?;
        Ok(std::mem::take(&mut self.out))
    }
}

impl<W: Write> CsvWriter<W> {
    /// A writer that emits the header first (after the BOM with `excel`).
    pub fn new(mut out: W, opts: OutputOptions) -> io::Result<Self> {
        if opts.excel {
            out.write_all(BOM)?;
        }
        let mut out = Cells::new(out, if opts.excel { b"\r\n" } else { b"\n" });
        let mut header: Vec<&str> = HEADER.to_vec();
        if opts.meta_columns {
            header.extend(META_HEADER);
        }
        if opts.explain {
            header.push("explain");
        }
        for cell in header {
            out.cell(cell.as_bytes());
        }
        out.end_record()?;
        Ok(CsvWriter { out, opts })
    }
}

impl<W: Write> CsvWriter<W> {
    /// Writes rows that [`csv_rows_into`] made with this writer's options
    /// (on another thread, say), as [`DocWriter::write_doc`] would have.
    pub fn write_rows(&mut self, rows: &[u8]) -> io::Result<()> {
        self.out.buf.extend_from_slice(rows);
        self.out.spill()
    }
}

impl<W: Write> DocWriter for CsvWriter<W> {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        csv_rows_into(&self.opts, doc, &mut self.out.buf);
        self.out.spill()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Appends the CSV rows of `doc` to `out`, as a [`CsvWriter`] with `opts`
/// writes them (no header, no BOM).
///
/// Cells are written one by one, borrowed from the document where the guard
/// puts its apostrophe in front of them: a row allocates nothing. The rows
/// are those of `Document::rows`, in the same order (a test holds them
/// together), every row the same cells, so commas are not tracked.
pub fn csv_rows_into(opts: &OutputOptions, doc: &Document, out: &mut Vec<u8>) {
    let guard = opts.formula_guard;
    let lead = |s: &str| -> &'static [u8] { if guard && needs_guard(s) { b"'" } else { b"" } };
    // Slices of a text without CR (most) need not be searched for one.
    let text_cr = memchr::memchr(b'\r', doc.text.as_bytes()).is_some();
    let text = |out: &mut Vec<u8>, s: &str, cr: bool| {
        out.push(b',');
        quote_into(out, lead(s), s.as_bytes(), cr);
    };
    let term: &[u8] = if opts.excel { b"\r\n" } else { b"\n" };
    let mut num = itoa::Buffer::new();
    // The id cell, and the url and date cells (comma first), are the same
    // on every row: quoted once, in the first row, and copied from there.
    let (mut id, mut meta) = (0..0, 0..0);
    for claim in &doc.claims {
        if claim.attributions.is_empty() && opts.attributed_only {
            continue;
        }
        // One row per source, one without a source for none.
        for i in 0..claim.attributions.len().max(1) {
            let attr = claim.attributions.get(i);
            if id.is_empty() {
                let at = out.len();
                quote_into(out, lead(&doc.id), doc.id.as_bytes(), true);
                id = at..out.len();
            } else {
                out.extend_from_within(id.clone());
            }
            out.push(b',');
            out.extend_from_slice(num.format(claim.n).as_bytes());
            text(out, claim.span.slice(&doc.text), text_cr);
            match attr {
                Some(a) => {
                    text(out, &a.source.name, true);
                    text(out, a.source.span.slice(&doc.text), text_cr);
                    out.push(b',');
                    out.extend_from_slice(a.source.stype.as_str().as_bytes());
                    text(out, a.speaker.as_ref().map_or("", |s| s.name.as_str()), true);
                }
                None => out.extend_from_slice(b",,,,"),
            }
            text(out, claim.cue.map_or("", |c| c.slice(&doc.text)), text_cr);
            out.push(b',');
            out.extend_from_slice(claim.kind.as_str().as_bytes());
            out.push(b',');
            match attr {
                Some(a) => crate::record::write_confidence_bytes(out, a.confidence),
                None => out.push(b'0'),
            }
            for n in [claim.line, claim.span.start, claim.span.end] {
                out.push(b',');
                out.extend_from_slice(num.format(n).as_bytes());
            }
            if opts.meta_columns {
                if meta.is_empty() {
                    let (url, date) = (doc.url.as_deref().unwrap_or(""), doc.date.as_deref().unwrap_or(""));
                    let at = out.len();
                    text(out, url, true);
                    text(out, date, true);
                    meta = at..out.len();
                } else {
                    out.extend_from_within(meta.clone());
                }
            }
            if opts.explain {
                text(out, &explain(doc, claim, attr), true);
            }
            out.extend_from_slice(term);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::formula_guard;
    use super::*;

    fn write(text: &str, opts: OutputOptions) -> Vec<u8> {
        let doc = crate::Engine::builtin().unwrap().analyze("t", text.into());
        let mut w = CsvWriter::new(Vec::new(), opts).unwrap();
        w.write_doc(&doc).unwrap();
        w.finish().unwrap();
        w.out.into_inner().unwrap()
    }

    #[test]
    fn quotes_needed_short_and_long() {
        // Each mark at every place of a short and a long cell; CR only where it may be.
        for len in [1, 5, 63, 64, 200] {
            let plain = "ب".repeat(len).into_bytes();
            assert!(!needs_quotes(&plain, true) && !needs_quotes(&plain[..len], false), "{len}");
            for mark in [b'"', b',', b'\n', b'\r'] {
                for at in [0, len / 2, len - 1] {
                    let mut cell = plain[..len].to_vec();
                    cell[at] = mark;
                    assert!(needs_quotes(&cell, true), "{len} {at} {mark}");
                    assert_eq!(needs_quotes(&cell, false), mark != b'\r', "{len} {at} {mark}");
                }
            }
        }
        assert!(!needs_quotes(b"", true));
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
                let bytes = w.out.into_inner().unwrap();
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
    fn cells_are_quoted_as_the_csv_crate_quotes_them() {
        let rows: [&[&str]; 4] = [
            &["", "قال المتحدث", "1", "0.93"],
            &["بحسب \"رويترز\"، فإن", "a,b", "\"", ","],
            &["سطر\nثان", "cr\rlf", "\r\n", "'=1+1"],
            &["", "", "", ""],
        ];
        for (excel, term) in [(false, csv::Terminator::Any(b'\n')), (true, csv::Terminator::CRLF)] {
            let mut ours = Cells::new(Vec::new(), if excel { b"\r\n" } else { b"\n" });
            let mut theirs = csv::WriterBuilder::new().terminator(term).from_writer(Vec::new());
            for row in rows {
                row.iter().for_each(|c| ours.cell(c.as_bytes()));
                ours.end_record().unwrap();
                theirs.write_record(row).unwrap();
            }
            let theirs = theirs.into_inner().map_err(|_| ()).unwrap();
            assert_eq!(String::from_utf8(ours.into_inner().unwrap()).unwrap(), String::from_utf8(theirs).unwrap());
        }
    }

    #[test]
    fn slices_of_a_text_with_cr_are_quoted() {
        // A lone CR inside a claim (texts without one skip the search).
        for text in ["قال المتحدث إن الوزير\rسيزور موسكو.", "قال المتحدث إن الوزير سيزور موسكو."] {
            let bytes = write(text, OutputOptions::default());
            let got: Vec<csv::StringRecord> = csv::Reader::from_reader(&bytes[..]).records().map(Result::unwrap).collect();
            let doc = crate::Engine::builtin().unwrap().analyze("t", text.into());
            let want = doc.rows(false);
            assert_eq!(got.len(), want.len());
            for (g, r) in got.iter().zip(&want) {
                assert_eq!((&g[2], &g[4], &g[7]), (r.claim, r.source_text, r.cue));
            }
            assert_eq!(got.iter().any(|g| g[2].contains('\r')), text.contains('\r'));
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
            let bytes = w.out.into_inner().unwrap();
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
