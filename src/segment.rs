//! Stage 3: tokens, sentences, paragraphs and quotations.
//!
//! Works on the folded text, where every quote mark is `"`; the direction of
//! a mark is read from its context (and from the original mark where that
//! says more), so «…», “…” and "…" pair the same way, mixed or nested.

use crate::normalize::Normalized;
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits (a decimal point between digits included).
    Word,
    /// A quote mark.
    Quote,
    /// A line break.
    Newline,
    /// Any other single character that is not white space.
    Punct(char),
}

/// A token of the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte in the folded text.
    pub start: usize,
    /// End byte in the folded text.
    pub end: usize,
    /// Its kind.
    pub kind: TokKind,
}

/// A sentence: a range of tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Tokens of the sentence (no trailing newline).
    pub toks: Range<usize>,
    /// Index of its paragraph.
    pub para: usize,
}

/// A quotation: from its opening mark to its closing mark, or to the end of
/// the paragraph when it is never closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (or one past the paragraph's last token).
    pub close: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Nesting depth, 0 for outermost.
    pub depth: usize,
}

/// The segmented document.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// All tokens.
    pub tokens: Vec<Token>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Quotations, ordered by opening mark.
    pub quotes: Vec<Quote>,
}

/// Deepest nesting followed; deeper marks are treated as text.
const MAX_QUOTE_DEPTH: usize = 8;
/// A line of at least this many words that does not end a sentence is a
/// soft wrap (a scraper's line break in mid-sentence), not a paragraph end.
/// Shorter lines without a stop are headlines, subheads, captions and
/// paragraphs that lost their period far more often than cut sentences (in
/// the corpus, nearly every one of 11,000 lines of 10 to 59 words was).
const SOFT_WRAP_WORDS: usize = 60;

/// Folded words a sentence cannot end on: a line that stops on one of them
/// was cut (a scraper's break before a link, say), whatever its length.
const NEVER_LAST: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "مع", "و", "او", "ثم", "ان", "بان", "لان", "التي", "الذي", "الذين", "اللذين",
    "اللتين", "اللواتي", "اللاتي", "بين", "عند", "ضد", "نحو", "لدي", "حول", "خلال", "عبر", "منذ", "كل", "بعض", "لم",
    "لن", "قد", "وفي", "ومن", "وعلي", "والي", "وعن", "ومع",
];

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

/// Splits the folded text into tokens.
///
/// The text is read thirty-two bytes at a time with AVX2, else sixteen:
/// runs of ASCII letters and digits and of Arabic letters, and the spaces
/// between them, make every token they hold in one step, from the bits
/// where a word begins or ends (the bulk of any article). Any other
/// character is read alone: without decoding when it is ASCII or a
/// two-byte Arabic letter (from a table, not branched on: lead bytes 0xD8
/// and 0xD9 alternate at random in Arabic), else decoded and asked
/// [`crate::normalize::is_word_char`].
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    tokenize_into(text, &mut toks, &mut Vec::new());
    toks
}

/// [`tokenize`] into `toks`, and the index of every token that is no word
/// into `others`: what sentences, paragraphs and quotations are made of.
fn tokenize_into(text: &str, toks: &mut Vec<Token>, others: &mut Vec<u32>) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2.
        return unsafe { tokenize_avx2(text, toks, others) };
    }
    tokenize_16(text, toks, others);
}

/// [`tokenize_into`] sixteen bytes a step.
fn tokenize_16(text: &str, toks: &mut Vec<Token>, others: &mut Vec<u32>) {
    tokenize_with(text, toks, others, |c: &[u8; 17]| {
        let (word, space) = plain_word_bytes(c);
        (word.into(), space.into())
    });
}

/// [`tokenize_into`] thirty-two bytes a step.
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn tokenize_avx2(text: &str, toks: &mut Vec<Token>, others: &mut Vec<u32>) {
    // SAFETY: the processor has AVX2 (this function's contract).
    tokenize_with(text, toks, others, |c: &[u8; 33]| unsafe { plain_word_bytes32(c) });
}

