//! Recognizing cited parties: lexicon names, type word + name, title + name,
//! unnamed sources, names met earlier in the article, and anaphora.

use super::Doc;
use crate::lexicon::{Anaphor, CueClass, EntryKind, Mention, Role, SourceType};
use crate::record::Found;
use crate::segment::TokKind;
use std::ops::Range;

/// A party found in the folded text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PartyRef {
    /// Tokens covered (what the rules skip over).
    pub toks: Range<usize>,
    /// Folded bytes of what counts as written (the name, or the anaphor).
    pub written: Range<usize>,
    /// Canonical name, or `None` to use the written text.
    pub canonical: Option<String>,
    pub stype: SourceType,
    pub subtype: String,
    pub found: Found,
    /// Certainty that this is the right party, 0 to 1.
    pub certainty: f32,
}

/// «لي» (to me), also a name («لي كه تشيانغ»، «جي يونج لي»): not a stop
/// word, as «ولي» (ولي العهد) would then read as one.
const TO_ME: &str = "لي";

/// Known persons of one article, by first and last word.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    names: Vec<Vec<String>>,
    /// Each name as first written in the article (what rows report).
    display: Vec<String>,
    /// Names by their words joined with spaces (words hold no white space):
    /// a lookup extends one string instead of building a vector of them.
    ids: rustc_hash::FxHashMap<String, usize>,
    by_word: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// Words in the longest name.
    longest: usize,
    /// First and last words too short to be keys.
    short: rustc_hash::FxHashSet<String>,
    /// A screen over the keys of `by_word`: one bit per key, chosen by a
    /// cheap hash (see `screen_bit`). Most words of an article are no key,
    /// and the screen answers them without the keyed hash of the map (which
    /// stays, as the keys come from the article).
    screen: [u64; SCREEN_WORDS],
    /// A screen over the keys' last two bytes, which a word shares with
    /// every form of it less its proclitics: one test rules out all of them.
    tails: [u64; SCREEN_WORDS],
}

/// Size of `Memory::screen` in 64-bit words (1,024 bits).
const SCREEN_WORDS: usize = 16;

/// The bit of `Memory::tails` for a word: a hash of its last two bytes.
fn tail_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let tail = match b {
        [.., x, y] => u32::from(*x) << 8 | u32::from(*y),
        _ => 0,
    };
    (tail.wrapping_mul(0x9E37_79B1) >> 22) as usize % (SCREEN_WORDS * 64)
}

/// The bit of `Memory::screen` for a word: a multiplicative hash of its
/// length and first and last two bytes.
fn screen_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (head, tail) = (b.iter().take(2), b.iter().rev().take(2));
    let mix = head.chain(tail).fold(b.len() as u32, |h, &x| h.rotate_left(8) ^ u32::from(x));
    (mix.wrapping_mul(0x9E37_79B1) >> 22) as usize % (SCREEN_WORDS * 64)
}

