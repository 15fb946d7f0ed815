//! Finding lexicon entries in folded text, on Arabic word boundaries.
//!
//! A match counts only when it starts a word, or follows proclitics that fit
//! the entry (و ف for verbs; و ف ب ل ك and their pairs for names; «لل» for
//! the ال-less form of an ال entry), and ends a word (a form ending in a lone
//! ل, such as «وفقا ل», may glue to the next word). The longest form at a
//! place that passes wins; a shorter one from the same place is tried when it
//! fails, and a place that yields nothing is retried one character further
//! on, so a failed match never hides a good one.
//!
//! Since every prefix allowed is at most three proclitic letters, only the
//! positions after at most three of them can start an accepted match: the
//! Aho-Corasick automaton (anchored, leftmost-longest) is walked from those
//! positions alone, which finds what an unanchored scan retried character
//! by character would. The positions come from the tokens, and a walk is
//! tried only where the rest of the word is the first word of some form (a
//! lookup by a bit screen, which also holds the walk through that word, done when the
//! lexicon is built): nine words in ten start none, and a walk through the
//! automaton costs cache misses.

use super::{rank, ranks_of, CueClass, EntryKind, Lexicon};
use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::{nfa, Anchored, BuildError, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

mod build;
pub(super) use build::{walked, FirstWords};

/// The compiled forms, walked by hand at each candidate position (the
/// searcher's per-call overhead was most of the matching time). A
/// contiguous NFA: on the corpus it beat the DFA by a tenth of the whole
/// analysis, being small enough to stay in cache.
#[derive(Debug, Clone)]
pub(super) struct Forms {
    /// The forms that go on past their first word or start with no word:
    /// the only ones walked in the text (a one-word form is answered by its
    /// word in `first_words`). Their automaton is the smaller, and builds
    /// in a fraction of the time (its failure transitions, which an
    /// anchored walk never takes, were most of the start-up).
    nfa: nfa::contiguous::NFA,
    /// The pattern (index into the forms) of each of the automaton's.
    pids: Box<[u32]>,
    /// The forms' first words, each with the walk through it done ahead.
    /// A form can only start where the rest of the word is its first word
    /// (it ends on a word boundary, and a form glued to the next word,
    /// «وفقا ل», has a first word of its own). Most words of an article
    /// start no form, and a walk costs cache misses in the automaton: one
    /// lookup answers both.
    /// Those of up to 16 bytes, by the rank of their key's bit in `screen`
    /// (how many bits before it are set, from `ranks`): the only key with
    /// that bit, or a [`First::SHARED`] record when keys share it (those are
    /// in `shared`). Most lookups are of a few function words: a rank from
    /// two small tables and one record of half a cache line, not a hash map
    /// probed or a sparse table of slots (which missed the cache).
    firsts: Box<[First]>,
    shared: FxHashMap<WordKey, First>,
    /// The first words longer than [`WordKey`] holds, by their bytes.
    long_first_words: FxHashMap<Box<[u8]>, First>,
    /// A screen over the keys of the first words: one bit per key, from a
    /// cheap hash of it. Three lookups in four find no first word, and the
    /// screen answers most of them without the records.
    screen: Box<[u64; SCREEN_WORDS]>,
    /// Per word of `screen`, the bits set in the words before it.
    ranks: Box<[u32; SCREEN_WORDS]>,
    /// The records' lists: each first word's forms (length, pattern), then
    /// the four-byte keys it may go on with (key, state as a number).
    lists: Box<[(u32, u32)]>,
    /// The bytes a form may start with from the start state: a walk from a
    /// punctuation token starting with any other dies at once.
    start_bytes: [u64; 4],
}

/// A first word's walk, as [`Forms::firsts`] holds it: its key's bytes and
/// length, the forms it holds and the state at its end (when a form goes on
/// past it) with the four bytes a form may go on with: half a cache line.
#[derive(Debug, Clone, Copy)]
#[repr(align(32))]
struct First {
    head: u64,
    tail: u64,
    /// The state at the word's end, when [`First::GOES_ON`].
    state: StateID,
    /// Where its forms start in `Forms::lists`.
    list: u32,
    /// Where its keys start there: its forms end.
    keys_from: u32,
    /// How many keys, [`First::BYTE_BY_BYTE`] when a form ends within the
    /// four bytes after the word (then the walk goes byte by byte).
    keys: u16,
    /// The key's length in the low five bits, and the flags.
    len: u8,
}

impl First {
    /// A form goes on past the word (`state` is set).
    const GOES_ON: u8 = 0x80;
    /// The key length of a record standing for keys that share a bit: no
    /// key has it, so it never equals one.
    const SHARED: u8 = 0x1F;
    /// [`First::keys`] when the walk goes byte by byte.
    const BYTE_BY_BYTE: u16 = u16::MAX;

    /// Whether this is the record of `key`.
    #[inline]
    fn is(&self, key: WordKey) -> bool {
        self.head == key.0 && self.tail == key.1 && u32::from(self.len & 0x1F) == key.2
    }
}

/// Bits in `Forms::screen` (8 KB: it stays in the first-level cache).
const SCREEN_BITS: u32 = 16;
/// Words in `Forms::screen`.
const SCREEN_WORDS: usize = 1 << (SCREEN_BITS - 6);

/// A word of at most 16 bytes as a fixed-size key: its length, its first
/// eight bytes and its last eight (overlapping when it is shorter than 16,
/// zero-padded when shorter than 8), which together give every byte. Most
/// words are this short: looking them up compares two integers rather than
/// calling a byte comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct WordKey(u64, u64, u32);

impl WordKey {
    /// The key of `b[s..e]`, None when it is longer than 16 bytes. Reads
    /// eight bytes at a time from `b`, past `e` when `b` has them (masked).
    #[inline]
    fn of(b: &[u8], s: usize, e: usize) -> Option<WordKey> {
        let n = e - s;
        if n > 16 {
            return None;
        }
        let head = match b.get(s..s + 8) {
            Some(c) => u64::from_le_bytes(c.try_into().expect("eight bytes")),
            None => b[s..e].iter().rev().fold(0, |h, &x| h << 8 | u64::from(x)),
        };
        let head = if n >= 8 { head } else { head & ((1u64 << (8 * n)) - 1) };
        // A word longer than eight bytes has its last eight in the text.
        // Read whenever there are eight and masked: whether a word is
        // longer than eight bytes is a coin toss for a branch.
        let tail = match e.checked_sub(8) {
            Some(t) => u64::from_le_bytes(b[t..e].try_into().expect("eight bytes")),
            None => 0,
        };
        let tail = tail & 0u64.wrapping_sub(u64::from(n > 8));
        Some(WordKey(head, tail, n as u32))
    }

    /// The key's bit in `Forms::screen`.
    #[inline]
    fn screen_bit(self) -> usize {
        let x = self.0 ^ self.1.rotate_left(29) ^ u64::from(self.2) << 58;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SCREEN_BITS)) as usize
    }
}



