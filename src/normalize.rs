//! Stage 2: folding for matching, with a map back to the original text.
//!
//! Lexicon entries and article text are folded the same way, so that
//! «أُعلِنَ» and «اعلن» meet. Every byte of the folded text remembers where
//! its character began in the original: spans found in the folded text are
//! mapped back with [`Normalized::original_span`] and are always slices of
//! the decoded article.

use std::ops::Range;

/// The folded text and its map to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// Folded text: no diacritics, tatweel or invisible marks; hamza forms of
    /// alef folded; ى → ي; ة → ه; digits ASCII; every quote mark `"`; runs
    /// of white space one space, or one `\n` when they hold a line break;
    /// ASCII lower-cased.
    pub text: String,
    /// `map[i]` is the original byte offset of the character that produced
    /// folded byte `i`; `map[text.len()]` is the original length.
    map: Vec<u32>,
}

/// What one original character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Dropped (diacritic, tatweel, bidi or zero-width mark).
    Drop,
    /// White space, folded with its neighbours.
    Space,
    /// Replaced by this character.
    Char(char),
}

/// How a single character folds. Shared by the article and the lexicons.
pub fn fold_char(c: char) -> Fold {
    match c {
        // First the bulk of any article, answered at once: ASCII letters,
        // digits and space, and the Arabic letters that stay as they are.
        'a'..='z' | '0'..='9' => Fold::Char(c),
        ' ' => Fold::Space,
        '\u{0621}' | '\u{0624}' | '\u{0626}'..='\u{0628}' | '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}' => {
            Fold::Char(c)
        }
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {
            Fold::Drop
        }
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}' => {
            Fold::Drop
        }
        c if c.is_whitespace() => Fold::Space,
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::Char('ا'),
        'ى' | 'ی' => Fold::Char('ي'),
        'ة' => Fold::Char('ه'),
        'ک' => Fold::Char('ك'),
        'ھ' => Fold::Char('ه'),
        '\u{0660}'..='\u{0669}' => Fold::Char(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Fold::Char(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '‶' | '❝' | '❞' | '〝' | '〞' | '＂' | '\'' | '‘' | '’' => {
            Fold::Char('"')
        }
        c if c.is_ascii_uppercase() => Fold::Char(c.to_ascii_lowercase()),
        c => Fold::Char(c),
    }
}

/// Whether `c` belongs to a word: exactly [`char::is_alphanumeric`], with
/// ASCII and the Arabic letters answered before the Unicode tables, which
/// were a fifth of the analysis time when tokenizing and matching.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        // Letters and tatweel, all alphabetic.
        '\u{0620}'..='\u{064A}' => true,
        // Arabic comma, semicolon and question mark: punctuation.
        '\u{060C}' | '\u{061B}' | '\u{061F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Whether `c` is an invisible format character: a direction mark, embedding
/// or isolate, a zero-width character, a byte-order mark or a soft hyphen.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

/// `s` without invisible format characters: how names are reported, so that
/// a direction mark in the article does not make a second source.
///
/// ```
/// assert_eq!(isnad::normalize::visible("\u{202B}رويترز\u{202C}"), "رويترز");
/// ```
pub fn visible(s: &str) -> String {
    s.chars().filter(|&c| !is_invisible(c)).collect()
}

/// Folds `text` for matching, without a map: used for lexicon entries.
///
/// ```
/// assert_eq!(isnad::normalize::fold("وفقًا لـ «رويترز»"), "وفقا ل \"رويترز\"");
/// ```
pub fn fold(text: &str) -> String {
    normalize(text).text.trim().to_owned()
}