impl Memory {
    pub fn add(&mut self, words: Vec<String>, display: String) {
        let key = words.join(" ");
        if words.is_empty() || self.ids.contains_key(&key) {
            return;
        }
        let id = self.names.len();
        self.ids.insert(key, id);
        self.display.push(display);
        let keys = [words[0].clone(), words[words.len() - 1].clone()];
        self.longest = self.longest.max(words.len());
        self.names.push(words);
        for k in keys {
            if k.chars().count() < 3 {
                self.short.insert(k);
            } else {
                let bit = screen_bit(&k);
                self.screen[bit / 64] |= 1 << (bit % 64);
                let tail = tail_bit(&k);
                self.tails[tail / 64] |= 1 << (tail % 64);
                let ids = self.by_word.entry(k).or_default();
                // The id is new: only the first-word key can hold it already.
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
    }
}

impl Memory {
    /// How the article writes the learned name whose folded words, joined
    /// by spaces, are `words`.
    pub(super) fn display_of(&self, words: &str) -> Option<&str> {
        self.ids.get(words).map(|&id| self.display[id].as_str())
    }

    /// Whether a name was learned with `w` as its first or last word.
    /// Whether word `w`, with or without proclitics, may be a key: false
    /// for most words, from the screen of the keys' last two bytes.
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let tail = tail_bit(w);
        !self.by_word.is_empty() && self.tails[tail / 64] & (1 << (tail % 64)) != 0
    }

    /// Whether a learned name has `w`, a word too short to be a key
    /// («لي»), as its first or last word.
    fn names_word(&self, w: &str) -> bool {
        self.short.contains(w)
    }

    fn knows(&self, w: &str) -> bool {
        let bit = screen_bit(w);
        self.screen[bit / 64] & (1 << (bit % 64)) != 0 && self.by_word.contains_key(w)
    }
}


/// `w` less each of the proclitics «» «و» «ف» «ل» «ب» «ول» «وب» «فل» it
/// starts with, in that order, keeping what has at least two letters left.
///
/// At most one prefix of each length fits a word, so they are read off its
/// first two letters: trying the eight prefixes one by one (a `memcmp` each)
/// and counting every rest's letters was a tenth of the analysis.
fn strip_proclitics(w: &str) -> impl Iterator<Item = &str> {
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

/// `r.chars().count() >= 2`, without counting past the second.
fn at_least_two_chars(r: &str) -> bool {
    let mut letters = r.chars();
    letters.next().is_some() && letters.next().is_some()
}

/// A title's first word without its article: «الأمير القطري» → «امير».
pub(super) fn title_stem(title: &str) -> &str {
    let first = title.split(' ').next().unwrap_or(title);
    first.strip_prefix("ال").unwrap_or(first)
}

/// «للنجم»، «بالذكر»، «والاستثمار»: a proclitic and the article, never a name's start.
fn starts_with_article(w: &str) -> bool {
    ["لل", "بال", "وال", "فال", "كال"].iter().any(|p| w.starts_with(p))
}

/// «لدعم الشرعية»، «بشكل جلي»: a preposition and a noun phrase, not an
/// unknown name (a known one, «بشار الأسد», comes with a title or from memory).
pub(crate) fn looks_prepositional(first: &str, second: Option<&str>) -> bool {
    (first.starts_with('ل') || first.starts_with('ب')) && first.chars().count() >= 4 && second.is_some_and(|s| s.starts_with("ال"))
}

/// «يتحدث»، «تستعد»: a present-tense verb of the تفعّل or استفعل forms, never a name.
pub(crate) fn is_present_verb(w: &str) -> bool {
    w.chars().count() >= 5 && ["يت", "تت", "يست", "تست", "ينت"].iter().any(|p| w.starts_with(p))
}

/// Verbal nouns of the افتعال، انفعال and استفعال patterns («اعتقال»،
/// «انسحاب»، «استهداف»): events, which a title is often followed by, not names.
fn is_verbal_noun(w: &str) -> bool {
    let (c, n) = first_chars::<8>(w);
    match n {
        // «اعتقال»، «اقتحام» (افتعال) and «انسحاب» (انفعال): ا _ ت|ن _ ا _.
        6 => c[0] == 'ا' && (c[2] == 'ت' || c[1] == 'ن') && c[4] == 'ا',
        // «استهداف» (استفعال).
        7 => c[0] == 'ا' && c[1] == 'س' && c[2] == 'ت' && c[5] == 'ا',
        _ => false,
    }
}

/// A verbal noun with a possessive pronoun («تقديره»، «تأكيدها»، «اعتقادهم»):
/// the stem is of the تفعيل pattern or one of [`is_verbal_noun`]'s. Someone's
/// estimate or assertion, never a name.
pub(crate) fn is_masdar_with_pronoun(w: &str) -> bool {
    ["هما", "هم", "ها", "ه"].iter().find_map(|p| w.strip_suffix(p)).is_some_and(|stem| {
        let (c, n) = first_chars::<8>(stem);
        (n == 5 && c[0] == 'ت' && c[3] == 'ي') || is_verbal_noun(stem)
    })
}

/// The first `N` characters of `w` (the rest '\0') and how many it has, up
/// to `N`: a word's letters by position without allocating.
fn first_chars<const N: usize>(w: &str) -> ([char; N], usize) {
    let mut c = ['\0'; N];
    let mut n = 0;
    for ch in w.chars() {
        if n == N {
            break;
        }
        c[n] = ch;
        n += 1;
    }
    (c, n)
}

fn has_pronoun_suffix(w: &str) -> bool {
    let n = w.chars().count();
    (n >= 5 && ["ها", "هم", "هما", "هن", "كم", "نا"].iter().any(|s| w.ends_with(s)))
        || (n >= 6 && w.starts_with(['ب', 'ل']) && w.ends_with('ه'))
}

/// «الصحفيين»، «الديمقراطيون»: the plural of a nisba, which no family name is.
fn is_plural_nisba(w: &str) -> bool {
    w.starts_with("ال") && (w.ends_with("يين") || w.ends_with("يون")) && w.chars().count() >= 7
}

pub(crate) fn is_nisba(w: &str) -> bool {
    ["ي", "يه", "يون", "يين", "يان", "يتان"].iter().any(|s| w.ends_with(s)) && w.chars().count() >= 4
}

impl Doc<'_> {
    pub fn word(&self, t: usize) -> &str {
        let tok = self.seg.tokens[t];
        &self.norm.text[tok.start..tok.end]
    }

    pub fn is_word(&self, t: usize) -> bool {
        self.seg.tokens.get(t).is_some_and(|x| x.kind == TokKind::Word)
    }

    pub fn is_punct(&self, t: usize, set: &str) -> bool {
        matches!(self.seg.tokens.get(t).map(|x| x.kind), Some(TokKind::Punct(c)) if set.contains(c))
    }

    /// The token holding folded byte `b` (the first that ends after it).
    pub fn tok_of(&self, b: usize) -> usize {
        self.tok_index.first(&self.seg.tokens, b, |t| t.end <= b)
    }

    /// The first token after folded byte `b` (a mention's end).
    pub fn tok_after(&self, b: usize) -> usize {
        self.tok_index.first(&self.seg.tokens, b, |t| t.start < b)
    }

    /// The mention starting in token `t`, if any.
    pub fn mention_in(&self, t: usize) -> Option<&Mention> {
        self.mention_at.get(t).filter(|&&i| i != super::NO_MENTION).map(|&i| &self.mentions[i as usize])
    }

    pub fn kind_in(&self, t: usize) -> Option<&EntryKind> {
        self.mention_in(t).map(|m| &self.lex.entry(m.entry).kind)
    }

    pub fn is_complementizer(&self, t: usize) -> bool {
        if !self.roles_at(t).complementizer {
            return false;
        }
        !(t > 0 && self.roles_at(t - 1).not_complementizer_before)
    }

    /// A word that may stand between a verb and its sayer (`filler`).
    pub(crate) fn is_filler(&self, w: &str) -> bool {
        self.lex.has_role(w, Role::Filler)
    }

    pub(super) fn is_stop(&self, t: usize) -> bool {
        let w = self.word(t);
        if w == "علي" && self.is_name_ali(t) {
            return false;
        }
        let roles = self.roles_at(t);
        // A participle starts no name: «وقال مخاطبا ترامب».
        roles.name_stop || roles.complementizer || roles.object_participle || roles.filler
    }

    /// The word at `t` starts with the article: folded «ال» written with a
    /// plain alef («الروسي»), not a name in «أل» («أليكسي»، «ألكسندر»).
    pub(super) fn has_article(&self, t: usize) -> bool {
        if !self.word(t).starts_with("ال") {
            return false;
        }
        let a = self.norm.original_offset(self.seg.tokens[t].start);
        self.text[a..].starts_with('ا')
    }

    /// Folding makes the name «علي» and the preposition «على» one word; the
    /// original spelling tells them apart.
    fn is_name_ali(&self, t: usize) -> bool {
        let tok = self.seg.tokens[t];
        let (a, b) = (self.norm.original_offset(tok.start), self.norm.original_offset(tok.end));
        // Written with ي, not ى; a diacritic, tatweel or invisible mark
        // after it does not count («عليَ»).
        let folds_away = |c: char| c.is_whitespace() || crate::normalize::fold_char(c) == crate::normalize::Fold::Drop;
        self.text.get(a..b).is_some_and(|w| w.trim_end_matches(folds_away).ends_with('ي'))
    }

    /// A cue of any class starts in token `t`.
    pub fn cue_in(&self, t: usize) -> Option<CueClass> {
        match self.kind_in(t) {
            Some(EntryKind::Cue(c)) => Some(*c),
            _ => None,
        }
    }

    /// A run of name words at `t` (an unknown person's name): at most two
    /// words, or three with a linking word («بن») or an initial.
    pub fn name_chunk(&self, t: usize, lim: usize) -> Option<usize> {
        let mut j = t;
        // Words bound to the link before them («عبد الله»): with it one name word.
        let mut bound_words = 0;
        while j < lim && j - t - bound_words < 4 && self.is_word(j) {
            let w = self.word(j);
            let n = j - t - bound_words;
            // A second word in و is part of the name («ستيف ويتكوف») unless it
            // joins a party we know («بوتين وبزشكيان» once بزشكيان is known).
            let conjunct = w.starts_with('و')
                && (n >= 2 || w.strip_prefix('و').is_some_and(|r| self.memory.knows(r)));
            // «علي عبد العال»: the word after «عبد» or «آل» is the name's, even a title («آل الشيخ»).
            let bound = n > 0 && self.lex.has_role(self.word(j - 1), Role::BoundLink);
            if bound && w.starts_with("ال") && self.cue_in(j).is_none() && !self.is_stop(j) {
                j += 1;
                bound_words += 1;
                continue;
            }
            // «برونو لو مير»، «جان إيف لو دريان»: the particle of a surname, not «لو» (if).
            if n > 0 && w == "لو" && self.plain_name_word(j + 1, lim) && self.closes_name(j + 2, lim) {
                j += 1;
                continue;
            }
            // «قال لي إن»: «لي» (to me) is the addressee, unless it opens a
            // name («لي كه تشيانغ») or the article names such a person.
            if n == 0 && w == TO_ME && !(self.plain_name_word(j + 1, lim) || self.memory.names_word(w)) {
                break;
            }
            // «تيريزا ماي»: a month after a given name, with no date after it, is a surname.
            let month_surname = n > 0 && self.roles_at(j).month && !self.dated(j + 1, lim);
            let blocked = (self.is_stop(j) && !month_surname)
                // «الرئيس ترمب الانسحاب منه»: a definite verbal noun is his decision's object.
                || is_verbal_noun(w.strip_prefix("ال").unwrap_or(w))
                || is_present_verb(w)
                // «لـ"…"»: a proclitic cut off by tatweel and a quote mark.
                || (w.chars().count() == 1 && !w.is_ascii())
                || self.mention_in(j).is_some()
                || w.chars().any(|c| c.is_ascii_digit())
                || starts_with_article(w)
                || (n == 0 && self.has_article(j))
                // «أبلغ ترمب الصحفيين»: a plural nisba is the object, never a family name.
                || is_plural_nisba(w)
                || (n > 0 && conjunct)
                || self.has_tanween(j);
            if blocked {
                break;
            }
            // After «عبد الله» as after any two words: «عبد الكافي الدخول» is no name.
            if j - t >= 2 {
                // A third word: linked («محمد بن سلمان»), or a surname that is
                // not an accusative ending in ا («ستيف ويتكوف تحولا»).
                let prev = self.word(j - 1);
                // A surname with the article is a nisba or a divine name
                // («عبد الفتاح السيسي»، «حسن نصر الله»), not «العلاقات».
                let article_surname = w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("الله"));
                // A bound link opens a part of its own («عبد اللطيف آل الشيخ»).
                let linked = self.lex.has_role(prev, Role::NameLink)
                    || prev.chars().count() <= 2
                    || article_surname
                    || (bound_words > 0 && self.lex.has_role(w, Role::BoundLink));
                // «آل» folds to «ال»: a link, not the article.
                let article_surname = article_surname || linked && w == "ال";
                // …and it must close the name: «فلاديمير بوتين بعالم متعدد» is two words.
                let closes = self.closes_name(j + 1, lim);
                // «محمد علي النسور، مدير …»: a family name with the article
                // when the name ends right after it, at a comma or «إن».
                // Not after a definite word («شتاينر المركبات الطائرة»), nor
                // before «بأن» (وصف بوتين الاتهامات بأنها: his object).
                let firm_close = !prev.starts_with("ال")
                    && !self.roles_at(j).filler
                    && (j + 1 >= lim || self.is_punct(j + 1, "،,.:") || (self.is_complementizer(j + 1) && !self.word(j + 1).starts_with('ب')));
                let common_noun = w.starts_with("ال") && !article_surname && !firm_close;
                if common_noun || (!linked && (n >= 3 || w.ends_with('ا') || !closes)) {
                    break;
                }
            }
            j += 1;
        }
        if j == t + 1 && (has_pronoun_suffix(self.word(t)) || is_masdar_with_pronoun(self.word(t))) {
            // «وفق تعبيرها»، «بارتكابه»: a noun with a pronoun, not a name.
            return None;
        }
        (j > t).then_some(j)
    }