/// [`tokenize_into`] with `classify` for chunks of `W - 1` bytes (see
/// [`plain_word_bytes`]; it gets the chunk and the byte after it).
#[inline(always)]
fn tokenize_with<const W: usize>(text: &str, toks: &mut Vec<Token>, others: &mut Vec<u32>, classify: impl Fn(&[u8; W]) -> (u64, u64)) {
    /// `start` when no word is open.
    const NONE: usize = usize::MAX;
    let n = W as u32 - 1;
    let b = text.as_bytes();
    toks.reserve(text.len() / 5);
    let mut i = 0;
    // Where the open word began.
    let mut start = NONE;
    while i < b.len() {
        let (word, space) = match b.get(i..i + W) {
            Some(chunk) => classify(chunk.try_into().expect("W bytes")),
            None => {
                // The last bytes: padded with 0xFF, neither word nor
                // space (nor a letter's second byte), so the chunk
                // stops at the text's end.
                let mut w = [0xFFu8; W];
                w[..b.len() - i].copy_from_slice(&b[i..]);
                classify(&w)
            }
        };
        // The lanes before the first that is neither (all of them, and
        // the second byte of a letter begun in the last, if none is).
        let other = !(word | space) & ((1u64 << n) - 1);
        let lanes = if other == 0 { n + (word >> n) as u32 } else { other.trailing_zeros() };
        let word = word & ((1u64 << lanes) - 1);
        // Where a word begins or ends: a lane that is not as the one
        // before (before the first, the open word).
        let mut edges = word ^ (word << 1 | u64::from(start != NONE));
        edges &= (1u64 << lanes) - 1;
        // The first edge ends the open word; the others come in pairs,
        // a word's start and end, the last maybe alone (a word left
        // open): a token a step, not a branch on `start` an edge.
        if start != NONE && edges != 0 {
            toks.push(Token { start, end: i + edges.trailing_zeros() as usize, kind: TokKind::Word });
            start = NONE;
            edges &= edges - 1;
        }
        while edges != 0 {
            let from = i + edges.trailing_zeros() as usize;
            edges &= edges - 1;
            if edges == 0 {
                start = from;
                break;
            }
            toks.push(Token { start: from, end: i + edges.trailing_zeros() as usize, kind: TokKind::Word });
            edges &= edges - 1;
        }
        i += lanes as usize;
        if other == 0 || i == b.len() {
            continue;
        }
        // One character.
        let x = b[i];
        // The character, decoded once (ASCII needs no decoding; an Arabic
        // letter is not read as one).
        let (len, in_word, c) = if x & 0xFE == 0xD8 && i + 1 < b.len() {
            // U+0600 to U+067F: marks (، ؛ ؟), letters, digits.
            let y = b[i + 1];
            if ARABIC_LETTER[usize::from(x & 1) << 6 | usize::from(y & 0x3F)] {
                (2, true, '\0')
            } else {
                let c = char::from_u32(u32::from(x & 0x1F) << 6 | u32::from(y & 0x3F)).expect("a two-byte character");
                (2, crate::normalize::is_word_char(c), c)
            }
        } else if x < 0x80 {
            let inner_mark = matches!(x, b'.' | b',') && start != NONE && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            (1, x.is_ascii_alphanumeric() || inner_mark, char::from(x))
        } else {
            let c = text[i..].chars().next().expect("a character at a char boundary");
            (c.len_utf8(), crate::normalize::is_word_char(c), c)
        };
        if in_word {
            if start == NONE {
                start = i;
            }
            i += len;
            continue;
        }
        if start != NONE {
            toks.push(Token { start, end: i, kind: TokKind::Word });
            start = NONE;
        }
        if x == b' ' {
            i += 1;
            continue;
        }
        let kind = match c {
            '\n' => Some(TokKind::Newline),
            '"' => Some(TokKind::Quote),
            c if c.is_whitespace() => None,
            c => Some(TokKind::Punct(c)),
        };
        if let Some(kind) = kind {
            others.push(toks.len() as u32);
            toks.push(Token { start: i, end: i + len, kind });
        }
        i += len;
    }
    if start != NONE {
        toks.push(Token { start, end: b.len(), kind: TokKind::Word });
    }
}

