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
    /// The map, kept sparse: `(folded, original)` where a run begins in
    /// which folded and original characters have the same lengths, so that
    /// an offset inside the run is the run's original start plus the
    /// distance from its folded start. Most of an article is one such run
    /// between two quote marks or line breaks: a dense map cost four bytes
    /// written per byte read.
    runs: Vec<(u32, u32)>,
    /// Length of the original text.
    original_len: usize,
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
    // Every invisible character holds one of these bytes (U+061C: 0x9C); most
    // names hold none and are copied whole.
    let b = s.as_bytes();
    if memchr::memchr3(0xC2, 0xE2, 0xEF, b).is_none() && memchr::memchr(0x9C, b).is_none() {
        return s.to_owned();
    }
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


/// What a continuation byte makes of an Arabic letter led by 0xD8 (first
/// half) or 0xD9 (second half) when it keeps its length (see [`fold_char`]):
/// 0 when it does not (or is not a letter), else the folded letter's bytes
/// as `lead << 8 | continuation`.
const ARABIC_FOLD: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut k = 0;
    while k < 128 {
        let (lead, cont) = (if k < 64 { 0xD8u16 } else { 0xD9 }, 0x80 + (k as u16 & 0x3F));
        let keep = match lead {
            0xD8 => matches!(cont, 0xA1 | 0xA4 | 0xA6..=0xA8 | 0xAA..=0xBA),
            _ => matches!(cont, 0x81..=0x88 | 0x8A),
        };
        t[k] = if keep {
            lead << 8 | cont
        } else {
            match (lead, cont) {
                // أ إ آ → ا
                (0xD8, 0xA2 | 0xA3 | 0xA5) => 0xD8A7,
                // ة → ه
                (0xD8, 0xA9) => 0xD987,
                // ى → ي
                (0xD9, 0x89) => 0xD98A,
                _ => 0,
            }
        };
        k += 1;
    }
    t
};

/// Sixteen lanes of 0 or 1 as the bits of an integer, lane 0 the lowest:
/// one `pmovmskb` on x86_64 (SSE2 is part of its baseline), the lanes
/// compared in the register the compiler built them in.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn lane_bits(lanes: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_setzero_si128};
    // SAFETY: SSE2 is enabled on every x86_64 target; the load reads the
    // sixteen bytes of `lanes` and takes any alignment.
    let zero = unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(lanes.as_ptr().cast()), _mm_setzero_si128())) };
    !(zero as u32) & 0xFFFF
}

/// Sixteen lanes of 0 or 1 as the bits of an integer, lane 0 the lowest
/// (a multiplication gathers eight lanes into a byte).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
pub(crate) fn lane_bits(lanes: &[u8; 16]) -> u32 {
    lane_bits_portable(lanes)
}

/// [`lane_bits`] without vector instructions, for every target.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
fn lane_bits_portable(lanes: &[u8; 16]) -> u32 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let half = |h: &[u8]| (u64::from_le_bytes(h.try_into().expect("eight lanes")).wrapping_mul(GATHER) >> 56) as u32;
    half(&lanes[..8]) | half(&lanes[8..]) << 8
}

/// Sixteen bytes of the fast path of [`normalize`], read at once (the
/// compiler vectorizes the lanes): `w` is the byte before the chunk, the
/// chunk, which starts on a character, and the two bytes after it. Returns
/// the chunk folded as the fast path folds (ASCII capitals lowered; أ إ آ
/// → ا, ة → ه, ى → ي, as in [`ARABIC_FOLD`]), the bytes of its run
/// characters (bits, as the fast path takes them, but a space first in the
/// chunk always), and the lead bytes of its Arabic letters (bits). Only
/// the bytes of run characters before the first other byte are meant.
#[inline]
fn fold_chunk(w: &[u8; 19]) -> ([u8; 16], u32, u32) {
    // Selects, not branches, for the lanes to vectorize.
    let alnum = |x: u8| (x.wrapping_sub(b'0') < 10) | ((x | 0x20).wrapping_sub(b'a') < 26);
    // D8 A1 to D8 BA and D9 81 to D9 8A: the letters ARABIC_FOLD keeps or folds.
    let kept = |x: u8, y: u8| ((x == 0xD8) & (y.wrapping_sub(0xA1) <= 0xBA - 0xA1)) | ((x == 0xD9) & (y.wrapping_sub(0x81) <= 0x8A - 0x81));
    let (mut out, mut plain, mut lead) = ([0u8; 16], [0u8; 16], [0u8; 16]);
    for k in 0..16 {
        let (p, x, y, z) = (w[k], w[k + 1], w[k + 2], w[k + 3]);
        let letter = kept(x, y);
        let space = (x == b' ') & (alnum(y) | kept(y, z));
        lead[k] = u8::from(letter);
        plain[k] = u8::from(alnum(x) | letter | space);
        let mut v = x | u8::from(x.wrapping_sub(b'A') < 26) << 5;
        // ة (D8 A9) → ه (D9 87); ى (D9 89) → ي (D9 8A); أ إ آ (D8 A2 A3 A5) → ا (D8 A7).
        v = if (x == 0xD8) & (y == 0xA9) { 0xD9 } else { v };
        v = if (p == 0xD8) & (x == 0xA9) { 0x87 } else { v };
        v = if (p == 0xD9) & (x == 0x89) { 0x8A } else { v };
        v = if (p == 0xD8) & ((x == 0xA2) | (x == 0xA3) | (x == 0xA5)) { 0xA7 } else { v };
        out[k] = v;
    }
    let lead = lane_bits(&lead);
    (out, lane_bits(&plain) | lead << 1, lead)
}

