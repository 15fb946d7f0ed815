//! Recognizing cited parties: lexicon names, type word + name, title + name,
//! unnamed sources, names met earlier in the article, and anaphora. The
//! token helpers the rules share live here; how a name is read is in
//! `names.rs`, the article's memory of names in `memory.rs`, the resolution
//! of anaphora in `anaphora.rs`.

use super::memory::strip_proclitics;
use super::names::{has_pronoun_suffix, is_nisba, looks_prepositional};
use super::Doc;
use crate::lexicon::{Anaphor, CueClass, EntryKind, Mention, Role, SourceType};
use crate::record::Found;
use crate::segment::TokKind;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::ops::Range;

/// A name or subtype a party carries, shared: a party is copied into
/// `recent`, chains and quotations, and the copies allocate nothing. The
/// empty one holds no allocation either.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Shared(Option<Rc<str>>);

impl Shared {
    /// The empty text.
    pub const EMPTY: Shared = Shared(None);
}

impl std::ops::Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }
}

impl PartialEq<str> for Shared {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Shared {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl From<&str> for Shared {
    fn from(s: &str) -> Shared {
        Shared((!s.is_empty()).then(|| Rc::from(s)))
    }
}

impl From<String> for Shared {
    fn from(s: String) -> Shared {
        Shared((!s.is_empty()).then(|| Rc::from(s)))
    }
}

/// A party found in the folded text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PartyRef {
    /// Tokens covered (what the rules skip over).
    pub toks: Range<usize>,
    /// Folded bytes of what counts as written (the name, or the anaphor).
    pub written: Range<usize>,
    /// Canonical name, or `None` to use the written text.
    pub canonical: Option<Shared>,
    pub stype: SourceType,
    pub subtype: Shared,
    pub found: Found,
    /// Certainty that this is the right party, 0 to 1.
    pub certainty: f32,
}
/// What [`Doc::party_at`] found at the tokens of the sentence being read,
/// reading up to its end: the scan asks at every candidate token, and the
/// frames ask again at the same tokens (a verb's subject up to three times,
/// with and without unknown names). The scan's answers are noted as it goes
/// (a party it found is the one it pushes to `recent` next); the frames'
/// are kept as they are asked for, and all are given back while the frames
/// are read. An answer found by looking back over `recent` (an anaphor) is
/// not noted during the scan, which adds to `recent` as it goes.
#[derive(Debug, Default)]
pub(crate) struct PartyMemo {
    /// How many times a rule looked back over `recent` (see [`PartyMemo::note_recent_read`]).
    recent_reads: Cell<u64>,
    inner: RefCell<MemoInner>,
}

#[derive(Debug, Default)]
struct MemoInner {
    /// The sentence's tokens; empty when no sentence is being read.
    toks: Range<usize>,
    /// Whether the frames are being read: answers are kept and given back.
    frames: bool,
    /// Per token of `toks`, the answer without, then with unknown names:
    /// [`NOT_ASKED`], [`NOTHING`], `KEPT | i` for `kept[i]`, else `FROM_RECENT + i`
    /// for `recent[i]`.
    /// Longer than `toks` when a longer sentence was read before: only
    /// the slots in `touched` are set, and cleared at the next start.
    slots: Vec<[u32; 2]>,
    touched: Vec<usize>,
    kept: Vec<Option<PartyRef>>,
}

/// How many lexicon entries' names an article keeps ([`Doc::entry_names`]).
const ENTRY_NAMES: usize = 64;

const NOT_ASKED: u32 = 0;
const NOTHING: u32 = 1;
const FROM_RECENT: u32 = 2;
const KEPT: u32 = 1 << 31;

impl PartyMemo {
    /// Starts noting the scan's answers at the tokens `toks` of a sentence.
    pub(super) fn start(&self, toks: Range<usize>) {
        let mut m = self.inner.borrow_mut();
        let m = &mut *m;
        for &at in &m.touched {
            m.slots[at] = [NOT_ASKED; 2];
        }
        m.touched.clear();
        if m.slots.len() < toks.len() {
            m.slots.resize(toks.len(), [NOT_ASKED; 2]);
        }
        m.kept.clear();
        m.toks = toks;
        m.frames = false;
    }

    /// The scan is over: the frames' answers are kept, and all given back.
    pub(super) fn read_frames(&self) {
        self.inner.borrow_mut().frames = true;
    }

    /// Notes and keeps nothing until the next [`PartyMemo::start`].
    pub(super) fn stop(&self) {
        let mut m = self.inner.borrow_mut();
        m.toks = 0..0;
        m.frames = false;
    }

    /// Called wherever a party is looked for among `recent`.
    pub(super) fn note_recent_read(&self) {
        self.recent_reads.set(self.recent_reads.get() + 1);
    }

    /// Whether token `t` is one of the sentence being read.
    fn in_sentence(&self, t: usize) -> bool {
        self.inner.borrow().toks.contains(&t)
    }