/// The four bytes at `at` as one key, if there are four.
#[inline]
fn key_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4).map(|k| u32::from_le_bytes(k.try_into().expect("four bytes")))
}

impl Forms {
    /// Whether a word with this key may be the first word of a form: false
    /// for most words, answered by the screen alone.
    #[inline]
    fn may_start(&self, key: WordKey) -> bool {
        let bit = key.screen_bit();
        self.screen[bit / 64 % SCREEN_WORDS] & (1 << (bit % 64)) != 0
    }

    /// The first word with this key, if it is one.
    #[inline(always)]
    fn first_word(&self, key: WordKey) -> Option<&First> {
        let first = self.firsts.get(rank(&self.screen, &self.ranks, key.screen_bit())?)?;
        if first.is(key) {
            Some(first)
        } else if first.len == First::SHARED {
            self.shared.get(&key)
        } else {
            None
        }
    }

    /// Whether a form may start with byte `b` (of a token that is no word).
    #[inline]
    fn may_start_with(&self, b: u8) -> bool {
        self.start_bytes[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }

    /// Every form starting at byte `s`, shortest first: (end, pattern).
    /// `word` is where the word starting at `s` ends, if it is one, and its
    /// key (None when it is too long for one). Inlined where it is tried:
    /// most candidates end at the lookup, or at the four bytes after it.
    #[inline(always)]
    fn matches_at(&self, text: &str, s: usize, word: Option<(usize, Option<WordKey>)>, out: &mut Vec<(usize, usize)>) {
        out.clear();
        let bytes = text.as_bytes();
        let (from, state) = match word {
            Some((e, key)) => {
                let first = match key {
                    Some(key) => self.first_word(key),
                    None => self.long_first_words.get(&bytes[s..e]),
                };
                let Some(first) = first else { return };
                let (list, keys_from) = (first.list as usize, first.keys_from as usize);
                if let Some(forms) = self.lists.get(list..keys_from) {
                    out.extend(forms.iter().map(|&(n, p)| (s + n as usize, p as usize)));
                }
                if first.len & First::GOES_ON == 0 {
                    return;
                }
                match (first.keys, key_at(bytes, e)) {
                    (First::BYTE_BY_BYTE, _) | (_, None) => (e, first.state),
                    (keys, Some(key)) => {
                        let next = self.lists.get(keys_from..keys_from + usize::from(keys)).unwrap_or_default();
                        match next.binary_search_by_key(&key, |&(k, _)| k) {
                            Ok(i) => (e + 4, StateID::new_unchecked(next[i].1 as usize)),
                            Err(_) => return,
                        }
                    }
                }
            }
            None => {
                let Ok(start) = self.nfa.start_state(Anchored::Yes) else { return };
                (s, start)
            }
        };
        self.walk_on(bytes, s, from, state, out);
    }

    /// The forms of [`Forms::matches_at`] past byte `from`, from state `state`.
    #[inline(never)]
    fn walk_on(&self, bytes: &[u8], s: usize, from: usize, state: StateID, out: &mut Vec<(usize, usize)>) {
        let known = out.len();
        walk(&self.nfa, bytes, s, from, bytes.len(), state, out);
        for m in &mut out[known..] {
            m.1 = self.pids[m.1] as usize;
        }
    }
}

/// Walks `text[from..to]` from state `sid`, pushing every form that starts
/// at `s` (at most one per state); the state reached, None when none goes on.
#[inline]
fn walk<A: Automaton>(aut: &A, text: &[u8], s: usize, from: usize, to: usize, mut sid: StateID, out: &mut Vec<(usize, usize)>) -> Option<StateID> {
    for (at, &b) in (from..to).zip(&text[from..to]) {
        sid = aut.next_state(Anchored::Yes, sid, b);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                return None;
            }
            if aut.is_match(sid) {
                // A state may also carry matches that start later: keep the
                // one that starts at `s`.
                let len = at + 1 - s;
                if let Some(pid) = (0..aut.match_len(sid)).map(|i| aut.match_pattern(sid, i)).find(|&p| aut.pattern_len(p) == len) {
                    out.push((at + 1, pid.as_usize()));
                }
            }
        }
    }
    Some(sid)
}

