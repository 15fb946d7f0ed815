//! Why a row says what it says, in words: the cue, how the source was
//! recognized, the chain, and the rule that fired. The rule names come from
//! `attribute`; an unknown name (a rule added later) still explains itself
//! by name rather than failing.

use crate::record::{Attribution, Claim, Document, Found, Kind, Row};

/// What a rule of the attribution stage means.
pub fn explain_rule(rule: &str) -> &'static str {
    match rule {
        "according_to" => "a prepositional cue (وفقا لـ، بحسب) names the source",
        "quote_span" => "the sentence lies inside a quotation opened by an earlier cue",
        "continuation" => "the sentence continues the previous sentence's attributed speech",
        "participle" => "a circumstantial participle (مضيفا، مشيرا) continues the clause's sayer",
        "report_noun" => "a reporting noun (تصريح، بيان) with its sayer",
        "verb_sayer" => "a reporting verb with its sayer right after it",
        "verb_after_sayer" => "a reporting verb after its sayer (X قال)",
        "verb_earlier_sayer" => "a reporting verb whose sayer was named earlier in the sentence",
        "verb_inherited_sayer" => "a reporting verb with no sayer of its own; the sayer is carried over from earlier sentences",
        "none" => "no reporting cue governs the claim: the article's own assertion",
        _ => "a rule without a description",
    }
}

fn kind_words(k: Kind) -> &'static str {
    match k {
        Kind::AccordingTo => "according-to cue",
        Kind::SpeechVerb => "reporting verb",
        Kind::Anaphoric => "sayer named by reference",
        Kind::QuoteSpan => "inside a quotation",
        Kind::Unattributed => "unattributed",
    }
}

fn found_words(f: Found) -> &'static str {
    match f {
        Found::Lexicon => "a lexicon entry",
        Found::Pattern => "a type word and a name",
        Found::Title => "a title and a name",
        Found::Memory => "a name introduced earlier in the article",
        Found::Name => "a name bounded by the cue and «أن»",
        Found::Anaphora => "a reference back to an earlier party",
    }
}

/// One row's explanation: which cue, which source pattern, which rule.
/// `attr` is `None` for the row of an unattributed claim.
pub fn explain(doc: &Document, claim: &Claim, attr: Option<&Attribution>) -> String {
    let text = doc.text.as_str();
    let mut parts = Vec::new();
    match claim.cue {
        Some(cue) => parts.push(format!("cue «{}» ({})", cue.slice(text), kind_words(claim.kind))),
        None => parts.push(format!("no cue ({})", kind_words(claim.kind))),
    }
    if let Some(a) = attr {
        let s = &a.source;
        let written = s.span.slice(text);
        let name = if written == s.name || written.is_empty() { format!("«{}»", s.name) } else { format!("«{written}» = {}", s.name) };
        parts.push(format!("source {name}, {}, found as {}", s.stype.as_str(), found_words(s.found)));
        if a.chain.len() > 1 {
            let chain: Vec<&str> = a.chain.iter().map(|p| p.name.as_str()).collect();
            parts.push(format!("chain {}", chain.join(" → ")));
        }
        if let Some(sp) = &a.speaker {
            parts.push(format!("speaker {}", sp.name));
        }
    }
    parts.push(format!("rule {}: {}", claim.rule, explain_rule(claim.rule)));
    parts.join("; ")
}

/// The document's rows, each with the claim and attribution it comes from,
/// in the order of [`Document::rows`]: writers that need more than the row
/// (an explanation, spans) stay in step with the CSV.
pub(crate) fn rows_with(doc: &Document, attributed_only: bool) -> Vec<(Row<'_>, &Claim, Option<&Attribution>)> {
    let mut from = Vec::new();
    for c in &doc.claims {
        if c.attributions.is_empty() {
            if !attributed_only {
                from.push((c, None));
            }
        } else {
            from.extend(c.attributions.iter().map(|a| (c, Some(a))));
        }
    }
    let rows = doc.rows(attributed_only);
    assert_eq!(rows.len(), from.len(), "rows and claims out of step");
    rows.into_iter().zip(from).map(|(r, (c, a))| (r, c, a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_cue_source_and_rule() {
        let engine = crate::Engine::builtin().unwrap();
        let doc = engine.analyze("t", "قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا مستعدة للمساعدة. الطقس حار اليوم في المدينة.".into());
        let rows = rows_with(&doc, false);
        assert_eq!(rows.len(), 2);
        let (row, c, a) = &rows[0];
        assert_eq!(row.source, "دميتري بيسكوف");
        let e = explain(&doc, c, *a);
        assert!(e.starts_with("cue «قال» (reporting verb)"), "{e}");
        assert!(e.contains("source «دميتري بيسكوف», person"), "{e}");
        assert!(e.contains(&format!("rule {}: ", c.rule)), "{e}");
        let (row, c, a) = &rows[1];
        assert_eq!(row.kind, "unattributed");
        let e = explain(&doc, c, *a);
        assert!(e.starts_with("no cue (unattributed)"), "{e}");
        assert!(e.contains("rule none: no reporting cue"), "{e}");
    }

    #[test]
    fn every_rule_on_the_seeds_has_words() {
        let engine = crate::Engine::builtin().unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        for f in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            for c in engine.analyze("s", text).claims {
                assert_ne!(explain_rule(c.rule), "a rule without a description", "rule {}", c.rule);
            }
        }
    }
}
