//! The outlet told («قال X لرويترز»، «في مقابلة مع …») and names in quote
//! marks (a quoted outlet or person as sayer or as told).

use super::frame::{first_party_in, Frame, Via};
use super::names::{is_nisba, is_present_verb, TO_ME};
use super::party::{PartyRef, Shared};
use super::Doc;
use crate::lexicon::{CueClass, EntryKind, Mention, Role, SourceType};
use crate::record::Found;
use crate::segment::{Sentence, TokKind};

impl Doc<'_> {

    /// The outlet a sayer spoke to, at token `k`: «لرويترز»، «لصحيفة …»،
    /// «في تصريح لقناة …»، «في مقابلة مع …». Asked at every token of a
    /// verb's window: one with no mention (most of them) is answered here,
    /// inlined, and a mention read apart.
    #[inline]
    pub(super) fn told_at(&self, k: usize, lim: usize) -> Option<PartyRef> {
        match self.mention_in(k) {
            // «قال لـ"رويترز"»، «قال لـ CNN»: the «ل» stands alone, the
            // outlet after it in quote marks or not.
            None if self.is_word(k) && self.word(k) == "ل" => {
                self.quoted_known(k + 1, lim).or_else(|| self.party_at(k + 1, lim, false)).filter(|p| p.stype == SourceType::Outlet)
            }
            None => None,
            Some(&m) => self.told_by_mention(k, m, lim),
        }
    }

    /// [`Doc::told_at`] at a token with mention `m`.
    #[inline(never)]
    fn told_by_mention(&self, k: usize, m: Mention, lim: usize) -> Option<PartyRef> {
        match self.lex.entry(m.entry).kind {
            EntryKind::Grammar(Role::Told) => {
                let j = self.after_cue(m.end);
                // «قال لـ"رويترز"»، «في تصريح لـ"الجزيرة"»: the quote marks
                // stand between the link and the outlet.
                let p = self.party_at(j, lim, false).or_else(|| self.quoted_known(j, lim))?;
                (p.stype == SourceType::Outlet).then_some(p)
            }
            EntryKind::Source(SourceType::Outlet) | EntryKind::OutletHead if &self.norm.text[m.word_start..m.start] == "ل" => {
                self.party_at(k, lim, false)
            }
            _ => None,
        }
    }

    /// «قال للصحفيين»، «قالت ميركل لوسائل الإعلام»: the one told at `j` is
    /// the audience (reporters, the press, those present), never a party.
    /// Where it ends, after its genitive and adjectives («لوسائل الإعلام
    /// المحلية»، «للصحفيين الأجانب»). The audience are the addressees that
    /// are no pronoun, which have at most four letters («لنا»، «لهما»): after
    /// those the subject or an adverb follows («قال لنا أحد …»، «كشف لنا أخيرا»).
    pub(super) fn audience_end(&self, j: usize, lim: usize) -> Option<usize> {
        if j >= lim || !self.is_word(j) || !self.roles_at(j).has(Role::Addressee) || self.word(j).chars().nth(4).is_none() {
            return None;
        }
        let mut k = j + 1;
        while k < lim.min(j + 3)
            && self.is_word(k)
            && (self.word(k).starts_with("ال") || self.word(k) == "اعلام" || is_nisba(self.word(k)))
            && !self.is_stop(k)
            && self.cue_in(k).is_none()
        {
            k += 1;
        }
        Some(k)
    }

    /// «قال لنا أحد المسؤولين»، «وقالت لـ"الجزيرة نت" الباحثة …»: the one
    /// told stands at `j` between a verb and its subject: an addressee
    /// pronoun or an outlet after «لـ». Returns where the subject starts and
    /// the outlet, if any; none when no party follows (then «لنا» is an
    /// adverbial before the content). `unknown`: take any plain word there,
    /// not only a party (for a verb whose sayer is only noted).
    pub(super) fn addressee_before(&self, parties: &[PartyRef], j: usize, lim: usize, unknown: bool) -> Option<(usize, Option<PartyRef>)> {
        self.addressee_reading(parties, j, lim).filter(|r| unknown || r.2).map(|(k, told, _)| (k, told))
    }

    /// [`Doc::addressee_before`] with `unknown` and without at once (a verb
    /// asks both): the answer with `unknown`, and whether it holds without.
    pub(super) fn addressee_reading(&self, parties: &[PartyRef], j: usize, lim: usize) -> Option<(usize, Option<PartyRef>, bool)> {
        if j >= lim || !self.is_word(j) {
            return None;
        }
        let w = self.word(j);
        // «لي» may be a name («لي كه تشيانغ»): only before a known party.
        let me = w == TO_ME && first_party_in(parties, j..j + 1).is_none() && !self.memory.names_word(w);
        let (k, told) = if me || self.roles_at(j).has(Role::Addressee) {
            (j + 1, None)
        } else {
            let t = self.told_at(j, lim)?;
            (t.toks.end, Some(t))
        };
        let mut end = 0;
        let k = self.skip_fillers(k, lim, &mut end);
        if k >= lim || !self.is_word(k) || self.cue_in(k).is_some() || self.is_complementizer(k) {
            return None;
        }
        // «أحد» and «بعض» are name stops, yet open an unnamed subject.
        if self.is_stop(k) && !matches!(self.word(k), "احد" | "احدي" | "بعض") {
            return None;
        }
        // After an outlet, a known party that is no country: the rest of the
        // outlet's name («لشبكة "سكاي نيوز أستراليا"»، «لموقع الاتحاد الأوروبي
        // لكرة القدم») or an adjunct («عام 2011») may follow.
        // A second outlet joined by «و» is told too («مع إذاعة "…" وقناة "…"»).
        if told.is_some() {
            // «أكد لـCNN تقارير سابقة»: a report after it is the verb's object.
            let subject = |p: &PartyRef| {
                matches!(p.stype, SourceType::Person | SourceType::Anonymous) && p.found != Found::Name && !self.is_report_party(p)
            };
            // A «و» that is a letter of the word («وزير الصحة») is no conjunction.
            let joined = self.word(k).starts_with('و') && self.mention_in(k).is_none_or(|m| m.word_start < m.start);
            let known = !joined && self.lookup(parties, k, lim, false).is_some_and(|p| subject(&p));
            let open = self.quotes_opened_in(j..k).any(|i| k < self.seg.quotes[i].close);
            return (known && !open).then_some((k, told, true));
        }
        // «قالت لنا بفخر إن»، «قال لنا دائما إن»، «كشف لنا أخيراً أن»: an
        // adverb, not an unknown name.
        let w = self.word(k);
        let adverb = w.starts_with('ب') || w.ends_with('ا');
        let party = self.lookup(parties, k, lim, !me).is_some_and(|p| p.found != Found::Name || !(me || adverb));
        (party || (!me && !adverb)).then_some((k, told, party))
    }

    /// «وفي تصريح لقناة الجزيرة، قال …»: the outlet told, ahead of the verb,
    /// is the outermost source of the sentence.
    pub(super) fn told_ahead(&self, s: &Sentence) -> Option<Frame> {
        let lim = s.toks.end;
        let k = (s.toks.start..lim.min(s.toks.start + 3))
            .find(|&k| matches!(self.kind_in(k), Some(EntryKind::Grammar(Role::Told))))?;
        // «وأوضح بانون في مقابلة مع شبكة "فوكس نيوز"، …»: a link after the
        // verb and its sayer is the sayer's, read with the verb.
        if (s.toks.start..k).any(|t| self.cue_in(t).is_some() || self.mention_in(t).is_some_and(|m| matches!(self.lex.entry(m.entry).kind, EntryKind::Source(_)))) {
            return None;
        }
        let m = *self.mention_in(k)?;
        let p = self.told_at(k, lim)?;
        let e = p.toks.end;
        if !self.is_punct(e, "،,") {
            return None;
        }
        Some(Frame {
            class: CueClass::AccordingTo,
            cue: m.start..m.end,
            cue_tok: k,
            weight: 0.85,
            levels: vec![vec![p]],
            content: e + 1,
            trailing: false,
            clause_start: s.toks.start,
            independent: true,
            via: Via::Prep,
            gap: 0,
        })
    }

    /// «وأضاف في تصريحات لقناة الحدث السعودية، بأن»، «وقال، في تصريحات لبي
    /// بي سي، إن»: right after a verb with no sayer of its own, a link to the
    /// outlet told, then (past a few words with no party or verb) the
    /// content: the outlet and the content's first token. The sayer is the
    /// one before the verb or carried over; the outlet is the outermost level.
    pub(super) fn told_only(&self, parties: &[PartyRef], s: &Sentence, j: usize) -> Option<(PartyRef, usize)> {
        let lim = s.toks.end;
        let j0 = if self.is_punct(j, "،,") { j + 1 } else { j };
        if j0 >= lim || !self.is_word(j0) {
            return None;
        }
        let t = self.told_at(j0, lim)?;
        let mut k = t.toks.end;
        let stop = lim.min(k + 6);
        // «لقناة الحدث السعودية»: an adjective of origin, read as a country.
        if first_party_in(parties, k..k + 1).is_some_and(|p| p.toks.len() == 1 && self.word(k).starts_with("ال")) {
            k += 1;
        }
        while k < stop {
            let open = self.is_quote_open(k);
            let quote_ok = k == t.toks.end || self.is_punct(k - 1, ":،,");
            if self.content_marker(k).is_some() && (!open || quote_ok) {
                break;
            }
            if self.is_punct(k, ".!?؟") || self.cue_in(k) == Some(CueClass::Verb) || first_party_in(parties, k..k + 1).is_some() {
                return None;
            }
            k += 1;
        }
        let c = self.content_marker(k).filter(|_| k < stop)?;
        Some((t, c))
    }

    /// A short quoted name at `j` («"حرييت"»), taken for an outlet; a
    /// known one («"رويترز"») is that party.
    pub(crate) fn quoted_name(&self, j: usize, lim: usize) -> Option<PartyRef> {
        // A quoted capital («نقلا عن "الرياض"») names a newspaper, not the state.
        let known = self.quoted_known(j, lim).filter(|p| p.subtype != "country");
        known.or_else(|| self.quoted_party(j, lim, 6, SourceType::Outlet))
    }

    /// A quoted name opening at `j` right after a reporting verb that is the
    /// verb's subject: a lexicon party or a person named before filling the
    /// quotation («وذكرت "واس" أن»، «وأضاف "كيم" أن»), or one to three plain
    /// words closed before a complementizer or «عن» («ونقلت "ديلي تلغراف"
    /// عن باحثين»، «وكتب "38 نورث" أنه»). A quotation that runs on is the
    /// content («وأضاف "نحن …"»), and so is a quoted verb («وقال "يستحيل" أن»).
    pub(super) fn quoted_subject(&self, j: usize, lim: usize) -> Option<PartyRef> {
        if !self.is_quote_open(j) {
            return None;
        }
        let close = (j + 1..lim.min(j + 5)).find(|&k| self.seg.tokens[k].kind == TokKind::Quote)?;
        let next = close + 1;
        // «قالت "منظومة المجتمع الكردستاني"، في بيان، إن»: an adverbial
        // phrase set off by commas may stand before the complementizer.
        let set_off = next < lim
            && self.is_punct(next, "،,")
            && (next + 1..lim.min(next + 7)).find(|&x| self.is_word(x) && self.is_complementizer(x)).is_some_and(|c| {
                c > next + 2
                    && self.is_punct(c - 1, "،,")
                    && (next + 1..c - 1).all(|x| self.is_word(x) && matches!(self.cue_in(x), None | Some(CueClass::Noun)))
            });
        if next >= lim || !(self.is_word(next) || set_off) {
            return None;
        }
        if let Some(p) = self.quoted_known(j, lim).filter(|p| p.subtype != "country" && p.toks.end == next) {
            return Some(p);
        }
        if let Some((end, display)) = self.memory_at(j + 1, close) {
            if end == close {
                let mut p = self.quoted_party(j, lim, 5, SourceType::Person)?;
                p.canonical = Some(Shared::from(display));
                p.found = Found::Memory;
                return Some(p);
            }
        }
        let opens_content = set_off || self.is_complementizer(next) || self.word(next) == "عن";
        let plain = (j + 1..close).all(|k| {
            self.is_word(k) && self.cue_in(k).is_none() && !self.is_stop(k) && !self.roles_at(k).has(Role::NameStop)
        });
        if !opens_content || !plain || close - j > 4 || (close == j + 2 && is_present_verb(self.word(j + 1))) {
            return None;
        }
        self.quoted_party(j, lim, 5, SourceType::Outlet)
    }

    /// «وأوضحت (سي.إن.إن)، الأحد، أن»، «وقالت (إس.أو.إس ميديتريني) في بيان
    /// إن»: a name in brackets right after the verb is its subject, a
    /// lexicon party filling them, or one to three plain words before a
    /// complementizer, a comma or «في». The brackets are the party's tokens.
    pub(super) fn bracketed_subject(&self, j: usize, lim: usize) -> Option<PartyRef> {
        if !self.is_punct(j, "(") {
            return None;
        }
        let close = (j + 1..lim.min(j + 5)).find(|&k| !self.is_word(k)).filter(|&k| self.is_punct(k, ")"))?;
        if close == j + 1 || close + 1 >= lim {
            return None;
        }
        if let Some(mut p) = self.bracketed_known(j, close, lim) {
            p.toks = j..close + 1;
            return Some(p);
        }
        let next = close + 1;
        let closed = self.is_punct(next, "،,") || (self.is_word(next) && (self.is_complementizer(next) || self.word(next) == "في"));
        let plain = (j + 1..close).all(|k| self.cue_in(k).is_none() && !self.is_stop(k));
        (closed && plain).then(|| PartyRef {
            toks: j..close + 1,
            written: self.seg.tokens[j + 1].start..self.seg.tokens[close - 1].end,
            canonical: None,
            stype: SourceType::Organization,
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: 0.7,
        })
    }

    /// A lexicon party, no country, filling the brackets from `open` to
    /// `close`: «(سي.إن.إن)»، «شركة (إن.إس.أو)». Its tokens are the name's.
    pub(super) fn bracketed_known(&self, open: usize, close: usize, lim: usize) -> Option<PartyRef> {
        self.party_at(open + 1, lim, false).filter(|p| p.found == Found::Lexicon && p.toks.end == close && p.subtype != "country")
    }

    /// A lexicon party filling a quotation opening at `j`: «"سكاي نيوز عربية"».
    pub(crate) fn quoted_known(&self, j: usize, lim: usize) -> Option<PartyRef> {
        if !self.is_quote_open(j) || j + 1 >= lim {
            return None;
        }
        let mut p = self.party_at(j + 1, lim, false).filter(|p| p.found == Found::Lexicon)?;
        let close = p.toks.end;
        if close >= lim || self.seg.tokens[close].kind != TokKind::Quote {
            return None;
        }
        p.toks = j..close + 1;
        Some(p)
    }

    /// A quotation of words only opening at `j` and closing before token
    /// `j + within`, read as a party of type `stype`.
    pub(crate) fn quoted_party(&self, j: usize, lim: usize, within: usize, stype: SourceType) -> Option<PartyRef> {
        if !self.is_quote_open(j) {
            return None;
        }
        let close = (j + 1..lim.min(j + within)).find(|&k| self.seg.tokens[k].kind == TokKind::Quote)?;
        if close == j + 1 || !(j + 1..close).all(|k| self.is_word(k)) {
            return None;
        }
        Some(PartyRef {
            toks: j..close + 1,
            written: self.seg.tokens[j + 1].start..self.seg.tokens[close - 1].end,
            canonical: None,
            stype,
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: 0.7,
        })
    }
}
