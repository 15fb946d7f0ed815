//! Per-source and per-article tallies of a run, fed row by row so that a
//! run being written and a CSV read back give the same numbers.

use crate::record::Document;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// One cited source across the run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceStats {
    /// Canonical name.
    pub name: String,
    /// Every type it was given (usually one).
    pub types: BTreeSet<String>,
    /// Claims attributed to it.
    pub claims: usize,
    /// Articles citing it.
    pub articles: BTreeSet<String>,
    /// Mean confidence over its rows.
    pub mean_confidence: f64,
    conf_sum: f64,
}

/// One article of the run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocStats {
    /// Document id (or, for a failed input, its name).
    pub doc: String,
    /// Claims found.
    pub claims: usize,
    /// Claims with at least one source.
    pub attributed: usize,
    /// Why the input could not be analysed, if it could not.
    pub failed: Option<String>,
    seen: BTreeSet<usize>,
    seen_attributed: BTreeSet<usize>,
}

impl DocStats {
    /// Share of its claims with no source (0 for an article without claims).
    pub fn unattributed_share(&self) -> f64 {
        if self.claims == 0 {
            0.0
        } else {
            (self.claims - self.attributed) as f64 / self.claims as f64
        }
    }
}

/// Tallies of a run.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    sources: BTreeMap<String, SourceStats>,
    docs: Vec<DocStats>,
    index: BTreeMap<String, usize>,
}

impl Summary {
    /// An empty summary.
    pub fn new() -> Summary {
        Summary::default()
    }

    fn doc_mut(&mut self, doc: &str) -> &mut DocStats {
        let i = *self.index.entry(doc.to_owned()).or_insert_with(|| {
            self.docs.push(DocStats { doc: doc.to_owned(), ..Default::default() });
            self.docs.len() - 1
        });
        &mut self.docs[i]
    }

    /// Adds one row: claim `n` of `doc`, its source (empty when unattributed).
    pub fn add_row(&mut self, doc: &str, n: usize, source: &str, source_type: &str, confidence: f64) {
        let d = self.doc_mut(doc);
        if d.seen.insert(n) {
            d.claims += 1;
        }
        if source.is_empty() {
            return;
        }
        if d.seen_attributed.insert(n) {
            d.attributed += 1;
        }
        let s = self.sources.entry(source.to_owned()).or_insert_with(|| SourceStats { name: source.to_owned(), ..Default::default() });
        if !source_type.is_empty() {
            s.types.insert(source_type.to_owned());
        }
        s.claims += 1;
        s.articles.insert(doc.to_owned());
        s.conf_sum += confidence;
        s.mean_confidence = s.conf_sum / s.claims as f64;
    }

    /// Adds every row of a document (it is listed even without claims).
    pub fn add_doc(&mut self, doc: &Document, attributed_only: bool) {
        self.doc_mut(&doc.id);
        for r in doc.rows(attributed_only) {
            self.add_row(r.doc, r.n, r.source, r.source_type, r.confidence.parse().unwrap_or(0.0));
        }
    }

    /// Notes an input that could not be analysed.
    pub fn add_failed(&mut self, input: &str, reason: &str) {
        self.doc_mut(input).failed = Some(reason.to_owned());
    }

    /// Sources, most claims first, then by name.
    pub fn sources(&self) -> Vec<&SourceStats> {
        let mut v: Vec<&SourceStats> = self.sources.values().collect();
        v.sort_by(|a, b| b.claims.cmp(&a.claims).then_with(|| a.name.cmp(&b.name)));
        v
    }

    /// Articles in the order they came.
    pub fn docs(&self) -> &[DocStats] {
        &self.docs
    }

    /// Both tables as aligned plain text, for a terminal.
    pub fn table(&self) -> String {
        let mut rows = vec![["source".to_string(), "type".into(), "claims".into(), "articles".into(), "mean conf".into()]];
        for s in self.sources() {
            let types: Vec<&str> = s.types.iter().map(String::as_str).collect();
            rows.push([
                s.name.clone(),
                types.join("/"),
                s.claims.to_string(),
                s.articles.len().to_string(),
                format!("{:.3}", s.mean_confidence),
            ]);
        }
        let mut out = String::new();
        render(&mut out, &rows, &[false, false, true, true, true]);
        out.push('\n');
        let mut rows = vec![["article".to_string(), "claims".into(), "attributed".into(), "unattributed".into(), "status".into()]];
        for d in &self.docs {
            rows.push([
                d.doc.clone(),
                d.claims.to_string(),
                d.attributed.to_string(),
                format!("{:.0}%", 100.0 * d.unattributed_share()),
                d.failed.as_ref().map_or("ok".into(), |r| format!("failed: {r}")),
            ]);
        }
        render(&mut out, &rows, &[false, true, true, true, false]);
        out
    }
}

/// Columns padded by characters (not bytes), numbers to the right.
fn render<const N: usize>(out: &mut String, rows: &[[String; N]], right: &[bool; N]) {
    let mut width = [0usize; N];
    for r in rows {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    for r in rows {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            let pad = width[i] - c.chars().count();
            let last = i + 1 == N;
            if right[i] {
                let _ = write!(line, "{}{c}", " ".repeat(pad));
            } else if last {
                line.push_str(c);
            } else {
                let _ = write!(line, "{c}{}", " ".repeat(pad));
            }
            if !last {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_claims_not_rows() {
        let mut s = Summary::new();
        // Claim 1 has two sources, claim 2 none, claim 3 one.
        s.add_row("a", 1, "Reuters", "outlet", 0.9);
        s.add_row("a", 1, "Associated Press", "outlet", 0.7);
        s.add_row("a", 2, "", "", 0.0);
        s.add_row("a", 3, "Reuters", "outlet", 0.5);
        s.add_row("b", 1, "Reuters", "outlet", 1.0);
        s.add_failed("c.txt", "not UTF-8");
        let r = &s.sources()[0];
        assert_eq!((r.name.as_str(), r.claims, r.articles.len()), ("Reuters", 3, 2));
        assert!((r.mean_confidence - 0.8).abs() < 1e-9);
        let a = &s.docs()[0];
        assert_eq!((a.claims, a.attributed), (3, 2));
        assert!((a.unattributed_share() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.docs()[2].failed.as_deref(), Some("not UTF-8"));
        let t = s.table();
        assert!(t.contains("failed: not UTF-8"), "{t}");
        assert!(t.lines().nth(1).unwrap().starts_with("Reuters"), "{t}");
    }
}