/// The bytes of `chunk[..16]` that belong to an ASCII letter or digit or an
/// Arabic letter, as bits (bit 16: the second byte of a letter begun at
/// byte 15), for a chunk that starts on a character; and its spaces, as
/// bits. A word is read in one step, not one per letter.
#[cfg(target_arch = "x86_64")]
#[inline]
fn plain_word_bytes(chunk: &[u8; 17]) -> (u32, u32) {
    use std::arch::x86_64::*;
    // SAFETY: SSE2, all these intrinsics need, is part of the x86_64
    // baseline; the loads read the sixteen bytes of `lanes`, at any
    // alignment.
    unsafe {
        let load = |k: usize| {
            let lanes: &[u8; 16] = chunk[k..k + 16].try_into().expect("sixteen bytes");
            _mm_loadu_si128(lanes.as_ptr().cast())
        };
        let (c, next) = (load(0), load(1));
        let all = |b: u8| _mm_set1_epi8(b as i8);
        // lo <= v <= hi as unsigned bytes: v - lo + 0x80 below hi - lo + 1 + 0x80, signed.
        let within = |v: __m128i, lo: u8, hi: u8| _mm_cmplt_epi8(_mm_add_epi8(v, all(0x80u8.wrapping_sub(lo))), all((hi - lo + 1) ^ 0x80));
        let alnum = _mm_or_si128(within(c, b'0', b'9'), within(_mm_or_si128(c, all(0x20)), b'a', b'z'));
        // D8 A0 to D9 8A, as ARABIC_LETTER.
        let d8 = _mm_and_si128(_mm_cmpeq_epi8(c, all(0xD8)), within(next, 0xA0, 0xBF));
        let d9 = _mm_and_si128(_mm_cmpeq_epi8(c, all(0xD9)), within(next, 0x80, 0x8A));
        let bits = |m| _mm_movemask_epi8(m) as u32;
        let lead = bits(_mm_or_si128(d8, d9));
        (bits(alnum) | lead | lead << 1, bits(_mm_cmpeq_epi8(c, all(b' '))))
    }
}

/// [`plain_word_bytes`] for thirty-two bytes at once with AVX2 (bit 32:
/// the second byte of a letter begun at byte 31).
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn plain_word_bytes32(chunk: &[u8; 33]) -> (u64, u64) {
    use std::arch::x86_64::*;
    let load = |k: usize| {
        let lanes: &[u8; 32] = chunk[k..k + 32].try_into().expect("thirty-two bytes");
        // SAFETY: the load reads the thirty-two bytes of `lanes`, at any alignment.
        unsafe { _mm256_loadu_si256(lanes.as_ptr().cast()) }
    };
    let (c, next) = (load(0), load(1));
    let all = |b: u8| _mm256_set1_epi8(b as i8);
    // lo <= v <= hi as unsigned bytes: v - lo + 0x80 below hi - lo + 1 + 0x80, signed.
    let within = |v: __m256i, lo: u8, hi: u8| _mm256_cmpgt_epi8(all((hi - lo + 1) ^ 0x80), _mm256_add_epi8(v, all(0x80u8.wrapping_sub(lo))));
    let alnum = _mm256_or_si256(within(c, b'0', b'9'), within(_mm256_or_si256(c, all(0x20)), b'a', b'z'));
    let d8 = _mm256_and_si256(_mm256_cmpeq_epi8(c, all(0xD8)), within(next, 0xA0, 0xBF));
    let d9 = _mm256_and_si256(_mm256_cmpeq_epi8(c, all(0xD9)), within(next, 0x80, 0x8A));
    let bits = |m| u64::from(_mm256_movemask_epi8(m) as u32);
    let lead = bits(_mm256_or_si256(d8, d9));
    (bits(alnum) | lead | lead << 1, bits(_mm256_cmpeq_epi8(c, all(b' '))))
}

