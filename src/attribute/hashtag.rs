//! Hashtags as names: «#الجيش_اليمني»، «#كريستين_لاغارد»، «الشيخ #سلطان_بن_سحيم».
//!
//! Scraped news writes names as hashtags, their words joined by «_»: read
//! word by word, «#البيت_الأبيض» was taken for another entry and
//! «#صندوق_النقد_الدولي» cut to «صندوق». A hashtag's words are looked up
//! together; one opening with a title takes the name inside it or after it;
//! an unknown one is a person's name only where it reads as one (no digit,
//! no common noun after its first word) and stands as a sayer.

use super::names::{looks_prepositional, might_be_nationality, title_stem};
use super::party::{PartyRef, Shared};
use super::Doc;
use crate::lexicon::{EntryKind, SourceType};
use crate::record::Found;
use crate::segment::TokKind;

impl Doc<'_> {
    /// Tokens `a` and `b` touch (no space between them).
    pub(super) fn glued(&self, a: usize, b: usize) -> bool {
        self.seg.tokens.get(b).is_some_and(|y| self.seg.tokens[a].end == y.start)
    }

    /// A hashtag of several words opening at word `t` («#الجيش_اليمني»،
    /// «#كريستين_لاغارد»): the token after its last word.
    pub(crate) fn hashtag_at(&self, t: usize, lim: usize) -> Option<usize> {
        if !self.hashtags {
            return None;
        }
        if t == 0 || t >= lim || !self.is_word(t) || !self.is_punct(t - 1, "#") || !self.glued(t - 1, t) {
            return None;
        }
        let mut end = t + 1;
        while end + 1 < lim && self.is_punct(end, "_") && self.glued(end - 1, end) && self.glued(end, end + 1) && self.is_word(end + 1) {
            end += 2;
        }
        (end > t + 1).then_some(end)
    }

    /// The first word of the hashtag word `t` stands in, if it stands in one.
    pub(super) fn hashtag_start(&self, t: usize) -> Option<usize> {
        if !self.hashtags {
            return None;
        }
        let mut k = t;
        while k >= 2 && self.is_punct(k - 1, "_") && self.glued(k - 1, k) && self.glued(k - 2, k - 1) && self.is_word(k - 2) {
            k -= 2;
        }
        (k > 0 && self.is_punct(k - 1, "#") && self.glued(k - 1, k)).then_some(k)
    }

    /// The hashtag's words as the article writes them, underscores read as spaces.
    pub(super) fn hashtag_display(&self, a: usize, b: usize) -> String {
        let r = self.norm.original_span(self.text, self.seg.tokens[a].start..self.seg.tokens[b - 1].end);
        crate::normalize::visible(&self.text[r]).replace('_', " ")
    }

    /// A hashtag read as one name: `None` when `t` is no hashtag of several
    /// words, `Some(None)` when it is one but names no party (a topic, or a
    /// word inside it).
    #[inline]
    pub(super) fn hashtag_party(&self, t: usize, lim: usize, allow_unknown: bool) -> Option<Option<PartyRef>> {
        // Most tokens are answered here, without a call.
        if !self.may_be_in_hashtag(t) {
            return None;
        }
        self.hashtag_party_as(t, lim, allow_unknown, false)
    }

    /// Only a «#», a word right after one, or a word after a «_» can be (in)
    /// a hashtag.
    #[inline]
    fn may_be_in_hashtag(&self, t: usize) -> bool {
        let mark = |k: usize, c: char| matches!(self.seg.tokens.get(k).map(|x| x.kind), Some(TokKind::Punct(p)) if p == c);
        self.hashtags && (mark(t, '#') || (t > 0 && (mark(t - 1, '#') || mark(t - 1, '_'))))
    }

    /// [`Doc::hashtag_party`]; `after_title`: an unknown hashtag after a
    /// title is its holder's name whatever its words.
    pub(super) fn hashtag_party_as(&self, t: usize, lim: usize, allow_unknown: bool, after_title: bool) -> Option<Option<PartyRef>> {
        // Every other token is answered at once.
        if !self.may_be_in_hashtag(t) {
            return None;
        }
        let (a, from) = if self.is_punct(t, "#") { (t + 1, t) } else { (t, t) };
        if self.is_word(t) && self.hashtag_at(t, lim).is_none() && self.hashtag_start(t).is_some_and(|k| k < t) {
            return Some(None);
        }
        let b = self.hashtag_at(a, lim)?;
        let words: Vec<&str> = (a..b).step_by(2).map(|k| self.word(k)).collect();
        let folded = words.join(" ");
        let ms = self.lex.find(&folded);
        let head = ms.first().filter(|m| m.start == 0);
        let written = self.seg.tokens[a].start..self.seg.tokens[b - 1].end;
        // Made only where a party is named as written, not at a lexicon name.
        let display = || self.hashtag_display(a, b);
        let party = |stype: SourceType, canonical: String, found: Found, certainty: f32, subtype: Shared| PartyRef {
            toks: from..b,
            written: written.clone(),
            canonical: Some(Shared::from(canonical)),
            stype,
            subtype,
            found,
            certainty,
        };
        if let Some(m) = head {
            let e = self.lex.entry(m.entry);
            if let EntryKind::Title = e.kind {
                // «#وزير_الخزانة_الأميركي ستيف منوتشين»: the name may follow.
                let stem = Shared::from(title_stem(&folded[m.start..m.end]));
                if let Some(mut p) = self.name_after(b, lim) {
                    p.toks.start = from;
                    p.subtype = stem;
                    p.found = Found::Title;
                    return Some(Some(p));
                }
                // «#الشيخ_سلطان_بن_سحيم»، «#الرئيس_الأمريكي_دونالد_ترمب»: the
                // words after the title and its adjectives are the name.
                let title_end = self.tok_after(self.seg.tokens[a].start + m.end).min(b);
                let mut k = if self.is_punct(title_end, "_") { title_end + 1 } else { title_end };
                while k < b && self.is_word(k) && (self.has_article(k) || (might_be_nationality(self.word(k)) && self.lex.is_nationality(self.word(k)))) {
                    k += 2;
                }
                let named = |k: usize| !matches!(self.kind_in(k), Some(EntryKind::Source(_) | EntryKind::InstitutionHead | EntryKind::OutletHead | EntryKind::Cue(_)));
                if k < b && self.is_word(k) && named(k) {
                    let mut p = party(SourceType::Person, self.hashtag_display(k, b), Found::Title, 0.9, stem);
                    p.written = self.seg.tokens[k].start..self.seg.tokens[b - 1].end;
                    return Some(Some(p));
                }
                // «#ولي_العهد_السعودي» alone: the person named earlier with
                // that title, as «ولي العهد» would be.
                let form = &folded[m.start..m.end];
                if self.lex.anaphor(form).is_some_and(|an| an.stype == Some(SourceType::Person)) {
                    let before = self.seg.tokens[from].start;
                    self.party_memo.note_recent_read();
                    let hit = self.recent.iter().rev().take(200).find(|p| {
                        self.seg.tokens[p.toks.start].start < before
                            && p.stype == SourceType::Person
                            && p.subtype == stem
                            && p.found == Found::Title
                            && p.certainty >= 0.9
                    });
                    if let Some(h) = hit {
                        let mut r = party(SourceType::Person, self.party_name(h), Found::Anaphora, 0.85 * h.certainty, stem);
                        r.written = written.clone();
                        return Some(Some(r));
                    }
                }
                return Some(Some(party(SourceType::Person, display(), Found::Title, 0.85, stem)));
            }
            // «#صندوق_النقد الدولي»، «#مركز_دبي_التجاري العالمي»: adjectives
            // left out of the hashtag belong to the name.
            let end = self.absorb_adjectives(b, lim, true, 2);
            let (folded, m) = if end > b {
                let rest: Vec<&str> = (b..end).map(|k| self.word(k)).collect();
                let longer = format!("{folded} {}", rest.join(" "));
                let lm = self.lex.find(&longer).into_iter().next().filter(|x| x.start == 0).unwrap_or(*m);
                (longer, lm)
            } else {
                (folded, *m)
            };
            let display = || {
                if end == b {
                    return display();
                }
                let r = self.norm.original_span(self.text, self.seg.tokens[b].start..self.seg.tokens[end - 1].end);
                format!("{} {}", display(), crate::normalize::visible(&self.text[r]))
            };
            let e = self.lex.entry(m.entry);
            let whole = m.end == folded.len();
            let mut p = match &e.kind {
                EntryKind::Source(st) if whole => party(*st, e.canonical.clone(), Found::Lexicon, 0.95, Shared::from(e.subtype.as_str())),
                EntryKind::Source(SourceType::Outlet) | EntryKind::OutletHead => {
                    party(SourceType::Outlet, display(), Found::Pattern, 0.8, Shared::EMPTY)
                }
                EntryKind::Source(_) | EntryKind::InstitutionHead => {
                    party(SourceType::Organization, display(), Found::Pattern, 0.8, Shared::EMPTY)
                }
                _ => return Some(None),
            };
            p.toks.end = end;
            return Some(Some(p));
        }
        if let Some(name) = self.memory.display_of(&folded) {
            return Some(Some(party(SourceType::Person, name.to_owned(), Found::Memory, 0.85, Shared::EMPTY)));
        }
        // An unknown hashtag is a person's name only as a sayer, and only if
        // it reads as one: no digit, no common noun with the article after
        // the first word («#حساب_المواطن»، «#رؤية_السعودية_2030»).
        let name_like = words.len() <= 4
            && !self.has_article(a)
            && words.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit()))
            && words.iter().skip(1).all(|w| !w.starts_with("ال") || w.ends_with('ي') || w.ends_with("الله"));
        Some((allow_unknown && (name_like || after_title)).then(|| party(SourceType::Person, display(), Found::Name, 0.75, Shared::EMPTY)))
    }

    /// A person's name right after a title written as a hashtag: a hashtag
    /// name, a title and its name, a known name or an unknown one.
    fn name_after(&self, b: usize, lim: usize) -> Option<PartyRef> {
        if b >= lim {
            return None;
        }
        if self.is_punct(b, "#") {
            return self
                .hashtag_party(b, lim, true)
                .flatten()
                .filter(|p| p.stype == SourceType::Person && matches!(p.found, Found::Name | Found::Memory));
        }
        if !self.is_word(b) {
            return None;
        }
        if let Some(m) = self.mention_in(b).copied() {
            if let EntryKind::Title = self.lex.entry(m.entry).kind {
                // A title whose name is read after a hashtag title whose name
                // is read after …: two deep at most (the stack, and time).
                let depth = self.title_nesting.get();
                if depth >= 2 {
                    return None;
                }
                self.title_nesting.set(depth + 1);
                let p = self.person_after_title(b, &m, lim);
                self.title_nesting.set(depth);
                return (p.found == Found::Title && p.written.start > m.end).then_some(p);
            }
            return None;
        }
        if let Some((end, name)) = self.memory_at(b, lim) {
            return Some(PartyRef {
                toks: b..end,
                written: self.seg.tokens[b].start..self.seg.tokens[end - 1].end,
                canonical: Some(Shared::from(name)),
                stype: SourceType::Person,
                subtype: Shared::EMPTY,
                found: Found::Memory,
                certainty: 0.85,
            });
        }
        let end = self.name_chunk(b, lim)?;
        if looks_prepositional(self.word(b), (end > b + 1).then(|| self.word(b + 1))) {
            return None;
        }
        Some(PartyRef {
            toks: b..end,
            written: self.seg.tokens[b].start..self.seg.tokens[end - 1].end,
            canonical: None,
            stype: SourceType::Person,
            subtype: Shared::EMPTY,
            found: Found::Name,
            certainty: 0.85,
        })
    }
}