    /// «قال لي إن»: «لي» at `t` is the addressee (the writer), not a name.
    pub(super) fn to_me(&self, t: usize, lim: usize) -> bool {
        self.word(t) == TO_ME && self.name_chunk(t, lim).is_none()
    }

    /// A name ends before token `k`: the sentence or the words end, or a
    /// stop word or a lexicon mention follows.
    fn closes_name(&self, k: usize, lim: usize) -> bool {
        k >= lim || !self.is_word(k) || self.is_stop(k) || self.mention_in(k).is_some()
    }

    /// Token `k` is a word that may stand in a name: no stop word, mention,
    /// article or digit.
    fn plain_name_word(&self, k: usize, lim: usize) -> bool {
        k < lim
            && self.is_word(k)
            && !self.is_stop(k)
            && self.mention_in(k).is_none()
            && !self.word(k).starts_with("ال")
            && !self.word(k).chars().any(|c| c.is_ascii_digit())
    }

    /// Token `k` makes the month before it a date: a number («ماي 2018»), a
    /// slash («مايو/أيار») or a qualifier with the article («مايو الماضي»،
    /// «كانون الثاني»); a weekday («ماي الثلاثاء») does not.
    fn dated(&self, k: usize, lim: usize) -> bool {
        if k >= lim {
            return false;
        }
        if self.is_punct(k, "/-") {
            return true;
        }
        self.is_word(k) && {
            let w = self.word(k);
            w.chars().any(|c| c.is_ascii_digit()) || (w.starts_with("ال") && !self.roles_at(k).filler)
        }
    }

    /// Token `k` is a one-word definite reference to a person («الشاهد»).
    fn person_reference(&self, k: usize) -> bool {
        let Some(m) = self.mention_in(k) else { return false };
        matches!(&self.lex.entry(m.entry).kind, EntryKind::Anaphor(a) if a.stype == Some(SourceType::Person))
            && self.tok_after(m.end) == k + 1
            && self.norm.text[m.start..m.end].starts_with("ال")
            && m.word_start == m.start
    }

    /// The original word carries tanween («ممازحاً»، «علناً»): an adverb or
    /// an indefinite noun, never a name.
    fn has_tanween(&self, t: usize) -> bool {
        let tok = self.seg.tokens[t];
        let a = self.norm.original_offset(tok.start);
        let b = self.norm.original_offset(tok.end);
        self.text.get(a..b).is_some_and(|w| w.contains(['\u{064B}', '\u{064C}', '\u{064D}']))
    }

    /// Whether a scan can skip token `t`: it is no hashtag's, and either no
    /// word or a word with no mention that no known name ends like, so
    /// [`Doc::party_at`] would find nothing there without `allow_unknown`.
    /// Most tokens of an article: answered here without the full lookup.
    #[inline]
    pub(super) fn no_party_at(&self, t: usize) -> bool {
        let toks = &self.seg.tokens;
        let mark = |k: usize| matches!(toks[k].kind, TokKind::Punct('#' | '_'));
        if self.hashtags && (matches!(toks[t].kind, TokKind::Punct('#')) || (t > 0 && mark(t - 1))) {
            return false;
        }
        if toks[t].kind != TokKind::Word {
            return true;
        }
        self.mention_at[t] == super::NO_MENTION && !self.memory.may_hold(self.word(t))
    }

    /// A person known from earlier in the article, at `t`.
    pub(super) fn memory_at(&self, t: usize, lim: usize) -> Option<(usize, String)> {
        let w = self.word(t);
        if !self.memory.may_hold(w) {
            return None;
        }
        for stem in strip_proclitics(w) {
            // The preposition «على» folds to the name «علي».
            if !self.memory.knows(stem) || (stem == "علي" && !self.is_name_ali(t)) {
                continue;
            }
            let ids = &self.memory.by_word[stem];
            // A full name written here, the first learned if several fit;
            // looked up by its words (scanning every name sharing this word
            // was quadratic in an article of many such names).
            let mut words = String::new();
            let mut best: Option<usize> = None;
            for k in 1..self.memory.longest {
                if t + k >= lim || !self.is_word(t + k) {
                    break;
                }
                if k == 1 {
                    words.push_str(stem);
                }
                words.push(' ');
                words.push_str(self.word(t + k));
                if let Some(&id) = self.memory.ids.get(&words) {
                    best = Some(best.map_or(id, |b| b.min(id)));
                }
            }
            if let Some(id) = best {
                let name = &self.memory.names[id];
                return Some((t + name.len(), self.memory.display[id].clone()));
            }
            let id = ids[0];
            return Some((t + 1, self.memory.display[id].clone()));
        }
        None
    }

