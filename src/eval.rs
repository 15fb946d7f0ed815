//! Scoring a run against gold, as the annotation guidelines define it.
//!
//! A row with a source predicts an attribution. It matches a gold record of
//! the same document when its folded claim contains the folded anchor and
//! the sources agree: equal canonical names, or the gold's Arabic form inside
//! the row's source, source text or speaker (the strict score leaves the
//! speaker out). Rows are matched greedily, highest confidence first, each
//! gold record and row once at most.

use crate::normalize::normalize;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One gold record.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// Document id.
    pub doc: String,
    /// A verbatim piece of the reported content.
    pub anchor: String,
    /// Canonical source.
    pub source: String,
    /// Shortest Arabic form of the source.
    #[serde(default)]
    pub source_ar: Option<String>,
    /// Innermost sayer's Arabic form, when it differs from the source.
    #[serde(default)]
    pub speaker_ar: Option<String>,
    /// The kind.
    pub kind: String,
}

/// One predicted row, as read from a run's CSV.
#[derive(Debug, Clone)]
pub struct Predicted {
    /// Document id.
    pub doc: String,
    /// Claim text.
    pub claim: String,
    /// Source.
    pub source: String,
    /// Source as written.
    pub source_text: String,
    /// Speaker.
    pub speaker: String,
    /// Confidence.
    pub confidence: f64,
}

/// Scores of a run.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    /// Gold records.
    pub gold: usize,
    /// Rows with a source.
    pub rows: usize,
    /// Rows matched.
    pub matched: usize,
    /// matched / rows.
    pub precision: f64,
    /// matched gold / gold.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
    /// Matched / total per gold kind.
    pub recall_by_kind: BTreeMap<String, (usize, usize)>,
    /// Speaker found / gold speakers, over matched records.
    pub speaker_accuracy: (usize, usize),
    /// F1 when only source and source_text may agree.
    pub strict_f1: f64,
    /// Expected calibration error over 10 bins.
    pub calibration_error: f64,
    /// Indices of gold records no row matched.
    #[serde(skip)]
    pub missed: Vec<usize>,
    /// Indices (into the confidence-sorted rows) of rows that matched nothing.
    #[serde(skip)]
    pub spurious: Vec<usize>,
}

/// Folds text for comparison (the article folding, Latin lower-cased).
pub fn fold_for_eval(s: &str) -> String {
    let n = normalize(s).text.to_lowercase();
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document id of a CSV `doc` value: base name without `.txt`.
pub fn doc_id(v: &str) -> String {
    let base = v.trim().rsplit(['/', '\\']).next().unwrap_or("");
    base.strip_suffix(".txt").unwrap_or(base).to_owned()
}

/// Reads gold JSON Lines; errors name the line.
pub fn read_gold(text: &str) -> Result<Vec<Gold>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: Gold = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        out.push(g);
    }
    Ok(out)
}

/// Reads a run's CSV; rows with an empty source are left out.
pub fn read_run<R: std::io::Read>(rdr: R) -> Result<Vec<Predicted>, String> {
    let mut r = csv::ReaderBuilder::new().from_reader(rdr);
    let headers = r.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim_start_matches('\u{feff}') == name);
    let need = |name: &str| col(name).ok_or_else(|| format!("the CSV has no '{name}' column"));
    let (doc, claim, source, conf) = (need("doc")?, need("claim")?, need("source")?, need("confidence")?);
    let (st, sp) = (col("source_text"), col("speaker"));
    let mut out = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| format!("row {}: {e}", i + 2))?;
        let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").to_owned();
        let src = get(Some(source));
        if src.trim().is_empty() {
            continue;
        }
        let c = get(Some(conf));
        let confidence = if c.trim().is_empty() {
            0.0
        } else {
            c.trim().parse::<f64>().map_err(|_| format!("row {}: confidence '{c}' is not a number", i + 2))?
        };
        out.push(Predicted {
            doc: doc_id(&get(Some(doc))),
            claim: fold_for_eval(&get(Some(claim))),
            source: fold_for_eval(&src),
            source_text: fold_for_eval(&get(st)),
            speaker: fold_for_eval(&get(sp)),
            confidence,
        });
    }
    Ok(out)
}

fn agrees(row: &Predicted, g: &Gold, strict: bool) -> bool {
    if !row.source.is_empty() && row.source == fold_for_eval(&g.source) {
        return true;
    }
    let key = fold_for_eval(g.source_ar.as_deref().unwrap_or(""));
    if key.is_empty() {
        return false;
    }
    row.source.contains(&key) || row.source_text.contains(&key) || (!strict && row.speaker.contains(&key))
}

fn match_rows(gold: &[Gold], anchors: &[String], rows: &[Predicted], strict: bool) -> (Vec<bool>, Vec<Option<usize>>) {
    let mut used = vec![false; gold.len()];
    let mut matched = vec![None; rows.len()];
    for (i, row) in rows.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            if used[j] || g.doc != row.doc {
                continue;
            }
            if row.claim.contains(&anchors[j]) && agrees(row, g, strict) {
                used[j] = true;
                matched[i] = Some(j);
                break;
            }
        }
    }
    (used, matched)
}