/// Whether a two-byte UTF-8 sequence is an Arabic letter that folds to
/// itself (the bulk of an article: see the first arm of [`fold_char`]).
#[inline]
fn plain_arabic(b0: u8, b1: u8) -> bool {
    match (b0, b1) {
        // U+0621 U+0624 U+0626..=U+0628 U+062A..=U+063A
        (0xD8, 0xA1 | 0xA4 | 0xA6..=0xA8 | 0xAA..=0xBA) => true,
        // U+0641..=U+0648 U+064A
        (0xD9, 0x81..=0x88 | 0x8A) => true,
        _ => false,
    }
}

/// Folds `text` and records where each folded byte came from.
pub fn normalize(text: &str) -> Normalized {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut map: Vec<u32> = Vec::with_capacity(text.len() + 1);
    // Pending white space run: (original start, holds a newline).
    let mut space: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < bytes.len() {
        // Fast path, same result as fold_char: a letter or digit copied as is.
        let b = bytes[i];
        let len = if b.is_ascii_lowercase() || b.is_ascii_digit() {
            1
        } else if i + 1 < bytes.len() && plain_arabic(b, bytes[i + 1]) {
            2
        } else {
            0
        };
        if len > 0 {
            if let Some((s, nl)) = space.take() {
                out.push(if nl { '\n' } else { ' ' });
                map.push(s as u32);
            }
            // push, not push_str: a two-byte memcpy call costs more than the char.
            let c = if len == 1 { b as u32 } else { (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F) };
            out.push(char::from_u32(c).expect("letter"));
            map.extend(std::iter::repeat(i as u32).take(len));
            i += len;
            continue;
        }
        let c = text[i..].chars().next().expect("char boundary");
        let at = i;
        i += c.len_utf8();
        match fold_char(c) {
            Fold::Drop => {}
            Fold::Space => {
                let nl = c == '\n';
                space = Some(match space {
                    Some((s, had)) => (s, had || nl),
                    None => (at, nl),
                });
            }
            Fold::Char(f) => {
                if let Some((s, nl)) = space.take() {
                    out.push(if nl { '\n' } else { ' ' });
                    map.push(s as u32);
                }
                let before = out.len();
                out.push(f);
                map.extend(std::iter::repeat(at as u32).take(out.len() - before));
            }
        }
    }
    if let Some((s, nl)) = space {
        out.push(if nl { '\n' } else { ' ' });
        map.push(s as u32);
    }
    map.push(text.len() as u32);
    Normalized { text: out, map }
}

