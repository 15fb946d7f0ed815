//! Properties on arbitrary Unicode and on perturbed real articles (the seeds
//! and the Jawhara FM fixture): no panic, normalization idempotent with an
//! offset map that never runs backwards, every span a slice of the text on
//! character boundaries, deterministic output, and sources unchanged by
//! invisible marks. `PROPTEST_CASES=N` runs N cases per property (default 64).

use crate::util::{engine, fixture, seeds, span_violation};
use isnad::normalize::{fold, normalize};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

const LETTERS: &[char] = &[
    'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف',
    'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ى', 'ة', 'ء', 'ئ', 'ؤ', 'ک', 'ی', 'ھ', '٣', '۲', '7', 'a', 'Z',
];
/// Quote marks, direction and zero-width marks, diacritics, tatweel, white
/// space and punctuation.
const MARKS: &[&str] = &[
    "\"", "'", "«", "»", "“", "”", "‘", "’", "„", "＂", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}",
    "\u{202E}", "\u{2066}", "\u{2067}", "\u{2069}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{061C}", "\u{00AD}",
    "\u{064B}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{0670}", "ـ", " ", " ", " ", "\n", "\r\n",
    "\t", "\u{00A0}", ".", "،", "؟", ":", "!", "؛", "…", "(", ")",
];
const WORDS: &[&str] = &[
    "قال ", "وقالت ", "أكد ", "وأضاف ", "مضيفا ", "وفقا ل", "وفقًا لـ", "بحسب ", "نقلا عن ", "إن ", "أن ", "بأن ", "رويترز ",
    "لرويترز ", "الصحيفة ", "الوكالة ", "صحيفة ", "وكالة ", "مصادر مطلعة ", "المتحدث باسم ", "الرئيس ", "وزارة الخارجية ",
    "CNN ", "د. ", "محمد ", "بيان ",
];
/// Marks that fold away: direction and zero-width marks, tatweel, and
/// diacritics other than tanween (which the rules read: a word with
/// tanween is no name).
const INVISIBLE: &[&str] = &[
    "\u{200E}", "\u{200F}", "\u{202B}", "\u{202C}", "\u{2067}", "\u{2069}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{061C}",
    "\u{00AD}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "ـ",
];

/// Direction and zero-width marks only.
const FORMAT: &[&str] = &["\u{200E}", "\u{200F}", "\u{202B}", "\u{202C}", "\u{2067}", "\u{2069}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{061C}", "\u{FEFF}"];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<char>().prop_map(String::from),
        4 => prop::sample::select(LETTERS).prop_map(String::from),
        3 => prop::sample::select(MARKS).prop_map(str::to_owned),
        2 => prop::sample::select(WORDS).prop_map(str::to_owned),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..400).prop_map(|v| v.concat())
}

/// Real articles: the seeds and the fixture.
fn articles() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(seeds()).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    let mut out: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    out.extend(fixture().iter().map(|(_, t)| t.clone()));
    out
}

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, String),
    JoinLine(usize),
    SplitLine(usize),
}

fn edit(insertions: &'static [&'static str]) -> impl Strategy<Value = Edit> {
    prop_oneof![
        6 => (any::<usize>(), prop::sample::select(insertions)).prop_map(|(p, s)| Edit::Insert(p, s.to_owned())),
        1 => any::<usize>().prop_map(Edit::JoinLine),
        1 => any::<usize>().prop_map(Edit::SplitLine),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut t = text.to_owned();
    for e in edits {
        match e {
            Edit::Insert(p, s) => {
                let mut at = p % (t.len() + 1);
                while !t.is_char_boundary(at) {
                    at -= 1;
                }
                t.insert_str(at, s);
            }
            Edit::JoinLine(k) | Edit::SplitLine(k) => {
                let (from, to) = if matches!(e, Edit::JoinLine(_)) { ('\n', " ") } else { (' ', "\n") };
                let n = t.matches(from).count();
                if n > 0 {
                    let (at, _) = t.match_indices(from).nth(k % n).unwrap();
                    t.replace_range(at..at + 1, to);
                }
            }
        }
    }
    t
}

/// Insert only marks that fold away, between characters.
fn invisible_edits() -> impl Strategy<Value = Vec<(usize, &'static str)>> {
    prop::collection::vec((any::<usize>(), prop::sample::select(INVISIBLE)), 1..40)
}

fn insert_all(text: &str, edits: &[(usize, &str)]) -> String {
    apply(text, &edits.iter().map(|&(p, s)| Edit::Insert(p, s.to_owned())).collect::<Vec<_>>())
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    let n = normalize(text);
    prop_assert!(n.is_monotonic(), "offset map runs backwards");
    prop_assert_eq!(&normalize(&n.text).text, &n.text, "normalize is not idempotent");
    let doc = engine().analyze("p", text.to_owned());
    if let Some(v) = span_violation(&doc) {
        return Err(TestCaseError::fail(v));
    }
    let again = engine().analyze("p", text.to_owned());
    prop_assert_eq!(&again, &doc, "analysis is not deterministic");
    Ok(())
}

/// Which sources each claim is given, in folded form.
fn sources(doc: &isnad::Document) -> Vec<(String, Vec<String>)> {
    doc.claims
        .iter()
        .map(|c| (fold(c.span.slice(&doc.text)), c.attributions.iter().map(|a| fold(&a.source.name)).collect()))
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_unicode_keeps_the_invariants(text in hostile_text()) {
        check_all(&text)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        match engine().analyze_bytes("b", &bytes) {
            Ok(doc) => prop_assert!(span_violation(&doc).is_none()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn perturbed_articles_keep_the_invariants(
        i in any::<usize>(),
        edits in prop::collection::vec(edit(MARKS), 1..60),
        words in prop::collection::vec(edit(WORDS), 0..10),
    ) {
        let all = articles();
        let text = apply(&apply(&all[i % all.len()], &edits), &words);
        check_all(&text)?;
    }

    #[test]
    fn invisible_marks_do_not_change_the_sources(i in any::<usize>(), edits in invisible_edits()) {
        let all = articles();
        let text = &all[i % all.len()];
        let marked = insert_all(text, &edits);
        let plain = engine().analyze("a", text.clone());
        let doc = engine().analyze("a", marked);
        prop_assert!(span_violation(&doc).is_none());
        prop_assert_eq!(sources(&doc), sources(&plain));
    }

    #[test]
    fn direction_marks_leave_source_names_as_they_were(
        i in any::<usize>(),
        edits in prop::collection::vec((any::<usize>(), prop::sample::select(FORMAT)), 1..40),
    ) {
        let all = articles();
        let text = &all[i % all.len()];
        let names = |d: &isnad::Document| -> Vec<Vec<(String, String)>> {
            d.claims
                .iter()
                .map(|c| c.attributions.iter().map(|a| (a.source.name.clone(), a.speaker.as_ref().map_or(String::new(), |s| s.name.clone()))).collect())
                .collect()
        };
        let plain = engine().analyze("a", text.clone());
        let doc = engine().analyze("a", insert_all(text, &edits));
        prop_assert_eq!(names(&doc), names(&plain));
    }
}

#[test]
fn every_fixture_article_keeps_the_invariants() {
    for text in articles() {
        check_all(&text).unwrap();
    }
}