/// Scores `rows` against `gold`; rows of documents without gold are ignored.
pub fn score(gold: &[Gold], rows: Vec<Predicted>) -> (Report, Vec<Predicted>) {
    let docs: std::collections::HashSet<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    let mut rows: Vec<Predicted> = rows.into_iter().filter(|r| docs.contains(r.doc.as_str())).collect();
    rows.sort_by(|a, b| b.confidence.partial_cmp(&a.confidence).unwrap_or(std::cmp::Ordering::Equal));
    let anchors: Vec<String> = gold.iter().map(|g| fold_for_eval(&g.anchor)).collect();
    let strict_tp = match_rows(gold, &anchors, &rows, true).1.iter().flatten().count();
    let (used, matched) = match_rows(gold, &anchors, &rows, false);
    let tp = matched.iter().flatten().count();
    let p = if rows.is_empty() { 0.0 } else { tp as f64 / rows.len() as f64 };
    let r = if gold.is_empty() { 0.0 } else { tp as f64 / gold.len() as f64 };
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (j, g) in gold.iter().enumerate() {
        let k = by_kind.entry(g.kind.clone()).or_default();
        k.1 += 1;
        k.0 += used[j] as usize;
    }
    let (mut spk_ok, mut spk_total) = (0, 0);
    for (i, m) in matched.iter().enumerate() {
        let Some(j) = m else { continue };
        let want = fold_for_eval(gold[*j].speaker_ar.as_deref().unwrap_or(""));
        if !want.is_empty() {
            spk_total += 1;
            spk_ok += rows[i].speaker.contains(&want) as usize;
        }
    }
    let mut bins = [(0usize, 0.0f64, 0usize); 10];
    for (i, row) in rows.iter().enumerate() {
        let c = row.confidence.clamp(0.0, 1.0);
        let b = &mut bins[((c * 10.0) as usize).min(9)];
        b.0 += 1;
        b.1 += c;
        b.2 += matched[i].is_some() as usize;
    }
    let ece = if rows.is_empty() {
        0.0
    } else {
        bins.iter().filter(|b| b.0 > 0).map(|b| (b.1 / b.0 as f64 - b.2 as f64 / b.0 as f64).abs() * b.0 as f64).sum::<f64>()
            / rows.len() as f64
    };
    let strict_f1 = if rows.is_empty() && gold.is_empty() { 0.0 } else { 2.0 * strict_tp as f64 / (rows.len() + gold.len()) as f64 };
    let report = Report {
        gold: gold.len(),
        rows: rows.len(),
        matched: tp,
        precision: p,
        recall: r,
        f1,
        recall_by_kind: by_kind,
        speaker_accuracy: (spk_ok, spk_total),
        strict_f1,
        calibration_error: ece,
        missed: (0..gold.len()).filter(|&j| !used[j]).collect(),
        spurious: (0..rows.len()).filter(|&i| matched[i].is_none()).collect(),
    };
    (report, rows)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "gold {}  rows with a source {}  matched {}", self.gold, self.rows, self.matched)?;
        writeln!(f, "precision {:.3}  recall {:.3}  F1 {:.3}", self.precision, self.recall, self.f1)?;
        let kinds: Vec<String> = self.recall_by_kind.iter().map(|(k, (a, b))| format!("{k} {a}/{b}")).collect();
        writeln!(f, "recall by kind: {}", kinds.join("  "))?;
        write!(
            f,
            "speaker accuracy {}/{}  calibration error {:.3}  strict F1 (source column only) {:.3}",
            self.speaker_accuracy.0, self.speaker_accuracy.1, self.calibration_error, self.strict_f1
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(doc: &str, anchor: &str, source: &str, ar: &str) -> Gold {
        Gold { doc: doc.into(), anchor: anchor.into(), source: source.into(), source_ar: Some(ar.into()), speaker_ar: None, kind: "speech_verb".into() }
    }

    fn row(doc: &str, claim: &str, source: &str, speaker: &str, conf: f64) -> Predicted {
        Predicted {
            doc: doc.into(),
            claim: fold_for_eval(claim),
            source: fold_for_eval(source),
            source_text: String::new(),
            speaker: fold_for_eval(speaker),
            confidence: conf,
        }
    }

    #[test]
    fn matching_table() {
        let g = vec![gold("d", "روسيا مستعدة", "Reuters", "رويترز"), gold("d", "إيران تخطط", "Iran", "إيران")];
        let cases: Vec<(&str, Vec<Predicted>, usize, f64)> = vec![
            ("exact source", vec![row("d", "قال إن روسيا مستعدّة للمساعدة", "Reuters", "", 0.9)], 1, 1.0),
            ("arabic form in speaker", vec![row("d", "روسيا مستعدة", "X", "رويترز", 0.9)], 1, 1.0),
            ("other doc", vec![row("e", "روسيا مستعدة", "Reuters", "", 0.9)], 0, 0.0),
            ("anchor missing", vec![row("d", "روسيا", "Reuters", "", 0.9)], 0, 0.0),
            (
                "one gold per row",
                vec![row("d", "روسيا مستعدة", "Reuters", "", 0.9), row("d", "روسيا مستعدة", "Reuters", "", 0.8)],
                1,
                0.5,
            ),
        ];
        for (name, rows, matched, precision) in cases {
            let (r, _) = score(&g, rows);
            assert_eq!(r.matched, matched, "{name}");
            assert!((r.precision - precision).abs() < 1e-9, "{name}");
        }
    }

    #[test]
    fn calibration_error_of_perfect_rows() {
        let g = vec![gold("d", "روسيا مستعدة", "Reuters", "رويترز")];
        let (r, _) = score(&g, vec![row("d", "روسيا مستعدة", "Reuters", "", 1.0)]);
        assert!(r.calibration_error.abs() < 1e-9);
        let (r, _) = score(&g, vec![row("d", "روسيا مستعدة", "Reuters", "", 0.5)]);
        assert!((r.calibration_error - 0.5).abs() < 1e-9);
    }

    #[test]
    fn doc_ids() {
        assert_eq!(doc_id("seeds/000_x.txt"), "000_x");
        assert_eq!(doc_id("000_x"), "000_x");
    }
}