/// Whether the character at `i` is one of the run characters of [`normalize`].
#[inline]
fn keeps_length(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(c) if c.is_ascii_alphanumeric() => true,
        Some(&c @ (0xD8 | 0xD9)) => bytes.get(i + 1).is_some_and(|&d| ARABIC_FOLD[usize::from(c & 1) << 6 | usize::from(d & 0x3F)] != 0),
        _ => false,
    }
}

/// The folded text under construction (in a buffer as long as the
/// original: folding never lengthens a character) and its runs.
struct Builder {
    out: Vec<u8>,
    len: usize,
    runs: Vec<(u32, u32)>,
    /// original − folded offset in the current run.
    delta: i64,
}

impl Builder {
    /// Notes that the next folded character comes from original byte `o`.
    #[inline]
    fn at(&mut self, o: usize) {
        let d = o as i64 - self.len as i64;
        if d != self.delta || self.runs.is_empty() {
            self.runs.push((self.len as u32, o as u32));
            self.delta = d;
        }
    }

    fn push(&mut self, o: usize, c: char) {
        self.at(o);
        let n = c.encode_utf8(&mut self.out[self.len..]).len();
        self.len += n;
    }
}

/// Folds `text` and records where each folded byte came from.
pub fn normalize(text: &str) -> Normalized {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut b = Builder { out: vec![0; n], len: 0, runs: Vec::new(), delta: 0 };
    // Pending white space run: (original start, holds a newline).
    let mut space: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < n {
        // Fast path, same result as fold_char: a run of characters that keep
        // their length (ASCII letters and digits, Arabic letters, hamza
        // alefs, ة, ى), with the single spaces between them.
        let run = i;
        let mut o = b.len;
        let out = &mut b.out;
        while i < n {
            if let Some(w) = bytes.get(i.wrapping_sub(1)..i + 18) {
                // Sixteen bytes at once (not the first of the text: the
                // byte before is read); the folded text is never ahead of
                // the original (o <= i), so the sixteen fit.
                let (folded, mut plain, lead) = fold_chunk(w.try_into().expect("19 bytes"));
                if i == run && w[1] == b' ' {
                    plain &= !1;
                }
                let t = (plain & 0xFFFF).trailing_ones() as usize;
                out[o..o + 16].copy_from_slice(&folded);
                if t < 16 {
                    (i, o) = (i + t, o + t);
                    break;
                }
                // Not past a letter begun in the last byte.
                let t = 16 - (lead >> 15) as usize;
                (i, o) = (i + t, o + t);
                continue;
            }
            let c = bytes[i];
            if c & 0xFE == 0xD8 {
                // A lead byte of valid UTF-8: its continuation byte follows.
                let f = ARABIC_FOLD[usize::from(c & 1) << 6 | usize::from(bytes[i + 1] & 0x3F)];
                if f == 0 {
                    break;
                }
                out[o..o + 2].copy_from_slice(&f.to_be_bytes());
                (i, o) = (i + 2, o + 2);
            } else if c.is_ascii_alphanumeric() {
                out[o] = c.to_ascii_lowercase();
                (i, o) = (i + 1, o + 1);
            } else if c == b' ' && i > run && keeps_length(bytes, i + 1) {
                // A lone space between two run characters.
                out[o] = b' ';
                (i, o) = (i + 1, o + 1);
            } else {
                break;
            }
        }
        if i > run {
            if let Some((s, nl)) = space.take() {
                // Written before the run: move the run one byte on.
                let nlc = if nl { b'\n' } else { b' ' };
                b.out.copy_within(b.len..o, b.len + 1);
                b.at(s);
                b.out[b.len] = nlc;
                b.len += 1;
                o += 1;
            }
            b.at(run);
            b.len = o;
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
                    b.push(s, if nl { '\n' } else { ' ' });
                }
                b.push(at, f);
            }
        }
    }
    if let Some((s, nl)) = space {
        b.push(s, if nl { '\n' } else { ' ' });
    }
    let mut out = b.out;
    out.truncate(b.len);
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: only whole characters were written: ASCII bytes, two-byte
    // Arabic letters (a lead byte 0xD8/0xD9 and a continuation byte, from
    // the table), or characters encoded by `char::encode_utf8`. Checking
    // again cost a third of the folding.
    let folded = unsafe { String::from_utf8_unchecked(out) };
    Normalized { text: folded, runs: b.runs, original_len: n }
}