/// [`plain_word_bytes`] lane by lane, for every target.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
fn plain_word_bytes_portable(chunk: &[u8; 17]) -> (u32, u32) {
    let (mut alnum, mut lead, mut space) = ([0u8; 16], [0u8; 16], [0u8; 16]);
    for k in 0..16 {
        let (c, next) = (chunk[k], chunk[k + 1]);
        alnum[k] = u8::from(c.wrapping_sub(b'0') < 10 || (c | 0x20).wrapping_sub(b'a') < 26);
        lead[k] = u8::from((c == 0xD8 && (0xA0..=0xBF).contains(&next)) || (c == 0xD9 && (0x80..=0x8A).contains(&next)));
        space[k] = u8::from(c == b' ');
    }
    let (alnum, lead) = (crate::normalize::lane_bits(&alnum), crate::normalize::lane_bits(&lead));
    (alnum | lead | lead << 1, crate::normalize::lane_bits(&space))
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn plain_word_bytes(chunk: &[u8; 17]) -> (u32, u32) {
    plain_word_bytes_portable(chunk)
}

/// Whether the two-byte character led by 0xD8 (first half) or 0xD9 (second
/// half) with this continuation byte is an Arabic letter or tatweel, U+0620
/// to U+064A (D8 A0 to D9 8A): all word characters.
const ARABIC_LETTER: [bool; 128] = {
    let mut t = [false; 128];
    let mut k = 32;
    while k <= 64 + 0x0A {
        t[k] = true;
        k += 1;
    }
    t
};

/// Segments a folded document. `original` is the decoded text `norm` was
/// made from (read for the direction of typographic quote marks).
pub fn segment(norm: &Normalized, original: &str) -> Segments {
    let mut seg = Segments::default();
    segment_into(norm, original, &mut seg, &mut SegScratch::default());
    seg
}

/// The working buffers of [`segment_into`].
#[derive(Debug, Default)]
pub(crate) struct SegScratch {
    /// The tokens that are no words.
    others: Vec<u32>,
    /// The paragraphs.
    paras: Vec<Range<usize>>,
}

/// [`segment`] into `seg`, with `scratch` for its working buffers: all are
/// cleared first and keep their capacity, so that one article's buffers
/// serve the next.
pub(crate) fn segment_into(norm: &Normalized, original: &str, seg: &mut Segments, scratch: &mut SegScratch) {
    let text = norm.text.as_str();
    let Segments { tokens, sentences, quotes } = seg;
    tokens.clear();
    sentences.clear();
    quotes.clear();
    scratch.others.clear();
    tokenize_into(text, tokens, &mut scratch.others);
    let (tokens, others) = (&tokens[..], &scratch.others[..]);
    let paras = &mut scratch.paras;
    paragraphs(text, tokens, others, paras);
    // The tokens that are no words are all these passes look at: a word
    // is skipped by counting, not visited.
    let mut from = 0;
    for (p, range) in paras.iter().enumerate() {
        while from < others.len() && (others[from] as usize) < range.start {
            from += 1;
        }
        let to = from + others[from..].partition_point(|&k| (k as usize) < range.end);
        split_sentences(text, tokens, &others[from..to], range.clone(), p, sentences);
        pair_quotes(norm, original, tokens, &others[from..to], range.clone(), quotes);
        from = to;
    }
    quotes.sort_by_key(|q| q.open);
}

/// Paragraphs as token ranges (newline tokens excluded); soft wraps joined.
/// `others`: the tokens that are no words.
fn paragraphs(text: &str, toks: &[Token], others: &[u32], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = 0;
    let mut words_in_line = 0;
    // The first token not counted yet.
    let mut counted = 0;
    for &k in others {
        let i = k as usize;
        words_in_line += i - counted;
        counted = i + 1;
        if toks[i].kind != TokKind::Newline {
            continue;
        }
        let last = toks[start..i].last();
        let ends_sentence = last.is_none_or(|l| match l.kind {
            TokKind::Punct(c) => is_terminal(c) || c == ':',
            TokKind::Quote => true,
            _ => false,
        });
        let next_is_word = toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Word);
        let cut = || {
            words_in_line >= SOFT_WRAP_WORDS
                || last.is_some_and(|l| l.kind == TokKind::Word && NEVER_LAST.contains(&&text[l.start..l.end]))
        };
        let soft = !ends_sentence && next_is_word && cut();
        if !soft {
            if start < i {
                out.push(start..i);
            }
            start = i + 1;
        }
        words_in_line = 0;
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
}

/// The sentences of paragraph `para` (number `p`), whose tokens that are
/// no words are `others`.
fn split_sentences(text: &str, toks: &[Token], others: &[u32], para: Range<usize>, p: usize, out: &mut Vec<Sentence>) {
    let mut start = para.start;
    // The first token not read yet.
    let mut i = para.start;
    for &k in others {
        let k = k as usize;
        if k < i {
            continue;
        }
        let boundary = match toks[k].kind {
            TokKind::Punct(c) if is_terminal(c) => !period_goes_on(text, toks, k, para.start),
            _ => false,
        };
        if boundary {
            i = k + 1;
            // Closing quotes and further stops belong to the sentence they end.
            while i < para.end && matches!(toks[i].kind, TokKind::Punct(c) if is_terminal(c) || c == ')') {
                i += 1;
            }
            while i < para.end && toks[i].kind == TokKind::Quote && closes_here(text, toks, i) {
                i += 1;
                while i < para.end && matches!(toks[i].kind, TokKind::Punct(c) if is_terminal(c)) {
                    i += 1;
                }
            }
            push_sentence(toks, start..i, p, out);
            start = i;
        }
    }
    push_sentence(toks, start..para.end, p, out);
}

fn push_sentence(toks: &[Token], r: Range<usize>, p: usize, out: &mut Vec<Sentence>) {
    // Newlines inside a soft-wrapped paragraph are not part of any sentence edge.
    let mut r = r;
    while r.start < r.end && toks[r.start].kind == TokKind::Newline {
        r.start += 1;
    }
    if r.start < r.end && toks[r.clone()].iter().any(|t| t.kind == TokKind::Word) {
        out.push(Sentence { toks: r, para: p });
    }
}

/// A period that ends no sentence: after a one-letter word («د.»), or
/// glued inside a site's name in Latin letters («reuters.com»), which
/// reporters cite as sources (an Arabic acronym's or site's dots,
/// «سي.إن.إن»، «العربية.نت», are spaces by now: see
/// `normalize::space_abbreviation_dots`). Any other word glued after a
/// period («انتهى.وقال») is a lost space, and the period ends the sentence.
fn period_goes_on(text: &str, toks: &[Token], i: usize, para_start: usize) -> bool {
    if toks[i].kind != TokKind::Punct('.') || i == para_start {
        return false;
    }
    let prev = toks[i - 1];
    if prev.kind != TokKind::Word || prev.end != toks[i].start {
        return false;
    }
    let before = &text[prev.start..prev.end];
    if before.chars().count() == 1 {
        return true;
    }
    let Some(next) = toks.get(i + 1).filter(|n| n.kind == TokKind::Word && n.start == toks[i].end) else {
        return false;
    };
    let after = &text[next.start..next.end];
    // «reuters.com»، «www.ca.gov.sa»; in Arabic text, a short suffix.
    after.is_ascii() && (before.is_ascii() || after.len() <= 4)
}

/// Whether the quote mark at token `i` reads as closing from its context.
fn closes_here(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    let before = text[..t.start].chars().next_back();
    let after = text[t.end..].chars().next();
    let glued_before = before.is_some_and(|c| !c.is_whitespace());
    let glued_after = after.is_some_and(crate::normalize::is_word_char);
    glued_before && !glued_after
}

/// The quotations of paragraph `para`, whose tokens that are no words are
/// `others`.
fn pair_quotes(norm: &Normalized, original: &str, toks: &[Token], others: &[u32], para: Range<usize>, out: &mut Vec<Quote>) {
    let text = norm.text.as_str();
    let mut stack: Vec<usize> = Vec::new();
    for &k in others {
        let i = k as usize;
        if toks[i].kind != TokKind::Quote {
            continue;
        }
        let t = toks[i];
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        // A lone proclitic letter glued to the mark («لـ"واشنطن») reads as space.
        // `matches!`, not `str::contains`, which searches the string for
        // the character's bytes.
        let before_is_proclitic = before.is_some_and(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
            && text[..t.start].chars().rev().nth(1).is_none_or(|c| !crate::normalize::is_word_char(c));
        let space_before = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | ':' | '،' | ',' | '؛' | ';' | '"')) || before_is_proclitic;
        let word_after = after.is_some_and(crate::normalize::is_word_char);
        let opens = space_before && word_after;
        let closes = !space_before && !word_after;
        let is_open = if opens != closes {
            opens
        } else {
            match norm.original_char(original, t.start) {
                Some('«' | '“' | '„' | '‘' | '❝' | '〝') if stack.is_empty() => true,
                Some('»' | '”' | '’' | '❞' | '〞') => false,
                _ => stack.is_empty(),
            }
        };
        if is_open {
            if stack.len() < MAX_QUOTE_DEPTH {
                stack.push(i);
            }
        } else if let Some(open) = stack.pop() {
            out.push(Quote { open, close: i, closed: true, depth: stack.len() });
        }
    }
    while let Some(open) = stack.pop() {
        out.push(Quote { open, close: para.end, closed: false, depth: stack.len() });
    }
}