    /// The party at token `t`, not reaching `lim`. With `allow_unknown`, a
    /// run of unknown name words counts as a person.
    pub fn party_at(&self, t: usize, lim: usize, allow_unknown: bool) -> Option<PartyRef> {
        if let Some(p) = self.hashtag_party(t, lim, allow_unknown) {
            return p;
        }
        if t >= lim || !self.is_word(t) {
            return None;
        }
        if let Some(m) = self.mention_in(t) {
            let m = *m;
            let e = self.lex.entry(m.entry);
            let end = self.tok_after(m.end).min(lim);
            return match &e.kind {
                EntryKind::Source(stype) => {
                    let mut toks = t..end;
                    if *stype == SourceType::Outlet {
                        toks.end = self.absorb_adjectives(toks.end, lim, true, 2);
                    }
                    Some(PartyRef {
                        toks,
                        written: m.start..m.end,
                        canonical: Some(e.canonical.clone()),
                        stype: *stype,
                        subtype: e.subtype.clone(),
                        found: Found::Lexicon,
                        certainty: 0.97,
                    })
                }
                EntryKind::OutletHead => self.outlet_after_head(t, &m, lim),
                EntryKind::Title => Some(self.person_after_title(t, &m, lim)),
                EntryKind::Anonymous => {
                    let form = &self.norm.text[m.start..m.end];
                    let definite = form.starts_with("ال");
                    // An indefinite plural in construct takes its body: «مسؤولو الشرطة».
                    let idafa = e.adj
                        && !definite
                        && !form.contains(' ')
                        && end < lim
                        && self.is_word(end)
                        && self.word(end).starts_with("ال")
                        && !is_nisba(self.word(end))
                        && !self.is_stop(end)
                        && self.cue_in(end).is_none();
                    let (end, definite) = if idafa { (end + 1, true) } else { (end, definite) };
                    let end = if e.adj { self.absorb_adjectives(end, lim, definite, 2) } else { end };
                    let last = self.seg.tokens[end - 1].end;
                    Some(PartyRef {
                        toks: t..end,
                        written: m.start..last.max(m.end),
                        canonical: None,
                        stype: SourceType::Anonymous,
                        subtype: String::new(),
                        found: Found::Lexicon,
                        certainty: 0.9,
                    })
                }
                EntryKind::InstitutionHead => Some(self.organization_after_head(t, &m, lim)),
                EntryKind::Anaphor(a) => {
                    // «المتحدثة الأوروبية، مايا كوسيانيتش»: a person's anaphor
                    // with a name after it introduces that person.
                    if a.stype == Some(SourceType::Person) {
                        let p = self.person_after_title(t, &m, lim);
                        if p.found == Found::Title && p.written.start > m.end && self.names_after_anaphor(&m, &p) {
                            return Some(p);
                        }
                        // «وأضاف المدرب الألماني»: its adjectives are part of it.
                        let end = self.absorb_adjectives(end, lim, true, 2);
                        let mut r = self.resolve(t, &m, end, a);
                        r.written.end = r.written.end.max(self.seg.tokens[end - 1].end);
                        return Some(r);
                    }
                    Some(self.resolve(t, &m, end, a))
                }
                EntryKind::Cue(_) | EntryKind::Grammar(_) => None,
            };
        }
        if let Some((end, name)) = self.memory_at(t, lim) {
            let tok = self.seg.tokens[t];
            let start = self.name_start_in(t).unwrap_or(tok.start);
            return Some(PartyRef {
                toks: t..end,
                written: start..self.seg.tokens[end - 1].end,
                canonical: Some(name),
                stype: SourceType::Person,
                subtype: String::new(),
                found: Found::Memory,
                certainty: 0.85,
            });
        }
        if allow_unknown {
            let end = self.name_chunk(t, lim)?;
            if looks_prepositional(self.word(t), (end > t + 1).then(|| self.word(t + 1))) {
                return None;
            }
            return Some(PartyRef {
                toks: t..end,
                written: self.seg.tokens[t].start..self.seg.tokens[end - 1].end,
                canonical: None,
                stype: SourceType::Person,
                subtype: String::new(),
                found: Found::Name,
                certainty: 0.75,
            });
        }
        None
    }

    /// Where a remembered name begins inside token `t` (after proclitics).
    fn name_start_in(&self, t: usize) -> Option<usize> {
        let w = self.word(t);
        let tok = self.seg.tokens[t];
        strip_proclitics(w).find(|s| self.memory.knows(s)).map(|s| tok.start + (w.len() - s.len()))
    }

    /// Definite (or indefinite) nisba adjectives after a name: «الأميركية».
    pub(super) fn absorb_adjectives(&self, mut j: usize, lim: usize, definite: bool, max: usize) -> usize {
        let mut n = 0;
        while j < lim && n < max && self.is_word(j) && self.mention_in(j).is_none() {
            let w = self.word(j);
            if w.starts_with("ال") != definite || !is_nisba(w) || self.is_stop(j) {
                break;
            }
            j += 1;
            n += 1;
        }
        j
    }

    fn outlet_after_head(&self, t: usize, m: &Mention, lim: usize) -> Option<PartyRef> {
        let found = self.outlet_named_after_head(t, m, lim);
        if found.is_some() || !self.norm.text[m.start..m.end].starts_with("ال") {
            return found;
        }
        // «الوكالة الرسمية» with no name: the outlet of that kind named earlier.
        let e = self.lex.entry(m.entry);
        let a = Anaphor { stype: Some(SourceType::Outlet), subtype: Some(e.subtype.clone()) };
        Some(self.resolve(t, m, self.tok_after(m.end).min(lim), &a))
    }

    fn outlet_named_after_head(&self, t: usize, m: &Mention, lim: usize) -> Option<PartyRef> {
        let e = self.lex.entry(m.entry);
        let mut j = self.tok_after(m.end);
        let quoted = j < lim && self.seg.tokens[j].kind == TokKind::Quote;
        if quoted {
            j += 1;
        }
        if j >= lim {
            return None;
        }
        // A lexicon outlet after the type word: «وكالة رويترز».
        if let Some(EntryKind::Source(SourceType::Outlet)) = self.kind_in(j) {
            let mut p = self.party_at(j, lim, false)?;
            p.toks.start = t;
            if quoted && self.seg.tokens.get(p.toks.end).is_some_and(|x| x.kind == TokKind::Quote) {
                p.toks.end = self.absorb_adjectives(p.toks.end + 1, lim, true, 2);
            }
            return Some(p);
        }
        let (name_start, name_end, end) = if quoted {
            let close = (j..lim.min(j + 8)).find(|&k| self.seg.tokens[k].kind == TokKind::Quote)?;
            if close == j {
                return None;
            }
            (j, close, self.absorb_adjectives(close + 1, lim, true, 2))
        } else {
            let mut k = j;
            while k < lim && k - j < 3 && self.is_word(k) && !self.is_stop(k) && self.cue_in(k).is_none() {
                if k > j && self.mention_in(k).is_some() {
                    break;
                }
                k += 1;
            }
            if k == j {
                return None;
            }
            (j, k, k)
        };
        // «وكالة الأنباء الإيرانية (إرنا)»: the lexicon name in brackets says which.
        if self.is_punct(end, "(") {
            if let Some(EntryKind::Source(SourceType::Outlet)) = self.kind_in(end + 1) {
                if let Some(mut p) = self.party_at(end + 1, lim, false) {
                    p.toks.start = t;
                    if self.is_punct(p.toks.end, ")") {
                        p.toks.end += 1;
                    }
                    return Some(p);
                }
            }
        }
        // An unquoted name is reported with its type word («وكالة أنباء السودان»).
        let from = if quoted { self.seg.tokens[name_start].start } else { m.start };
        // «وكالة الفضاء الأوروبية» is an agency, not a news agency.
        let head = &self.norm.text[m.start..m.end];
        let news = |k: usize| ["انباء", "الانباء", "للانباء", "الاعلام", "برس", "نيوز"].contains(&self.word(k));
        let stype = if e.subtype == "agency" && !head.contains("انباء") && !quoted && !(name_start..name_end).any(news) {
            SourceType::Organization
        } else {
            SourceType::Outlet
        };
        Some(PartyRef {
            toks: t..end,
            written: from..self.seg.tokens[name_end - 1].end,
            canonical: None,
            stype,
            subtype: e.subtype.clone(),
            found: Found::Pattern,
            certainty: if quoted { 0.9 } else { 0.75 },
        })
    }

