//! Names met earlier in the article: learned from its sayers, looked up
//! again at every word that may start one.

use super::names::{is_long_plural, looks_prepositional};
use super::Doc;
use crate::lexicon::{CueClass, EntryKind, Role, SourceType};
use crate::record::Found;

/// Known persons of one article, by first and last word.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// How many words each name has.
    lens: Vec<usize>,
    /// Each name as first written in the article (what rows report).
    display: Vec<String>,
    /// Names by their words joined with spaces (words hold no white space):
    /// a lookup extends one string instead of building a vector of them.
    ids: rustc_hash::FxHashMap<String, usize>,
    /// The first name learned with each first or last word.
    by_word: rustc_hash::FxHashMap<String, usize>,
    /// The first name of three words or more learned with each pair of
    /// first words: «عبد الخالق» stands for «عبد الخالق فاروق», where
    /// «عبد» alone stands for no one.
    heads: rustc_hash::FxHashMap<String, usize>,
    /// Words in the longest name.
    longest: usize,
    /// First and last words too short to be keys.
    short: rustc_hash::FxHashSet<String>,
    /// A screen over the keys of `by_word`: one bit per key, chosen by a
    /// cheap hash (see `screen_bit`). Most words of an article are no key,
    /// and the screen answers them without the keyed hash of the map (which
    /// stays, as the keys come from the article).
    screen: [u64; SCREEN_WORDS],
    /// A screen over the keys' last three bytes, which a word shares with
    /// every form of it less its proclitics (a key has three letters at
    /// least): one test rules out all of them. Two bytes were one Arabic
    /// letter, which most words shared with some key.
    tails: [u64; SCREEN_WORDS],
    /// The keys' last bytes, one bit each: a test cheaper than `tails`'s
    /// hash, which rules out the words ending in a letter no key ends in.
    last_bytes: [u64; 4],
}

/// Size of `Memory::screen` in 64-bit words (1,024 bits).
pub(super) const SCREEN_WORDS: usize = 16;

/// The bit of `Memory::tails` for a word: a hash of its last three bytes
/// (`None` for a shorter word, which holds no key).
pub(super) fn tail_bit(w: &[u8]) -> Option<usize> {
    let [.., x, y, z] = w else { return None };
    Some(tail_hash(*x, *y, *z))
}

/// The bit of `Memory::tails` for a word ending in bytes `x`, `y`, `z`.
#[inline]
fn tail_hash(x: u8, y: u8, z: u8) -> usize {
    let tail = u32::from(x) << 16 | u32::from(y) << 8 | u32::from(z);
    (tail.wrapping_mul(0x9E37_79B1) >> 22) as usize % (SCREEN_WORDS * 64)
}

/// The bit of `Memory::screen` for a word: a multiplicative hash of its
/// length and first and last two bytes.
pub(super) fn screen_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (head, tail) = (b.iter().take(2), b.iter().rev().take(2));
    let mix = head.chain(tail).fold(b.len() as u32, |h, &x| h.rotate_left(8) ^ u32::from(x));
    (mix.wrapping_mul(0x9E37_79B1) >> 22) as usize % (SCREEN_WORDS * 64)
}

/// The words of a name in the folded text: white space, «_» and «#» part
/// them («دونالد #ترمب»، «#باميلا_الكك»).
fn name_words(folded: &str) -> NameWords<'_> {
    NameWords(folded)
}

/// The iterator of [`name_words`]: the text left to part.
///
/// `str::split` with a `char` predicate decoded every letter of a name; a
/// parting mark is ASCII («_», «#», white space) or starts with one of the
/// bytes C2, E1, E2, E3 (the other white space), so only those are decoded.
struct NameWords<'a>(&'a str);