impl Normalized {
    /// Original byte offset where folded byte `i` begins (`i` may be `text.len()`).
    pub fn original_offset(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.original_len;
        }
        // Inside a character: where the character begins.
        let i = (0..=i).rev().find(|&k| self.text.is_char_boundary(k)).unwrap_or(0);
        let k = self.runs.partition_point(|&(f, _)| f as usize <= i).saturating_sub(1);
        let (f, o) = self.runs[k];
        o as usize + (i - f as usize)
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
        let offsets: Vec<usize> = (0..=self.text.len()).map(|i| self.original_offset(i)).collect();
        offsets.windows(2).all(|w| w[0] <= w[1])
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
                    map.extend(std::iter::repeat_n(i as u32, out.len() - before));
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
        // Every character of the Arabic block and of ASCII between letters,
        // spaces and capitals, at every offset of a sixteen-byte chunk.
        let chars: Vec<char> = ('\u{0600}'..='\u{06FF}').chain('\u{20}'..='\u{7E}').collect();
        for pad in 0..17 {
            let mut t = "x".repeat(pad);
            for &c in &chars {
                t.push_str(&format!("أة{c}ى B{c}{c} ب  {c}ة"));
            }
            texts.push(t);
        }
        for t in &texts {
            let n = normalize(t);
            let map: Vec<u32> = (0..=n.text.len()).map(|i| n.original_offset(i) as u32).collect();
            assert_eq!((n.text.clone(), map), reference(t), "{t:?}");
        }
    }

    #[test]
    fn lanes_gather_in_order() {
        let mut lanes = [0u8; 16];
        for k in 0..16 {
            lanes[k] = 1;
            assert_eq!(lane_bits(&lanes), (1 << (k + 1)) - 1);
        }
        assert_eq!(lane_bits(&[1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]), 1 | 1 << 3 | 1 << 15);
        // The vector gather and the portable one agree on every lane pattern.
        for bits in 0..=0xFFFFu32 {
            let lanes: [u8; 16] = std::array::from_fn(|k| (bits >> k & 1) as u8);
            assert_eq!(lane_bits(&lanes), bits);
            assert_eq!(lane_bits_portable(&lanes), bits);
        }
    }

    #[test]
    fn plain_arabic_letters_stay() {
        let kept = "ءؤئابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        assert!(kept.chars().all(|c| fold_char(c) == Fold::Char(c)));
        // The byte-level table of normalize() folds as fold_char does,
        // and takes at least these letters.
        for c in ('\u{0600}'..='\u{067F}').filter(|c| c.len_utf8() == 2) {
            let mut b = [0; 4];
            c.encode_utf8(&mut b);
            let f = ARABIC_FOLD[((b[0] & 1) as usize) << 6 | (b[1] & 0x3F) as usize];
            if f != 0 {
                let Fold::Char(folded) = fold_char(c) else { panic!("{c:?} is dropped") };
                let mut fb = [0; 4];
                assert_eq!(folded.encode_utf8(&mut fb).as_bytes(), &[(f >> 8) as u8, f as u8], "{c:?}");
            }
            assert!(!kept.contains(c) || f != 0, "{c:?}");
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