    /// «سلطان بن سحيم»، «الشيخ سلطان بن سحيم»: a bare title word right
    /// before «بن» is a first name, as no name opens with «بن».
    fn title_as_first_name(&self, t: usize, lim: usize) -> Option<usize> {
        let m = self.mention_in(t)?;
        let form = &self.norm.text[m.start..m.end];
        let bare = self.kind_in(t) == Some(&EntryKind::Title) && !form.contains(' ') && !form.starts_with("ال");
        let next = self.tok_after(m.end);
        if !bare || next != t + 1 || next >= lim || !self.is_word(next) || !["بن", "ابن", "بنت"].contains(&self.word(next)) {
            return None;
        }
        self.name_chunk(next, lim)
    }

    pub(super) fn person_after_title(&self, t: usize, m: &Mention, lim: usize) -> PartyRef {
        // The title is kept as the subtype, for «الأمير» to find its emir.
        let mut title = title_stem(&self.norm.text[m.start..m.end]).to_owned();
        let mut j = self.tok_after(m.end);
        let mut steps = 0;
        let mut modifiers = false;
        let mut name = None;
        // Where «إلى» took the title on («المبعوث الأممي إلى اليمن، X»):
        // with no name after it, it is the verb's («كتب السفير إلى الوزير»).
        let mut to_place = None;
        if let Some(end) = self.title_as_first_name(t, lim) {
            title = String::new();
            name = Some((t, end));
            j = lim;
        }
        while j < lim && steps < 10 {
            steps += 1;
            if self.is_punct(j, "،,") {
                if let Some(found) = self.name_or_memory(j + 1, lim) {
                    name = Some((j + 1, found));
                } else if let Some(found) = self.ranked_name(j + 1, lim) {
                    name = Some(found);
                }
                break;
            }
            // «الممثلة اللبنانية #باميلا_الكك»: a hashtag is the whole name.
            if self.is_punct(j, "#") {
                match self.hashtag_party_as(j, lim, true, true).flatten() {
                    // «الشيخ #سلطان_بن_سحيم»: a name may open with a title word.
                    Some(p) if p.stype == SourceType::Person && matches!(p.found, Found::Name | Found::Memory | Found::Title) => {
                        name = Some((j + 1, p.toks.end));
                    }
                    // «رئيس #مجلس_الأعمال_السعودي_الفرنسي»: the body the title heads.
                    Some(p) if matches!(p.stype, SourceType::Organization | SourceType::Outlet) => {
                        j = p.toks.end;
                        modifiers = true;
                        continue;
                    }
                    _ => {}
                }
                break;
            }
            if !self.is_word(j) {
                break;
            }
            // «رئيس وزراء كيبيك الجديد فرانسوا ليغو»، «رئيس بلدية مانشستر
            // الكبرى أندي بورنهام»: a title in the construct state takes a
            // genitive (a place or body) before any name.
            if steps == 1 && j == self.tok_after(m.end) && self.construct_title(m) && self.mention_in(j).is_none() && !self.is_stop(j) {
                j += 1;
                modifiers = true;
                continue;
            }
            if let Some(found) = self.memory_at(j, lim).map(|x| x.0).or_else(|| self.title_as_first_name(j, lim)) {
                name = Some((j, found));
                break;
            }
            match self.kind_in(j) {
                // «قال المتحدث باسم الجيش لوكالة رويترز»: the outlet told, not part of the title.
                Some(EntryKind::Source(SourceType::Outlet) | EntryKind::OutletHead)
                    if self.mention_in(j).is_some_and(|im| im.word_start < im.start && self.norm.text[im.word_start..im.start].ends_with('ل')) =>
                {
                    break;
                }
                Some(EntryKind::Source(_) | EntryKind::InstitutionHead | EntryKind::Title | EntryKind::Anaphor(_)) => {
                    let inner = self.mention_in(j).copied();
                    j = match (self.kind_in(j), inner) {
                        (Some(EntryKind::InstitutionHead), Some(im)) => self.organization_after_head(j, &im, lim).toks.end,
                        (_, Some(im)) => self.tok_after(im.end),
                        _ => j + 1,
                    };
                    modifiers = true;
                    continue;
                }
                Some(_) => break,
                None => {}
            }
            let w = self.word(j);
            let next = (j + 1 < lim && self.is_word(j + 1)).then(|| self.word(j + 1));
            // «الوزير الصحافيين»: after a definite word only an adjective
            // follows, and a plural nisba agrees with no person's title.
            let prev = self.word(j - 1);
            let plural = prev.ends_with("ين") || prev.ends_with("ون");
            let after_singular = !plural && (j == self.tok_after(m.end) || is_nisba(prev));
            let object = is_plural_nisba(w) && after_singular && self.word(j - 1).starts_with("ال");
            let modifier = matches!(w, "باسم" | "لدي" | "في" | "الي")
                // «رئيس هيئة الرياضة تركي آل الشيخ»: before «آل» a nationality is a given name.
                || (self.lex.is_nationality(w) && next != Some("ال"))
                || ((self.has_article(j) || starts_with_article(w)) && !self.is_stop(j) && !object)
                || looks_prepositional(w, next);
            if modifier {
                if w == "الي" && to_place.is_none() {
                    to_place = Some(j);
                }
                j += 1;
                modifiers = true;
                continue;
            }
            // One adverb before an apposed name: «نظيره الإيراني آنذاك، مسعود بزشكيان».
            if self.is_punct(j + 1, "،,") && self.name_or_memory(j + 2, lim).is_some() && self.name_chunk(j, lim) != Some(j + 1) {
                j += 1;
                continue;
            }
            if let Some(mut end) = self.name_chunk(j, lim) {
                // «قاضي المحكمة العليا في لوس أنجلوس»: after a preposition a
                // place; «رئيس أركان الجيش»: one word before a body it heads.
                let place = matches!(prev, "في" | "الي" | "لدي");
                let bare_title = !self.norm.text[m.start..m.end].rsplit(' ').next().is_some_and(|x| x.starts_with("ال"));
                // «لشركة ايؤون تونس»: or after a complement in «لـ».
                let after_lam = prev.starts_with('ل') && !prev.starts_with("لل") && prev.chars().count() > 3;
                let genitive = end == j + 1
                    && ((j == self.tok_after(m.end) && bare_title) || after_lam)
                    && matches!(self.kind_in(end), Some(EntryKind::Source(SourceType::Organization) | EntryKind::InstitutionHead));
                if place || genitive {
                    j = end;
                    modifiers = true;
                    continue;
                }
                // «المدير العام لشركة ايؤون تونس للتأمين، محمد سليم حفيظ»: a
                // name set off after the title's complement is the person's;
                // not after the title or its adjectives («النجم البرازيلي
                // روماريو، مواطنه غابرييل خيسوس»: his compatriot).
                // «معتمد تبرسق، رؤوف كريم»: a bare title's genitive.
                let after_complement = if j > self.tok_after(m.end) { !prev.starts_with("ال") } else { bare_title };
                if let Some(apposed) = self.apposed_name(end, lim).filter(|_| after_complement) {
                    name = Some(apposed);
                    break;
                }
                // «رئيس الحكومة يوسف الشاهد»، «شوقي الطبيب»: a one-word person
                // reference right after a lone given name, closing the name,
                // is its surname; with a name or a genitive after it, an
                // apposition («ترامب الزعيم الكوري»).
                if end == j + 1 && self.person_reference(end) && self.closes_name(end + 1, lim) {
                    end += 1;
                }
                name = Some((j, end));
            }
            break;
        }
        if let Some((a, b)) = name {
            // A title read as a first name starts where its mention does, after any proclitic.
            let first_name = self.mention_in(a).filter(|_| self.title_as_first_name(a, lim).is_some());
            let start = first_name.map_or(self.seg.tokens[a].start, |x| x.start);
            return PartyRef {
                toks: t..b,
                written: start..self.seg.tokens[b - 1].end,
                canonical: if self.hashtag_at(a, lim) == Some(b) {
                    Some(self.hashtag_display(a, b))
                } else {
                    self.memory_at(a, lim).filter(|x| x.0 == b).map(|x| x.1)
                },
                stype: SourceType::Person,
                subtype: title,
                found: Found::Title,
                certainty: 0.9,
            };
        }
        let written = &self.norm.text[m.start..m.end];
        if !modifiers {
            if let Some(a) = self.lex.anaphor(written) {
                let a = a.clone();
                return self.resolve(t, m, self.tok_after(m.end), &a);
            }
        }
        // A title alone («المتحدث باسم الخارجية»): the person as written.
        let mut end = to_place.unwrap_or(j).max(self.tok_after(m.end));
        // «وتابعت الأميرة في تغريدتها»: a preposition that opened no name is not the title's.
        let preposition = |e: usize| e > self.tok_after(m.end) && matches!(self.word(e - 1), "في" | "لدي" | "الي");
        while end > t + 1 && (!self.is_word(end - 1) || preposition(end)) {
            end -= 1;
        }
        PartyRef {
            toks: t..end,
            written: m.start..self.seg.tokens[end - 1].end.max(m.end),
            canonical: None,
            stype: SourceType::Person,
            subtype: title,
            found: Found::Title,
            certainty: 0.7,
        }
    }