impl<'a> Iterator for NameWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            let s = self.0;
            if s.is_empty() {
                return None;
            }
            let bytes = s.as_bytes();
            let mut i = 0;
            // The byte length of the parting mark at `i`, if one is there.
            let mut sep = 0;
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii() {
                    if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' | b'_' | b'#') {
                        sep = 1;
                        break;
                    }
                } else if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
                    // A lead byte, so a character starts here.
                    if let Some(c) = s.get(i..).and_then(|r| r.chars().next()).filter(|c| c.is_whitespace()) {
                        sep = c.len_utf8();
                        break;
                    }
                }
                i += 1;
            }
            let word = &s[..i];
            self.0 = &s[i + sep..];
            if !word.is_empty() {
                return Some(word);
            }
        }
    }
}

impl Memory {
    /// Learns the name written `folded` in the folded text, shown as
    /// `display` makes it (called only for a name not known yet).
    pub fn add(&mut self, folded: &str, display: impl FnOnce() -> String) {
        let mut words = name_words(folded);
        let Some(first) = words.next() else { return };
        let mut key = String::with_capacity(folded.len());
        key.push_str(first);
        let (mut last, mut n) = (first, 1);
        let mut head = 0;
        for w in words {
            key.push(' ');
            key.push_str(w);
            (last, n) = (w, n + 1);
            if n == 2 {
                head = key.len();
            }
        }
        let id = self.lens.len();
        let head = (n >= 3).then(|| key[..head].to_owned());
        // One lookup, that inserts too.
        match self.ids.entry(key) {
            std::collections::hash_map::Entry::Occupied(_) => return,
            std::collections::hash_map::Entry::Vacant(v) => v.insert(id),
        };
        if let Some(head) = head {
            self.heads.entry(head).or_insert(id);
        }
        self.display.push(display());
        self.longest = self.longest.max(n);
        self.lens.push(n);
        for k in [first, last] {
            if !at_least_three_chars(k) {
                self.short.insert(k.to_owned());
            } else {
                let bit = screen_bit(k);
                self.screen[bit / 64] |= 1 << (bit % 64);
                // A key has three letters, so three bytes at least.
                if let Some(tail) = tail_bit(k.as_bytes()) {
                    self.tails[tail / 64] |= 1 << (tail % 64);
                }
                if let Some(&z) = k.as_bytes().last() {
                    self.last_bytes[usize::from(z >> 6)] |= 1 << (z & 63);
                }
                if !self.by_word.contains_key(k) {
                    self.by_word.insert(k.to_owned(), id);
                }
            }
        }
    }
}

impl Memory {
    /// Forgets every name, keeping the room of the tables (for the next
    /// article on the thread).
    pub(super) fn clear(&mut self) {
        if self.lens.is_empty() {
            return;
        }
        self.lens.clear();
        self.display.clear();
        self.ids.clear();
        self.by_word.clear();
        self.heads.clear();
        self.short.clear();
        self.longest = 0;
        self.screen = [0; SCREEN_WORDS];
        self.tails = [0; SCREEN_WORDS];
        self.last_bytes = [0; 4];
    }

    /// Room for `n` more names.
    fn reserve(&mut self, n: usize) {
        self.lens.reserve(n);
        self.display.reserve(n);
        self.ids.reserve(n);
        self.by_word.reserve(2 * n);
    }

    /// How the article writes the learned name whose folded words, joined
    /// by spaces, are `words`.
    pub(super) fn display_of(&self, words: &str) -> Option<&str> {
        self.ids.get(words).map(|&id| self.display[id].as_str())
    }

    /// Whether no name with a first or last word of three letters or more
    /// was learned (so [`Memory::may_hold`] is false for every word).
    pub(super) fn is_empty(&self) -> bool {
        self.by_word.is_empty()
    }

    /// Whether word `w`, with or without proclitics, may be a key: false
    /// for most words, from the screen of the keys' last three bytes.
    #[inline]
    pub(super) fn may_hold(&self, w: &[u8]) -> bool {
        // Not the last byte first: most words asked passed `may_end`.
        tail_bit(w).is_some_and(|tail| self.tails[tail / 64] & (1 << (tail % 64)) != 0)
    }

    /// Whether a word ending in bytes `x`, `y`, `z` may be a key, with or
    /// without proclitics: its last byte first, then its last three.
    #[inline]
    fn ends_like_key(&self, x: u8, y: u8, z: u8) -> bool {
        if self.last_bytes[usize::from(z >> 6)] & (1 << (z & 63)) == 0 {
            return false;
        }
        let tail = tail_hash(x, y, z);
        self.tails[tail / 64] & (1 << (tail % 64)) != 0
    }

