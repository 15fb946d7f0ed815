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

/// Folds `text` and records where each folded byte came from.
pub fn normalize(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut map: Vec<u32> = Vec::with_capacity(text.len() + 1);
    // Pending white space run: (original start, holds a newline).
    let mut space: Option<(usize, bool)> = None;
    for (i, c) in text.char_indices() {
        match fold_char(c) {
            Fold::Drop => {}
            Fold::Space => {
                let nl = c == '\n';
                space = Some(match space {
                    Some((s, had)) => (s, had || nl),
                    None => (i, nl),
                });
            }
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
