//! Finding lexicon entries in folded text, on Arabic word boundaries.
//!
//! The automaton runs once over the whole folded document (leftmost-longest).
//! A match counts only when it starts a word, or follows proclitics that fit
//! the entry (و ف for verbs; و ف ب ل ك and their pairs for names; «لل» for
//! the ال-less form of an ال entry), and ends a word (a form ending in a lone
//! ل, such as «وفقا ل», may glue to the next word). A match that fails is
//! retried one character further on, so it never hides a good one.

use super::{CueClass, EntryKind, Lexicon};
use aho_corasick::{Anchored, Input};

/// An entry found in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Start byte of the matched form (after any proclitics).
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Start byte of the word it stands in (before proclitics).
    pub word_start: usize,
    /// The entry.
    pub entry: u32,
}

const NAME_PREFIXES: &[&str] = &["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
const VERB_PREFIXES: &[&str] = &["", "و", "ف"];
const LAM_PREFIXES: &[&str] = &["لل", "ولل", "فلل"];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Lexicon {
    /// All mentions in folded `text`, in order, not overlapping.
    ///
    /// ```
    /// let lex = isnad::Lexicon::builtin().unwrap();
    /// let text = isnad::normalize::fold("وقالت وكالة رويترز");
    /// let names: Vec<&str> = lex.find(&text).iter().map(|m| lex.entry(m.entry).canonical.as_str()).collect();
    /// assert!(names.contains(&"Reuters"));
    /// ```
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.ac.find(Input::new(text).span(pos..text.len())) else { break };
            match self.accept_or_shorter(text, m.start(), m.end(), m.pattern().as_usize()) {
                Some(mention) => {
                    pos = mention.end;
                    out.push(mention);
                }
                None => {
                    pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        out
    }

    /// The match if it stands on word boundaries, else the longest shorter
    /// form starting at the same place that does («بحجة» when «بحجة أن»
    /// runs into «أنه»).
    fn accept_or_shorter(&self, text: &str, start: usize, mut end: usize, mut pattern: usize) -> Option<Mention> {
        loop {
            if let Some(m) = self.accept(text, start, end, pattern) {
                return Some(m);
            }
            let shorter = Input::new(text).span(start..end - 1).anchored(Anchored::Yes);
            let m = self.ac.find(shorter)?;
            end = m.end();
            pattern = m.pattern().as_usize();
        }
    }

    fn accept(&self, text: &str, start: usize, end: usize, pattern: usize) -> Option<Mention> {
        let p = &self.patterns[pattern];
        let glue = p.text.ends_with(" ل");
        let next = text[end..].chars().next();
        if !glue && next.is_some_and(is_word_char) {
            return None;
        }
        let word_start = text[..start]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c))
            .last()
            .map_or(start, |(i, _)| i);
        let prefix = &text[word_start..start];
        let latin = p.text.starts_with(|c: char| c.is_ascii_alphanumeric());
        for &(entry, lam_only) in &p.entries {
            let kind = &self.entries[entry as usize].kind;
            let allowed: &[&str] = if lam_only {
                LAM_PREFIXES
            } else if latin {
                // «لـCNN»: Arabic proclitics may stand before a Latin name.
                if prefix.chars().all(|c| "وفبلك".contains(c)) && prefix.chars().count() <= 2 {
                    NAME_PREFIXES
                } else {
                    &[""]
                }
            } else {
                match kind {
                    EntryKind::Cue(CueClass::Verb | CueClass::Participle | CueClass::AccordingTo) => VERB_PREFIXES,
                    _ => NAME_PREFIXES,
                }
            };
            if allowed.contains(&prefix) {
                return Some(Mention { start, end, word_start, entry });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::normalize::fold;

    fn lex() -> Lexicon {
        let t = |n: &str, s: &str| (n.to_string(), format!("{n}.tsv"), s.to_string());
        Lexicon::from_texts(&[
            t("cues", "قال|قالت\tverb\t0.9\t-\nوفقا ل\taccording_to\t0.95\t-\n"),
            t("outlets", "Reuters\tagency\tرويترز|Reuters\nAssociated Press\tagency\t(ال)أسوشيتد برس|AP\n"),
            t("organizations", "Kremlin\tinstitution\tالكرملين\n"),
            t("anaphora", "الوكالة\toutlet:agency\n"),
            t("outlet_heads", "وكالة\tagency\n"),
        ])
        .unwrap()
    }

    #[test]
    fn boundaries_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("plain verb", "قال زيد", &["قال"]),
            ("verb with waw", "وقالت الوكالة", &["قال", "الوكالة"]),
            ("verb inside a word", "انتقال الملف", &[]),
            ("verb with ba is no verb", "بقال", &[]),
            ("name with lam", "قال لرويترز", &["قال", "Reuters"]),
            ("glued according_to", "وفقًا لوكالة أسوشيتد برس", &["وفقا ل", "وكالة", "Associated Press"]),
            ("lam-lam", "نقل للكرملين", &["Kremlin"]),
            ("optional article", "قالت الأسوشيتد برس", &["قال", "Associated Press"]),
            ("latin acronym", "قال AP و map", &["قال", "Associated Press"]),
            ("latin after lam", "يكتب لـAP", &["Associated Press"]),
            ("latin case", "REUTERS said", &["Reuters"]),
            ("suffix blocks", "رويترزي", &[]),
        ];
        let lex = lex();
        for (name, input, want) in cases {
            let text = fold(input);
            let got: Vec<&str> = lex.find(&text).iter().map(|m| lex.entry(m.entry).canonical.as_str()).collect();
            assert_eq!(got, *want, "{name}");
        }
    }
}