    /// [`Memory::may_hold`] for the word `text[start..end]` (false where
    /// that is out of bounds), read off its last three bytes, the last one
    /// first: the scan's screen of every word of the sentences read.
    #[inline]
    pub(super) fn may_end(&self, text: &[u8], start: usize, end: usize) -> bool {
        if end < start.saturating_add(3) {
            return false;
        }
        let Some(&[x, y, z]) = text.get(end - 3..end) else { return false };
        self.ends_like_key(x, y, z)
    }

    /// Whether a learned name has `w`, a word too short to be a key
    /// («لي»), as its first or last word.
    pub(super) fn names_word(&self, w: &str) -> bool {
        self.short.contains(w)
    }

    /// Whether a name was learned with `w` as its first or last word.
    pub(super) fn knows(&self, w: &str) -> bool {
        self.first_with(w).is_some()
    }

    /// The first name learned with `w` as its first or last word.
    fn first_with(&self, w: &str) -> Option<usize> {
        let bit = screen_bit(w);
        if self.screen[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.by_word.get(w).copied()
    }
}

/// `w` less each of the proclitics «» «و» «ف» «ل» «ب» «ول» «وب» «فل» it
/// starts with, in that order, keeping what has at least two letters left.
///
/// At most one prefix of each length fits a word, so they are read off its
/// first two letters: trying the eight prefixes one by one (a `memcmp` each)
/// and counting every rest's letters was a tenth of the analysis.
pub(super) fn strip_proclitics(w: &str) -> impl Iterator<Item = &str> {
    let mut letters = w.chars();
    let first = letters.next();
    let one = first.filter(|c| matches!(c, 'و' | 'ف' | 'ل' | 'ب')).map(|_| letters.as_str());
    let two = one.and_then(|rest| {
        let mut letters = rest.chars();
        match (first, letters.next()) {
            (Some('و'), Some('ل' | 'ب')) | (Some('ف'), Some('ل')) => Some(letters.as_str()),
            _ => None,
        }
    });
    [Some(w), one, two].into_iter().flatten().filter(|r| at_least_two_chars(r))
}

/// `r.chars().count() >= 3`, without counting past the third.
fn at_least_three_chars(r: &str) -> bool {
    let mut letters = r.chars();
    letters.next().is_some() && letters.next().is_some() && letters.next().is_some()
}

/// Whether [`name_words`] of `s` joined by one space is `s` itself: no
/// «_» or white space but single spaces between words. White space
/// other than ASCII starts with byte C2, E1, E2 or E3.
fn parted_by_spaces(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0] != b' '
        && b[b.len() - 1] != b' '
        && !b.windows(2).any(|w| w == b"  ")
        && !b.iter().any(|&x| matches!(x, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'_' | b'#' | 0xC2 | 0xE1 | 0xE2 | 0xE3))
}

