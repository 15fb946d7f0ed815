//! Who says it: the sayer before the verb, earlier in the sentence or
//! carried over from the last sentence that had one, the subject of a
//! headline, and the parties that are no sayer (objects, governed nouns).

use super::frame::{Via, SUBJECT_SCAN, WINDOW};
use super::names::looks_prepositional;
use super::party::{PartyRef, Shared};
use super::Doc;
use crate::lexicon::{CueClass, EntryKind, Role, SourceType};
use crate::record::Found;
use crate::segment::{Sentence, TokKind};

impl Doc<'_> {

    /// Whether party `p` stands right after a circumstantial participle, with
    /// no preposition: «…، متهما الاتحاد المصري بـ»، «داعيا الدول إلى»،
    /// «مخاطبا الحضور». It is the participle's object, the one accused or
    /// addressed, while the sayer is the clause's subject; «مؤكدا لرويترز»
    /// names whom it was told, «مؤكدا التقارير التي أشارت» the subject of
    /// the relative clause.
    pub(crate) fn participle_object(&self, p: &PartyRef) -> bool {
        let t = p.toks.start;
        // The word before first: most parties follow no participle.
        if !self.after_participle(t) {
            return false;
        }
        let k = t - 1;
        let tok = self.seg.tokens[t];
        if self.norm.text[tok.start..p.written.start.clamp(tok.start, tok.end)].contains(['ل', 'ب']) {
            return false;
        }
        if self.is_word(p.toks.end) && self.roles_at(p.toks.end).has(Role::Relative) {
            return false;
        }
        // A feminine form right after a verb is its subject, a noun: «حذرت
        // مدعية المحكمة»، not «claiming».
        !(self.word(k).ends_with('ه') && k > 0 && self.cue_in(k - 1) == Some(CueClass::Verb))
    }

    /// Whether the word before token `t` is a circumstantial participle
    /// that takes an object (the first test of [`Doc::participle_object`]).
    pub(crate) fn after_participle(&self, t: usize) -> bool {
        let Some(k) = t.checked_sub(1).filter(|&k| self.is_word(k)) else { return false };
        match self.mention_in(k) {
            // «بزعم»، «بدعوى» (class participle in cues.tsv) are nouns whose
            // genitive may be the claimant.
            Some(m) if self.cue_in(k) == Some(CueClass::Participle) => {
                m.end <= self.seg.tokens[k].end && !self.norm.text[m.start..m.end].starts_with('ب')
            }
            _ => self.roles_at(k).has(Role::ObjectParticiple),
        }
    }

    /// The sayer(s) before token `ct`: just before it, else earlier in the
    /// sentence, else the last sayer of the discourse.
    pub(super) fn sayer_before(&self, parties: &[PartyRef], s: &Sentence, ct: usize, dual: bool, si: usize) -> Option<(Vec<PartyRef>, Via)> {
        // The sentence's parties run left to right without overlap.
        let lo = parties.partition_point(|p| p.toks.start < s.toks.start);
        let hi = parties.partition_point(|p| p.toks.end <= ct).max(lo);
        let before = &parties[lo..hi];
        if let Some(last) = before.last() {
            // «… في برنامج "أراب غت تالنت" فاعتبرت»: a verb opening a clause
            // of its own does not take the object of a preposition before it
            // («على معلومات تفيد» is a clause about the noun).
            let prefixed = self.mention_in(ct).is_some_and(|m| m.word_start < m.start);
            // Nor does any verb take a named object of a preposition right
            // before it («وردا على سؤال حول مبيعات الأسلحة إلى المملكة
            // العربية السعودية قال: …»): its sayer is further back. An
            // unnamed one is described by the verb («اطلعت على تقارير تفيد
            // بأن»).
            let adjacent = (last.toks.end..ct).all(|k| self.is_word(k) && self.roles_at(k).has(Role::Filler))
                && !(prefixed && self.in_phrase(last))
                && !(self.after_preposition(last) && last.stype != SourceType::Anonymous);
            // «روسيا»، «لندن» are feminine: no sayer of «قال» (a masculine
            // verb), which has one elsewhere («… عن روسيا، وقال إنه»).
            let masculine = self.cue_gender_at(ct) == Some(false);
            let agrees = |p: &PartyRef| !(masculine && self.feminine_place(p));
            let adjacent = adjacent && agrees(last);
            let via = if adjacent { Via::Before } else { Via::Earlier };
            if dual {
                // The last two persons before the verb, from the sentence's index of persons.
                let k = self.persons.partition_point(|&i| i < hi);
                let persons: Vec<PartyRef> =
                    self.persons[..k].iter().rev().filter(|&&i| i >= lo).take(2).map(|&i| parties[i].clone()).collect();
                if persons.len() == 2 {
                    return Some((persons.into_iter().rev().collect(), via));
                }
            }
            if adjacent || (self.relative_to(last, ct) && agrees(last)) {
                return Some((vec![last.clone()], via));
            }
            // Not next to the verb: the sentence's subject, which in Arabic
            // news comes first («أجرى المبعوث … تحولا، حيث صرح بأن»), not
            // the nearest object («توعد X إيران …، قائلا»), nor a party
            // after a preposition («روت زينة لوكالة الأنباء الفرنسية … وقالت»).
            // The scans start at the sentence's first party that is no outlet
            // and stop at a few: a sentence may hold thousands of parties.
            // A participle shares its clause's sayer: «وبين أن … وزارة الصحة، مشيرا»
            // takes no party from the content of the verb before it.
            let hi = if self.cue_in(ct) == Some(CueClass::Participle) {
                match self.first_verb_content(s, ct, false) {
                    Some(c) => parties[lo..hi].partition_point(|p| p.toks.end <= c) + lo,
                    None => hi,
                }
            } else {
                hi
            };
            if hi == lo {
                return self.agreeing_sayers(si, ct).map(|sayers| (sayers, Via::Discourse));
            }
            let before = &parties[lo..hi];
            let from = self.first_non_outlet.map_or(hi, |i| i.clamp(lo, hi));
            let subject = parties[from..hi].iter().take(SUBJECT_SCAN).find(|p| p.stype != SourceType::Outlet && !self.governed(p) && agrees(p));
            let Some(first) = subject.or_else(|| before.iter().rev().take(SUBJECT_SCAN).find(|p| !self.governed(p) && agrees(p))) else {
                return self.agreeing_sayers(si, ct).map(|sayers| (sayers, Via::Discourse));
            };
            return Some((vec![first.clone()], via));
        }
        self.agreeing_sayers(si, ct).map(|sayers| (sayers, Via::Discourse))
    }

    /// Whether party `p` is a country or city written without the article
    /// («روسيا»، «لندن») or with a feminine first word («المملكة المتحدة»،
    /// «الولايات المتحدة»): a feminine subject in Arabic (unlike «العراق»).
    fn feminine_place(&self, p: &PartyRef) -> bool {
        // Folded: «ة» is «ه».
        let feminine = |w: &str| {
            let first = w.split(' ').next().unwrap_or(w);
            !w.starts_with("ال") || first.ends_with('ه') || first.ends_with("ات")
        };
        &*p.subtype == "country" && self.norm.text.get(p.written.clone()).is_some_and(feminine)
    }

    /// Whether party `p` is the object of a preposition: a word before it
    /// («مع وزير الخارجية»، «في الصحف») or a proclitic «بـ» on it
    /// («رحب بالوفد»). A «لـ» is the outlet told only on an outlet («روت
    /// زينة لوكالة الأنباء الفرنسية»); on another party it is mostly the
    /// owner, who speaks («في تغريدة لقرقاش، حيث قال»).
    pub(super) fn governed(&self, p: &PartyRef) -> bool {
        let t = p.toks.start;
        if self.after_preposition(p) {
            return true;
        }
        if !self.is_word(t) || (t > 0 && self.cue_in(t - 1) == Some(CueClass::AccordingTo)) {
            return false;
        }
        let tok = self.seg.tokens[t];
        let proclitic = if p.written.start > tok.start && p.written.start < tok.end {
            // The name starts inside the word: what comes before it is a proclitic.
            self.norm.text[tok.start..p.written.start].trim_start_matches(['و', 'ف'])
        } else if p.written.start >= tok.end {
            // A title before the name («بالرئيس الأمريكي»).
            let w = self.word(t).trim_start_matches(['و', 'ف']);
            &w[..w.find("ال").unwrap_or(0)]
        } else {
            ""
        };
        proclitic.starts_with('ب') || (proclitic.starts_with('ل') && p.stype == SourceType::Outlet)
    }

    /// Whether a preposition word stands right before party `p` («إلى
    /// المملكة العربية السعودية»).
    fn after_preposition(&self, p: &PartyRef) -> bool {
        let t = p.toks.start;
        t > 0 && self.is_word(t - 1) && self.roles_at(t - 1).has(Role::Preposition)
    }

    /// [`Doc::governed`], or after a noun or two that a preposition governs
    /// («تحدثت كرم عن تجربتها في برنامج "أراب غت تالنت" فاعتبرت»).
    fn in_phrase(&self, p: &PartyRef) -> bool {
        if self.governed(p) {
            return true;
        }
        // «إسكات المنتقدين الذين قالوا»: the subject of a relative clause.
        let e = p.toks.end;
        if self.is_word(e) && self.roles_at(e).has(Role::Relative) {
            return false;
        }
        let sentence = self.seg.sentences.get(self.current).map_or(0, |s| s.toks.start);
        self.in_adjunct(p, sentence).is_some_and(|k| self.lex.has_role(self.word(k), Role::Preposition))
    }

    /// «في برنامج "بوليتيكا"»، «عن تجربتها في برنامج "…"»، «مع صحيفة الشرق
    /// الأوسط»: party `p` is the object of a preposition, after at most two
    /// nouns (and quote marks), none before token `from`. Returns the
    /// preposition's token. A report noun between names its issuer, who
    /// speaks («في بيان لوزارة الخارجية»).
    pub(super) fn in_adjunct(&self, p: &PartyRef, from: usize) -> Option<usize> {
        let mut k = p.toks.start;
        // «مع النساء فالسلطات»: a party with «و» or «ف» opens a clause.
        let tok = self.seg.tokens[k];
        if self.is_word(k) && p.written.start > tok.start && self.norm.text[tok.start..p.written.start.min(tok.end)].starts_with(['و', 'ف']) {
            return None;
        }
        let mut nouns = 0;
        while k > from {
            k -= 1;
            match self.seg.tokens[k].kind {
                TokKind::Quote => continue,
                TokKind::Word => {}
                _ => return None,
            }
            let w = self.word(k);
            if self.lex.has_role(w, Role::AdjunctHead) && !(w == "علي" && self.is_name_ali(k)) {
                // «عدد من النشطاء»، «بعض من»: a part of the party, no adjunct.
                let partitive = w == "من" && k > 0 && self.is_word(k - 1) && self.is_stop(k - 1);
                return (!partitive).then_some(k);
            }
            let report = self.report_noun_at(k) || self.lex.has_role(w, Role::ReportNoun);
            if nouns == 2 || report || self.mention_in(k).is_some() || self.is_complementizer(k) || self.is_stop(k) {
                return None;
            }
            nouns += 1;
        }
        None
    }

    /// «X، الذي قال»: the verb opens a relative clause about the party
    /// right before it, set off by a comma (without one, «منتخب بلجيكا الذي
    /// يعتقد أنه» is a phrase inside a claim's content).
    pub(super) fn relative_to(&self, p: &PartyRef, ct: usize) -> bool {
        let k = p.toks.end;
        k + 1 < ct
            && self.is_punct(k, "،,")
            && self.is_word(k + 1)
            && self.roles_at(k + 1).has(Role::Relative)
            && (k + 2..ct).all(|x| self.is_word(x) && self.roles_at(x).has(Role::Filler))
    }

    /// The last sayers, for a verb at `ct` with no sayer of its own, unless
    /// the verb's gender is not the last sayer's: «وقالت …» after a man
    /// spoke (a masculine verb was written before his name) goes back to the
    /// last sayer that agrees, a woman known as one or, for a feminine verb,
    /// a body or outlet; with none such, to nobody. Arabic verbs agree with
    /// a person subject, so the clash rules the last sayer out.
    pub(super) fn agreeing_sayers(&self, si: usize, ct: usize) -> Option<Vec<PartyRef>> {
        let sayers = self.last_sayers(si)?;
        let Some(feminine) = self.cue_gender_at(ct) else { return Some(sayers) };
        // «وقال متحدث باسم الشرطة: … وأضافت أن»: the body he speaks for.
        let spokesman = |p: &PartyRef| p.toks.clone().any(|k| self.is_word(k) && self.word(k).starts_with("باسم"));
        if !sayers.first().is_some_and(|p| self.person_gender(p) == Some(!feminine) && !spokesman(p)) {
            return Some(sayers);
        }
        let agrees = |p: &PartyRef| match p.stype {
            SourceType::Person => self.person_gender(p) == Some(feminine),
            SourceType::Anonymous => false,
            _ => feminine,
        };
        self.said
            .iter()
            .rev()
            .take_while(|(at, _)| si.saturating_sub(*at) <= 8)
            .map(|(_, l)| l)
            .find(|l| l.first().is_some_and(agrees))
            .cloned()
    }

    /// The innermost sayers of the last attributed claim, if it stands at
    /// most four sentences before sentence `si`; a later verb whose sayer
    /// was not read (`heir`) stands in for them.
    pub(super) fn last_sayers(&self, si: usize) -> Option<Vec<PartyRef>> {
        let last = match (&self.last, &self.heir) {
            (Some((at, _)), Some((h, _))) if h < at => &self.last,
            (_, Some(_)) => &self.heir,
            _ => &self.last,
        };
        // The sentence right before, with no sayer of its own, may have a
        // person as its subject: the one the verb goes on with.
        if last.as_ref().is_none_or(|(at, _)| at + 1 < si) {
            if let Some(p) = self.topic_before(si) {
                return Some(vec![p]);
            }
        }
        match last {
            Some((at, sayers)) if si.saturating_sub(*at) <= 4 && !sayers.is_empty() => Some(sayers.clone()),
            _ => None,
        }
    }

    /// «تعهد الرئيس الإيراني حسن روحاني بأن …» then «وقال إن …»: the sentence
    /// before `si` opens with a word that is no lexicon entry nor particle
    /// (a verb, in the news' verb-first order) and right after it a person
    /// known by a title or by name, who is the topic a verb with no sayer
    /// goes on with.
    fn topic_before(&self, si: usize) -> Option<PartyRef> {
        let s = self.seg.sentences.get(si.checked_sub(1)?)?;
        // «في اليوم العالمي لإلغاء عقوبة الإعدام، أشاد الأمين العام …»: the
        // verb after a fronted adjunct of words set off by a comma (stricter
        // than `after_connective`, which lets a cue's sayer be carried over:
        // here the subject read after it is taken for the next sentence).
        let fronted = || {
            let comma = (s.toks.start + 1..s.toks.end.min(s.toks.start + 12)).find(|&k| !self.is_word(k))?;
            (self.is_punct(comma, "،,") && self.roles_at(s.toks.start).has(Role::ConnectiveHead)).then_some(comma + 1)
        };
        let start = fronted().unwrap_or(s.toks.start);
        // «وقد تحدث العاهل السعودي …»: the particle before the verb.
        let start = if start + 1 < s.toks.end && self.is_word(start) && matches!(self.word(start), "قد" | "وقد" | "لقد" | "ولقد") { start + 1 } else { start };
        // A word that is no lexicon entry but a grammar word («وعبر»: "via" or
        // "expressed") nor a particle, save the auxiliary «كان» («وكان X قد …»).
        let verb = self.plain_or_grammar(start)
            && (!self.is_stop(start) || matches!(self.word(start), "كان" | "وكان" | "كانت" | "وكانت"))
            && self.word(start).chars().count() >= 3;
        if !verb {
            return None;
        }
        let p = self.party_at(start + 1, s.toks.end, false)?;
        // A word read as the name after a title may be none («رفضت رئيسة
        // الوزراء البريطانية الدعوات المطالبة بإجراء»): that name must be sure.
        let known = match p.found {
            Found::Memory | Found::Lexicon => true,
            Found::Title => self.sure_after_title(p.toks.clone()),
            _ => false,
        };
        (p.toks.start == start + 1 && p.stype == SourceType::Person && known && !self.governed(&p)).then_some(p)
    }

    /// A preposition with a pronoun («عنه»، «إليها»، «لنا»; name stops in
    /// grammar.tsv): the object of a relative verb, which comes before its
    /// subject («بحسب ما نقلته عنه وكالة …»).
    pub(super) fn object_pronoun(&self, k: usize) -> bool {
        self.is_word(k) && self.roles_at(k).has(Role::NameStop) && ["ه", "ها", "هم", "هما", "نا"].iter().any(|p| self.word(k).ends_with(p))
    }

    /// «قال الشخص المجهول إن»، «قالت الدعوى إن»: a definite noun phrase of up
    /// to three words right before a complementizer, taken as an unnamed sayer.
    pub(super) fn unnamed_definite(&self, j: usize, lim: usize) -> Option<PartyRef> {
        let mut end = (j + 1..lim.min(j + 4)).find(|&k| self.is_complementizer(k) || self.is_punct(k, ":"))?;
        // «وتشير التقديرات إلى أن»: the preposition belongs to the verb.
        if end > j + 1 && matches!(self.word(end - 1), "الي" | "من" | "علي") {
            end -= 1;
        }
        let ok = (j..end).all(|k| {
            self.is_word(k) && self.word(k).starts_with("ال") && self.mention_in(k).is_none() && !self.roles_at(k).has(Role::NameStop)
        });
        ok.then(|| PartyRef {
            toks: j..end,
            written: self.seg.tokens[j].start..self.seg.tokens[end - 1].end,
            canonical: None,
            stype: SourceType::Anonymous,
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: 0.6,
        })
    }

    /// «وقالت إحدى الناجيات إن»، «وقال أحد مشجعي منتخب "نسور نيجيريا" لقناة
    /// …: "…"»: «أحد/إحدى» and a plural, definite («الناجيات») or in construct
    /// with its genitive («سكان صنعاء»، «أعضاء اللجنة») or a pronoun
    /// («أصدقائه»), is an unnamed sayer, as written. No mention starts at
    /// «أحد», so a sentence's scan never stops here: this is read only where
    /// a sayer is looked for, and only when the phrase is set off as an
    /// unknown name is, or a quotation follows («ذكر أحد الأسباب التي …» is
    /// the verb's object).
    pub(super) fn one_of(&self, t: usize, lim: usize) -> Option<PartyRef> {
        // Read only at a word (see `read_party_at`).
        if !self.roles_at(t).has(Role::OneOf) || t + 1 >= lim || !self.is_word(t + 1) {
            return None;
        }
        let k = t + 1;
        let plain = |g: usize| {
            g < lim
                && self.is_word(g)
                && !self.is_stop(g)
                && self.cue_in(g).is_none()
                && !self.word(g).chars().any(|c| c.is_ascii_digit())
        };
        if !plain(k) {
            return None;
        }
        let end = match self.kind_in(k) {
            // «أحد المسؤولين الأمنيين»: the lexicon's unnamed source.
            Some(EntryKind::Anonymous) => self.party_at(k, lim, false)?.toks.end,
            Some(EntryKind::Title) | None => {
                let w = self.word(k);
                // «أصدقائه»: written with «ه», not the «ة» of «طلبة».
                if w.starts_with("ال") {
                    self.absorb_adjectives(k + 1, lim, true, 2)
                } else if w.chars().count() >= 5 && ["ه", "ها", "هم"].iter().any(|p| self.original_ends_with(k, p)) {
                    k + 1
                } else {
                    self.genitive_end(k + 1, lim)?
                }
            }
            _ => return None,
        };
        let quote_after = self.is_quote_open(end) || (self.is_punct(end, "،,") && self.is_quote_open(end + 1));
        // «…، بحسب أحد محاميها.»: the sentence's end sets it off too.
        let ends = end >= lim || self.is_punct(end, ".!?؟");
        if !(quote_after || ends || self.unknown_sayer_bounded(end, lim) || self.set_off_to_quote(end, lim)) {
            return None;
        }
        Some(PartyRef {
            toks: t..end,
            written: self.seg.tokens[t].start..self.seg.tokens[end - 1].end,
            canonical: None,
            stype: SourceType::Anonymous,
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: 0.8,
        })
    }

    /// The end of the genitive of a noun in construct, from `g`: plain words
    /// («منتخب»، «صنعاء») up to a definite word with its adjectives, a
    /// short quoted name or a name the article or the lexicon knows.
    fn genitive_end(&self, g: usize, lim: usize) -> Option<usize> {
        let mut k = g;
        while k < lim && k < g + 3 {
            if self.is_quote_open(k) {
                let close = (k + 1..lim.min(k + 6)).find(|&c| self.seg.tokens[c].kind == TokKind::Quote)?;
                return ((k + 1..close).all(|c| self.is_word(c)) && close > k + 1).then_some(close + 1);
            }
            if !self.is_word(k) || self.is_stop(k) || self.cue_in(k).is_some() || self.is_complementizer(k) {
                break;
            }
            if let Some((end, _)) = self.memory_at(k, lim) {
                return Some(end);
            }
            if self.mention_in(k).is_some() {
                return self.party_at(k, lim, false).map(|p| p.toks.end);
            }
            if self.word(k).starts_with("ال") {
                return Some(self.absorb_adjectives(k + 1, lim, true, 2));
            }
            k += 1;
        }
        (k > g).then_some(k)
    }

    /// «أحد الفتية، واصفا كيف تمكنوا من البقاء، "كنا …"»: a comma after
    /// the sayer, then within a few words a quotation or a complementizer,
    /// with no verb or sentence end on the way.
    fn set_off_to_quote(&self, end: usize, lim: usize) -> bool {
        if !self.is_punct(end, "،,") {
            return false;
        }
        let stop = lim.min(end + 16);
        let open = (end + 1..stop).find(|&k| self.is_quote_open(k) || (self.is_word(k) && self.is_complementizer(k)));
        open.is_some_and(|c| !(end + 1..c).any(|k| self.is_punct(k, ".!?؟") || self.cue_in(k) == Some(CueClass::Verb)))
    }

    /// One to three words after a prepositional cue, set off by a comma or
    /// the sentence's end: «وفقا لوثائق الادعاء،»، «بحسب نفس المصدر».
    pub(super) fn source_phrase(&self, j: usize, cue_end: usize, lim: usize) -> Option<PartyRef> {
        if j >= lim {
            return None;
        }
        let end = (j..lim.min(j + 4)).find(|&k| !self.is_word(k)).unwrap_or(lim.min(j + 4));
        let set_off = end == lim || self.is_punct(end, "،,.")
            || (end < lim && self.seg.tokens[end].kind == TokKind::Punct('.'));
        let plain = (j..end).all(|k| {
            self.is_word(k) && self.cue_in(k).is_none() && !self.is_complementizer(k) && !has_digit(self.word(k))
        }) && {
            let tok = self.seg.tokens[j];
            !self.lex.has_role(&self.norm.text[tok.start.max(cue_end).min(tok.end)..tok.end], Role::NameStop)
        };
        if end == j || !set_off || !plain {
            return None;
        }
        let from = self.seg.tokens[j].start.max(cue_end).min(self.seg.tokens[end - 1].end);
        Some(PartyRef {
            toks: j..end,
            written: from..self.seg.tokens[end - 1].end,
            canonical: None,
            stype: SourceType::Anonymous,
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: 0.6,
        })
    }
    /// «نتانياهو يحذر إيران …»، «كوريا الشمالية تعلن تدمير …»، «الوزارة تنفي …»:
    /// a party opening the sentence right before a verb with no proclitic is
    /// its subject (the headline order); what follows the verb is its object
    /// or content, not a sayer. An unknown name counts only in the article's
    /// first sentence (the headline), before a present form.
    pub(super) fn fronted_subject(&self, parties: &[PartyRef], s: &Sentence, si: usize, ct: usize) -> Option<Vec<PartyRef>> {
        let m = self.mention_in(ct)?;
        if ct <= s.toks.start || m.word_start < m.start {
            return None;
        }
        let start = s.toks.start;
        let list = self.party_list(parties, start, ct, false);
        // A known party must reach the verb; one that stops short («هيفاء» known
        // before «هيفاء وهبي تكشف») leaves the words to be read as one name.
        if list.last().is_some_and(|last| last.toks.end == ct) {
            return list.iter().all(|p| p.found != Found::Anaphora || si > 0).then_some(list);
        }
        let form = &self.norm.text[m.start..m.end];
        let present = form.starts_with('ي') || form.starts_with('ت');
        if si != 0 || !present || ct - start > 3 {
            return None;
        }
        let end = self.name_chunk(start, ct)?;
        if end != ct || looks_prepositional(self.word(start), (end > start + 1).then(|| self.word(start + 1))) {
            return None;
        }
        Some(vec![PartyRef {
            toks: start..end,
            written: self.seg.tokens[start].start..self.seg.tokens[end - 1].end,
            canonical: None,
            stype: SourceType::Person,
            subtype: Shared::EMPTY,
            found: Found::Name,
            certainty: 0.7,
        }])
    }

    /// Where the content of a verb whose subject stands before it begins
    /// (`j`: the first token after the verb), with the outlet it was told if
    /// any: a complementizer or colon (a bare verb's near the verb, else in the
    /// window), or the verb's object for a bare verb.
    pub(super) fn svo_content(&self, s: &Sentence, ct: usize, j: usize) -> Option<(Vec<Vec<PartyRef>>, usize)> {
        let lim = s.toks.end;
        // «واشنطن تكشف ألاعيب إيران»، «مسلسل يروي سيرة قائد»: the object of
        // these verbs is a thing exposed or told, not a statement; they need a
        // complementizer here.
        // «التحالف يكشف عن "عمل عدائي"»: with «عن» they disclose.
        let disclose = self.is_word(j) && self.word(j) == "عن";
        let bare = self.mention_in(ct).is_some_and(|m| {
            let e = self.lex.entry(m.entry);
            e.bare && (disclose || !e.thing_object)
        });
        let reach = if bare { lim.min(j + 3) } else { lim.min(j + WINDOW) };
        let mut told = None;
        let mut content = None;
        for k in j..reach {
            let quote_ok = k == j || self.is_punct(k - 1, ":");
            if let Some(c) = self.content_marker(k).filter(|_| quote_ok || !self.is_quote_open(k)) {
                content = Some(c);
                break;
            }
            if self.is_punct(k, ".!?؟") || (k > j && self.cue_in(k) == Some(CueClass::Verb)) {
                break;
            }
            if told.is_none() {
                told = self.told_at(k, lim);
            }
        }
        let content = match content {
            Some(c) => c,
            None if bare => j,
            None => return None,
        };
        (content < lim).then(|| (told.map(|t| vec![t]).into_iter().collect(), content))
    }
}

fn has_digit(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
}