    /// Whether answers at tokens before `lim` are kept and given back now.
    fn answers(&self, lim: usize) -> bool {
        let m = self.inner.borrow();
        m.frames && lim == m.toks.end
    }

    /// Sets the slot of `party_at(t, lim, unknown)`.
    fn set(m: &mut MemoInner, t: usize, lim: usize, unknown: bool, slot: u32) {
        if lim == m.toks.end && m.toks.contains(&t) {
            let at = t - m.toks.start;
            if m.slots[at] == [NOT_ASKED; 2] {
                m.touched.push(at);
            }
            m.slots[at][usize::from(unknown)] = slot;
        }
    }
}

/// A double quote mark (not the apostrophes that fold with them).
fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '‶' | '❝' | '❞' | '〝' | '〞' | '＂')
}

/// Whether `s` may hold a double quote mark: «"», or a lead byte of the
/// others (C2 «»; E2 “ ” „ ‟ ″ ‶ ❝ ❞; E3 〝 〞; EF ＂). Most names hold none.
fn may_hold_quote(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'"' | 0xC2 | 0xE2 | 0xE3 | 0xEF)) && s.chars().any(is_double_quote)
}

/// The characters a written name is reported with ([`Doc::written_name`]):
/// the visible ones, hashtags inside it read as words («رئيس #مجلس_الأعمال»):
/// «#» dropped, «_» a space; double quote marks dropped («مراسل "العربية"»).
pub(super) fn shown_chars(written: &str) -> impl Iterator<Item = char> + '_ {
    written.chars().filter(|&c| c != '#' && !is_double_quote(c) && !crate::normalize::is_invisible(c)).map(|c| if c == '_' { ' ' } else { c })
}