/// The length of the character at `i` of valid UTF-8, and whether it is a
/// proclitic letter (و ف ب ل ك: two bytes each). Arabic letters answered
/// from a table: their lead bytes 0xD8 and 0xD9 alternate at random, and a
/// branch on them mispredicts.
#[inline]
fn char_at(bytes: &[u8], i: usize) -> (usize, bool) {
    let x = bytes[i];
    if x & 0xFE == 0xD8 {
        return (2, PROCLITIC[usize::from(x & 1) << 6 | usize::from(bytes[i + 1] & 0x3F)]);
    }
    char_of(x, 0)
}

/// [`char_at`] for a character whose first byte is `x` and second, if it
/// has one, `y`.
#[inline]
fn char_of(x: u8, y: u8) -> (usize, bool) {
    if x & 0xFE == 0xD8 {
        return (2, PROCLITIC[usize::from(x & 1) << 6 | usize::from(y & 0x3F)]);
    }
    match x {
        b if b < 0x80 => (1, false),
        b if b < 0xE0 => (2, false),
        b if b < 0xF0 => (3, false),
        _ => (4, false),
    }
}

/// Whether the two-byte character led by 0xD8 (first half) or 0xD9 (second
/// half) with this continuation byte is a proclitic letter: ب (D8 A8),
/// ف ك ل (D9 81, 83, 84), و (D9 88).
const PROCLITIC: [bool; 128] = {
    let mut t = [false; 128];
    t[0x28] = true;
    t[64 + 0x01] = true;
    t[64 + 0x03] = true;
    t[64 + 0x04] = true;
    t[64 + 0x08] = true;
    t
};