    /// A name read after a person's anaphor («المتحدثة»، «السيدة»، «المرأة»)
    /// introduces that person only set off by a comma («المتحدثة الأوروبية،
    /// مايا كوسيانيتش») or right after it or its adjectives, where it must read as a name: no
    /// proclitic «و»/«ب»/«ل», no common noun with the article after its
    /// first word («المرأة وركان ظاهران»، «المرأة دقيقة الساقين»).
    fn names_after_anaphor(&self, m: &Mention, p: &PartyRef) -> bool {
        let a = self.tok_of(p.written.start);
        if a > 0 && self.is_punct(a - 1, "،,") {
            return true;
        }
        // «النجم البرتغالي كريستيانو رونالدو»: after its adjectives.
        let next = self.tok_after(m.end);
        let right_after = a == next || a == self.absorb_adjectives(next, a, true, 2);
        if !right_after || self.memory_at(a, p.toks.end).is_some() {
            return right_after;
        }
        let words: Vec<&str> = (a..p.toks.end).filter(|&k| self.is_word(k)).map(|k| self.word(k)).collect();
        !words[0].starts_with(['و', 'ب', 'ل'])
            && words.iter().skip(1).all(|w| !w.starts_with("ال") || w.ends_with('ي') || w.ends_with("الله"))
    }

    /// A title of two words or more whose last is a bare noun in the
    /// construct state («رئيس وزراء»، «ولي عهد»، «رئيس بلدية»): the next
    /// word is its genitive, not a name.
    fn construct_title(&self, m: &Mention) -> bool {
        let form = &self.norm.text[m.start..m.end];
        form.contains(' ') && form.rsplit(' ').next().is_some_and(|w| self.lex.has_role(w, Role::ConstructHead))
    }

    /// An apposed name that opens with a rank or honorific, after the comma
    /// that closes a title: «قائد المركز الروسي، اللواء يوري يفتوشينكو،»،
    /// «المتحدث باسم التحالف، العقيد تركي المالكي،»; or a title word that is
    /// a first name before a nisba surname set off by punctuation: «وزير
    /// الاقتصاد الإماراتي، سلطان المنصوري،». The name's tokens.
    fn ranked_name(&self, j: usize, lim: usize) -> Option<(usize, usize)> {
        if j >= lim || !self.is_word(j) || self.kind_in(j) != Some(&EntryKind::Title) {
            return None;
        }
        let m = self.mention_in(j)?;
        if m.word_start < m.start {
            return None;
        }
        let n = self.tok_after(m.end);
        if n >= lim || !self.is_word(n) {
            return None;
        }
        if let Some(end) = self.name_or_memory(n, lim) {
            return Some((n, end));
        }
        let form = &self.norm.text[m.start..m.end];
        let w = self.word(n);
        let closed = n + 1 >= lim || !self.is_word(n + 1);
        (n == j + 1 && !form.contains(' ') && !form.starts_with("ال") && w.starts_with("ال") && is_nisba(w) && !is_plural_nisba(w) && closed)
            .then_some((j, n + 1))
    }

    /// A name set off by a comma after the words ending at `k` (a body's
    /// name, its complement in «لـ» and adjectives), itself closed by a comma,
    /// «إن» or the end: the tokens of that name.
    fn apposed_name(&self, k: usize, lim: usize) -> Option<(usize, usize)> {
        let k = self.lam_complement(k, lim).unwrap_or(k);
        let k = self.absorb_adjectives(k, lim, true, 2);
        if !self.is_punct(k, "،,") {
            return None;
        }
        let end = self.name_or_memory(k + 1, lim)?;
        let closed = end >= lim || self.is_punct(end, "،,") || self.is_complementizer(end);
        closed.then_some((k + 1, end))
    }

    fn name_or_memory(&self, j: usize, lim: usize) -> Option<usize> {
        if j >= lim || !self.is_word(j) {
            return None;
        }
        self.memory_at(j, lim).map(|x| x.0).or_else(|| self.name_chunk(j, lim))
    }

    fn organization_after_head(&self, t: usize, m: &Mention, lim: usize) -> PartyRef {
        let head = &self.norm.text[m.start..m.end];
        let definite = head.starts_with("ال");
        let mut j = self.tok_after(m.end);
        let mut n = 0;
        while j < lim && n < 4 && self.is_word(j) && !self.is_stop(j) && self.cue_in(j).is_none() {
            let w = self.word(j);
            if let Some(EntryKind::Source(_)) = self.kind_in(j) {
                if definite || n > 0 {
                    break;
                }
                j = self.tok_after(self.mention_in(j).map_or(0, |x| x.end));
                n += 1;
                continue;
            }
            // «جهاز أمني»: an indefinite head takes indefinite adjectives;
            // «معهد دراسات الحرب»: and a noun in construct before a definite one.
            let indefinite_adjective = !definite && n == 0 && is_nisba(w) && !w.starts_with("ال");
            let construct = !definite
                && n == 0
                && !w.starts_with("ال")
                && j + 1 < lim
                && self.is_word(j + 1)
                && self.word(j + 1).starts_with("ال")
                && !self.is_stop(j + 1);
            // «وزارة الداخلية»، «رئاسة الحكومة»: an indefinite head before a
            // definite noun that the lexicon reads as a head or a reference.
            let genitive_head = !definite
                && n == 0
                && w.starts_with("ال")
                && matches!(self.kind_in(j), Some(EntryKind::InstitutionHead | EntryKind::Anaphor(_)));
            // «وزارة التجارة والصناعة»: a definite conjunct of the genitive.
            let conjunct = !definite && n > 0 && w.starts_with("وال") && self.mention_in(j).is_none();
            if !(w.starts_with("ال") || indefinite_adjective || construct || conjunct)
                || (self.mention_in(j).is_some() && !construct && !genitive_head)
            {
                break;
            }
            j += 1;
            n += 1;
        }
        let mut j = j.max(self.tok_after(m.end));
        // A named body goes on over a complement in «لـ»: «الجهاز المركزي
        // للتعبئة العامة والإحصاء»، «الاتحاد المصري لكرة القدم».
        if n > 0 || head.contains(' ') {
            if let Some(end) = self.lam_complement(j, lim) {
                j = end;
                n += 1;
            }
        }
        PartyRef {
            toks: t..j,
            written: m.start..self.seg.tokens[j - 1].end.max(m.end),
            canonical: None,
            stype: SourceType::Organization,
            subtype: String::new(),
            found: Found::Pattern,
            certainty: if n > 0 { 0.85 } else { 0.6 },
        }
    }

