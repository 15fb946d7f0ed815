//! A review report: one self-contained HTML file (inline style and a few
//! lines of inline script, no network, no external fonts) that shows every
//! article right-to-left with each claim marked, one colour per source.
//!
//! It is built from the same rows as the CSV ([`rows_with`]): each claim is
//! one `<mark class="claim">` whose hover text lists its rows' sources, cue
//! and confidence; an unattributed claim is a `<mark class="claim un">`.
//! Cues and source names outside claims are underlined. Every piece of text
//! goes through [`escape`]. A threshold and a switch hide the rows (and dim
//! the marks) at or above a confidence, to triage the doubtful ones.

use super::explain::{explain_rule, rows_with};
use super::{DocWriter, OutputOptions, Summary};
use crate::record::{Document, Row};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Collects the run and writes the report on [`DocWriter::finish`].
pub struct HtmlWriter<W: Write> {
    out: W,
    opts: OutputOptions,
    docs: Vec<Document>,
    failed: Vec<(String, String)>,
    summary: Summary,
}

/// Escapes text for HTML content and quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            _ => out.push(ch),
        }
    }
    out
}

// Golden-angle hues, lightness stepping too: any number of sources, and
// sources that come round to a similar hue still differ.
fn colour(i: usize) -> String {
    let light = [80, 68, 88][(i / 3) % 3];
    format!("hsl({:.0} 75% {light}%)", (i as f64 * 137.508) % 360.0)
}

