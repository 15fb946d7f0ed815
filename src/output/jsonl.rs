//! JSON Lines: one object per claim with its full structure, for scripts.
//!
//! Field order and names are fixed by the structs below and documented in
//! the README ("Outputs"); every object carries `schema` so a reader can
//! tell versions apart. Every `start`/`end` is a byte offset of the decoded
//! article, so `text[start..end]` is the `text` beside it. No formula guard:
//! JSON is not read by spreadsheets, and the text must stay the slice.

use super::{explain, DocWriter, OutputOptions};
use crate::record::{Claim, Document, Party, Span};
use serde::Serialize;
use std::io::{self, Write};

/// The `schema` value of every object; bumped on any incompatible change.
pub const SCHEMA: &str = "isnad.claim/1";

/// A piece of the article: where, and what is written there.
#[derive(Serialize)]
struct Piece<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn piece(span: Span, text: &str) -> Piece<'_> {
    Piece { start: span.start, end: span.end, text: span.slice(text) }
}

#[derive(Serialize)]
struct PartyOut<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    stype: &'a str,
    found: crate::record::Found,
    span: Piece<'a>,
}

fn party<'a>(p: &'a Party, text: &'a str) -> PartyOut<'a> {
    PartyOut { name: &p.name, stype: p.stype.as_str(), found: p.found, span: piece(p.span, text) }
}

#[derive(Serialize)]
struct SourceOut<'a> {
    #[serde(flatten)]
    party: PartyOut<'a>,
    confidence: f64,
    speaker: Option<PartyOut<'a>>,
    chain: Vec<PartyOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<String>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    schema: &'static str,
    doc: &'a str,
    n: usize,
    text: &'a str,
    span: Piece<'a>,
    line: usize,
    kind: &'static str,
    cue: Option<Piece<'a>>,
    rule: &'static str,
    rule_text: &'static str,
    confidence: f64,
    sources: Vec<SourceOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<String>,
    /// The article's url and date, when its input carries them.
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

/// Writes one JSON object per claim.
pub struct JsonlWriter<W: Write> {
    out: W,
    opts: OutputOptions,
}

impl<W: Write> JsonlWriter<W> {
    /// A writer over `out`.
    pub fn new(out: W, opts: OutputOptions) -> Self {
        JsonlWriter { out, opts }
    }

    /// The underlying sink.
    pub fn into_inner(self) -> W {
        self.out
    }
}

// Rounded as in the CSV, so the two outputs agree digit for digit.
fn conf(c: f32) -> f64 {
    crate::record::format_confidence(c).parse().unwrap_or(0.0)
}

fn claim_out<'a>(doc: &'a Document, c: &'a Claim, with_explain: bool) -> ClaimOut<'a> {
    let text = doc.text.as_str();
    let sources: Vec<SourceOut<'_>> = c
        .attributions
        .iter()
        .map(|a| SourceOut {
            party: party(&a.source, text),
            confidence: conf(a.confidence),
            speaker: a.speaker.as_ref().map(|p| party(p, text)),
            chain: a.chain.iter().map(|p| party(p, text)).collect(),
            explain: with_explain.then(|| explain(doc, c, Some(a))),
        })
        .collect();
    ClaimOut {
        schema: SCHEMA,
        doc: &doc.id,
        n: c.n,
        text: c.span.slice(text),
        span: piece(c.span, text),
        line: c.line,
        kind: c.kind.as_str(),
        cue: c.cue.map(|s| piece(s, text)),
        rule: c.rule,
        rule_text: super::explain_rule(c.rule),
        confidence: sources.iter().map(|s| s.confidence).fold(0.0, f64::max),
        // The claim-level explanation only where no source carries one.
        explain: (with_explain && c.attributions.is_empty()).then(|| explain(doc, c, None)),
        sources,
        url: doc.url.as_deref(),
        date: doc.date.as_deref(),
    }
}

impl<W: Write> DocWriter for JsonlWriter<W> {
    fn write_doc(&mut self, doc: &Document) -> io::Result<()> {
        for c in &doc.claims {
            if self.opts.attributed_only && c.attributions.is_empty() {
                continue;
            }
            serde_json::to_writer(&mut self.out, &claim_out(doc, c, self.opts.explain))?;
            self.out.write_all(b"\n")?;
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

    #[test]
    fn one_object_per_claim_with_slices() {
        let text = "قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا مستعدة للمساعدة. الطقس حار اليوم في المدينة.";
        let doc = crate::Engine::builtin().unwrap().analyze("t", text.into());
        let mut w = JsonlWriter::new(Vec::new(), OutputOptions::default());
        w.write_doc(&doc).unwrap();
        let out = String::from_utf8(w.into_inner()).unwrap();
        let objs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(objs.len(), doc.claims.len());
        let o = &objs[0];
        assert_eq!(o["schema"], SCHEMA);
        // Where the claim starts is the attribution rules' business; here,
        // that the JSON carries it and its span agrees.
        let claim = o["text"].as_str().unwrap();
        assert!(claim.ends_with("روسيا مستعدة للمساعدة"), "{claim}");
        let (a, b) = (o["span"]["start"].as_u64().unwrap() as usize, o["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], claim);
        let s = &o["sources"][0];
        assert_eq!(s["name"], "دميتري بيسكوف");
        assert_eq!(s["type"], "person");
        let (a, b) = (s["span"]["start"].as_u64().unwrap() as usize, s["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[a..b], "دميتري بيسكوف");
        assert_eq!(o["cue"]["text"], "قال");
        assert!(o.get("explain").is_none());
        assert_eq!(objs[1]["sources"].as_array().unwrap().len(), 0);
        assert_eq!(objs[1]["kind"], "unattributed");
    }
}