#[cfg(test)]
mod tests {
    /// The tokenizer as first written, char by char: the reference the
    /// byte-level one is checked against.
    pub(crate) fn tokenize_chars(text: &str) -> Vec<Token> {
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut chars = text.char_indices().peekable();
        let mut word: Option<usize> = None;
        while let Some((i, c)) = chars.next() {
            let in_word = crate::normalize::is_word_char(c)
                || (matches!(c, '.' | ',')
                    && word.is_some()
                    && text[..i].chars().next_back().is_some_and(|p| p.is_ascii_digit())
                    && chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit()));
            if in_word {
                word.get_or_insert(i);
                continue;
            }
            if let Some(s) = word.take() {
                toks.push(Token { start: s, end: i, kind: TokKind::Word });
            }
            let kind = match c {
                ' ' => continue,
                '\n' => TokKind::Newline,
                '"' => TokKind::Quote,
                c if c.is_whitespace() => continue,
                c => TokKind::Punct(c),
            };
            toks.push(Token { start: i, end: i + c.len_utf8(), kind });
        }
        if let Some(s) = word {
            toks.push(Token { start: s, end: text.len(), kind: TokKind::Word });
        }
        toks
    }
    use super::*;
    use crate::normalize::normalize;

    #[test]
    fn vector_word_bytes_agree_with_lanes() {
        let mut bytes: Vec<u8> = "قال 12 AP، «x» ـ ؈ ي ٠ ۍ\n".repeat(4).into_bytes();
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        bytes.extend((0..4096).map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        }));
        for w in bytes.windows(17) {
            let w: &[u8; 17] = w.try_into().unwrap();
            assert_eq!(plain_word_bytes(w), plain_word_bytes_portable(w), "{w:x?}");
        }
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // Thirty-two lanes are two runs of sixteen.
            for w in bytes.windows(33) {
                let w: &[u8; 33] = w.try_into().unwrap();
                let ((w0, s0), (w1, s1)) = (plain_word_bytes_portable(w[..17].try_into().unwrap()), plain_word_bytes_portable(w[16..].try_into().unwrap()));
                // SAFETY: the processor has AVX2.
                let got = unsafe { plain_word_bytes32(w) };
                assert_eq!(got, (u64::from(w0) | u64::from(w1) << 16, u64::from(s0 | s1 << 16)), "{w:x?}");
            }
        }
    }

    /// Seed 002 breaks long paragraphs where a link stood; a line of sixty
    /// words or more that stops without a stop goes on on the next line.
    #[test]
    fn a_long_line_cut_without_a_stop_goes_on() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/002_362a69a8ed804e80.txt");
        let text = std::fs::read_to_string(path).unwrap();
        let joined = sentences(&text);
        for (cut, next) in [("الغربيه لتزويد", "اوكرانيا بدفاعات"), ("كما وتعرضت", "اسرائيل لضغوط")] {
            let s = joined.iter().find(|s| s.contains(cut)).unwrap_or_else(|| panic!("{cut}"));
            assert!(s.contains(&format!("{cut}\n{next}")), "{cut}: {s}");
        }
    }

    #[test]
    fn byte_tokenizer_agrees_with_reference() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut texts: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
        texts.extend(
            ["", "a", ".", "1.5", "1.", ".5", "a1,2.3b", "x\u{2003}y\t\"z\"\n", "٢٠٢٤ و١٫٥", "ـقال", "ۍ ٪ ، ؛ ؟ ؈", "Ω😀ж 中文 ﷲ", "٠.٥"].map(String::from),
        );
        // Every character of the Arabic block, between letters and alone.
        texts.extend(('\u{0600}'..='\u{06FF}').map(|c| format!("ب{c}ب {c}")));
        // And all of them in long texts, at every offset of a sixteen-byte
        // chunk, as words ending in them and between them.
        for pad in 0..17 {
            let mut t = "x".repeat(pad);
            for c in ('\u{0600}'..='\u{06FF}').chain('\u{20}'..='\u{7E}') {
                t.push_str(&format!("بيان{c}ب 1{c}2 A{c}ة{c}{c}"));
            }
            texts.push(t);
        }
        for t in &texts {
            let folded = normalize(t).text;
            assert_eq!(tokenize(&folded), tokenize_chars(&folded), "{folded:?}");
            let (mut sixteen, mut others) = (Vec::new(), Vec::new());
            tokenize_16(&folded, &mut sixteen, &mut others);
            assert_eq!(sixteen, tokenize_chars(&folded), "{folded:?}");
            assert_eq!(others.len(), sixteen.iter().filter(|t| t.kind != TokKind::Word).count());
            assert_eq!(tokenize(t), tokenize_chars(t), "{t:?}");
        }
    }

    fn sentences(s: &str) -> Vec<String> {
        let n = normalize(s);
        let seg = segment(&n, s);
        seg.sentences
            .iter()
            .map(|x| {
                let a = seg.tokens[x.toks.start].start;
                let b = seg.tokens[x.toks.end - 1].end;
                n.text[a..b].to_string()
            })
            .collect()
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("stops", "قال زيد. ونفى عمرو! هل؟ نعم", &["قال زيد.", "ونفي عمرو!", "هل؟", "نعم"]),
            ("comma is no stop", "قال، وأضاف؛ ثم مضى.", &["قال، واضاف؛ ثم مضي."]),
            ("abbreviation", "د. احمد المياحي كتب", &["د. احمد المياحي كتب"]),
            ("site name", "قال لـ\"العربية.نت\" إن الوضع صعب. وأضاف", &["قال ل\"العربيه نت\" ان الوضع صعب.", "واضاف"]),
            ("acronym", "ذكرت سي.إن.إن أن الوضع صعب", &["ذكرت سي ان ان ان الوضع صعب"]),
            ("missing space", "انتهى الاجتماع.وقال الوزير", &["انتهي الاجتماع.", "وقال الوزير"]),
            ("missing space before a short word", "انتهى الاجتماع.في المساء", &["انتهي الاجتماع.", "في المساء"]),
            ("ambiguous letter in an acronym", "بثت قناة تي.في الخبر", &["بثت قناه تي في الخبر"]),
            ("site in Latin letters", "نقل موقع reuters.com الخبر", &["نقل موقع reuters.com الخبر"]),
            ("decimal", "نما ٣.٥ بالمئة. ثم", &["نما 3.5 بالمئه.", "ثم"]),
            ("line ends", "عنوان قصير\nنص المقال هنا.", &["عنوان قصير", "نص المقال هنا."]),
            (
                "soft wrap",
                "ونمت علاقة الملاءمة بشكل متزايد بالنسبة لروسيا التي عانت من انتكاسات في حربها في\nأوكرانيا، وعلى الرغم.",
                &["ونمت علاقه الملاءمه بشكل متزايد بالنسبه لروسيا التي عانت من انتكاسات في حربها في\nاوكرانيا، وعلي الرغم."],
            ),
            ("closing quote stays", "قال: \"نعم.\" ثم", &["قال: \"نعم.\"", "ثم"]),
            // (bulk corpus) A headline has no stop and is no cut sentence.
            (
                "a long headline",
                "بيونغ يانغ تجري تعديلات على رأس هرم جيش كوريا الشمالية قبيل قمة كيم وترامب\nقبل أيام من القمة، أجرت بيونغ يانغ تعديلات.",
                &["بيونغ يانغ تجري تعديلات علي راس هرم جيش كوريا الشماليه قبيل قمه كيم وترامب", "قبل ايام من القمه، اجرت بيونغ يانغ تعديلات."],
            ),
            // (bulk corpus) Nor is a paragraph that lost its period.
            (
                "a paragraph without its period",
                "أعلنت المملكة العربية السعودية، أنها \"حررت\" رهينة فرنسي، كان محتجزا لدى الحوثيين منذ يوليو/تموز الماضي، وفقا لما ذكرته وكالة الأنباء السعودية (واس)\nكشف الرئيس الأمريكي دونالد ترامب عن اتصال مع ولي العهد السعودي.",
                &[
                    "اعلنت المملكه العربيه السعوديه، انها \"حررت\" رهينه فرنسي، كان محتجزا لدي الحوثيين منذ يوليو/تموز الماضي، وفقا لما ذكرته وكاله الانباء السعوديه (واس)",
                    "كشف الرئيس الامريكي دونالد ترامب عن اتصال مع ولي العهد السعودي.",
                ],
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(sentences(input), *want, "{name}");
        }
    }

    fn quotes(s: &str) -> Vec<(String, bool, usize)> {
        let n = normalize(s);
        let seg = segment(&n, s);
        seg.quotes
            .iter()
            .map(|q| {
                let a = seg.tokens[q.open].end;
                let b = seg.tokens.get(q.close).map_or(n.text.len(), |t| t.start);
                (n.text[a..b].trim().to_string(), q.closed, q.depth)
            })
            .collect()
    }

    /// A case: name, input, and each quotation's (text, closed, depth).
    type QuoteCase<'a> = (&'a str, &'a str, &'a [(&'a str, bool, usize)]);

    #[test]
    fn quote_table() {
        let cases: &[QuoteCase] = &[
            ("guillemets", "قال «نعم» ثم", &[("نعم", true, 0)]),
            ("curly", "قال “لا شيء” ثم", &[("لا شيء", true, 0)]),
            ("ascii nested", "قال، \"قال زيد: \"نعم\". ثم لا\".", &[("قال زيد: \"نعم\". ثم لا", true, 0), ("نعم", true, 1)]),
            ("glued proclitic", "بحسب لـ\"واشنطن بوست\" امس", &[("واشنطن بوست", true, 0)]),
            ("never closed", "قال: \"نعم. ثم لا\nجديد", &[("نعم. ثم لا", false, 0)]),
            ("mixed marks", "قال «هذا “مهم” جدا»", &[("هذا \"مهم\" جدا", true, 0), ("مهم", true, 1)]),
        ];
        for (name, input, want) in cases {
            let got = quotes(input);
            let want: Vec<(String, bool, usize)> = want.iter().map(|(a, b, c)| (a.to_string(), *b, *c)).collect();
            let mut got_sorted = got.clone();
            got_sorted.sort_by_key(|q| q.2);
            assert_eq!(got_sorted, want, "{name}");
        }
    }

    #[test]
    fn many_unbalanced_marks_do_not_blow_up() {
        let s = "\"".repeat(10_000);
        let n = normalize(&s);
        let seg = segment(&n, &s);
        assert!(seg.quotes.len() <= 10_000);
    }
}