const STYLE: &str = r#"
body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",sans-serif;margin:1.5em;color:#222;background:#fff}
h1,h2{font-weight:600} h2{margin-top:1.5em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0} th,td{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}
th{background:#f3f3f3} td.num{text-align:right;direction:ltr}
.article{white-space:pre-wrap;line-height:2.1;font-size:1.15em;max-width:60em;border:1px solid #ddd;padding:1em;background:#fcfcfc}
mark.claim{border-radius:3px;padding:0 .1em;color:inherit}
mark.un{background:none;border-bottom:2px dashed #999}
.cue{border-bottom:2px solid #333;font-weight:600}
.src{border-bottom:3px double #555}
.sw{display:inline-block;width:1.2em;height:1em;border:1px solid #999;vertical-align:middle}
.controls{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd}
tr.hide{display:none} mark.hide{opacity:.3}
.meta{color:#555} .failed{color:#a00}
"#;

const SCRIPT: &str = r#"
(function(){var t=document.getElementById('thr'),o=document.getElementById('low'),v=document.getElementById('thrv');
function f(){var x=parseFloat(t.value);v.textContent=x.toFixed(2);
document.querySelectorAll('tr.row,mark.claim').forEach(function(e){var c=e.getAttribute('data-conf');
var low=c!==null&&c!==''&&parseFloat(c)<x;e.classList.toggle('hide',o.checked&&!low);});}
if(location.hash==='#low'){o.checked=true;}
t.addEventListener('input',f);o.addEventListener('change',f);f();})();
"#;

impl<W: Write> HtmlWriter<W> {
    /// A writer that will write the report to `out`.
    pub fn new(out: W, opts: OutputOptions) -> Self {
        HtmlWriter { out, opts, docs: Vec::new(), failed: Vec::new(), summary: Summary::new() }
    }

    /// The underlying sink.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// The whole report.
    pub fn render(&self) -> String {
        let sources = self.summary.sources();
        let idx: BTreeMap<&str, usize> = sources.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
        let mut h = String::new();
        h.push_str("<!DOCTYPE html>\n<html lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Nothing may be fetched: styles and the filter are inline.
        h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        h.push_str("<title>isnad review report</title>\n<style>");
        h.push_str(STYLE);
        for i in 0..sources.len() {
            let _ = writeln!(h, "mark.s{i}{{background:{c}}} .src.s{i}{{border-bottom-color:{c}}} .sw.s{i}{{background:{c}}}", c = colour(i));
        }
        h.push_str("</style>\n</head>\n<body>\n<h1>isnad review report</h1>\n");
        let claims: usize = self.summary.docs().iter().map(|d| d.claims).sum();
        let attributed: usize = self.summary.docs().iter().map(|d| d.attributed).sum();
        let _ = writeln!(
            h,
            "<p class=\"meta\">{} articles, {claims} claims, {attributed} attributed, {} sources, {} failed inputs.</p>",
            self.docs.len(),
            sources.len(),
            self.failed.len()
        );
        h.push_str("<div class=\"controls\"><label><input type=\"checkbox\" id=\"low\"> only rows with confidence below </label>");
        h.push_str("<input type=\"range\" id=\"thr\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0.6\"> <output id=\"thrv\">0.60</output></div>\n");

        h.push_str("<h2>Sources</h2>\n<table class=\"sources\"><thead><tr><th></th><th>source</th><th>type</th><th>claims</th><th>articles</th><th>mean confidence</th></tr></thead><tbody>\n");
        for (i, s) in sources.iter().enumerate() {
            let types: Vec<&str> = s.types.iter().map(String::as_str).collect();
            let _ = writeln!(
                h,
                "<tr><td><span class=\"sw s{i}\"></span></td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{:.3}</td></tr>",
                escape(&s.name),
                escape(&types.join("/")),
                s.claims,
                s.articles.len(),
                s.mean_confidence
            );
        }
        h.push_str("</tbody></table>\n");
        if !self.failed.is_empty() {
            h.push_str("<h2>Failed inputs</h2>\n<ul class=\"failed\">\n");
            for (input, reason) in &self.failed {
                let _ = writeln!(h, "<li>{}: {}</li>", escape(input), escape(reason));
            }
            h.push_str("</ul>\n");
        }
        for (di, doc) in self.docs.iter().enumerate() {
            self.render_doc(&mut h, di, doc, &idx);
        }
        h.push_str("<script>");
        h.push_str(SCRIPT);
        h.push_str("</script>\n</body>\n</html>\n");
        h
    }

    fn render_doc(&self, h: &mut String, di: usize, doc: &Document, idx: &BTreeMap<&str, usize>) {
        let rows = rows_with(doc, self.opts.attributed_only);
        let stats = self.summary.docs().iter().find(|d| d.doc == doc.id);
        let _ = writeln!(h, "<section class=\"doc\" id=\"doc-{di}\">\n<h2 dir=\"auto\">{}</h2>", escape(&doc.id));
        if let Some(s) = stats {
            let _ = writeln!(
                h,
                "<p class=\"meta\">{} claims, {} attributed, {:.0}% unattributed.</p>",
                s.claims,
                s.attributed,
                100.0 * s.unattributed_share()
            );
        }
        // Claims by number, each with its rows, in text order.
        let mut by_claim: Vec<(usize, Vec<&Row<'_>>)> = Vec::new();
        for (r, _, _) in &rows {
            match by_claim.last_mut() {
                Some((n, v)) if *n == r.n => v.push(r),
                _ => by_claim.push((r.n, vec![r])),
            }
        }
        let mut marks: Vec<Span> = Vec::new();
        let mut taken_end = 0;
        for (_, rs) in &by_claim {
            let r = rs[0];
            // Claims do not overlap; if one ever did, its mark starts where
            // the previous ends so that every claim still gets one mark.
            let start = r.start.max(taken_end).min(r.end);
            let hover: Vec<String> = rs
                .iter()
                .map(|r| {
                    if r.source.is_empty() {
                        "unattributed".to_string()
                    } else {
                        let sp = if r.speaker.is_empty() { String::new() } else { format!(" via {}", r.speaker) };
                        format!("source: {} ({}){sp} · cue: {} · confidence {}", r.source, r.source_type, r.cue, r.confidence)
                    }
                })
                .collect();
            let claim = doc.claims.iter().find(|c| c.n == r.n);
            let rule = claim.map_or("", |c| c.rule);
            let title = format!("#{} {}\n{}\nrule {}: {}", r.n, r.kind, hover.join("\n"), rule, explain_rule(rule));
            let (class, conf) = if r.source.is_empty() {
                ("claim un".to_string(), String::new())
            } else {
                let best = rs.iter().filter_map(|r| r.confidence.parse::<f64>().ok()).fold(0.0, f64::max);
                (format!("claim s{}", idx.get(r.source).copied().unwrap_or(0)), format!("{best:.3}"))
            };
            let open = format!(
                "<mark class=\"{class}\" data-n=\"{}\" data-conf=\"{conf}\" title=\"{}\">",
                r.n,
                escape(&title)
            );
            marks.push(Span { start, end: r.end, open, close: "</mark>" });
            taken_end = taken_end.max(r.end);
        }
        // Cues and sources, underlined where they do not cut across a mark.
        for c in doc.claims.iter().filter(|c| rows.iter().any(|(r, _, _)| r.n == c.n)) {
            if let Some(cue) = c.cue {
                let title = escape(&format!("cue of claim #{}", c.n));
                add_inner(&mut marks, Span { start: cue.start, end: cue.end, open: format!("<span class=\"cue\" title=\"{title}\">"), close: "</span>" });
            }
            for a in &c.attributions {
                let i = idx.get(a.source.name.as_str()).copied().unwrap_or(0);
                let title = escape(&format!("{} ({})", a.source.name, a.source.stype.as_str()));
                let s = a.source.span;
                add_inner(&mut marks, Span { start: s.start, end: s.end, open: format!("<span class=\"src s{i}\" title=\"{title}\">"), close: "</span>" });
            }
        }
        h.push_str("<div class=\"article\" dir=\"rtl\" lang=\"ar\">");
        render_text(h, &doc.text, marks);
        h.push_str("</div>\n");
        h.push_str("<details><summary>rows</summary>\n<table class=\"rows\" dir=\"rtl\"><thead><tr><th>n</th><th>claim</th><th>source</th><th>type</th><th>cue</th><th>kind</th><th>confidence</th></tr></thead><tbody>\n");
        for (r, _, _) in &rows {
            let conf = if r.source.is_empty() { String::new() } else { r.confidence.clone() };
            let _ = writeln!(
                h,
                "<tr class=\"row\" data-conf=\"{conf}\"><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                r.n,
                escape(r.claim),
                escape(r.source),
                escape(r.source_type),
                escape(r.cue),
                escape(r.kind),
                escape(&conf)
            );
        }
        h.push_str("</tbody></table></details>\n</section>\n");
    }
}

/// A marked range of the text with its tags.
struct Span {
    start: usize,
    end: usize,
    open: String,
    close: &'static str,
}

/// Adds `s` if it nests with every span already there (inside or outside,
/// never across), so the tags stay well formed.
fn add_inner(spans: &mut Vec<Span>, s: Span) {
    if s.start >= s.end {
        return;
    }
    let nests = spans.iter().all(|o| s.end <= o.start || o.end <= s.start || (o.start <= s.start && s.end <= o.end));
    let covers_any = spans.iter().any(|o| s.start <= o.start && o.end <= s.end);
    if nests && !covers_any {
        spans.push(s);
    }
}

/// Writes `text` with the spans' tags around their ranges.
fn render_text(h: &mut String, text: &str, mut spans: Vec<Span>) {
    spans.retain(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start <= s.end && s.end <= text.len());
    // Outer spans first where two start together.
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut stack: Vec<&Span> = Vec::new();
    let mut pos = 0;
    for s in &spans {
        while let Some(top) = stack.last() {
            if top.end <= s.start {
                h.push_str(&escape_text(&text[pos..top.end]));
                h.push_str(top.close);
                pos = top.end;
                stack.pop();
            } else {
                break;
            }
        }
        h.push_str(&escape_text(&text[pos..s.start]));
        h.push_str(&s.open);
        pos = s.start;
        stack.push(s);
    }
    while let Some(top) = stack.pop() {
        h.push_str(&escape_text(&text[pos..top.end]));
        h.push_str(top.close);
        pos = top.end;
    }
    h.push_str(&escape_text(&text[pos..]));
}

// Text content keeps its line breaks (the article is `pre-wrap`).
fn escape_text(s: &str) -> String {
    escape(s).replace("&#10;", "\n")
}

impl<W: Write> DocWriter for HtmlWriter<W> {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        self.summary.add_doc(doc, self.opts.attributed_only);
        self.docs.push(doc.clone());
        Ok(())
    }

    fn failed(&mut self, input: &str, reason: &str) {
        self.summary.add_failed(input, reason);
        self.failed.push((input.to_owned(), reason.to_owned()));
    }

    fn finish(&mut self) -> io::Result<()> {
        let page = self.render();
        self.out.write_all(page.as_bytes())?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_marks_each_claim_once() {
        let text = "قال المتحدث باسم الخارجية إن <b>الوزير</b> & \"الوفد\" سيزوران موسكو. الطقس حار اليوم في المدينة.";
        let doc = crate::Engine::builtin().unwrap().analyze("<id>", text.into());
        let mut w = HtmlWriter::new(Vec::new(), OutputOptions::default());
        w.write_doc(&doc).unwrap();
        w.failed("bad<1>.txt", "not UTF-8");
        w.finish().unwrap();
        let page = String::from_utf8(w.into_inner()).unwrap();
        assert!(!page.contains("<b>") && !page.contains("<id>") && !page.contains("bad<1>"));
        assert!(page.contains("الوزير&lt;/b&gt; &amp; &quot;الوفد&quot;"));
        assert_eq!(page.matches("<mark class=\"claim").count(), doc.claims.len());
        assert_eq!(page.matches("<mark class=\"claim un\"").count(), 1);
        assert!(!page.contains("http://") && !page.contains("https://") && !page.contains("src="));
    }

    #[test]
    fn nesting_spans_render_well_formed() {
        let mut h = String::new();
        let sp = |s, e, t: &str| Span { start: s, end: e, open: format!("<{t}>"), close: if t == "a" { "</a>" } else { "</b>" } };
        render_text(&mut h, "0123456789", vec![sp(2, 8, "a"), sp(3, 5, "b")]);
        assert_eq!(h, "01<a>2<b>34</b>567</a>89");
    }
}
