//! Finding lexicon entries in folded text, on Arabic word boundaries.
//!
//! The automaton runs once over the whole folded document (leftmost-longest).
//! A match counts only when it starts a word, or follows proclitics that fit
//! the entry (و ف for verbs; و ف ب ل ك and their pairs for names; «لل» for
//! the ال-less form of an ال entry), and ends a word (a form ending in a lone
//! ل, such as «وفقا ل», may glue to the next word). A match that fails is
//! retried one character further on, so it never hides a good one.
//!
//! Since every prefix allowed is at most three proclitic letters, only the
//! positions after at most three of them can start an accepted match: the
//! automaton runs anchored at those positions alone (the longest match
//! there), which finds what an unanchored leftmost-longest scan retried
//! char by char would, without scanning from inside every word.

use super::{CueClass, EntryKind, Lexicon};
use aho_corasick::automaton::Automaton;
use aho_corasick::{nfa, Anchored, BuildError, MatchKind};

/// The compiled forms, walked by hand at each candidate position (the
/// searcher's per-call overhead was most of the matching time). A
/// contiguous NFA: on the corpus it beat the DFA by a tenth of the whole
/// analysis, being small enough to stay in cache.
#[derive(Debug, Clone)]
pub(super) struct Forms(nfa::contiguous::NFA);

impl Forms {
    /// Anchored, leftmost-longest.
    pub(super) fn build(forms: &[String]) -> Result<Forms, BuildError> {
        nfa::contiguous::Builder::new().match_kind(MatchKind::LeftmostLongest).build(forms).map(Forms)
    }

    /// Every form starting at byte `s`, shortest first: (end, pattern).
    fn matches_at(&self, text: &[u8], s: usize, out: &mut Vec<(usize, usize)>) {
        matches_at(&self.0, text, s, out)
    }
}

/// The forms an anchored walk from `s` passes through, without the setup of
/// a search.
#[inline]
fn matches_at<A: Automaton>(aut: &A, text: &[u8], s: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let Ok(mut sid) = aut.start_state(Anchored::Yes) else { return };
    for (at, &b) in (s..).zip(&text[s..]) {
        sid = aut.next_state(Anchored::Yes, sid, b);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                break;
            }
            if aut.is_match(sid) {
                // A state may also carry matches that start later: keep the
                // one that starts at `s` (at most one per state).
                let len = at + 1 - s;
                if let Some(pid) = (0..aut.match_len(sid)).map(|i| aut.match_pattern(sid, i)).find(|&p| aut.pattern_len(p) == len) {
                    out.push((at + 1, pid.as_usize()));
                }
            }
        }
    }
}

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
/// The letters of every prefix above, and their longest length in chars.
const PROCLITICS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];
const MAX_PREFIX_CHARS: usize = 3;

use crate::normalize::is_word_char;

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
        // The word characters just before the current one: how many, and
        // whether all are proclitic letters.
        let (mut run, mut clitics) = (0usize, true);
        let mut here = Vec::new();
        for (s, c) in text.char_indices() {
            if s >= pos && run <= MAX_PREFIX_CHARS && clitics {
                self.ac.matches_at(text.as_bytes(), s, &mut here);
                // The longest form that stands on word boundaries, else a
                // shorter one from the same place («بحجة» when «بحجة أن»
                // runs into «أنه»).
                if let Some(mention) = here.iter().rev().find_map(|&(end, pattern)| self.accept(text, s, end, pattern)) {
                    pos = mention.end;
                    out.push(mention);
                }
            }
            if is_word_char(c) {
                run += 1;
                clitics &= PROCLITICS.contains(&c);
            } else {
                (run, clitics) = (0, true);
            }
        }
        out
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