/// `r.chars().count() >= 2`, without counting past the second.
pub(super) fn at_least_two_chars(r: &str) -> bool {
    let mut letters = r.chars();
    letters.next().is_some() && letters.next().is_some()
}
impl Doc<'_> {

    /// A person known from earlier in the article, at `t`: the token after
    /// the name and how the article first wrote it.
    #[inline]
    pub(super) fn memory_at(&self, t: usize, lim: usize) -> Option<(usize, &str)> {
        let w = self.word(t);
        if !self.memory.may_hold(w.as_bytes()) {
            return None;
        }
        self.memory_at_word(t, lim, w)
    }

    /// Whether the word at `t`, less some proclitics, is a learned name's
    /// first or last word: where [`Doc::memory_at`] may find a name (the
    /// screen `may_end` passes many other words).
    pub(super) fn names_stem_of(&self, t: usize) -> bool {
        strip_proclitics(self.word(t)).any(|stem| self.memory.first_with(stem).is_some())
    }

    /// [`Doc::memory_at`] for a word `w` at `t` that may be a key.
    #[inline(never)]
    fn memory_at_word<'s>(&'s self, t: usize, lim: usize, w: &str) -> Option<(usize, &'s str)> {
        for stem in strip_proclitics(w) {
            let Some(first_id) = self.memory.first_with(stem) else { continue };
            // The preposition «على» folds to the name «علي».
            if stem == "علي" && !self.is_name_ali(t) {
                continue;
            }
            // A full name written here, the first learned if several fit;
            // looked up by its words (scanning every name sharing this word
            // was quadratic in an article of many such names). The words
            // joined by spaces are where they stand in the folded text while
            // one space parts them; only else are they copied out.
            let text = &self.norm.text;
            let from = self.seg.tokens[t].end - stem.len();
            let mut words = String::new();
            let mut copied = false;
            let mut best: Option<usize> = None;
            for k in 1..self.memory.longest {
                if t + k >= lim || !self.is_word(t + k) {
                    break;
                }
                let (gap, tok) = (self.seg.tokens[t + k - 1].end, self.seg.tokens[t + k]);
                if !copied && &text[gap..tok.start] != " " {
                    copied = true;
                    words.push_str(&text[from..gap]);
                }
                let key = if copied {
                    words.push(' ');
                    words.push_str(&text[tok.start..tok.end]);
                    words.as_str()
                } else {
                    &text[from..tok.end]
                };
                if let Some(&id) = self.memory.ids.get(key) {
                    best = Some(best.map_or(id, |b| b.min(id)));
                }
            }
            if let Some(id) = best {
                return Some((t + self.memory.lens[id], self.memory.display[id].as_str()));
            }
            // «عبد» or «أبو» alone is no name: only a whole learned name
            // written here is one («عبد السلام» is not «عبد الرحمن»), or
            // its first two words («عبد الخالق» for «عبد الخالق فاروق»).
            // But «أبي» folds with «آبي», a name of its own (Abe, Abiy).
            if stem != "ابي" && self.roles_at(t).has(Role::BoundLink) {
                if t + 1 < lim && self.is_word(t + 1) {
                    let head = format!("{stem} {}", self.word(t + 1));
                    if let Some(&id) = self.memory.heads.get(&head) {
                        return Some((t + 2, self.memory.display[id].as_str()));
                    }
                }
                continue;
            }
            return Some((t + 1, self.memory.display[first_id].as_str()));
        }
        None
    }

    /// Learns the persons an article introduces: title + name, and unknown
    /// names set off by a reporting verb and a complementizer.
    pub fn learn_names(&mut self) {
        // The spans learned, in a buffer kept from article to article.
        let mut learned = std::mem::take(&mut self.bufs.learned);
        learned.clear();
        let mut titled = std::mem::take(&mut self.titled);
        titled.clear();
        // Only the tokens a mention starts in, in order, each in its sentence.
        let mut sentences = self.seg.sentences.iter().peekable();
        for &t in &self.mention_toks {
            let t = t as usize;
            while sentences.next_if(|s| s.toks.end <= t).is_some() {}
            let Some(s) = sentences.peek() else { break };
            if t < s.toks.start {
                continue;
            }
            let lim = s.toks.end;
            {
                let Some(m) = self.mention_in(t).copied() else { continue };
                match self.lex.entry(m.entry).kind {
                    EntryKind::Title => {
                        let p = if self.hashtag_at(t, lim).is_some() {
                            match self.hashtag_party(t, lim, true).flatten() {
                                Some(p) => p,
                                None => continue,
                            }
                        } else {
                            if let Some(r) = self.name_after_title(t, &m, lim) {
                                // Written after the title: the title may stand for it later.
                                if r.start > m.end {
                                    // The name's first token, a few after the title's.
                                    let a = (t..lim).find(|&k| self.seg.tokens[k].end > r.start).unwrap_or(t);
                                    titled.push(super::names::Titled { title: t as u32, name_tok: a as u32, name: r.clone(), sure: Default::default() });
                                }
                                learned.push(r);
                            }
                            continue;
                        };
                        // A name after the title, or one opening with it («سلطان بن سحيم», no subtype).
                        if p.found == Found::Title && (p.written.start > m.start || p.subtype.is_empty()) {
                            learned.push(p.written.clone());
                        }
                    }
                    // «المدرب يواكيم لوف»: a person's anaphor with a name after
                    // it introduces that person as a title does (read so by
                    // `read_party_at`), and the name alone may follow later.
                    EntryKind::Anaphor(ref a) if a.stype == Some(SourceType::Person) && self.hashtag_at(t, lim).is_none() => {
                        // Most such words are followed by no name: a word
                        // that may open one, after the adjectives and a comma.
                        let after = self.absorb_adjectives(self.tok_after(m.end), lim, true, 2);
                        let first = if after < lim && self.is_punct(after, "،,") { after + 1 } else { after };
                        if first >= lim || !self.is_word(first) || self.is_complementizer(first) || self.cue_in(first).is_some() {
                            continue;
                        }
                        let mut p = self.read_after_title::<true>(t, &m, lim);
                        // Read to learn, its tokens end at the title's: the name's end.
                        p.toks.end = self.tok_after(p.written.end);
                        // Unlike a title, such a word is mostly a common noun
                        // («منح سيميوني اللاعب توريس فرصة»): the name is learned
                        // only where something closes it (a mark, the end of
                        // the sentence, a complementizer or a cue).
                        let e = p.toks.end;
                        let closed = e >= lim || !self.is_word(e) || self.is_complementizer(e) || self.cue_in(e).is_some();
                        if closed && p.found == Found::Title && p.written.start > m.end && self.names_after_anaphor(&m, &p) {
                            learned.push(p.written);
                        }
                    }
                    // «تظهر ملامحه»: a verb that reports only with a report as its subject names no one.
                    // «على ذمة قضية»: a cue whose source must be read as a party teaches no name.
                    EntryKind::Cue(CueClass::Verb | CueClass::AccordingTo)
                        if !self.lex.entry(m.entry).report_only
                            && !self.lex.entry(m.entry).party_only
                            && !self.lex.entry(m.entry).navigation
                            && (!self.lex.entry(m.entry).passive || !self.passive_form(&m)) =>
                    {
                        let mut j = self.tok_after(m.end);
                        while j < lim && self.is_word(j) && self.roles_at(j).has(Role::Filler) {
                            j += 1;
                        }
                        // «حسبما جاء في …»، «بحسب ما ورد»: the word after the
                        // relative «ما» is its clause's verb, not a name.
                        let relative = self.cue_in(t) == Some(CueClass::AccordingTo) && self.norm.text[..m.end].ends_with("ما");
                        if j >= lim || self.mention_in(j).is_some() || relative {
                            continue;
                        }
                        // «قالت #باميلا_الكك إن»: a hashtag name set off like any other.
                        if let Some(Some(p)) = self.hashtag_party(j, lim, true) {
                            if p.found == Found::Name && self.unknown_sayer_bounded(p.toks.end, lim) {
                                learned.push(p.written.clone());
                            }
                            continue;
                        }
                        if let Some(end) = self.name_chunk(j, lim) {
                            let second = (end > j + 1).then(|| self.word(j + 1));
                            // «ونفت هايلي الشائعات»: a name and the verb's object
                            // may be read as one name; such a name is not learned,
                            // and once «هايلي» is, its sentence reads her alone.
                            let object_after = end == j + 2 && second.is_some_and(is_long_plural);
                            if self.unknown_sayer_bounded(end, lim) && !looks_prepositional(self.word(j), second) && !object_after {
                                learned.push(self.seg.tokens[j].start..self.seg.tokens[end - 1].end);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        self.memory.reserve(learned.len());
        for r in learned.drain(..) {
            // The name as written, its words parted by one space.
            let display = || {
                let span = self.norm.original_span(self.text, r.clone());
                let written = crate::normalize::visible(&self.text[span]);
                // Most names are written as shown: words parted by one space.
                if parted_by_spaces(&written) {
                    return written;
                }
                let mut out = String::with_capacity(written.len());
                for w in name_words(&written) {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
                out
            };
            self.memory.add(&self.norm.text[r.clone()], display);
        }
        self.bufs.learned = learned;
        self.titled = titled;
        // The memory is complete: the tokens a scan must look at are known.
        self.may_start = self.party_candidates();
    }
}

#[cfg(test)]
mod tests {
    use super::strip_proclitics;

    /// The prefixes tried one by one, as `strip_proclitics` did before it
    /// read them off the first two letters.
    fn reference(w: &str) -> Vec<&str> {
        ["", "و", "ف", "ل", "ب", "ول", "وب", "فل"]
            .into_iter()
            .filter_map(|p| w.strip_prefix(p))
            .filter(|r| r.chars().count() >= 2)
            .collect()
    }

    /// `name_words` parts a name as `str::split` on white space, «_» and «#» does.
    #[test]
    fn name_words_agrees_with_split() {
        let cases = [
            "",
            " ",
            "محمد بن سلمان",
            "  محمد   بن_سلمان  ",
            "جان\u{a0}إيف\tلو\nدريان",
            "a\u{2009}b\u{3000}c\u{1680}d\u{85}e\u{2028}f\u{202f}g\u{205f}h",
            "\u{b}x\u{c}y\r_z__",
            "é€→★\u{1c}\u{200b}‎",
            "_",
            "ok",
            "دونالد #ترمب",
            "#باميلا_الكك",
        ];
        for case in cases {
            let reference: Vec<&str> = case.split(|c: char| c.is_whitespace() || c == '_' || c == '#').filter(|w| !w.is_empty()).collect();
            assert_eq!(super::name_words(case).collect::<Vec<_>>(), reference, "{case:?}");
        }
    }

    /// The screens pass every key, with or without proclitics, and a word
    /// `may_end` passes `may_hold` passes too (`may_end` tests its last
    /// byte first, and may rule out more).
    #[test]
    fn screens_pass_every_key() {
        let mut memory = super::Memory::default();
        for name in ["محمد بن سلمان", "ماكرون", "لي كه تشيانغ", "Jean Dupont"] {
            memory.add(name, || name.to_owned());
        }
        for key in ["محمد", "سلمان", "ماكرون", "تشيانغ", "Jean", "Dupont"] {
            for word in [key.to_owned(), format!("و{key}"), format!("ول{key}")] {
                assert!(memory.may_hold(word.as_bytes()), "{word}");
                assert!(memory.may_end(word.as_bytes(), 0, word.len()), "{word}");
            }
        }
        for word in ["", "ab", "لي", "قال", "الرئيس", "إن", "غير", "عن", "xyz"] {
            assert!(!memory.may_end(word.as_bytes(), 0, word.len()) || memory.may_hold(word.as_bytes()), "{word}");
        }
        assert!(!memory.may_hold(b"xyz"));
        assert!(!memory.may_end(b"Dupont", 2, 4));
    }

    /// `parted_by_spaces` holds where joining `name_words` changes nothing.
    #[test]
    fn parted_by_spaces_agrees_with_name_words() {
        let cases = ["", " ", "محمد", "محمد بن سلمان", " محمد", "محمد ", "محمد  بن", "محمد_بن", "جان\u{a0}إيف", "a\tb", "a\u{3000}b", "é€", "x y z"];
        for case in cases {
            let joined = super::name_words(case).collect::<Vec<_>>().join(" ");
            if super::parted_by_spaces(case) {
                assert_eq!(joined, case, "{case:?}");
            }
        }
        assert!(super::parted_by_spaces("محمد بن سلمان"));
        assert!(!super::parted_by_spaces("محمد  بن"));
    }

    #[test]
    fn strip_proclitics_agrees_with_reference() {
        let letters = ["و", "ف", "ل", "ب", "ك", "ا", "م", "a", "1"];
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words.iter().flat_map(|w| letters.iter().map(move |l| format!("{w}{l}"))).collect();
            words.extend(longer);
        }
        for w in &words {
            assert_eq!(strip_proclitics(w).collect::<Vec<_>>(), reference(w), "{w:?}");
        }
    }
}