    /// The end of a complement in «لـ» at `j` that goes on a body's name: a
    /// definite noun («للإحصاء») or an indefinite one before a definite
    /// genitive («لكرة القدم»), then its definite adjectives and «و» conjuncts.
    /// A human plural («للصحفيين») is the addressee, and a word the lexicon
    /// knows (an outlet told, a cue) is not part of the name.
    fn lam_complement(&self, j: usize, lim: usize) -> Option<usize> {
        let plain = |k: usize| k < lim && self.is_word(k) && !self.is_stop(k) && self.mention_in(k).is_none();
        if !plain(j) {
            return None;
        }
        let w = self.word(j);
        // «للعام 2017»، «ليوم الأحد»: a time word is no complement.
        let stop = |stem: &str| self.lex.has_role(stem, Role::NameStop) || self.is_filler(stem);
        let rest = w.strip_prefix('ل')?;
        let mut k = if w.starts_with("لل") && w.chars().count() >= 5 && !w.ends_with("ين") && !w.ends_with("ون") && !stop(&format!("ا{rest}")) {
            j + 1
        } else if !w.starts_with("لل") && w.chars().count() >= 4 && !has_pronoun_suffix(w) && !stop(rest) && plain(j + 1) && self.has_article(j + 1) {
            j + 2
        } else {
            return None;
        };
        while k < j + 5 && plain(k) && (self.word(k).starts_with("ال") || self.word(k).starts_with("وال")) {
            k += 1;
        }
        Some(k)
    }

    /// Resolves an anaphor to the nearest earlier party of the right type.
    fn resolve(&self, t: usize, m: &Mention, end: usize, a: &Anaphor) -> PartyRef {
        let fits = |p: &PartyRef, strict: bool| {
            a.stype.is_none_or(|s| s == p.stype)
                && (!strict || a.subtype.as_ref().is_none_or(|s| *s == p.subtype || p.subtype.is_empty()))
                && p.found != Found::Anaphora
        };
        let before = self.seg.tokens[t].start;
        // The nearest 200 parties are far enough back, and keep a long text linear.
        let earlier = self.recent.iter().rev().take(200).filter(|p| self.seg.tokens[p.toks.start].start < before);
        let stem = title_stem(&self.norm.text[m.start..m.end]);
        let titled = a.stype == Some(SourceType::Person) && self.lex.is_title(stem);
        let hit = if a.stype == Some(SourceType::Person) {
            self.person_antecedent(before, m, end, a, stem, titled)
        } else if a.stype.is_none() {
        let last = self.last.as_ref().and_then(|(_, sayers)| sayers.first()).filter(|p| p.found != Found::Anaphora);
            match self.report_anaphor(&self.norm.text[m.start..m.end]) {
                // «التقرير»: the issuer of the report named before
                // («وتوقعت مؤسسة X في تقرير لها»), not whoever spoke since;
                // with none named, the last sayer.
                Some(noun) => self.report_issuer(t, noun).or(last),
                // «الإعلان»، «الأخير»: the last sayer, if any.
                None => last,
            }
        } else {
            earlier.clone().find(|p| fits(p, true)).or_else(|| earlier.clone().find(|p| fits(p, false)))
        };
        match hit {
            Some(p) => PartyRef {
                toks: t..end,
                written: m.start..m.end,
                canonical: Some(self.party_name(p)),
                stype: p.stype,
                subtype: p.subtype.clone(),
                found: Found::Anaphora,
                certainty: 0.85 * p.certainty,
            },
            None => PartyRef {
                toks: t..end,
                written: m.start..m.end,
                canonical: None,
                stype: a.stype.unwrap_or(SourceType::Organization),
                subtype: a.subtype.clone().filter(|_| a.stype == Some(SourceType::Outlet)).unwrap_or_default(),
                found: Found::Pattern,
                certainty: 0.5,
            },
        }
    }

    /// The person a person's anaphor at `m` (its adjectives up to `end`)
    /// points back to: the nearest one introduced with the same title or
    /// role word. An office («الوزير») no one carried stays unresolved; a
    /// description («المتحدث»، «المدرب», subtype `role`) then points to the
    /// last sayer, if a named person with no other title, and a word that
    /// is no title («الرجل») to the nearest person. Never to one whose
    /// adjectives differ («المدرب الإسباني», not «المدرب الألماني X»).
    fn person_antecedent(&self, before: usize, m: &Mention, end: usize, a: &Anaphor, stem: &str, titled: bool) -> Option<&PartyRef> {
        let earlier = self.recent.iter().rev().take(200).filter(|p| p.stype == SourceType::Person && self.seg.tokens[p.toks.start].start < before);
        let adjectives: Vec<&str> = (self.tok_after(m.end)..end).map(|k| self.word(k)).collect();
        // «المتحدثة»، «المرأة»: a feminine word is never a man known as one;
        // «المتحدث»، «الرجل» never a woman.
        let feminine = if stem.ends_with('ه') {
            Some(true)
        } else if self.lex.anaphor(&format!("ال{stem}ه")).is_some() || ["رجل", "شاب", "فتي", "اب"].contains(&stem) {
            Some(false)
        } else {
            None
        };
        let agrees = |p: &PartyRef| {
            let theirs: Vec<&str> = p.toks.clone().filter(|&k| self.is_word(k) && self.word(k).starts_with("ال") && is_nisba(self.word(k))).map(|k| self.word(k)).collect();
            adjectives.iter().all(|w| theirs.is_empty() || theirs.contains(w))
                && feminine.is_none_or(|f| self.person_gender(p) != Some(!f))
        };
        if let Some(p) = earlier.clone().find(|p| p.subtype == stem && agrees(p)) {
            return Some(p);
        }
        if titled && a.subtype.as_deref() != Some("role") {
            return None;
        }
        let last = self.last.as_ref().and_then(|(_, sayers)| sayers.first());
        if let Some(p) = last.filter(|p| {
            p.stype == SourceType::Person && (p.subtype.is_empty() || p.subtype == stem) && self.names_someone(p) && agrees(p) && self.seg.tokens[p.toks.start].start < before
        }) {
            return Some(p);
        }
        if titled {
            return None;
        }
        earlier.clone().find(|p| p.found != Found::Anaphora && agrees(p))
    }

    /// The gender of the one-word cue at token `t` (true: feminine), if it shows one.
    pub(super) fn cue_gender_at(&self, t: usize) -> Option<bool> {
        let m = self.mention_in(t)?;
        if !matches!(self.lex.entry(m.entry).kind, EntryKind::Cue(_)) {
            return None;
        }
        self.lex.cue_gender(&self.norm.text[m.start..m.end])
    }