/// What [`Lexicon::accept`] asks of each pattern, apart from the patterns
/// (whose strings and entry lists, and the entries' kinds, a lookup drew
/// through the cache at every match).
#[derive(Debug, Clone, Default)]
pub(super) struct Rules {
    /// Per pattern, its rule: most patterns have one entry, held in it.
    patterns: Box<[Rule]>,
    /// `(entry, prefixes)` of the entries of each pattern that has more
    /// than one, in order.
    allows: Box<[(u32, Prefixes)]>,
}

/// A pattern's [`Rules`] in eight bytes: one cache line less to draw at a
/// match than a pattern's range and its entries apart.
#[derive(Debug, Clone, Copy)]
struct Rule {
    /// The entry, when `count` is 1; else where its entries start in
    /// `Rules::allows`.
    first: u32,
    /// How many entries.
    count: u16,
    /// Whether the pattern may glue to the next word.
    glue: bool,
    /// The entry's prefixes, when `count` is 1.
    prefixes: Prefixes,
}

/// Which proclitic prefixes an entry of a pattern takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefixes {
    /// The «لل» form of an «ال» entry: لل، ولل، فلل.
    Lam,
    /// A Latin form: a name's prefixes of at most two letters, or none.
    Latin,
    /// A verb's: none, و, ف.
    Verb,
    /// A name's.
    Name,
}

impl Prefixes {
    /// Whether these take `prefix`, given its [`prefix_lists`].
    #[inline(always)]
    fn allow(self, prefix: &str, (in_lam, in_name, in_verb): (bool, bool, bool)) -> bool {
        match self {
            Prefixes::Lam => in_lam,
            Prefixes::Latin => {
                // «لـCNN»: Arabic proclitics may stand before a Latin name.
                if prefix.chars().all(|c| PROCLITICS.contains(&c)) && prefix.chars().count() <= 2 {
                    in_name
                } else {
                    prefix.is_empty()
                }
            }
            Prefixes::Verb => in_verb,
            Prefixes::Name => in_name,
        }
    }
}

