//! XLSX: a workbook for reviewers, written whole when the run finishes.
//!
//! * `claims`: the CSV's rows, right-to-left (the article's direction),
//!   header bold and frozen, an autofilter, claims wrapped, and `n`,
//!   `confidence`, `line`, `start`, `end` as real numbers;
//! * `sources`: per source its type, attributed claims, articles and mean
//!   confidence;
//! * `documents`: per article its claims, attributed claims, unattributed
//!   share, and whether the input failed.
//!
//! Cells are typed strings, so Excel would not evaluate them anyway; the
//! formula guard still applies to text cells because a reviewer who edits a
//! cell, or saves the sheet as CSV, would turn it into a formula again.

use super::explain::{explain, rows_with};
use super::{formula_guard, DocWriter, OutputOptions, Summary};
use crate::record::{Document, HEADER};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};
use std::io::{self, Write};

/// One claims-sheet row, owned until the workbook is written.
struct Line {
    text: [String; 8],
    n: usize,
    confidence: f64,
    line: usize,
    start: usize,
    end: usize,
    explain: Option<String>,
}

/// Collects the run and writes a workbook on [`DocWriter::finish`].
pub struct XlsxWriter<W: Write> {
    out: W,
    opts: OutputOptions,
    lines: Vec<Line>,
    summary: Summary,
}

impl<W: Write> XlsxWriter<W> {
    /// A writer that will write the workbook to `out`.
    pub fn new(out: W, opts: OutputOptions) -> Self {
        XlsxWriter { out, opts, lines: Vec::new(), summary: Summary::new() }
    }

    /// The underlying sink.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// The workbook as bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, XlsxError> {
        let mut wb = Workbook::new();
        let bold = Format::new().set_bold();
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let top = Format::new().set_align(FormatAlign::Top);
        let conf = Format::new().set_num_format("0.000").set_align(FormatAlign::Top);
        let share = Format::new().set_num_format("0%");

        let ws = wb.add_worksheet();
        ws.set_name("claims")?.set_right_to_left(true);
        let mut header: Vec<&str> = HEADER.to_vec();
        if self.opts.explain {
            header.push("explain");
        }
        write_header(ws, &header, &bold)?;
        // doc n claim source source_text source_type speaker cue kind confidence line start end explain
        let widths = [22.0, 5.0, 70.0, 24.0, 24.0, 13.0, 18.0, 14.0, 13.0, 11.0, 6.0, 7.0, 7.0, 60.0];
        for (c, w) in widths.iter().take(header.len()).enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
        for (i, l) in self.lines.iter().enumerate() {
            let r = i as u32 + 1;
            // Text columns 0, 2-8; numbers 1, 9-12.
            let text_cols = [0u16, 2, 3, 4, 5, 6, 7, 8];
            for (c, t) in text_cols.iter().zip(&l.text) {
                let f = if *c == 2 { &wrap } else { &top };
                ws.write_string_with_format(r, *c, self.cell(t), f)?;
            }
            ws.write_number_with_format(r, 1, l.n as f64, &top)?;
            ws.write_number_with_format(r, 9, l.confidence, &conf)?;
            ws.write_number_with_format(r, 10, l.line as f64, &top)?;
            ws.write_number_with_format(r, 11, l.start as f64, &top)?;
            ws.write_number_with_format(r, 12, l.end as f64, &top)?;
            if let Some(e) = &l.explain {
                ws.write_string_with_format(r, 13, self.cell(e), &wrap)?;
            }
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, self.lines.len() as u32, header.len() as u16 - 1)?;
        // Printed, a row should stay on one page: landscape, one page wide,
        // the header on every page.
        ws.set_landscape().set_print_fit_to_pages(1, 0).set_print_gridlines(true);
        ws.set_repeat_rows(0, 0)?;

        let ws = wb.add_worksheet();
        ws.set_name("sources")?.set_right_to_left(true);
        write_header(ws, &["source", "type", "claims", "articles", "mean_confidence"], &bold)?;
        for (c, w) in [30.0, 16.0, 9.0, 9.0, 16.0].iter().enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
        let sources = self.summary.sources();
        for (i, s) in sources.iter().enumerate() {
            let r = i as u32 + 1;
            let types: Vec<&str> = s.types.iter().map(String::as_str).collect();
            ws.write_string(r, 0, self.cell(&s.name))?;
            ws.write_string(r, 1, types.join("/"))?;
            ws.write_number(r, 2, s.claims as f64)?;
            ws.write_number(r, 3, s.articles.len() as f64)?;
            ws.write_number_with_format(r, 4, s.mean_confidence, &conf)?;
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, sources.len() as u32, 4)?;

        let ws = wb.add_worksheet();
        ws.set_name("documents")?.set_right_to_left(true);
        write_header(ws, &["doc", "claims", "attributed", "unattributed_share", "failed"], &bold)?;
        for (c, w) in [28.0, 9.0, 11.0, 19.0, 40.0].iter().enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
        let docs = self.summary.docs();
        for (i, d) in docs.iter().enumerate() {
            let r = i as u32 + 1;
            ws.write_string(r, 0, self.cell(&d.doc))?;
            ws.write_number(r, 1, d.claims as f64)?;
            ws.write_number(r, 2, d.attributed as f64)?;
            ws.write_number_with_format(r, 3, d.unattributed_share(), &share)?;
            // Empty for an article that was read; the reason for one that was not.
            ws.write_string(r, 4, self.cell(d.failed.as_deref().unwrap_or("")))?;
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, docs.len() as u32, 4)?;
        wb.save_to_buffer()
    }

    fn cell(&self, s: &str) -> String {
        if self.opts.formula_guard {
            formula_guard(s).into_owned()
        } else {
            s.to_owned()
        }
    }
}

fn write_header(ws: &mut Worksheet, header: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, bold)?;
    }
    Ok(())
}

impl<W: Write> DocWriter for XlsxWriter<W> {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        self.summary.add_doc(doc, self.opts.attributed_only);
        for (r, claim, attr) in rows_with(doc, self.opts.attributed_only) {
            self.lines.push(Line {
                text: [r.doc, r.claim, r.source, r.source_text, r.source_type, r.speaker, r.cue, r.kind].map(str::to_owned),
                n: r.n,
                confidence: r.confidence.parse().unwrap_or(0.0),
                line: r.line,
                start: r.start,
                end: r.end,
                explain: self.opts.explain.then(|| explain(doc, claim, attr)),
            });
        }
        Ok(())
    }

    fn failed(&mut self, input: &str, reason: &str) {
        self.summary.add_failed(input, reason);
    }

    fn finish(&mut self) -> io::Result<()> {
        let bytes = self.to_bytes().map_err(|e| io::Error::other(format!("xlsx: {e}")))?;
        self.out.write_all(&bytes)?;
        self.out.flush()
    }
}