impl Doc<'_> {
    pub fn word(&self, t: usize) -> &str {
        let tok = self.seg.tokens[t];
        &self.norm.text[tok.start..tok.end]
    }

    pub fn is_word(&self, t: usize) -> bool {
        self.seg.tokens.get(t).is_some_and(|x| x.kind == TokKind::Word)
    }

    #[inline]
    pub fn is_punct(&self, t: usize, set: &str) -> bool {
        // The sets are a few marks: an ASCII mark is one byte of the set's
        // UTF-8 (no byte of a longer char is ASCII), others are compared as chars.
        match self.seg.tokens.get(t).map(|x| x.kind) {
            Some(TokKind::Punct(c)) if c.is_ascii() => set.bytes().any(|b| b == c as u8),
            Some(TokKind::Punct(c)) => set.chars().any(|x| x == c),
            _ => false,
        }
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
        if !self.roles_at(t).has(Role::Complementizer) {
            return false;
        }
        !(t > 0 && self.roles_at(t - 1).has(Role::NotComplementizerBefore))
    }

    /// A word that may stand between a verb and its sayer (`filler`).
    pub(crate) fn is_filler(&self, w: &str) -> bool {
        self.lex.has_role(w, Role::Filler)
    }

    pub(super) fn is_stop(&self, t: usize) -> bool {
        let roles = self.roles_at(t);
        // A participle starts no name: «وقال مخاطبا ترامب».
        let stop = roles.has(Role::NameStop) || roles.has(Role::Complementizer) || roles.has(Role::ObjectParticiple) || roles.has(Role::Filler);
        // The name «علي» is none, whatever its roles: asked only of a stop word.
        stop && !(self.word(t) == "علي" && self.is_name_ali(t))
    }

    /// Token `k` is a word that is no lexicon entry, or only a grammar
    /// word («وعبر»: "via", or the verb "expressed"; «عبد» of a name).
    pub(super) fn plain_or_grammar(&self, k: usize) -> bool {
        self.is_word(k) && self.mention_in(k).is_none_or(|m| matches!(self.lex.entry(m.entry).kind, EntryKind::Grammar(_)))
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
    pub(super) fn is_name_ali(&self, t: usize) -> bool {
        // Written with ي, not ى.
        self.original_ends_with(t, "ي")
    }

    /// Whether token `t` ends with `suffix` as originally written (where
    /// folding would hide it: «ه» against «ة», «ي» against «ى»), not
    /// counting the characters folding drops: a diacritic, tatweel or
    /// invisible mark anywhere in the word («عليَ»، «مساعديهَ») changes
    /// nothing.
    pub(super) fn original_ends_with(&self, t: usize, suffix: &str) -> bool {
        let tok = self.seg.tokens[t];
        let (a, b) = (self.norm.original_offset(tok.start), self.norm.original_offset(tok.end));
        let Some(word) = self.text.get(a..b) else { return false };
        let folds_away = |c: char| c.is_whitespace() || crate::normalize::fold_char(c) == crate::normalize::Fold::Drop;
        let mut kept = word.chars().rev().filter(|&c| !folds_away(c));
        suffix.chars().rev().all(|want| kept.next() == Some(want))
    }

    /// A cue of any class starts in token `t`.
    pub fn cue_in(&self, t: usize) -> Option<CueClass> {
        match self.kind_in(t) {
            Some(EntryKind::Cue(c)) => Some(*c),
            _ => None,
        }
    }

    /// The tokens where a scan may find a party, one bit each: a scan jumps
    /// from one to the next instead of testing every token. It skips a token
    /// that is no hashtag's and either no word, a word with a cue's or a
    /// grammar word's mention, or a word with no mention that is no known
    /// name's first or last word less proclitics (the screen `may_end`
    /// first, then the words themselves: the scan read ~10k words a 1,000
    /// articles that the screen passed, ~2k of them a name's), where
    /// [`Doc::party_at`] would find nothing without `allow_unknown` (but
    /// for «أحد» of «أحد مساعديه», read by the frames alone: `one_of`):
    /// most tokens of an article. Valid once the memory of names is
    /// complete.
    pub(super) fn party_candidates(&self) -> Vec<u64> {
        let toks = &self.seg.tokens;
        let mut bits = vec![0u64; toks.len().div_ceil(64)];
        // A word with a mention, unless a cue's or a grammar word's
        // (`read_party_at` answers nothing there, unless in a hashtag: those
        // are added below). The tokens with a mention, not every token.
        for &t in &self.mention_toks {
            let t = t as usize;
            let (Some(tok), Some(&m)) = (toks.get(t), self.mention_at.get(t)) else { continue };
            if m != super::NO_MENTION && tok.kind == TokKind::Word && !matches!(self.lex.entry(self.mentions[m as usize].entry).kind, EntryKind::Cue(_) | EntryKind::Grammar(_)) {
                bits[t / 64] |= 1 << (t % 64);
            }
        }
        // A word with no mention that a known name may end like. Only in the
        // sentences a scan reads (all when not planned): a scan looks at no
        // other token, and the screen is per word.
        if !self.memory.is_empty() {
            let text = self.norm.text.as_bytes();
            let all = std::iter::once(0..toks.len()).filter(|_| self.plan.is_empty());
            let read = self.seg.sentences.iter().zip(&self.plan).filter(|(_, &p)| p & super::READ != 0).map(|(s, _)| s.toks.clone());
            for r in all.chain(read) {
                let (Some(ts), Some(ms)) = (toks.get(r.clone()), self.mention_at.get(r.clone())) else { continue };
                for (t, (tok, &m)) in (r.start..).zip(ts.iter().zip(ms)) {
                    // Never «أحد»: there `read_party_at` may find `one_of`'s
                    // party, which a scan must not stop at (and a screen's
                    // chance hit would make it stop there).
                    if m == super::NO_MENTION && tok.kind == TokKind::Word && self.memory.may_end(text, tok.start, tok.end) && self.names_stem_of(t) && !self.roles_at(t).has(Role::OneOf) {
                        bits[t / 64] |= 1 << (t % 64);
                    }
                }
            }
        }
        // A «#» and any token after a «#» or «_»: found by their bytes (each
        // such token starts with its mark), not by testing every token.
        if self.hashtags {
            for b in memchr::memchr2_iter(b'#', b'_', self.norm.text.as_bytes()) {
                let t = self.tok_index.first(toks, b, |x| x.end <= b);
                let Some(tok) = toks.get(t).filter(|tok| tok.start == b) else { continue };
                let TokKind::Punct(c @ ('#' | '_')) = tok.kind else { continue };
                if c == '#' {
                    bits[t / 64] |= 1 << (t % 64);
                }
                if t + 1 < toks.len() {
                    bits[(t + 1) / 64] |= 1 << ((t + 1) % 64);
                }
            }
        }
        bits
    }

    /// The first token from `t` on, before `lim`, where a scan may find a
    /// party (see [`Doc::party_candidates`]).
    #[inline]
    pub(super) fn next_candidate(&self, t: usize, lim: usize) -> Option<usize> {
        let mut w = t / 64;
        let mut bits = *self.may_start.get(w)? & (!0u64 << (t % 64));
        loop {
            if bits != 0 {
                let c = w * 64 + bits.trailing_zeros() as usize;
                return (c < lim).then_some(c);
            }
            w += 1;
            if w * 64 >= lim {
                return None;
            }
            bits = *self.may_start.get(w)?;
        }
    }

    /// Token `t`, in the sentence being read, is no token a scan for
    /// parties looks at ([`Doc::party_candidates`], once they are known),
    /// nor «أحد» of «أحد مساعديه» (`one_of`, which the scan does not read).
    #[inline]
    fn no_party_start(&self, t: usize) -> bool {
        let bit = self.may_start.get(t / 64).map(|w| w & (1 << (t % 64)) != 0);
        bit == Some(false) && self.party_memo.in_sentence(t) && !self.roles_at(t).has(Role::OneOf)
    }

    /// The party at token `t`, not reaching `lim`. With `allow_unknown`, a
    /// run of unknown name words counts as a person. Asked at a token of
    /// the sentence being read, up to its end, the answer is kept (see
    /// [`PartyMemo`]).
    pub fn party_at(&self, t: usize, lim: usize, allow_unknown: bool) -> Option<PartyRef> {
        // Where a scan looks for none, none is found without unknown names
        // (see `party_candidates`): the frames ask at many such words.
        if !allow_unknown && self.no_party_start(t) {
            return None;
        }
        if !self.party_memo.answers(lim) {
            return self.read_party_at(t, lim, allow_unknown);
        }
        if let Some(found) = self.remembered_party(t, allow_unknown) {
            return found;
        }
        let found = self.read_party_at(t, lim, allow_unknown);
        let mut m = self.party_memo.inner.borrow_mut();
        let slot = match u32::try_from(m.kept.len()) {
            Ok(i) if i < KEPT => KEPT | i,
            _ => return found,
        };
        m.kept.push(found.clone());
        PartyMemo::set(&mut m, t, lim, allow_unknown, slot);
        found
    }

    /// [`Doc::party_at`] as the scan asks it (without unknown names, up to
    /// the sentence's end), noting the answer: the party it returns is
    /// pushed to `recent` next, at index `recent.len()`.
    pub(super) fn scan_party_at(&self, t: usize, lim: usize) -> Option<PartyRef> {
        let reads = self.party_memo.recent_reads.get();
        let found = self.read_party_at(t, lim, false);
        if self.party_memo.recent_reads.get() != reads {
            return found;
        }
        let slot = match &found {
            None => NOTHING,
            Some(p) if p.toks.end > t => match u32::try_from(self.recent.len()) {
                Ok(i) if i < KEPT - FROM_RECENT => FROM_RECENT + i,
                _ => return found,
            },
            Some(_) => return found,
        };
        PartyMemo::set(&mut self.party_memo.inner.borrow_mut(), t, lim, false, slot);
        found
    }

    /// The answer of `party_at(t, lim, unknown)` noted or kept, if any, for
    /// the sentence's end `lim`. An answer with unknown names holds without
    /// them unless it is an unknown name; one without holds with them when
    /// it found a party (unknown names are read only where no other party is).
    fn remembered_party(&self, t: usize, unknown: bool) -> Option<Option<PartyRef>> {
        let m = self.party_memo.inner.borrow();
        if !m.toks.contains(&t) {
            return None;
        }
        let slots = m.slots[t - m.toks.start];
        let party = |slot: u32| match slot {
            NOTHING => None,
            s if s & KEPT != 0 => m.kept.get((s & !KEPT) as usize).cloned().flatten(),
            s => self.recent.get((s - FROM_RECENT) as usize).cloned(),
        };
        let (same, other) = if unknown { (slots[1], slots[0]) } else { (slots[0], slots[1]) };
        if same != NOT_ASKED {
            return Some(party(same));
        }
        if other == NOT_ASKED {
            return None;
        }
        if unknown {
            party(other).map(Some)
        } else {
            Some(party(other).filter(|p| p.found != Found::Name))
        }
    }

    /// [`Doc::party_at`], read anew.
    fn read_party_at(&self, t: usize, lim: usize, allow_unknown: bool) -> Option<PartyRef> {
        // Not called at all in an article with no «#», as it would answer nothing.
        if self.hashtags {
            if let Some(p) = self.hashtag_party(t, lim, allow_unknown) {
                return p;
            }
        }
        if t >= lim || !self.is_word(t) {
            return None;
        }
        if let Some(m) = self.mention_in(t) {
            let m = *m;
            let e = self.lex.entry(m.entry);
            if matches!(e.kind, EntryKind::Cue(_) | EntryKind::Grammar(_)) {
                return None;
            }
            let end = self.tok_after(m.end).min(lim);
            return match &e.kind {
                EntryKind::Source(stype) => {
                    let mut toks = t..end;
                    if *stype == SourceType::Outlet {
                        toks.end = self.absorb_adjectives(toks.end, lim, true, 2);
                    }
                    let (canonical, subtype) = self.entry_names(m.entry, e);
                    Some(PartyRef {
                        toks,
                        written: m.start..m.end,
                        canonical: Some(canonical),
                        stype: *stype,
                        subtype,
                        found: Found::Lexicon,
                        certainty: 0.97,
                    })
                }
                EntryKind::OutletHead => self.outlet_after_head(t, &m, lim),
                EntryKind::Title => Some(self.correspondent_of(t, &m, lim).unwrap_or_else(|| self.person_after_title(t, &m, lim))),
                EntryKind::Anonymous => {
                    let form = &self.norm.text[m.start..m.end];
                    // An accusative singular («مسؤولا») is a subject only after
                    // the particles that govern the accusative, «لكن»، «إن»، «أن»،
                    // «لأن» («لكن مسؤولا سعوديا قال»); elsewhere the counted noun
                    // of a number («طرد 23 دبلوماسيا») or a predicate.
                    if form.split(' ').next().is_some_and(|w| w.ends_with('ا')) && !(t > 0 && self.is_word(t - 1) && matches!(self.word(t - 1), "لكن" | "ولكن" | "ان" | "بان" | "لان" | "وان")) {
                        return None;
                    }
                    // «وسائل الإعلام» is definite by its genitive: «… البرتغالية» is its adjective.
                    let definite = form.starts_with("ال") || form.rsplit(' ').next().is_some_and(|w| w.starts_with("ال"));
                    // A definite noun at `k`, no stop or cue: what a form's last
                    // preposition takes, and, no nisba, a noun in construct.
                    let definite_noun = |k: usize| k < lim && self.is_word(k) && self.word(k).starts_with("ال") && !self.is_stop(k) && self.cue_in(k).is_none();
                    let genitive = |k: usize| definite_noun(k) && !is_nisba(self.word(k));
                    let single = e.adj && !definite && !form.contains(' ');
                    // An indefinite plural in construct takes its body: «مسؤولو الشرطة».
                    let idafa = single && genitive(end);
                    // «محققو مكافحة الإرهاب»: a construct plural («…و») before a
                    // chain in construct, an indefinite noun and a definite one.
                    let chain = single
                        && !idafa
                        && form.ends_with('و')
                        && end < lim
                        && self.is_word(end)
                        && !self.word(end).starts_with("ال")
                        && self.mention_in(end).is_none()
                        && !self.is_stop(end)
                        && genitive(end + 1);
                    let (end, definite) = if idafa {
                        (end + 1, true)
                    } else if chain {
                        (end + 2, true)
                    } else {
                        (end, definite)
                    };
                    // «مصدر مقرب من الحكومة»، «مصادر مطلعة على الملف»: a form
                    // ending in its preposition takes the definite noun after it.
                    let end = if (form.ends_with(" من") || form.ends_with(" علي")) && definite_noun(end) {
                        self.absorb_adjectives(end + 1, lim, true, 2)
                    } else if e.adj {
                        self.absorb_adjectives(end, lim, definite, 2)
                    } else {
                        end
                    };
                    let last = self.seg.tokens[end - 1].end;
                    // «أحد المسؤولين»: one of them is the party, wherever it stands.
                    let tok = self.seg.tokens[t];
                    let one = t > 0 && m.word_start == tok.start && m.start == tok.start && self.lex.has_role(self.word(t - 1), Role::OneOf);
                    let (t, first) = if one { (t - 1, self.seg.tokens[t - 1].start) } else { (t, m.start) };
                    Some(PartyRef {
                        toks: t..end,
                        written: first..last.max(m.end),
                        canonical: None,
                        stype: SourceType::Anonymous,
                        subtype: Shared::EMPTY,
                        found: Found::Lexicon,
                        certainty: 0.9,
                    })
                }
                EntryKind::InstitutionHead => Some(self.organization_after_head(t, &m, lim, true)),
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
                        // With no name after it, `person_after_title` resolved
                        // the anaphor itself (`found` is then no title's), to
                        // the same tokens and anaphor most times: not again.
                        let resolved = p.found != Found::Title && p.toks == (t..end) && self.lex.anaphor(&self.norm.text[m.start..m.end]) == Some(a);
                        let mut r = if resolved { p } else { self.resolve(t, &m, end, a) };
                        r.written.end = r.written.end.max(self.seg.tokens[end - 1].end);
                        return Some(r);
                    }
                    Some(self.resolve(t, &m, end, a))
                }
                EntryKind::Cue(_) | EntryKind::Grammar(_) => None,
            };
        }
        if let Some(p) = self.one_of(t, lim) {
            return Some(p);
        }
        if let Some((end, name)) = self.memory_at(t, lim) {
            let tok = self.seg.tokens[t];
            let start = self.name_start_in(t).unwrap_or(tok.start);
            return Some(PartyRef {
                toks: t..end,
                written: start..self.seg.tokens[end - 1].end,
                canonical: Some(Shared::from(name)),
                stype: SourceType::Person,
                subtype: Shared::EMPTY,
                found: Found::Memory,
                certainty: 0.85,
            });
        }
        if allow_unknown {
            // «أكد الإيطالي روبرتو مانشيني أن»: a nationality before the name, as a title.
            let from = if self.nationality_before_name(t, lim) { t + 1 } else { t };
            let end = match self.name_chunk(from, lim) {
                Some(end) => end,
                None => self.definite_surname(t, lim)?,
            };
            if looks_prepositional(self.word(from), (end > from + 1).then(|| self.word(from + 1))) {
                return None;
            }
            return Some(PartyRef {
                toks: t..end,
                written: self.seg.tokens[from].start..self.seg.tokens[end - 1].end,
                canonical: None,
                stype: SourceType::Person,
                subtype: Shared::EMPTY,
                found: Found::Name,
                certainty: 0.75,
            });
        }
        None
    }

    /// The canonical name and subtype of lexicon entry `entry` (`e`),
    /// shared by every party the article reads of it: one allocation per
    /// entry, not per reading.
    fn entry_names(&self, entry: u32, e: &crate::lexicon::Entry) -> (Shared, Shared) {
        let mut names = self.entry_names.borrow_mut();
        if let Some((_, c, s)) = names.iter().find(|x| x.0 == entry) {
            return (c.clone(), s.clone());
        }
        let (c, s) = (Shared::from(e.canonical.as_str()), Shared::from(e.subtype.as_str()));
        // A few dozen entries an article: the search stays short.
        if names.len() < ENTRY_NAMES {
            names.push((entry, c.clone(), s.clone()));
        }
        (c, s)
    }

    /// «وقال مراسل "سكاي نيوز عربية" إن»، «وفق ما أكده مراسل الجوهرة أف أم»:
    /// an outlet's correspondent, the title at `m`, speaks for the outlet
    /// named right after it, which is the party.
    fn correspondent_of(&self, t: usize, m: &Mention, lim: usize) -> Option<PartyRef> {
        let form = &self.norm.text[m.start..m.end];
        if !matches!(form.strip_prefix("ال").unwrap_or(form), "مراسل" | "مراسله") {
            return None;
        }
        let k = self.tok_after(m.end);
        let p = self.party_at(k, lim, false).or_else(|| self.quoted_known(k, lim)).filter(|p| p.stype == SourceType::Outlet)?;
        // Written from the title: «مراسل الجوهرة أف أم» names both.
        Some(PartyRef { toks: t..p.toks.end.max(t + 1), written: m.start.min(p.written.start)..p.written.end, ..p })
    }

    /// Where a remembered name begins inside token `t` (after proclitics).
    pub(super) fn name_start_in(&self, t: usize) -> Option<usize> {
        let w = self.word(t);
        let tok = self.seg.tokens[t];
        strip_proclitics(w).find(|s| self.memory.knows(s)).map(|s| tok.start + (w.len() - s.len()))
    }

    /// Whether token `j` is a country's name that is also its nisba
    /// («السعودية»), written alone: after a definite noun, its adjective.
    fn nisba_country(&self, j: usize) -> bool {
        self.mention_in(j).is_some_and(|m| {
            m.word_start == m.start && self.seg.tokens[j].end == m.end && self.lex.entry(m.entry).subtype == "country" && is_nisba(self.word(j))
        })
    }

    /// Definite (or indefinite) nisba adjectives after a name: «الأميركية».
    pub(super) fn absorb_adjectives(&self, mut j: usize, lim: usize, definite: bool, max: usize) -> usize {
        let mut n = 0;
        // «السلطات السعودية»: a country's name that is also its nisba, as
        // the first adjective, right after a definite word (not a second one:
        // «اتهمت السلطات القطرية السعودية بـ», the country accused).
        while j < lim && n < max && self.is_word(j) && (self.mention_in(j).is_none() || (n == 0 && definite && self.nisba_country(j))) {
            let w = self.word(j);
            // «الفنانة العراقية السابقة»، «اللاعب المصري المعتزل»: a definite
            // description too, not only a nisba.
            let description = || definite && w.strip_prefix("ال").is_some_and(|s| self.lex.has_role(s, Role::Description));
            // «مسؤولا سعوديا»: after an accusative, its accusative nisba.
            let accusative = || !definite && w.ends_with("يا") && w.chars().count() >= 5 && self.word(j - 1).ends_with('ا');
            if w.starts_with("ال") != definite || !(is_nisba(w) || description() || accusative()) || self.is_stop(j) {
                break;
            }
            j += 1;
            n += 1;
        }
        j
    }

    pub(super) fn outlet_after_head(&self, t: usize, m: &Mention, lim: usize) -> Option<PartyRef> {
        let found = self.outlet_named_after_head(t, m, lim);
        if found.is_some() || !self.norm.text[m.start..m.end].starts_with("ال") {
            return found;
        }
        // «الوكالة الرسمية» with no name: the outlet of that kind named earlier.
        let e = self.lex.entry(m.entry);
        let a = Anaphor { stype: Some(SourceType::Outlet), subtype: Some(e.subtype.clone()) };
        Some(self.resolve(t, m, self.tok_after(m.end).min(lim), &a))
    }

    pub(super) fn outlet_named_after_head(&self, t: usize, m: &Mention, lim: usize) -> Option<PartyRef> {
        let e = self.lex.entry(m.entry);
        let mut j = self.tok_after(m.end);
        // «وكالة "فارس"»، «وكالة (فارس)»: quoted or in brackets.
        let bracket = j < lim && self.is_punct(j, "(");
        let quoted = j < lim && (self.seg.tokens[j].kind == TokKind::Quote || bracket);
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
            let close = (j..lim.min(j + 8)).find(|&k| if bracket { self.is_punct(k, ")") } else { self.seg.tokens[k].kind == TokKind::Quote })?;
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
            subtype: Shared::from(e.subtype.as_str()),
            found: Found::Pattern,
            certainty: if quoted { 0.9 } else { 0.75 },
        })
    }

    /// A body's name after its head word at `t`. With `plain_name`, plain
    /// words closed off after an indefinite head are its name; a title's
    /// complement passes false, as a person's name follows it there.
    pub(super) fn organization_after_head(&self, t: usize, m: &Mention, lim: usize, plain_name: bool) -> PartyRef {
        let head = &self.norm.text[m.start..m.end];
        let definite = head.starts_with("ال");
        if !definite {
            if let Some(p) = self.body_named_after_head(t, m, lim) {
                return p;
            }
        }
        let after_head = self.tok_after(m.end);
        let mut j = after_head;
        let mut n = 0;
        let mut after_construct = false;
        // «إدارة ترامب»، «حكومة نتنياهو»: an indefinite head in construct
        // with a person named before is that person's body.
        let bare_head = plain_name && self.norm.text[m.word_start..m.start].chars().all(|c| matches!(c, 'و' | 'ف'));
        if bare_head && !definite && !head.contains(' ') && j < lim && self.is_word(j) && !self.word(j).starts_with("ال") {
            // Not a name going on in plain words («شركة كمبريدج أناليتيكا»):
            // that is read below as a whole.
            let plain = |k: usize| {
                k < lim
                    && self.is_word(k)
                    && (self.roles_at(k).has(Role::NameLink)
                        || (!self.word(k).starts_with("ال") && !self.is_stop(k) && self.mention_in(k).is_none() && !self.is_complementizer(k)))
            };
            if let Some((end, _)) = self.memory_at(j, lim).filter(|&(end, _)| !plain(end)) {
                j = end;
                n = 1;
            }
        }
        while j < lim && n < 4 && self.is_word(j) && !self.is_stop(j) && self.cue_in(j).is_none() {
            let w = self.word(j);
            if let Some(EntryKind::Source(_)) = self.kind_in(j) {
                // «السلطات السعودية»: the country's nisba, the head's adjective.
                if definite && n == 0 && self.nisba_country(j) {
                    j += 1;
                    n += 1;
                    continue;
                }
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
            // «نيابة أمن الدولة العليا»: and so does the noun in construct before it.
            let genitive_head = !definite
                && (n == 0 || after_construct)
                && w.starts_with("ال")
                && matches!(self.kind_in(j), Some(EntryKind::InstitutionHead | EntryKind::Anaphor(_)));
            // «وزارة التجارة والصناعة»: a definite conjunct of the genitive.
            let conjunct = !definite && n > 0 && w.starts_with("وال") && self.mention_in(j).is_none();
            if !(w.starts_with("ال") || indefinite_adjective || construct || conjunct)
                || (self.mention_in(j).is_some() && !construct && !genitive_head)
            {
                break;
            }
            after_construct = construct;
            j += 1;
            n += 1;
        }
        let mut j = j.max(after_head);
        // «وقالت شركة تويتر إن»، «أعلنت شركة ياهو، الجمعة،»: a name of plain
        // words right after an indefinite head, closed by a comma, «إن» or
        // «عن», a time word, «قد», or «في» and a report noun («في بيان»);
        // a complement in «لـ» may come between («شركة آسمان للطيران قد»).
        // «للهيئة» is «لـ» + «الهيئة», its head matched as «هيئة»: no name follows.
        let after_lam_article = self.norm.text[self.seg.tokens[t].start..m.start].ends_with("لل");
        if plain_name && n == 0 && !definite && !after_lam_article && !head.contains(' ') {
            if let Some(end) = self.name_chunk(j, lim) {
                let end = self.lam_complement(end, lim).unwrap_or(end);
                let closed = end >= lim
                    || self.is_punct(end, "،,")
                    || self.is_complementizer(end)
                    || (self.is_word(end)
                        && (matches!(self.word(end), "عن" | "قد")
                            || self.roles_at(end).has(Role::Filler)
                            || (self.word(end) == "في" && end + 1 < lim && self.report_noun_at(end + 1))));
                if closed && !looks_prepositional(self.word(j), (end > j + 1).then(|| self.word(j + 1))) {
                    j = end;
                    n = 1;
                }
            }
        }
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
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: if n > 0 { 0.85 } else { 0.6 },
        }
    }

    /// «قالت شركة "تريند فورس" إنها»، «أعلنت شركة IBM أنها»: a short quoted
    /// name, or a run of Latin-script words, right after an indefinite head
    /// is the body's name (with its adjectives and a complement in «لـ»), so
    /// the claim starts after it. A quoted name is reported alone, as an
    /// outlet's is; a lexicon one («شركة "آبل"»، «مجموعة "إيه إر دي"») is
    /// that party.
    pub(super) fn body_named_after_head(&self, t: usize, m: &Mention, lim: usize) -> Option<PartyRef> {
        let j = self.tok_after(m.end);
        if j >= lim {
            return None;
        }
        let tail = |end: usize| {
            let end = self.absorb_adjectives(end, lim, true, 2);
            self.lam_complement(end, lim).unwrap_or(end)
        };
        if let Some(mut p) = self.quoted_known(j, lim).filter(|p| p.subtype != "country") {
            p.toks = t..tail(p.toks.end);
            return Some(p);
        }
        let latin = |k: usize| k < lim && self.is_word(k) && self.word(k).starts_with(|c: char| c.is_ascii_alphabetic());
        // «شركة "تريند فورس"»، «شركة (آر.تي.إي)»: quoted or in brackets.
        let bracket = self.is_punct(j, "(");
        let (name, after, quoted) = if self.is_quote_open(j) || bracket {
            let closes = |k: usize| if bracket { self.is_punct(k, ")") } else { self.seg.tokens[k].kind == TokKind::Quote };
            let close = (j + 1..lim.min(j + 7)).find(|&k| closes(k))?;
            // A lexicon party filling the brackets is itself: «شركة (إن.إس.أو)».
            if bracket {
                if let Some(mut p) = self.bracketed_known(j, close, lim) {
                    p.toks = t..tail(close + 1);
                    return Some(p);
                }
            }
            let plain = (j + 1..close).all(|k| self.is_word(k) && self.cue_in(k).is_none() && !self.is_complementizer(k));
            if close == j + 1 || !plain {
                return None;
            }
            (j + 1..close, close + 1, true)
        } else if latin(j) {
            let k = (j..lim.min(j + 4)).find(|&k| !latin(k)).unwrap_or(lim.min(j + 4));
            (j..k, k, false)
        } else {
            return None;
        };
        let from = if quoted { self.seg.tokens[name.start].start } else { m.start };
        Some(PartyRef {
            toks: t..tail(after),
            written: from..self.seg.tokens[name.end - 1].end,
            canonical: None,
            stype: SourceType::Organization,
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: if quoted { 0.85 } else { 0.8 },
        })
    }

    /// The end of a complement in «لـ» at `j` that goes on a body's name: a
    /// definite noun («للإحصاء») or an indefinite one before a definite
    /// genitive («لكرة القدم»), then its definite adjectives and «و» conjuncts.
    /// A human plural («للصحفيين») is the addressee, and a word the lexicon
    /// knows (an outlet told, a cue) is not part of the name.
    pub(super) fn lam_complement(&self, j: usize, lim: usize) -> Option<usize> {
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

    /// [`Doc::party_name`], borrowed when canonical.
    pub(super) fn name_of<'p>(&self, p: &'p PartyRef) -> std::borrow::Cow<'p, str> {
        match &p.canonical {
            Some(c) => std::borrow::Cow::Borrowed(c),
            None => std::borrow::Cow::Owned(self.party_name(p)),
        }
    }

    /// The name a party is reported under: canonical, else as written (original text).
    pub fn party_name(&self, p: &PartyRef) -> String {
        match &p.canonical {
            Some(c) => c.to_string(),
            None => self.written_party_name(p, self.norm.original_span(self.text, p.written.clone())),
        }
    }

    /// The name of a party with no canonical name, written at original
    /// bytes `r` (its span), with the article a «لل» dropped put back.
    pub(super) fn written_party_name(&self, p: &PartyRef, r: std::ops::Range<usize>) -> String {
        let name = self.written_name(r);
        if self.article_dropped(p) {
            format!("ال{name}")
        } else {
            name
        }
    }

    /// The proclitics written before party `p` in its first token («ل» in
    /// «لجنود»، «لل» in «للاتحاد»), empty when it starts the token.
    pub(super) fn proclitics_of(&self, p: &PartyRef) -> &str {
        match self.seg.tokens.get(p.toks.start) {
            Some(tok) if (tok.start..tok.end).contains(&p.written.start) => &self.norm.text[tok.start..p.written.start],
            _ => "",
        }
    }

    /// Whether `p` is read after «لل», the proclitic «ل» and the article
    /// whose alef is dropped («للشرطة», «للسفير السعودي»): its name is then
    /// shown with the article («الشرطة»), though its span has none.
    pub(super) fn article_dropped(&self, p: &PartyRef) -> bool {
        let Some(tok) = self.seg.tokens.get(p.toks.start) else { return false };
        tok.start < p.written.start
            && p.written.start <= tok.end
            && self.norm.text[tok.start..p.written.start].ends_with("لل")
            && !self.norm.text[p.written.start..].starts_with("ال")
    }

    /// The name written at original bytes `r`, as [`Doc::party_name`] reads it.
    pub(super) fn written_name(&self, r: std::ops::Range<usize>) -> String {
        let written = &self.text[r];
        // «مراسل "العربية"»: a quoted complement is shown as unquoted (the
        // span, a slice of the text, keeps the marks).
        if written.contains(['#', '_']) || may_hold_quote(written) {
            shown_chars(written).collect()
        } else {
            crate::normalize::visible(written)
        }
    }
}
