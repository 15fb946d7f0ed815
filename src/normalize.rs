//! Stage 2: folding for matching, with a map back to the original text.
//!
//! Lexicon entries and article text are folded the same way, so that
//! «أُعلِنَ» and «اعلن» meet. Every byte of the folded text remembers where
//! its character began in the original: spans found in the folded text are
//! mapped back with [`Normalized::original_span`] and are always slices of
//! the decoded article.

use std::ops::Range;

mod chunk;
pub(crate) use chunk::lane_bits;
use chunk::*;

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
    /// The folded bytes, ascending, where an abbreviation's dot became a
    /// space (see [`space_abbreviation_dots`]): empty in most articles.
    spaced_dots: Vec<u32>,
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


/// What [`fold_char`] makes of a character of the Arabic block, U+0600 to
/// U+06FF, when it keeps its length and is no white space: its folded
/// character, or 0 when it is dropped or becomes an ASCII digit.
const fn fold_arabic(c: u32) -> u32 {
    match c {
        0x0610..=0x061A | 0x061C | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640 => 0,
        0x0660..=0x0669 | 0x06F0..=0x06F9 => 0,
        0x0622 | 0x0623 | 0x0625 | 0x0671 => 0x0627,
        0x0649 | 0x06CC => 0x064A,
        0x0629 | 0x06BE => 0x0647,
        0x06A9 => 0x0643,
        _ => c,
    }
}

/// The two-byte characters led by 0xD8 to 0xDB (the Arabic block), by
/// `(lead & 3) << 6 | continuation & 0x3F`: the folded character's bytes as
/// `lead << 8 | continuation` when it keeps its length (see [`fold_arabic`]),
/// else 0.
const ARABIC_FOLD: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut k = 0;
    while k < 256 {
        let f = fold_arabic(0x0600 + k as u32);
        if f != 0 {
            t[k] = ((0xC0 | f >> 6) << 8 | (0x80 | f & 0x3F)) as u16;
        }
        k += 1;
    }
    t
};

/// The folded bytes of the two-byte character `x y` when folding keeps its
/// length and it is no white space, as `x << 8 | y`; None otherwise. Only
/// the Arabic block folds to other letters; of the rest, two spaces (U+0085,
/// U+00A0), the soft hyphen and the guillemets (to «"») differ.
#[inline]
fn fold_two(x: u8, y: u8) -> Option<u16> {
    match x {
        0xD8..=0xDB => Some(ARABIC_FOLD[usize::from(x & 3) << 6 | usize::from(y & 0x3F)]).filter(|&f| f != 0),
        0xC2 if matches!(y, 0x85 | 0xA0 | 0xAD | 0xAB | 0xBB) => None,
        _ => Some(u16::from(x) << 8 | u16::from(y)),
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
    normalize_in(text, Normalized::default())
}

/// [`normalize`] in the buffers of `old` (an article's, kept for the next
/// one: allocated once, not per article).
pub(crate) fn normalize_in(text: &str, old: Normalized) -> Normalized {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2.
        return unsafe { normalize_avx2(text, old) };
    }
    normalize_16(text, old)
}

/// [`normalize_in`] sixteen bytes a step.
fn normalize_16(text: &str, old: Normalized) -> Normalized {
    normalize_with(text, old, |w: &[u8; 19]| {
        let (folded, run, lead) = fold_chunk(w);
        (folded, run.into(), lead.into())
    })
}

/// [`normalize_in`] thirty-two bytes a step.
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn normalize_avx2(text: &str, old: Normalized) -> Normalized {
    // SAFETY: the processor has AVX2 (this function's contract).
    normalize_with(text, old, |w: &[u8; 35]| unsafe { fold_chunk32(w) })
}