impl Rules {
    /// The rules of `patterns` of `entries`.
    pub(super) fn build(patterns: &[super::Pattern], entries: &[super::Entry]) -> Rules {
        let mut allows = Vec::new();
        let patterns = patterns
            .iter()
            .map(|p| {
                let mut rules = p.entries.iter().map(|&(entry, lam_only)| {
                    let kind = &entries[entry as usize].kind;
                    let prefixes = if lam_only {
                        Prefixes::Lam
                    } else if p.latin {
                        Prefixes::Latin
                    } else if matches!(kind, EntryKind::Cue(CueClass::Verb | CueClass::Participle | CueClass::AccordingTo)) {
                        Prefixes::Verb
                    } else {
                        Prefixes::Name
                    };
                    (entry, prefixes)
                });
                let count = u16::try_from(p.entries.len()).unwrap_or(u16::MAX);
                match p.entries.len() {
                    1 => {
                        let (entry, prefixes) = rules.next().unwrap_or((0, Prefixes::Name));
                        Rule { first: entry, count, glue: p.glue, prefixes }
                    }
                    _ => {
                        let first = allows.len() as u32;
                        allows.extend(rules.take(usize::from(count)));
                        Rule { first, count, glue: p.glue, prefixes: Prefixes::Name }
                    }
                }
            })
            .collect();
        Rules { patterns, allows: allows.into() }
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

/// Which proclitic prefixes `prefix` is: one of those an entry's «لل» form
/// takes (لل، ولل، فلل), a name's («»، و ف ب ل ك، and و or ف before ب ل ك),
/// a verb's («»، و، ف). Matched on its characters, once per mention: lists
/// searched per entry compared strings by calls.
fn prefix_lists(prefix: &str) -> (bool, bool, bool) {
    let mut cs = prefix.chars();
    let (a, b, c, d) = (cs.next(), cs.next(), cs.next(), cs.next());
    let conj = matches!(a, Some('و' | 'ف'));
    match (a, b, c, d) {
        (None, ..) => (false, true, true),
        (Some(x), None, ..) => (false, matches!(x, 'و' | 'ف' | 'ب' | 'ل' | 'ك'), conj),
        (Some(x), Some(y), None, _) => (x == 'ل' && y == 'ل', conj && matches!(y, 'ب' | 'ل' | 'ك'), false),
        (Some(_), Some('ل'), Some('ل'), None) => (conj, false, false),
        _ => (false, false, false),
    }
}
/// A place where a form may start, gathered by [`Lexicon::find_in`]: byte
/// `s`, and when it starts a word, the word's key as the screen read it
/// (`head`, `tail`, and its length in `len`), or when the word is too long
/// for a key, its end in `head` (`len` zero); `back` bytes before `s` start
/// the word holding it. Four stores, and no key read again for the
/// candidates that pass the screen.
#[derive(Debug, Clone, Copy, Default)]
struct Candidate {
    s: usize,
    head: u64,
    tail: u64,
    len: u32,
    back: u16,
    kind: u16,
}

impl Candidate {
    /// [`Candidate::kind`] of a place that starts no word (punctuation).
    const PUNCT: u16 = 0;
    /// Of a word with a key.
    const KEY: u16 = 1;
    /// Of a word too long for one.
    const LONG: u16 = 2;

    /// What `Forms::matches_at` takes as its word, and where the word holding
    /// `s` starts, when known.
    #[inline(always)]
    fn word(&self) -> (Option<(usize, Option<WordKey>)>, Option<usize>) {
        let word_start = self.s - usize::from(self.back);
        match self.kind {
            Candidate::KEY => (Some((self.s + self.len as usize, Some(WordKey(self.head, self.tail, self.len)))), Some(word_start)),
            Candidate::LONG => (Some((self.head as usize, None)), Some(word_start)),
            _ => (None, None),
        }
    }
}

/// Candidates gathered before they are tried.
const BLOCK: usize = 64;
/// The most candidates one token gives: a place after each proclitic.
const MAX_PER_TOKEN: usize = MAX_PREFIX_CHARS + 1;

/// The letters of every prefix above, and their longest length in chars.
const PROCLITICS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];
const MAX_PREFIX_CHARS: usize = 3;

use crate::normalize::is_word_char;
use crate::segment::{TokKind, Token};

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
        self.find_in(text, &crate::segment::tokenize(text))
    }

    /// [`Lexicon::find`] over text already split into `tokens` (by
    /// [`crate::segment::tokenize`]): only the first characters of each
    /// token are candidate starts, so most of the text is never visited.
    ///
    /// In two steps, a block of tokens at a time: the places where a form
    /// may start (the screen passes their word) are gathered without a
    /// branch on the screen's answer, which it mispredicted, then tried in
    /// order.
    pub fn find_in(&self, text: &str, tokens: &[Token]) -> Vec<Mention> {
        let bytes = text.as_bytes();
        // About one token in twelve starts a mention: one allocation, not a
        // few as the list grows.
        let mut out = Vec::with_capacity(tokens.len() / 8);
        let mut pos = 0;
        let mut here = Vec::new();
        let mut block = [Candidate::default(); BLOCK];
        let mut n = 0;
        // The word characters just before the token (when it is glued to a
        // word): how many, and whether all are proclitic letters.
        let (mut run, mut clitics) = (0usize, true);
        let mut prev_end = usize::MAX;
        // The first «.» or «,» at or after `mark_from`, a word's start.
        let (mut mark, mut mark_from) = (0, usize::MAX);
        for tok in tokens {
            if tok.start != prev_end {
                (run, clitics) = (0, true);
            }
            prev_end = tok.end;
            if !matches!(tok.kind, TokKind::Word) {
                if self.punct_starts && run <= MAX_PREFIX_CHARS && clitics && bytes.get(tok.start).is_some_and(|&b| self.ac.may_start_with(b)) {
                    block[n % BLOCK] = Candidate { s: tok.start, kind: Candidate::PUNCT, ..Candidate::default() };
                    n += 1;
                }
                (run, clitics) = (0, true);
            } else {
                // A number's inner «.» or «,» ends a word for the matcher, so a
                // token holding one is walked in full; any other word, only as
                // long as it may still be proclitics, on its bytes.
                if mark < tok.start || tok.start < mark_from {
                    mark = memchr::memchr2(b'.', b',', &bytes[tok.start..]).map_or(bytes.len(), |k| tok.start + k);
                    mark_from = tok.start;
                }
                if mark < tok.end {
                    self.try_all(text, &block[..n], &mut here, &mut pos, &mut out);
                    n = 0;
                    (run, clitics) = self.whole_word(text, tok, (run, clitics), &mut pos, &mut here, &mut out);
                } else {
                    // No word character stands before a token of words.
                    let mut s = tok.start;
                    while run <= MAX_PREFIX_CHARS && clitics && s < tok.end {
                        // Most words start no form: the screen says so at once.
                        let key = WordKey::of(bytes, s, tok.end);
                        // At most three proclitics before `s` in the token.
                        let back = (s - tok.start) as u16;
                        block[n % BLOCK] = match key {
                            Some(k) => Candidate { s, head: k.0, tail: k.1, len: k.2, back, kind: Candidate::KEY },
                            None => Candidate { s, head: tok.end as u64, tail: 0, len: 0, back, kind: Candidate::LONG },
                        };
                        n += usize::from(key.is_none_or(|k| self.ac.may_start(k)));
                        // The first character, from the key's first bytes when there is one.
                        let (len, proclitic) = match key {
                            Some(k) => char_of(k.0 as u8, (k.0 >> 8) as u8),
                            None => char_at(bytes, s),
                        };
                        run += 1;
                        clitics &= proclitic;
                        s += len;
                    }
                    if s < tok.end {
                        // The rest of the word, unread, holds no proclitic run.
                        run = MAX_PREFIX_CHARS + 1;
                    }
                }
            }
            if n > BLOCK - MAX_PER_TOKEN {
                self.try_all(text, &block[..n], &mut here, &mut pos, &mut out);
                n = 0;
            }
        }
        self.try_all(text, &block[..n], &mut here, &mut pos, &mut out);
        out
    }

    /// The candidates of [`Lexicon::find_in`], in order: those not inside
    /// a mention found are tried.
    fn try_all(&self, text: &str, block: &[Candidate], here: &mut Vec<(usize, usize)>, pos: &mut usize, out: &mut Vec<Mention>) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("popcnt") {
            // SAFETY: the processor has POPCNT.
            return unsafe { self.try_all_popcnt(text, block, here, pos, out) };
        }
        self.try_all_with(text, block, here, pos, out);
    }

    /// [`Lexicon::try_all`] with the screen's ranks counted by one
    /// instruction (the baseline x86-64 has none: seventeen).
    ///
    /// # Safety
    /// The processor must have POPCNT.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "popcnt")]
    unsafe fn try_all_popcnt(&self, text: &str, block: &[Candidate], here: &mut Vec<(usize, usize)>, pos: &mut usize, out: &mut Vec<Mention>) {
        self.try_all_with(text, block, here, pos, out);
    }

    /// [`Lexicon::try_all`], inlined into each of its versions.
    #[inline(always)]
    fn try_all_with(&self, text: &str, block: &[Candidate], here: &mut Vec<(usize, usize)>, pos: &mut usize, out: &mut Vec<Mention>) {
        for c in block {
            if c.s >= *pos {
                let (word, word_start) = c.word();
                self.try_at(text, c.s, word, word_start, here, pos, out);
            }
        }
    }

    /// A word token holding a «.» or a «,» (a number's inner mark), walked
    /// character by character, each mark ending a word for the matcher (once
    /// the candidates gathered before it are tried): `run` and `clitics`
    /// as [`Lexicon::find_in`] keeps them, before the token and after it
    /// (passed by value: by reference, that loop kept them in memory).
    #[cold]
    #[inline(never)]
    fn whole_word(&self, text: &str, tok: &Token, (mut run, mut clitics): (usize, bool), pos: &mut usize, here: &mut Vec<(usize, usize)>, out: &mut Vec<Mention>) -> (usize, bool) {
        let bytes = text.as_bytes();
        for (i, c) in text[tok.start..tok.end].char_indices() {
            let s = tok.start + i;
            if run <= MAX_PREFIX_CHARS && clitics && s >= *pos {
                let end = text[s..tok.end].find(|c: char| !is_word_char(c)).map_or(tok.end, |k| s + k);
                let key = WordKey::of(bytes, s, end);
                if key.is_none_or(|k| self.ac.may_start(k)) {
                    self.try_at(text, s, Some((end, key)), None, here, pos, out);
                }
            }
            if is_word_char(c) {
                run += 1;
                clitics &= PROCLITICS.contains(&c);
            } else {
                (run, clitics) = (0, true);
            }
        }
        (run, clitics)
    }

    /// The mention starting at byte `s`, if any: the longest form that stands
    /// on word boundaries, else a shorter one from the same place («بحجة»
    /// when «بحجة أن» runs into «أنه»).
    /// `word` as for `Forms::matches_at`; `word_start` is where the word
    /// holding `s` starts, when known.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn try_at(
        &self,
        text: &str,
        s: usize,
        word: Option<(usize, Option<WordKey>)>,
        word_start: Option<usize>,
        here: &mut Vec<(usize, usize)>,
        pos: &mut usize,
        out: &mut Vec<Mention>,
    ) {
        self.ac.matches_at(text, s, word, here);
        if !here.is_empty() {
            self.take(text, s, word_start, here, pos, out);
        }
    }

    /// The mention of [`Lexicon::try_at`] among the forms `here` found.
    #[inline(never)]
    fn take(&self, text: &str, s: usize, word_start: Option<usize>, here: &[(usize, usize)], pos: &mut usize, out: &mut Vec<Mention>) {
        let word_start = word_start.unwrap_or_else(|| {
            text[..s].char_indices().rev().take_while(|&(_, c)| is_word_char(c)).last().map_or(s, |(i, _)| i)
        });
        if let Some(mention) = here.iter().rev().find_map(|&(end, pattern)| self.accept(text, word_start, s, end, pattern)) {
            *pos = mention.end;
            out.push(mention);
        }
    }

    /// The mention of `pattern` from `start` to `end`, if it stands on word
    /// boundaries and one of its entries takes the proclitics from
    /// `word_start` to `start`.
    #[inline]
    fn accept(&self, text: &str, word_start: usize, start: usize, end: usize, pattern: usize) -> Option<Mention> {
        let rule = *self.rules.patterns.get(pattern)?;
        if !rule.glue && text.get(end..).and_then(|t| t.chars().next()).is_some_and(is_word_char) {
            return None;
        }
        let prefix = text.get(word_start..start).unwrap_or_default();
        let lists = prefix_lists(prefix);
        let entry = if rule.count == 1 {
            rule.prefixes.allow(prefix, lists).then_some(rule.first)?
        } else {
            let allows = self.rules.allows.get(rule.first as usize..)?.get(..usize::from(rule.count))?;
            allows.iter().find(|&&(_, prefixes)| prefixes.allow(prefix, lists))?.0
        };
        Some(Mention { start, end, word_start, entry })
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
    fn byte_helpers_agree_with_chars() {
        // Proclitic letters, from the table, against the characters.
        for c in ('\u{0600}'..='\u{06FF}').chain(['a', 'é', '€', '😀']) {
            let mut b = [0; 8];
            let n = c.encode_utf8(&mut b).len();
            assert_eq!(super::char_at(&b, 0), (n, "وفبلك".contains(c)), "{c:?}");
        }
        // A word's key is the same read alone or from inside a text, and
        // two words of up to 16 bytes have the same key only when equal.
        let text = "وفقا لوكالة رويترز قال في من ان a ab abcdefgh abcdefghi 0123456789abcdef 0123456789abcdefg";
        let words: Vec<(usize, usize)> = crate::segment::tokenize(text).iter().map(|t| (t.start, t.end)).collect();
        for &(s, e) in &words {
            let w = &text.as_bytes()[s..e];
            assert_eq!(super::WordKey::of(text.as_bytes(), s, e), super::WordKey::of(w, 0, w.len()), "{}", &text[s..e]);
            assert_eq!(super::WordKey::of(w, 0, w.len()).is_some(), w.len() <= 16);
            for &(s2, e2) in &words {
                let same = text.as_bytes()[s..e] == text.as_bytes()[s2..e2];
                let keys = super::WordKey::of(text.as_bytes(), s, e).zip(super::WordKey::of(text.as_bytes(), s2, e2));
                assert!(keys.is_none_or(|(a, b)| (a == b) == same), "{} {}", &text[s..e], &text[s2..e2]);
            }
        }
        // The proclitic prefixes, as the lists they stand for.
        const NAME: &[&str] = &["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
        const VERB: &[&str] = &["", "و", "ف"];
        const LAM: &[&str] = &["لل", "ولل", "فلل"];
        let letters = ["", "و", "ف", "ب", "ل", "ك", "ا", "ال", "a"];
        for x in letters {
            for y in letters {
                for z in letters {
                    let p = format!("{x}{y}{z}");
                    assert_eq!(super::prefix_lists(&p), (LAM.contains(&p.as_str()), NAME.contains(&p.as_str()), VERB.contains(&p.as_str())), "{p:?}");
                }
            }
        }
    }

    #[test]
    fn rank_counts_the_bits_before() {
        let mut screen = Box::new([0u64; super::SCREEN_WORDS]);
        let bits = [0, 1, 63, 64, 130, 4095, (1 << super::SCREEN_BITS) - 1];
        for b in bits {
            screen[b / 64] |= 1 << (b % 64);
        }
        let (ranks, _) = super::ranks_of(&screen);
        for (i, b) in bits.into_iter().enumerate() {
            assert_eq!(super::rank(&screen, &ranks, b), Some(i), "{b}");
        }
        for b in [2, 62, 65, 129, 131, 4094, 4096, (1 << super::SCREEN_BITS) - 2] {
            assert_eq!(super::rank(&screen, &ranks, b), None, "{b}");
        }
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