impl Normalized {
    /// Original byte offset where folded byte `i` begins (`i` may be `text.len()`).
    pub fn original_offset(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)] as usize
    }

    /// The original span of folded span `r`, trimmed of white space at both
    /// ends; always on character boundaries of `original`.
    pub fn original_span(&self, original: &str, r: Range<usize>) -> Range<usize> {
        let mut start = self.original_offset(r.start);
        let mut end = self.original_offset(r.end).max(start);
        let s = &original[start..end];
        let trimmed_start = s.len() - s.trim_start().len();
        start += trimmed_start;
        end = start + original[start..end].trim_end().len();
        start..end
    }

    /// The original character that produced folded byte `i`.
    pub fn original_char(&self, original: &str, i: usize) -> Option<char> {
        original.get(self.original_offset(i)..)?.chars().next()
    }

    /// True when the folded text's offset map never runs backwards.
    pub fn is_monotonic(&self) -> bool {
        self.map.windows(2).all(|w| w[0] <= w[1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_table() {
        let cases = [
            ("diacritics", "قَالَ", "قال"),
            ("tatweel", "وفقـــا", "وفقا"),
            ("hamza alefs", "أإآٱ", "اااا"),
            ("alef maqsura", "نفى", "نفي"),
            ("ta marbuta", "الصحيفة", "الصحيفه"),
            ("arabic-indic digits", "٢٠١٥", "2015"),
            ("persian digits and letters", "۲۰ کی", "20 كي"),
            ("quotes", "«أ» “ب” \"ج\"", "\"ا\" \"ب\" \"ج\""),
            ("bidi and zero width", "a\u{200F}b\u{200B}c\u{202B}", "abc"),
            ("white space", "a \t  b\r\n\r\nc", "a b\nc"),
            ("latin lower", "AP Reuters", "ap reuters"),
        ];
        for (name, input, want) in cases {
            assert_eq!(normalize(input).text, want, "{name}");
        }
    }

    /// The plain per-character loop the fast path must agree with.
    fn reference(text: &str) -> (String, Vec<u32>) {
        let (mut out, mut map, mut space) = (String::new(), Vec::new(), None::<(usize, bool)>);
        for (i, c) in text.char_indices() {
            match fold_char(c) {
                Fold::Drop => {}
                Fold::Space => space = Some(space.map_or((i, c == '\n'), |(s, had)| (s, had || c == '\n'))),
                Fold::Char(f) => {
                    if let Some((s, nl)) = space.take() {
                        out.push(if nl { '\n' } else { ' ' });
                        map.push(s as u32);
                    }
                    let before = out.len();
                    out.push(f);
                    map.extend(std::iter::repeat(i as u32).take(out.len() - before));
                }
            }
        }
        if let Some((s, nl)) = space {
            out.push(if nl { '\n' } else { ' ' });
            map.push(s as u32);
        }
        map.push(text.len() as u32);
        (out, map)
    }

    #[test]
    fn fast_path_agrees_with_reference() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut texts: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
        texts.extend(["", "a", "ق", "أَ", " \r\n ق ", "وفقًا لـ «رويترز»، قال AP 2024 ٢٠٢٤ ى ة ۲", "x\u{200F}y\u{0640}z"].map(String::from));
        for t in &texts {
            let n = normalize(t);
            assert_eq!((n.text.clone(), n.map.clone()), reference(t), "{t:?}");
        }
    }

    #[test]
    fn plain_arabic_letters_stay() {
        let kept = "ءؤئابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        assert!(kept.chars().all(|c| fold_char(c) == Fold::Char(c)));
        // The byte-level test in normalize() accepts exactly these letters.
        for c in (0x600..0x700).filter_map(char::from_u32) {
            let mut b = [0; 4];
            c.encode_utf8(&mut b);
            assert_eq!(plain_arabic(b[0], b[1]), kept.contains(c), "{c:?}");
        }
        for (c, f) in [('آ', 'ا'), ('أ', 'ا'), ('إ', 'ا'), ('ة', 'ه'), ('ى', 'ي'), ('A', 'a')] {
            assert_eq!(fold_char(c), Fold::Char(f));
        }
        assert_eq!(fold_char('\u{0640}'), Fold::Drop);
    }

    #[test]
    fn word_chars_are_alphanumerics() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn invisible_characters_fold_away() {
        for c in ('\u{0}'..='\u{FFFF}').filter(|&c| is_invisible(c)) {
            assert_eq!(fold_char(c), Fold::Drop, "{c:?}");
        }
        assert_eq!(visible("a\u{200F}b\u{2067}c\u{2069}\u{064E}"), "abc\u{064E}");
    }

    #[test]
    fn idempotent() {
        for s in ["وَفْقًا لِـ «أسوشيتد برس»،\r\n  قال", "١٢ ABC ی"] {
            let once = normalize(s).text;
            assert_eq!(normalize(&once).text, once);
        }
    }

    #[test]
    fn spans_map_back() {
        let orig = "قالَ  «رويترز»\u{200F}، أمس";
        let n = normalize(orig);
        let at = n.text.find("رويترز").unwrap();
        let r = n.original_span(orig, at..at + "رويترز".len());
        assert_eq!(&orig[r], "رويترز");
        let whole = n.original_span(orig, 0..n.text.len());
        assert_eq!(&orig[whole], orig);
        assert!(n.is_monotonic());
        let k = n.text.find("قال").unwrap();
        // The trailing diacritic stays with its letter.
        assert_eq!(&orig[n.original_span(orig, k..k + "قال".len())], "قالَ");
    }
}