/// [`normalize`] with `fold` for the fast path's chunks of `N` bytes (see
/// [`fold_chunk`]; it gets the byte before, the chunk and two bytes after),
/// in the buffers of `old`.
#[inline(always)]
fn normalize_with<const W: usize, const N: usize>(text: &str, old: Normalized, fold: impl Fn(&[u8; W]) -> ([u8; N], u64, u64)) -> Normalized {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Every byte of the result is written below: the old text's bytes need
    // no zeroing, only the bytes past them.
    let (mut out, mut runs, mut spaced_dots) = (old.text.into_bytes(), old.runs, old.spaced_dots);
    out.resize(n, 0);
    runs.clear();
    let mut b = Builder { out, len: 0, runs, delta: 0 };
    // Pending white space run: (original start, holds a newline).
    let mut space: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < n {
        // Fast path, same result as fold_char: a run of characters that keep
        // their length (ASCII but white space, Arabic letters and marks,
        // hamza alefs, ة, ى, most two-byte characters), with the lone
        // spaces and newlines between them.
        let run = i;
        if space.is_some() && starts_kept(bytes, i) {
            // The run takes this character: the white space before it is
            // written first (the run is never ahead of the original).
            let (s, nl) = space.take().expect("pending white space");
            b.at(s);
            b.out[b.len] = if nl { b'\n' } else { b' ' };
            b.len += 1;
        }
        let mut o = b.len;
        let out = &mut b.out;
        while i < n {
            // N bytes at once (with the byte before and two after); the
            // folded text is never ahead of the original (o <= i), so they
            // fit.
            let (mut plain, lead) = if let Some(w) = bytes.get(i.wrapping_sub(1)..i + W - 1) {
                let (folded, plain, lead) = fold(w.try_into().expect("W bytes"));
                out[o..o + N].copy_from_slice(&folded);
                (plain, lead)
            } else {
                // The first chunk, and the last bytes (all of a short
                // text): padded with 0xFF, which no run holds, so the run
                // stops at the text's end.
                let mut w = [0xFFu8; W];
                let from = i.saturating_sub(1);
                let to = n.min(i + W - 1);
                w[from + 1 - i..][..to - from].copy_from_slice(&bytes[from..to]);
                let (folded, plain, lead) = fold(&w);
                let len = N.min(n - i);
                out[o..o + len].copy_from_slice(&folded[..len]);
                (plain, lead)
            };
            if i == run && matches!(bytes[i], b' ' | b'\n') {
                plain &= !1;
            }
            let t = (plain | !0 << N).trailing_ones() as usize;
            if t >= N {
                // Not past a letter begun in the last byte.
                let t = N - (lead >> (N - 1) & 1) as usize;
                (i, o) = (i + t, o + t);
                continue;
            }
            (i, o) = (i + t, o + t);
            if i == n {
                break;
            }
            // One character alone: where the chunk stopped (a rarer
            // character may still keep its length).
            let Some(len) = fold_same_length(bytes, i, i > run, &mut out[o..]) else { break };
            (i, o) = (i + len, o + len);
        }
        if i > run {
            debug_assert!(space.is_none());
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
    spaced_dots.clear();
    space_abbreviation_dots(&mut out, &mut spaced_dots);
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: only whole characters were written: ASCII bytes, two-byte
    // Arabic letters (a lead byte 0xD8/0xD9 and a continuation byte, from
    // the table), or characters encoded by `char::encode_utf8`. Checking
    // again cost a third of the folding.
    let folded = unsafe { String::from_utf8_unchecked(out) };
    Normalized { text: folded, runs: b.runs, original_len: n, spaced_dots }
}

/// Words that, glued after a dot, go on a name rather than open a
/// sentence, whatever stands before the dot: the Latin letters as Arabic
/// spells them, folded («جيه.بي مورغان»، «بي.دبليو.سي»), and the domains of
/// sites («العربية.نت»).
const SPELLED_LETTERS: &[&str] = &[
    "ايه", "بي", "سي", "دي", "اف", "جي", "اتش", "ايتش", "جيه", "جاي", "كيه", "كاي", "ام", "كيو", "ار", "اس", "تي", "يو", "دبليو",
    "اكس", "واي", "زد", "نت", "كوم", "اورغ", "اورج",
];

/// «سي.إن.إن»، «(د.ب.أ)»، «العربية.نت»: a «.» between Arabic words of
/// three letters or fewer each, or before a spelled Latin letter or a
/// site's domain ([`SPELLED_LETTERS`]), parts an acronym or a site's name,
/// not two sentences (a full stop missing its space, «انتهى.وقال»،
/// «الاجتماع.في»، «الأوروبي.لكن», has a longer word before it): it folds
/// to a space, so that «سي إن إن» of the lexicons meets it, and no sentence
/// ends there. Both are one byte: the map to the original is unchanged.
/// The spaces made are noted in `spaced`, ascending.
fn space_abbreviation_dots(out: &mut [u8], spaced: &mut Vec<u32>) {
    // The Arabic letters, U+0621 to U+064A but the tatweel: two bytes, led by 0xD8 or 0xD9.
    let letter = |k: usize| matches!(out.get(k..k + 2), Some(&[0xD8, 0xA1..=0xBA] | &[0xD9, 0x81..=0x8A]));
    for i in memchr::memchr_iter(b'.', out) {
        // Most dots end a sentence, before a space: the byte after first.
        if !matches!(out.get(i + 1), Some(0xD8 | 0xD9)) {
            continue;
        }
        // The words of letters glued on either side (a site's name may end
        // in a digit: «بازار360.كوم»).
        let end = (i + 1..).step_by(2).find(|&k| !letter(k)).unwrap_or(i + 1);
        let start = (0..=i).rev().step_by(2).find(|&k| k < 2 || !letter(k - 2)).unwrap_or(i);
        let glued = start < i || (i > 0 && out[i - 1].is_ascii_alphanumeric());
        if !glued || end == i + 1 {
            continue;
        }
        let after = &out[i + 1..end];
        // Three letters are six bytes.
        let short = start < i && i - start <= 6 && after.len() <= 6;
        if short || SPELLED_LETTERS.iter().any(|w| w.as_bytes() == after) {
            spaced.push(i as u32);
        }
    }
    for &i in spaced.iter() {
        out[i as usize] = b' ';
    }
}

/// Whether the first character of UTF-8 `b` is surely no white space (see
/// [`ends_in_no_space`]).
fn starts_with_no_space(b: &[u8]) -> bool {
    b.first().is_some_and(|&x| (0x21..0x80).contains(&x) || (0xC3..=0xDF).contains(&x))
}

/// Whether the last character of UTF-8 `b` is surely no white space: a
/// printable ASCII character, or a two-byte one led by 0xC3 to 0xDF (the
/// only two-byte spaces, U+0085 and U+00A0, are led by 0xC2).
fn ends_in_no_space(b: &[u8]) -> bool {
    match b {
        [.., x] if x.is_ascii() => *x > b' ',
        [.., lead, x] => (0xC3..=0xDF).contains(lead) && (0x80..0xC0).contains(x),
        _ => false,
    }
}

impl Normalized {
    /// Original byte offset where folded byte `i` begins (`i` may be `text.len()`).
    pub fn original_offset(&self, i: usize) -> usize {
        self.offset_in_runs(i, 0).0
    }

    /// [`Normalized::original_offset`] of a folded byte `i` that is not
    /// before run `from` begins, and the run it is in.
    fn offset_in_runs(&self, i: usize, from: usize) -> (usize, usize) {
        if i >= self.text.len() {
            return (self.original_len, from);
        }
        // Inside a character: where the character begins (back over its
        // continuation bytes).
        let b = self.text.as_bytes();
        let mut i = i;
        while i > 0 && b[i] & 0xC0 == 0x80 {
            i -= 1;
        }
        let rest = self.runs.get(from..).unwrap_or_default();
        // Most spans lie inside one run: the next run's start says so at once.
        let k = if rest.get(1).is_none_or(|&(f, _)| f as usize > i) {
            from
        } else {
            from + rest.partition_point(|&(f, _)| f as usize <= i).saturating_sub(1)
        };
        let (f, o) = self.runs[k];
        (o as usize + (i - f as usize), k)
    }

    /// The original span of folded span `r`, trimmed of white space at both
    /// ends; always on character boundaries of `original`.
    pub fn original_span(&self, original: &str, r: Range<usize>) -> Range<usize> {
        let (mut start, k) = self.offset_in_runs(r.start, 0);
        // The end is searched from the start's run on.
        let mut end = self.offset_in_runs(r.end, if r.end >= r.start { k } else { 0 }).0.max(start);
        // Most spans begin and end with a letter: the trims, out of line,
        // are asked only when an edge may be white space.
        // Read as bytes (no character boundary checked) unless trimmed.
        let b = original.as_bytes();
        if !starts_with_no_space(b.get(start..end).unwrap_or_default()) {
            let s = &original[start..end];
            start += s.len() - s.trim_start().len();
        }
        if !ends_in_no_space(b.get(start..end).unwrap_or_default()) {
            let s = &original[start..end];
            end = start + s.trim_end().len();
        }
        start..end
    }

    /// Whether folded byte `i` is a space that was an abbreviation's dot
    /// («سي.إن.إن», «العربية.نت»: a dot between short Arabic words).
    pub fn spaced_dot(&self, i: usize) -> bool {
        !self.spaced_dots.is_empty() && u32::try_from(i).is_ok_and(|i| self.spaced_dots.binary_search(&i).is_ok())
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
            ("abbreviation dots", "(سي.إن.إن)", "(سي ان ان)"),
            ("a domain", "لـ\"العربية.نت\"", "ل\"العربيه نت\""),
            ("a full stop missing its space", "الأوروبي.لكن تم", "الاوروبي.لكن تم"),
            ("two long words", "انتهى.وقال", "انتهي.وقال"),
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
        // The dots of abbreviations, a pass of their own.
        let mut bytes = out.into_bytes();
        space_abbreviation_dots(&mut bytes, &mut Vec::new());
        (String::from_utf8(bytes).unwrap(), map)
    }

    #[test]
    fn fast_path_agrees_with_reference() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut texts: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
        texts.extend(["", "a", "ق", "أَ", " \r\n ق ", "وفقًا لـ «رويترز»، قال AP 2024 ٢٠٢٤ ى ة ۲", "x\u{200F}y\u{0640}z", "a\nb", "\n", "a \n", "a\n\nb", "a\n \u{200F}b"].map(String::from));
        // Every character of the Arabic block and of ASCII between letters,
        // spaces and capitals, at every offset of a sixteen-byte chunk.
        let chars: Vec<char> = ('\u{0600}'..='\u{06FF}').chain('\u{0}'..='\u{7F}').chain(['\u{85}', '\u{a0}', '\u{ad}', 'é', 'ж', '“', '\u{200F}', '😀']).collect();
        for pad in 0..17 {
            let mut t = "x".repeat(pad);
            for &c in &chars {
                t.push_str(&format!("أة{c}ى B{c}{c} ب  {c}ة\n{c}\n{c} {c}\nو"));
            }
            texts.push(t);
        }
        for t in &texts {
            agrees_with_reference(t);
        }
    }

    /// `normalize` gives the reference's text and offsets for `t`, and
    /// sixteen bytes a step give what thirty-two do, map included.
    fn agrees_with_reference(t: &str) {
        let n = normalize(t);
        let map: Vec<u32> = (0..=n.text.len()).map(|i| n.original_offset(i) as u32).collect();
        assert_eq!((n.text.clone(), map), reference(t), "{t:?}");
        let m = normalize_16(t, Normalized::default());
        assert_eq!((&m.text, &m.runs), (&n.text, &n.runs), "{t:?}");
    }

    #[test]
    fn short_texts_agree_with_reference() {
        // Texts shorter than a chunk, and every tail length: read from a
        // padded chunk, each character at its start and at its end.
        let chars: Vec<char> = ('\u{0600}'..='\u{06FF}').chain('\u{0}'..='\u{7F}').chain(['\u{85}', '\u{a0}', '\u{ad}', 'é', 'ж', '“', '\u{200F}', '😀']).collect();
        let mut texts: Vec<String> = chars.iter().flat_map(|&c| [format!("{c}"), format!("{c}ة {c}"), format!("أ{c}\n{c}B {c}{c}")]).collect();
        texts.extend((0..40).map(|k| "ق a".repeat(k / 3) + &" \u{0640}إ\n".repeat(k % 3)));
        for t in &texts {
            agrees_with_reference(t);
        }
    }

    #[test]
    fn vector_chunk_agrees_with_lanes() {
        // Every window of texts rich in what the chunk tells apart, and of
        // pseudo-random bytes (the lanes are computed alike for any bytes).
        let mut texts: Vec<Vec<u8>> = vec!["وفقا لـ «أسوشيتد برس»، قالَ AP's 'x'\n\nة ى آ إ ؤ ئ ٱ ی ک ۲\t\r\u{a0}\u{ad}؟؛،".repeat(3).into_bytes()];
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        texts.push((0..4096).map(|_| { x ^= x << 13; x ^= x >> 7; x ^= x << 17; (x >> 24) as u8 }).collect());
        texts.push((0x0600..0x0700u32).flat_map(|c| char::from_u32(c).unwrap().to_string().into_bytes()).collect());
        for t in &texts {
            for w in t.windows(19) {
                let w: &[u8; 19] = w.try_into().unwrap();
                assert_eq!(fold_chunk(w), fold_chunk_portable(w), "{w:x?}");
            }
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                // Thirty-two lanes are two runs of sixteen.
                for w in t.windows(35) {
                    let w: &[u8; 35] = w.try_into().unwrap();
                    // SAFETY: the processor has AVX2.
                    let (folded, run, lead) = unsafe { fold_chunk32(w) };
                    let (f0, r0, l0) = fold_chunk_portable(w[..19].try_into().unwrap());
                    let (f1, r1, l1) = fold_chunk_portable(w[16..].try_into().unwrap());
                    assert_eq!(folded, *[f0, f1].concat(), "{w:x?}");
                    assert_eq!(lead, u64::from(l0 | l1 << 16), "{w:x?}");
                    // The second byte of a letter begun in the first half's last lane is the second half's first.
                    assert_eq!(run, u64::from(r0 & 0xFFFF | (l0 >> 15) << 16) | u64::from(r1) << 16, "{w:x?}");
                }
            }
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
        // The byte-level folding of normalize() folds as fold_char does
        // wherever it keeps the length, and takes at least these letters.
        for c in ('\u{0080}'..='\u{07FF}').filter(|c| c.len_utf8() == 2) {
            let mut b = [0; 4];
            c.encode_utf8(&mut b);
            let same = match fold_char(c) {
                Fold::Char(f) if f.len_utf8() == 2 => {
                    let mut fb = [0; 4];
                    f.encode_utf8(&mut fb);
                    Some(u16::from(fb[0]) << 8 | u16::from(fb[1]))
                }
                _ => None,
            };
            assert_eq!(fold_two(b[0], b[1]), same, "{c:?}");
            assert!(!kept.contains(c) || same.is_some(), "{c:?}");
            // The chunk's lead bytes are some of them.
            assert!(!lead_kept(b[0], b[1]) || same.is_some(), "{c:?}");
        }
        for x in 0..=0x7Fu8 {
            let mut out = [0u8; 1];
            let c = char::from(x);
            let want = match fold_char(c) {
                Fold::Char(f) => Some(f as u8),
                _ => None,
            };
            assert_eq!(fold_same_length(&[x, b'a'], 0, false, &mut out).map(|_| out[0]), want, "{c:?}");
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
    fn no_space_edges_are_no_white_space() {
        // Every character, alone and after and before a letter: "surely
        // no space" is never said of white space, and is said of letters.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for t in [c.to_string(), format!("ب{c}"), format!("{c}ب")] {
                let b = t.as_bytes();
                if starts_with_no_space(b) {
                    assert!(!t.chars().next().unwrap().is_whitespace(), "{c:?}");
                }
                if ends_in_no_space(b) {
                    assert!(!t.chars().next_back().unwrap().is_whitespace(), "{c:?}");
                }
            }
        }
        for t in ["ب", "a", "é", "x."] {
            assert!(starts_with_no_space(t.as_bytes()) && ends_in_no_space(t.as_bytes()), "{t}");
        }
        assert!(!starts_with_no_space(b"") && !ends_in_no_space(b""));
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