    /// What the article shows of a person's gender (true: a woman): a
    /// feminine title or description written with the name («الوزيرة»،
    /// «المتحدثة»), and the reporting verbs written right before the name
    /// where it was their sayer («وقالت ماي»، «وأضاف جونسون»; not an
    /// object, «وانتقدت أردوغان»), which agree with it. Nothing when the
    /// signs disagree or there are none (a masculine title alone says
    /// nothing: «رئيس الوزراء تيريزا ماي»).
    pub(super) fn person_gender(&self, p: &PartyRef) -> Option<bool> {
        if p.stype != SourceType::Person {
            return None;
        }
        let name = self.party_name(p);
        let (mut feminine, mut masculine) = (false, false);
        let mut look = |q: &PartyRef| {
            let t = q.toks.start;
            if t < self.seg.tokens.len() && self.is_word(t) {
                let word = self.word(t);
                let word = word.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(word);
                let stem = title_stem(word);
                if stem.ends_with('ه') && (self.lex.is_title(stem) || self.lex.anaphor(word).is_some()) {
                    feminine = true;
                }
            }
            if t > 0 {
                match self.cue_gender_at(t - 1) {
                    Some(true) => feminine = true,
                    Some(false) => masculine = true,
                    None => {}
                }
            }
        };
        look(p);
        for q in self.said.iter().rev().take(40).flat_map(|(_, l)| l) {
            if q.stype == SourceType::Person && self.party_name(q) == name {
                look(q);
            }
        }
        (feminine != masculine).then_some(feminine)
    }

    /// Whether a person party names someone: not a title standing alone
    /// («المتحدث باسم الجيش») nor an anaphor left unresolved.
    fn names_someone(&self, p: &PartyRef) -> bool {
        match p.found {
            Found::Anaphora => p.canonical.is_some(),
            Found::Title => p.canonical.is_some() || p.subtype.is_empty() || self.mention_in(p.toks.start).is_none_or(|m| m.start != p.written.start),
            Found::Pattern => false,
            _ => true,
        }
    }

    /// The name a party is reported under: canonical, else as written (original text).
    pub fn party_name(&self, p: &PartyRef) -> String {
        match &p.canonical {
            Some(c) => c.clone(),
            None => {
                // Hashtags inside a written name read as words («رئيس #مجلس_الأعمال»).
                let r = self.norm.original_span(self.text, p.written.clone());
                let v = crate::normalize::visible(&self.text[r]);
                if v.contains(['#', '_']) {
                    v.replace('#', "").replace('_', " ")
                } else {
                    v
                }
            }
        }
    }

    /// Learns the persons an article introduces: title + name, and unknown
    /// names set off by a reporting verb and a complementizer.
    pub fn learn_names(&mut self) {
        let mut learned = Vec::new();
        for s in &self.seg.sentences {
            let lim = s.toks.end;
            for t in s.toks.clone() {
                let Some(m) = self.mention_in(t).copied() else { continue };
                match self.lex.entry(m.entry).kind {
                    EntryKind::Title => {
                        let p = if self.hashtag_at(t, lim).is_some() {
                            match self.hashtag_party(t, lim, true).flatten() {
                                Some(p) => p,
                                None => continue,
                            }
                        } else {
                            self.person_after_title(t, &m, lim)
                        };
                        // A name after the title, or one opening with it («سلطان بن سحيم», no subtype).
                        if p.found == Found::Title && (p.written.start > m.start || p.subtype.is_empty()) {
                            learned.push(p.written.clone());
                        }
                    }
                    // «تظهر ملامحه»: a verb that reports only with a report as its subject names no one.
                    EntryKind::Cue(CueClass::Verb | CueClass::AccordingTo)
                        if !self.lex.entry(m.entry).report_only && (!self.lex.entry(m.entry).passive || !self.passive_form(&m)) =>
                    {
                        let mut j = self.tok_after(m.end);
                        if m.end > self.seg.tokens[self.tok_of(m.end.saturating_sub(1))].start && self.tok_of(m.end) < lim {
                            j = j.min(self.tok_after(m.end));
                        }
                        while j < lim && self.is_word(j) && self.roles_at(j).filler {
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
                            if self.unknown_sayer_bounded(end, lim) && !looks_prepositional(self.word(j), second) {
                                learned.push(self.seg.tokens[j].start..self.seg.tokens[end - 1].end);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        for r in learned {
            let span = self.norm.original_span(self.text, r.clone());
            let display = crate::normalize::visible(&self.text[span]).replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ");
            self.memory.add(self.words_of(r), display);
        }
    }

    /// An unknown name is a sayer only when its words are set off: a
    /// complementizer or colon right after it (one adverb allowed), or a comma
    /// opening an apposition that ends in one («قال فلان، رئيس …، إن»).
    pub fn unknown_sayer_bounded(&self, end: usize, lim: usize) -> bool {
        // «وأبلغ زيدان الصحافيين: …»: the verb's object may come first.
        let end = if end < lim && self.is_word(end) && is_plural_nisba(self.word(end)) { end + 1 } else { end };
        let marker = |k: usize| k < lim && (self.is_complementizer(k) || self.is_punct(k, ":"));
        if marker(end) || (self.is_word(end) && self.roles_at(end).filler && marker(end + 1)) {
            return true;
        }
        // «قال فلان لصحيفة "…" الفرنسية: …»: told an outlet first.
        if self.is_word(end) && self.word(end).starts_with('ل') {
            if let Some(EntryKind::Source(SourceType::Outlet) | EntryKind::OutletHead) = self.kind_in(end) {
                let stop = lim.min(end + 10);
                if let Some(c) = (end + 1..stop).find(|&k| marker(k)) {
                    return !(end..c).any(|k| self.cue_in(k) == Some(crate::lexicon::CueClass::Verb) || self.is_punct(k, ".!?؟"));
                }
            }
        }
        // «قال فلان في خطاب أمام البرلمان إن»، «قال ماكرون لدى لقائه بوتين "…"»:
        // a short adverbial phrase.
        if self.is_word(end) && self.is_stop(end) {
            let stop = lim.min(end + 9);
            let quote = |k: usize| self.opens.get(k).copied().unwrap_or(false) && k > end + 1;
            if let Some(c) = (end + 1..stop).find(|&k| marker(k) || quote(k)) {
                return !(end..c).any(|k| !self.is_word(k) || self.cue_in(k) == Some(crate::lexicon::CueClass::Verb));
            }
        }
        // «قال اندريه مارتي المتحدث باسم الادعاء السويسري، إن»: a definite
        // title of two words or more in apposition (one word, «السلطان»، may
        // be the name's own), closed by a comma before the marker.
        let titled = self.is_word(end)
            && self.kind_in(end) == Some(&EntryKind::Title)
            && self.mention_in(end).is_some_and(|m| m.word_start == m.start && self.norm.text[m.start..m.end].starts_with("ال") && self.norm.text[m.start..m.end].contains(' '));
        if titled {
            let stop = lim.min(end + 12);
            if let Some(c) = (end + 1..stop).find(|&k| self.is_punct(k, "،,")) {
                return marker(c + 1) && !(end..c).any(|k| self.cue_in(k) == Some(crate::lexicon::CueClass::Verb) || !self.is_word(k));
            }
        }
        if !self.is_punct(end, "،,") {
            return false;
        }
        let stop = lim.min(end + 16);
        let close = (end + 1..stop).find(|&k| marker(k));
        close.is_some_and(|c| !(end + 1..c).any(|k| self.is_punct(k, ".!?؟") || self.cue_in(k) == Some(crate::lexicon::CueClass::Verb)))
    }

    fn words_of(&self, r: Range<usize>) -> Vec<String> {
        self.norm.text[r].split(|c: char| c.is_whitespace() || c == '_').filter(|w| !w.is_empty()).map(str::to_owned).collect()
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
