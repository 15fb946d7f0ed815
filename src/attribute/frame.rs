//! Frames: a cue with its sayer(s) and where its reported content begins.

use super::names::{is_masdar_with_pronoun, is_participle_shape};
use super::party::{PartyRef, Shared};
use super::Doc;
use crate::lexicon::{CueClass, EntryKind, Role, SourceType};
use crate::record::Found;
use crate::segment::{Sentence, TokKind};
use std::ops::Range;

/// How a frame's sayer was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// The source follows a prepositional cue.
    Prep,
    /// The sayer follows the verb (قال X إن).
    After,
    /// The sayer stands just before the verb (مراقبون يعتقدون أن).
    Before,
    /// The nearest party earlier in the sentence (حيث صرح بأن).
    Earlier,
    /// The last sayer of the preceding sentences (وأضاف: …).
    Discourse,
}

/// A cue with its parties and content.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub class: CueClass,
    /// Folded bytes of the cue as written.
    pub cue: Range<usize>,
    pub cue_tok: usize,
    pub weight: f32,
    /// Parties, outermost level first (a carrier or a "told" outlet before the sayer).
    pub levels: Vec<Vec<PartyRef>>,
    /// First token of the reported content.
    pub content: usize,
    /// A prepositional cue that follows its content.
    pub trailing: bool,
    /// First token of the frame's clause (a comma or opener before it included).
    pub clause_start: usize,
    /// Starts a new clause rather than nesting in the previous content.
    pub independent: bool,
    pub via: Via,
    /// A distance penalty: tokens between cue and content.
    pub gap: usize,
}

/// What a cue's reading yields: the parties (outermost level first), the
/// first token of the content, how the sayer was reached, and whether an
/// according_to phrase trails its content.
pub(super) type FrameParts = (Vec<Vec<PartyRef>>, usize, Via, bool);

/// A sentence's first reporting verb and where its content opens: the first
/// complementizer or quotation after it, and the first complementizer outside
/// quotes (the sentence's end when none; `verb` too).
#[derive(Debug, Clone, Copy)]
pub(crate) struct FirstVerb {
    /// The sentence's first token, whose reading this is.
    sentence: usize,
    verb: usize,
    any: usize,
    complementizer: usize,
}

/// Where the claim of an according_to phrase set off inside its sentence
/// lies (see `Doc::set_off_phrase`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SetOff {
    /// Before the phrase: what follows it is about the source.
    Before,
    /// Around it: the phrase is a parenthesis in the sentence.
    Around,
}

/// A clause-opening verb whose sayer was not read (see `Doc::unread_sayer`).
pub(crate) struct Unread {
    /// The words after the verb, where its subject stands.
    pub words: Range<usize>,
    /// The subject when it is a known party, else none.
    pub sayers: Vec<PartyRef>,
}

/// How far a complementizer may stand from the verb's sayer.
pub(super) const WINDOW: usize = 25;
/// Most parties joined by و into one list of sayers («أفادت وكالتا الأنباء
/// أسوشيتد برس ورويترز»: two; real lists stay far below this).
pub(super) const MAX_JOINED: usize = 8;

/// How many parties a search for a verb's subject earlier in its sentence reads.
pub(super) const SUBJECT_SCAN: usize = 32;

/// The first of a sentence's `parties` that starts in `toks`. They run left
/// to right without overlap: a binary search, not a scan per call (which
/// made a long sentence of cues and names quadratic).
pub(crate) fn first_party_in(parties: &[PartyRef], toks: Range<usize>) -> Option<&PartyRef> {
    parties.get(parties.partition_point(|p| p.toks.start < toks.start)).filter(|p| p.toks.start < toks.end)
}

impl Doc<'_> {

    pub(super) fn lookup(&self, parties: &[PartyRef], j: usize, lim: usize, unknown: bool) -> Option<PartyRef> {
        first_party_in(parties, j..j + 1).cloned().or_else(|| self.party_at(j, lim, unknown))
    }

    /// A party and those joined to it by و.
    pub(super) fn party_list(&self, parties: &[PartyRef], j: usize, lim: usize, unknown: bool) -> Vec<PartyRef> {
        let Some(first) = self.lookup(parties, j, lim, unknown) else { return Vec::new() };
        let mut list = vec![first];
        loop {
            let e = list.last().map_or(j, |p| p.toks.end);
            // Every party of the list is a row, each carrying the whole chain:
            // a list without end («… وردته وردته وردته …») made the output
            // grow with its square.
            if list.len() >= MAX_JOINED || e >= lim || !self.is_word(e) || !self.word(e).starts_with('و') || self.cue_in(e).is_some() {
                break;
            }
            match self.lookup(parties, e, lim, false) {
                // «موسكو واشنطن»، «الرئيس وسائل الإعلام»: a name that starts
                // with و has no conjunction; it is the verb's object.
                Some(p) if p.found != Found::Name && p.written.start > self.seg.tokens[e].start => list.push(p),
                _ if unknown && list[0].found == Found::Name => {
                    let Some(end) = self.name_chunk(e, lim) else { break };
                    let tok = self.seg.tokens[e];
                    list.push(PartyRef {
                        toks: e..end,
                        written: tok.start + 'و'.len_utf8()..self.seg.tokens[end - 1].end,
                        canonical: None,
                        stype: SourceType::Person,
                        subtype: Shared::EMPTY,
                        found: Found::Name,
                        certainty: 0.7,
                    });
                }
                _ => break,
            }
        }
        list
    }

    pub(super) fn inside_quote(&self, t: usize) -> bool {
        // Open at the sentence's start, or opened in it before `t`.
        let start = self.seg.sentences.get(self.current).map_or(0, |s| s.toks.start);
        self.active.iter().any(|&i| t < self.seg.quotes[i].close)
            || self.quotes_opened_in(start..t).any(|i| t < self.seg.quotes[i].close)
    }

    pub(crate) fn is_quote_open(&self, t: usize) -> bool {
        self.opens.get(t).copied().unwrap_or(false)
    }

    /// «أفادت مصادر طبية، الأحد، بمقتل شاب»: token `k` is a word with «بـ»
    /// that opens the content of a cue flagged `ba_content`: a noun of three
    /// letters or more, not a preposition or filler («بشأن»، «بدوره»), a
    /// report («في بيان»، «ببيان») or a lexicon mention.
    pub(super) fn ba_content_at(&self, k: usize) -> bool {
        if !self.is_word(k) || self.mention_in(k).is_some() || self.is_stop(k) {
            return false;
        }
        let w = self.word(k);
        w.strip_prefix('ب').is_some_and(|noun| {
            noun.chars().count() >= 3
                && !self.lex.has_role(w, Role::ReportNoun)
                && !self.lex.has_role(noun, Role::ReportNoun)
                && !self.lex.has_role(noun, Role::NameStop)
        })
    }

    /// «وأفاد المرصد الأربعاء عن مقتل 11 مدنيا»: token `k` is «عن» before a
    /// noun that opens the content of a `ba_content` cue, as «بـ» does.
    pub(super) fn an_content_at(&self, k: usize) -> bool {
        let noun = k + 1;
        self.is_word(k)
            && self.word(k) == "عن"
            && self.is_word(noun)
            && self.mention_in(noun).is_none()
            && !self.is_stop(noun)
            && self.word(noun).chars().count() >= 3
    }

    /// «وأشار إلى وجود عجز»، «وأكد أهمية تقليل الدين»، «وشدد على ضرورة»:
    /// token `k` opens the content of a cue flagged `noun_content`, a
    /// verbal noun of content (role `content_noun`), itself or after «إلى»
    /// or «على». Any other noun may be a thing pointed to («تشير روسيا إلى
    /// استراتيجية موازية»), no saying; but with `going_on`, a verb carrying
    /// on with the last sayer, any plain noun after «إلى» is what it said
    /// («وأشار إلى سقوط قتلى …», the complementizer left out).
    pub(super) fn noun_content_at(&self, k: usize, going_on: bool) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let w = self.word(k);
        let noun = if matches!(w, "الي" | "علي") { k + 1 } else { k };
        if !self.is_word(noun) {
            return false;
        }
        self.roles_at(noun).has(Role::ContentNoun)
            || (going_on && w == "الي" && self.mention_in(noun).is_none() && !self.is_stop(noun) && !self.is_complementizer(noun) && self.word(noun).chars().count() >= 3)
    }

    /// Where content starts if token `k` introduces it: after a
    /// complementizer or colon, or at an opening quote.
    /// Inlined: asked at every token of a verb's window.
    #[inline]
    pub(super) fn content_marker(&self, k: usize) -> Option<usize> {
        // By the token's kind first: only a word is a complementizer (the
        // roles of any other token are none), only a mark a colon.
        match self.seg.tokens.get(k)?.kind {
            // The complementizer stays with the content (annotators differ on it).
            TokKind::Word if self.is_complementizer(k) => Some(k),
            TokKind::Punct(':') => Some(k + 1),
            // Not the name after «يُدعى» («التي جسدت شخصية سجينة تدعى "سناء"»).
            _ if self.is_quote_open(k) && !(k > 0 && self.mention_in(k - 1).is_some_and(|m| self.named_form(m))) => Some(k),
            _ => None,
        }
    }

    pub(super) fn skip_fillers(&self, mut j: usize, lim: usize, cue_end: &mut usize) -> usize {
        while j < lim && self.is_word(j) {
            if self.roles_at(j).has(Role::Filler) {
                j += 1;
            } else if self.cue_in(j) == Some(CueClass::Participle) {
                *cue_end = self.mention_in(j).map_or(*cue_end, |m| m.end);
                j = self.tok_after(*cue_end);
            } else {
                break;
            }
        }
        j
    }

    /// The first token after a cue mention ending at `end` (a glued «ل» leaves
    /// the rest of its word as the next token).
    pub(crate) fn after_cue(&self, end: usize) -> usize {
        let t = self.tok_of(end.saturating_sub(1));
        match self.seg.tokens.get(t) {
            Some(x) if x.end > end => t,
            // Token `t` ends at `end` and starts before it, so the next
            // token is the first to start at `end` or later (what
            // `tok_after` would search for).
            Some(x) if x.start < end => t + 1,
            _ => self.tok_after(end),
        }
    }

    /// The quotation opening at `k` runs on for four words at least, or for
    /// three up to the end of a sentence it goes on past («"نبحث جميع
    /// الخيارات. …"»): not a name cut by a dot («لـ"العربية.نت"»، «"آر.تي.ال"»).
    pub(super) fn runs_on(&self, k: usize, lim: usize) -> bool {
        let plain = |x: usize| self.is_word(x) || self.is_punct(x, "،,");
        if (k + 1..k + 5).all(|x| x < lim && plain(x)) {
            return true;
        }
        let q = self.seg.quotes.partition_point(|q| q.open < k);
        let past_end = self.seg.quotes.get(q).is_some_and(|q| q.open == k && q.close > lim);
        past_end && lim >= k + 5 && (k + 1..lim - 1).all(plain) && self.is_punct(lim - 1, ".!?؟")
    }

    /// The quotation opening at `k`, read far from its verb, closes as a
    /// statement does: not a few words before a complementizer of its
    /// clause («تحت شعار "…"، أنه»، «بعنوان "…"، الأربعاء، إن»), and
    /// before a word only when long («"…" ضد المتمردين») or a participle
    /// that reports; a short one that runs on into another word is a name
    /// («في مركز "…" البحري»، «من "…" الذي»).
    pub(super) fn ends_statement(&self, k: usize, lim: usize) -> bool {
        let q = self.seg.quotes.partition_point(|q| q.open < k);
        let Some(q) = self.seg.quotes.get(q).filter(|q| q.open == k) else { return false };
        if q.close >= lim {
            return true;
        }
        // Up to a cue, a quotation or a word with «و» or «ف», which opens a
        // clause of its own («"…"، ويبدو أن»).
        let after = (q.close + 1..lim.min(q.close + 5))
            .take_while(|&x| self.cue_in(x).is_none() && !self.is_quote_open(x) && !(self.is_word(x) && self.word(x).starts_with(['و', 'ف'])));
        if after.filter(|&x| self.is_word(x)).any(|x| self.is_complementizer(x)) {
            return false;
        }
        // A reporting word right after it goes on with what was said
        // («"…" مؤكدا التقارير»، «"…" مضيفا أن»): no name runs on so.
        let next = q.close + 1;
        next >= lim || !self.is_word(next) || q.close - k > 8 || matches!(self.cue_in(next), Some(CueClass::Participle))
    }

    /// Whether sentence `si` stands in a paragraph opened by a link to
    /// another article («اقرأ أيضا: …», a cue flagged `navigation`): the
    /// headline it quotes is no claim of this article's.
    ///
    /// Sentences come in order: a paragraph's sentences are walked back
    /// once, its answer kept for the next.
    fn navigation(&self, si: usize) -> bool {
        let para = self.seg.sentences[si].para;
        if let Some((_, answer)) = self.navigation.get().filter(|&(p, _)| p == para) {
            return answer;
        }
        let sentences = &self.seg.sentences[..=si];
        let first = sentences.iter().rev().take_while(|x| x.para == para).last().map_or(0, |x| x.toks.start);
        let answer = (first..sentences[si].toks.end).find(|&t| self.is_word(t)).and_then(|t| self.mention_in(t)).is_some_and(|m| self.lex.entry(m.entry).navigation);
        self.navigation.set(Some((para, answer)));
        answer
    }

    /// Where the content of the sentence's first reporting verb before
    /// token `ct` starts: its complementizer or quotation; `ct` when it has
    /// none before it. With `complementizer`, only one outside quotes opens
    /// it (not the «فان» of «نادي "مارينوس فان روين"»).
    /// Read once a sentence (kept in `Doc::first_verb`): a sentence may hold
    /// thousands of verbs, each asking.
    pub(super) fn first_verb_content(&self, s: &Sentence, ct: usize, complementizer: bool) -> Option<usize> {
        let f = self.first_verb_of(s);
        (f.verb < ct).then(|| if complementizer { f.complementizer } else { f.any }.min(ct))
    }

    /// The sentence's first reporting verb and where its content opens (see
    /// [`FirstVerb`]).
    fn first_verb_of(&self, s: &Sentence) -> FirstVerb {
        if let Some(f) = self.first_verb.get().filter(|f| f.sentence == s.toks.start) {
            return f;
        }
        let end = s.toks.end;
        let verb = self.mention_toks_in(s.toks.clone()).iter().map(|&t| t as usize).find(|&k| self.cue_in(k) == Some(CueClass::Verb)).unwrap_or(end);
        let after = || (verb + 1).min(end)..end;
        let complementizer = |k: usize| self.is_word(k) && self.is_complementizer(k);
        let f = FirstVerb {
            sentence: s.toks.start,
            verb,
            any: after().find(|&k| complementizer(k) || self.is_quote_open(k)).unwrap_or(end),
            complementizer: after().find(|&k| complementizer(k) && !self.inside_quote(k)).unwrap_or(end),
        };
        self.first_verb.set(Some(f));
        f
    }

    /// Whether every party of `levels` stands in the content of an earlier
    /// verb of the sentence, after its first word and a few words back from
    /// the verb at `ct`. Only a complementizer opens that content here: a
    /// quoted name after the verb may be its subject («نشرت جريدة "الشرق الأوسط"»).
    /// Not after an impersonal verb («ويعتقد أن تصريحات أردوغان …، عندما قال»):
    /// its content is the writer's own.
    fn in_earlier_content(&self, s: &Sentence, ct: usize, levels: &[Vec<PartyRef>]) -> bool {
        let Some(c) = self.first_verb_content(s, ct, true).filter(|&c| c < ct) else { return false };
        if self.mention_in(self.first_verb_of(s).verb).is_some_and(|m| self.lex.entry(m.entry).impersonal) {
            return false;
        }
        levels.iter().flatten().all(|p| p.toks.start > c + 1 && self.words_in(p.toks.end..ct) >= 3)
    }

    pub(super) fn is_dual(&self, cue: &str) -> bool {
        let c = cue.chars().count();
        c > 3 && ((cue.ends_with('ا') && !cue.ends_with("وا")) || (cue.ends_with("ان") && (cue.starts_with('ي') || cue.starts_with('ت'))))
    }

    /// Frames of sentence `si`, in text order, and the last clause-opening
    /// verb whose frame could not be read but which names a sayer of its
    /// own (see [`Doc::unread_sayer`]). The frames are returned in `frames`
    /// (cleared first: its capacity serves sentence after sentence).
    pub fn frames(&self, si: usize, parties: &[PartyRef], mut frames: Vec<Frame>) -> (Vec<Frame>, Option<Unread>) {
        let s = &self.seg.sentences[si];
        let lim = s.toks.end;
        frames.clear();
        if self.navigation(si) {
            return (frames, None);
        }
        let mut unread = None;
        let mut consumed = s.toks.start;
        if let Some(f) = self.colon_headline(parties, s).or_else(|| self.told_ahead(s)) {
            consumed = f.content;
            frames.push(f);
        }
        // Only the tokens a mention starts in: a cue is one, and most tokens are none.
        for ct in self.mention_toks_in(s.toks.clone()).iter().map(|&t| t as usize) {
            let Some(&m) = self.mention_in(ct) else { continue };
            let EntryKind::Cue(class) = self.lex.entry(m.entry).kind else { continue };
            if ct < consumed {
                continue;
            }
            let weight = self.lex.entry(m.entry).weight;
            if !self.live_cue(ct, s) {
                continue;
            }
            // «ولم تعلن الوزارة مزيدا من التفاصيل»، «لم يكشف عن هويته»: a verb
            // negated says nothing (what it did not say is no claim), but its
            // subject is who a later «وقال» goes on with.
            if class == CueClass::Verb && self.negated(ct, &m) {
                unread = self.unread_sayer(parties, s, ct, &m).or(unread);
                continue;
            }
            let mut cue_end = m.end;
            // «كما أكد أن …»، «…، كما أشار إلى أن»: opening a sentence or
            // clause with a complementizer after it, «كما» is «also», not «as
            // X said»; the verb takes its sayer like any other.
            let also = if class == CueClass::AccordingTo { self.also_verb(parties, s, si, ct, m.end) } else { None };
            let class = if also.is_some() { CueClass::Verb } else { class };
            let frame = match class {
                _ if also.is_some() => also.clone(),
                CueClass::AccordingTo => self.prep_frame(parties, s, si, ct, m.end),
                CueClass::Verb | CueClass::Noun => {
                    let j = self.skip_fillers(self.after_cue(m.end), lim, &mut cue_end);
                    let form = &self.norm.text[m.start..m.end];
                    self.verb_frame(parties, s, si, ct, j, class, self.is_dual(form))
                }
                CueClass::Participle => {
                    let j = self.after_cue(m.end);
                    let content = (j..lim.min(j + 3)).find_map(|k| self.content_marker(k));
                    match (content, frames.last()) {
                        (Some(c), Some(prev)) if !prev.levels.is_empty() && prev.class != CueClass::AccordingTo => {
                            Some((prev.levels.clone(), c, Via::Earlier, false))
                        }
                        (Some(c), _) => {
                            self.sayer_before(parties, s, ct, false, si).map(|(p, via)| (vec![p], c, via, false))
                        }
                        _ => None,
                    }
                }
            };
            let Some((levels, content, via, trailing)) = frame else {
                if class == CueClass::Verb {
                    unread = self.unread_sayer(parties, s, ct, &m).or(unread);
                }
                continue;
            };
            // «وأضاف "…"، وقال إن»: a verb whose sayer earlier in the sentence
            // lies in the content of the frame before, a few words back at
            // least, is that frame's sayer speaking again, not a party named in
            // what was said (a sayer just before it, «إن نتانياهو، كشف», stays).
            // «وأوضح ضيف "بوليتيكا" … أن هذا السعي يتجسم من خلال جزء من كتلة
            // نيابية … وقال إن»: nor is a party named in the content of the
            // sentence's first verb (but for the content's own subject, right
            // after its complementizer, who may speak in turn); with no frame
            // before to speak again, the verb has no sayer.
            let in_content = via == Via::Earlier && class == CueClass::Verb && self.in_earlier_content(s, ct, &levels);
            // «نزاعا بين البلدين، فاتهمت بريطانيا روسيا …، وقالت إنه»: a verb
            // joined by «و»/«ف» to an independent verb before it shares that
            // verb's subject, not a party named before that verb.
            let coordinated = |prev: &Frame| {
                via == Via::Earlier
                    && class == CueClass::Verb
                    && prev.class == CueClass::Verb
                    && prev.independent
                    && m.word_start < m.start
                    && ct > 0
                    && self.is_punct(ct - 1, "،,")
                    && levels.iter().flatten().all(|p| p.toks.end <= prev.cue_tok)
            };
            let levels = match frames.last() {
                Some(prev) if !prev.levels.is_empty() && coordinated(prev) => prev.levels.clone(),
                Some(prev)
                    if via == Via::Earlier
                        && class != CueClass::AccordingTo
                        && prev.class != CueClass::AccordingTo
                        && !prev.levels.is_empty()
                        && (in_content || levels.iter().flatten().all(|p| {
                            // A verb's with «و» or «ف», right before it too, past the
                            // content's subject («أن "مصادر داخلية" لم تسمها في
                            // النادي، وقالت»; not «بيانا صادر عن هيئة الأركان، أعلنت فيه»).
                            let deep = class == CueClass::Verb && m.word_start < m.start && p.toks.start > prev.content + 1;
                            p.toks.start >= prev.content && (deep || self.words_in(p.toks.end..ct) >= 3)
                        })) =>
                {
                    prev.levels.clone()
                }
                _ if in_content => continue,
                _ => levels,
            };
            // A verb with no sayer of its own inside a quotation is the quoted
            // person speaking («أعتقد أن»), unless it opens the sentence («وأضاف:»).
            let opens_sentence = self.opens_sentence(s, ct);
            if matches!(via, Via::Earlier | Via::Discourse) && !opens_sentence && self.inside_quote(ct) && class != CueClass::AccordingTo {
                continue;
            }
            // «وهذا الوضع مؤقت حسب تعبيره.» closing a sentence with no other
            // cue points back too; with one, the phrase is that sayer's.
            let lone = || trailing && class == CueClass::AccordingTo && frames.is_empty() && (s.toks.start..ct).all(|t| self.cue_in(t).is_none());
            // «وأضاف أن …، وقال إن»، «…، إلا أنه أشار إلى»: a verb joined by
            // «و» or «ف», an opener («لكنه»، «حيث») or «إلا/غير أنه» to a frame
            // of its sentence, with no sayer of its own, is that frame's sayer
            // speaking again; any other such verb inside a sentence is none's.
            let joined = || {
                m.word_start < m.start
                    || (ct > 0 && self.is_word(ct - 1) && self.roles_at(ct - 1).has(Role::Opener))
                    || self.but_that(ct)
            };
            let levels = if via == Via::Discourse && !opens_sentence && !lone() {
                match frames.last() {
                    Some(prev) if class == CueClass::Verb && prev.class != CueClass::AccordingTo && !prev.levels.is_empty() && joined() => {
                        prev.levels.clone()
                    }
                    _ => continue,
                }
            } else {
                levels
            };
            if levels.iter().all(|l| l.is_empty()) {
                continue;
            }
            let (clause_start, independent) = self.clause_start(s, ct, &m, &levels, via);
            // A trailing phrase ends with its source; another may follow it.
            let phrase_end = levels.iter().flatten().map(|p| p.toks.end).max().unwrap_or(lim);
            // (So does an according_to phrase that is a parenthesis in its
            // claim, its content from before it.)
            consumed = if trailing || (class == CueClass::AccordingTo && content <= ct) { phrase_end.max(ct + 1) } else { content };
            frames.push(Frame {
                class,
                cue: if also.is_some() { m.start + "كما ".len() } else { m.start }..cue_end,
                cue_tok: ct,
                weight,
                levels,
                content,
                trailing,
                clause_start,
                independent,
                via,
                gap: content.saturating_sub(ct),
            });
        }
        (frames, unread)
    }

    /// «وقال ويلباك لوسائل إعلام بريطانية: …»، «وأشار مراسل سكاي نيوز إلى
    /// …»: a verb opening a clause, outside a quotation, with a subject right
    /// after it (a word that is no particle, preposition or quotation) but no
    /// frame read. It names a new sayer, so a later «وأضاف» must not go back
    /// past it.
    pub(super) fn unread_sayer(&self, parties: &[PartyRef], s: &Sentence, ct: usize, m: &crate::lexicon::Mention) -> Option<Unread> {
        let e = self.lex.entry(m.entry);
        if e.impersonal || e.report_only || (e.passive && self.passive_form(m)) {
            return None;
        }
        // Opening the sentence: a verb after a comma in it mostly shares the
        // sentence's subject, and the noun after it is its object.
        // Asked last: it goes over the quotations opened in the sentence.
        let negated_opening = ct == s.toks.start + 1 && self.negated(ct, m);
        if !(self.opens_sentence(s, ct) || negated_opening) || self.inside_quote(ct) {
            return None;
        }
        let mut cue_end = m.end;
        let j = self.skip_fillers(self.after_cue(m.end), s.toks.end, &mut cue_end);
        // «قال لنا أحد المسؤولين السابقين الكبار في …»: past the one told.
        let (j, told) = self.addressee_before(parties, j, s.toks.end, true).map_or((j, false), |(k, _)| (k, true));
        // «وأوضح لـ"الجوهرة"»: a lone letter is a preposition.
        if j >= s.toks.end || !self.is_word(j) || self.word(j).chars().count() < 2 || (self.is_stop(j) && !told) || self.cue_in(j).is_some() || self.roles_at(j).has(Role::Preposition) {
            return None;
        }
        let list = self.party_list(parties, j, s.toks.end, false);
        if list.first().is_some_and(|p| self.participle_object(p)) {
            return None;
        }
        // «وحملت الوزارة»: an anaphor not resolved may be the last sayer.
        if list.first().is_some_and(|p| p.found != Found::Anaphora) && matches!(self.kind_in(j), Some(EntryKind::Anaphor(_))) {
            return None;
        }
        // A title's name read past a phrase («رئيس ثاني أكبر اقتصاد») or an
        // unknown name may be wrong: only a known party is taken, or a title's
        // person whose name is sure.
        let known = list.iter().all(|p| match p.found {
            Found::Lexicon | Found::Memory | Found::Anaphora => true,
            Found::Title => self.sure_after_title(p.toks.clone()),
            _ => false,
        });
        let words = j..s.toks.end.min(j + 8);
        Some(Unread { words, sayers: if known { list } else { Vec::new() } })
    }

    /// Whether the cue at `ct` opens sentence `s`: first, after an opener
    /// («لكن») or a «و» written apart, or after a discourse connective.
    pub(super) fn opens_sentence(&self, s: &Sentence, ct: usize) -> bool {
        let start = s.toks.start;
        ct == start
            || (ct == start + 1 && (self.lex.has_role(self.word(start), Role::Opener) || self.word(start) == "و"))
            || self.after_connective(s, ct)
    }

    /// «إلى ذلك، قال»، «من جهته، أكد»، «وفي السياق ذاته، أوضح»، «بدوره قال»:
    /// a short discourse connective before the cue leaves it at the start
    /// of its sentence, where a verb with no sayer takes the last one.
    pub(super) fn after_connective(&self, s: &Sentence, ct: usize) -> bool {
        let start = s.toks.start;
        if ct <= start + 1 || !self.is_word(start) {
            return false;
        }
        let comma = self.is_punct(ct - 1, "،,");
        let end = if comma { ct - 1 } else { ct };
        let n = end - start;
        let first = self.word(start);
        // «وفي رده على سؤال عن العلاقات مع إيران، قال إن»، «وعن الأزمة مع
        // الدوحة أعلن: …»: a fronted adjunct may be longer and name parties
        // (no cue); without a comma the verb's content must follow at once.
        let head = self.lex.has_role(first, Role::ConnectiveHead);
        let fits = |k: usize| {
            (self.is_word(k) && (self.mention_in(k).is_none() || (head && self.cue_in(k).is_none())))
                || (head && self.seg.tokens[k].kind == TokKind::Quote)
        };
        if !(1..=if head { 12 } else { 5 }).contains(&n) || !(start..end).all(fits) {
            return false;
        }
        let content_next = || n >= 2 && self.mention_in(ct).is_some_and(|m| self.content_marker(self.tok_after(m.end)).is_some());
        let pronoun = |w: &str| ["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p));
        // «من جهته»، «بدورها»: the pronoun names the sayer; no comma needed.
        let own = match n {
            1 => first.trim_start_matches('و').starts_with("بدور") && pronoun(first),
            2 => matches!(first, "من" | "ومن") && ["جهت", "ناحيت", "جانب"].iter().any(|h| self.word(start + 1).starts_with(h)) && pronoun(self.word(start + 1)),
            _ => false,
        };
        own || (head && (comma || content_next()))
    }

    /// A sentence- or clause-initial «كما أكد» followed, after its sayer if
    /// any, by a complementizer (not «فإن», which closes «كما قال X، فإن»),
    /// a colon or a quotation.
    pub(super) fn also_verb(&self, parties: &[PartyRef], s: &Sentence, si: usize, ct: usize, end: usize) -> Option<FrameParts> {
        let m = self.mention_in(ct)?;
        if !self.norm.text[m.start..m.end].starts_with("كما ") || m.word_start < m.start {
            return None;
        }
        if !(ct == s.toks.start || self.is_punct(ct - 1, "،,") || self.after_connective(s, ct)) {
            return None;
        }
        let mut cue_end = end;
        let j = self.skip_fillers(self.after_cue(end), s.toks.end, &mut cue_end);
        let parts = self.verb_frame(parties, s, si, ct, j, CueClass::Verb, false)?;
        let c = parts.1;
        // The content opens with a complementizer, a colon or a quotation
        // («كما قالت "لم أسئ معاملة أحد"»); not with «وأن», which joins a
        // second content when the first was not read («كما أكد X، على أهمية
        // …، وأن …»).
        let ok = (self.is_complementizer(c) && !self.word(c).starts_with(['ف', 'و'])) || (c > 0 && self.is_punct(c - 1, ":")) || self.is_quote_open(c);
        ok.then_some(parts)
    }

    /// Whether party `p`, read right after a verb flagged `object_first`
    /// («وصف»), runs straight into its «بـ» content: the one described.
    fn described(&self, cue: Option<&crate::lexicon::Entry>, p: &PartyRef) -> bool {
        let e = p.toks.end;
        cue.is_some_and(|c| c.object_first) && self.is_word(e) && self.word(e).starts_with('ب') && (self.is_complementizer(e) || self.ba_content_at(e))
    }

    /// Whether tokens `e..k` after a sayer open an apposition about it
    /// («، وهو برلماني عن حزب …»): a «عن» there is no source (after a
    /// relative it may be: «ونقلت وكالة سبأ، التي يسيطر عليها الحوثيون، عن
    /// مصدر عسكري»). Only the pronouns: the role `apposition_head` also
    /// holds the emphatic «نفسها» («ونقلت الصحيفة نفسها عن الخبير …», whose
    /// «عن» names the inner source) and professions.
    fn in_apposition(&self, e: usize, k: usize) -> bool {
        (e..k).any(|x| self.is_word(x) && matches!(self.word(x), "وهو" | "وهي" | "وهم"))
    }

    /// Whether the verb mention `m` at token `ct` stands right after «لم»
    /// or «لن» (with «و» or not).
    fn negated(&self, ct: usize, m: &crate::lexicon::Mention) -> bool {
        ct > 0 && m.word_start == m.start && self.is_word(ct - 1) && matches!(self.word(ct - 1), "لم" | "ولم" | "لن" | "ولن")
    }

    /// Whether «إلا أنه» or «غير أنه» («but he») stands right before token `t`.
    fn but_that(&self, t: usize) -> bool {
        let word = |k: usize| if self.is_word(k) { self.word(k) } else { "" };
        t > 1 && matches!(word(t - 1), "انه" | "انها") && matches!(word(t - 2), "الا" | "غير")
    }

    pub(super) fn clause_start(&self, s: &Sentence, ct: usize, m: &crate::lexicon::Mention, levels: &[Vec<PartyRef>], via: Via) -> (usize, bool) {
        let mut cs = if via == Via::Before {
            levels.last().and_then(|l| l.first()).map_or(ct, |p| p.toks.start.min(ct))
        } else {
            ct
        };
        let prefixed = m.word_start < m.start && cs == ct;
        let mut independent = prefixed || cs == s.toks.start;
        if cs > s.toks.start && self.is_word(cs - 1) && self.roles_at(cs - 1).has(Role::Opener) {
            cs -= 1;
            independent = true;
        } else if cs > s.toks.start + 1 && self.but_that(cs) {
            cs -= 2;
            independent = true;
        }
        if self.is_word(cs) && self.roles_at(cs).has(Role::Opener) {
            independent = true;
        }
        // «…، وذلك بحسب ما نقلت "بلومبيرغ"»: «وذلك» points back to the claim.
        if cs > s.toks.start && self.is_word(cs - 1) && self.word(cs - 1) == "وذلك" {
            cs -= 1;
        }
        if cs > s.toks.start && self.is_punct(cs - 1, "،,;؛") {
            cs -= 1;
            independent = true;
        }
        (cs, independent)
    }

    /// «وسائل الإعلام التي نقلتها وكالة رويترز»: the party that carried the
    /// sayer becomes the outermost level; a document («الوثيقة التي نشرها
    /// الكرملين») gives way to it. Returns the token after the phrase.
    pub(super) fn add_carrier(&self, parties: &[PartyRef], levels: &mut Vec<Vec<PartyRef>>, lim: usize) -> usize {
        let e = levels[0].last().map_or(lim, |p| p.toks.end);
        let Some(k) = (e..lim.min(e + 4)).find(|&k| self.is_word(k) && self.roles_at(k).has(Role::RelativeCarrier))
        else {
            return e;
        };
        let carrier = self.party_list(parties, k + 1, lim, false);
        let Some(end) = carrier.last().map(|p| p.toks.end) else { return e };
        let document = levels[0].iter().all(|p| {
            p.found == Found::Anaphora || p.found == Found::Pattern
        }) && levels[0].iter().all(|p| self.lex.anaphor(&self.norm.text[p.written.clone()]).is_some_and(|a| a.stype.is_none()));
        if document {
            levels[0] = carrier;
        } else {
            levels.insert(0, carrier);
        }
        end
    }

    /// Whether the cue at `ct` counts where it stands: a cue flagged
    /// `initial` («تابع») only where it opens a clause.
    /// A cue flagged `report_only` («أظهرت»، «خلصت») only with a report noun
    /// right after it («أظهرت دراسة حديثة»، «خلصت نتائج التحقيق»).
    pub(super) fn live_cue(&self, ct: usize, s: &Sentence) -> bool {
        let Some(m) = self.mention_in(ct) else { return false };
        let e = self.lex.entry(m.entry);
        if e.passive && self.passive_form(m) {
            return false;
        }
        if self.named_form(m) {
            return false;
        }
        if e.report_only {
            let mut end = m.end;
            let j = self.skip_fillers(self.after_cue(m.end), s.toks.end, &mut end);
            return j < s.toks.end && self.report_noun_at(self.results_of(j));
        }
        if !e.initial {
            return true;
        }
        ct == s.toks.start
            || m.word_start < m.start
            || self.is_punct(ct - 1, "،,:;؛")
            || (self.is_word(ct - 1) && self.roles_at(ct - 1).has(Role::Opener))
    }

    /// A present form written with a damma on its prefix («يُتهم»، «تُدعى»):
    /// for verbs whose active present has a fatha there, the passive.
    pub(crate) fn passive_form(&self, m: &crate::lexicon::Mention) -> bool {
        // «ي» and «ت» fold to themselves, so a prefix written with either is
        // one in the folded text too: a past form («ذكر») is answered
        // without mapping the mention back to the original.
        if !self.norm.text.get(m.start..).is_some_and(|f| f.starts_with(['ي', 'ت'])) {
            return false;
        }
        let mut chars = self.text[self.norm.original_span(self.text, m.start..m.end)].chars();
        // The marks on the prefix letter, whatever their order, with any
        // tatweel or invisible mark among them («يُّ», «ي\u{200F}ُ»).
        let marks = chars.clone().skip(1).take_while(|&c| crate::normalize::fold_char(c) == crate::normalize::Fold::Drop);
        matches!(chars.next(), Some('ي' | 'ت')) && marks.into_iter().any(|c| c == '\u{064F}')
    }

    /// «شخصا يُدعى "أمنبنفر"»، «في بناية تدعى "الخيمة"»: the passive of
    /// «يدعي» ("claims"), "named", written with its final «ى» (which folds to
    /// «ي»), before the name in quote marks, which is no content.
    pub(super) fn named_form(&self, m: &crate::lexicon::Mention) -> bool {
        let folded = &self.norm.text[m.start..m.end];
        if !(folded == "يدعي" || folded == "تدعي") || !self.text[self.norm.original_span(self.text, m.start..m.end)].ends_with('ى') {
            return false;
        }
        let next = self.tok_after(m.end);
        self.is_quote_open(next)
    }

    /// «الكرملين: …»: a sentence that opens with a party and a colon.
    pub(super) fn colon_headline(&self, parties: &[PartyRef], s: &Sentence) -> Option<Frame> {
        let p = parties.first().filter(|p| p.toks.start == s.toks.start && p.found != Found::Anaphora)?;
        let colon = p.toks.end;
        if !self.is_punct(colon, ":") || colon + 1 >= s.toks.end {
            return None;
        }
        // «السعودية: ما وراء حملة الاعتقالات» names a topic, not a saying.
        let words = (colon + 1..s.toks.end).filter(|&k| self.is_word(k)).count();
        let first = (colon + 1..s.toks.end).find(|&k| self.is_word(k)).map(|k| self.word(k));
        let question = first.is_some_and(|w| ["ما", "ماذا", "لماذا", "كيف", "هل", "من", "متي", "اين", "هذه", "هذا"].contains(&w));
        if words < 3 || question {
            return None;
        }
        // «فرنسا: الشرطة تطلق النار …»، «العراق: توقيف مشتبه بهم»: a country
        // before the colon is most often the news' place, a section label
        // (four in five in the corpus). Its own saying shows as a quotation,
        // a negation first («روسيا: لا اتفاق …») or the first person plural
        // («إسرائيل: دمرنا …»).
        if &*p.subtype == "country" {
            let content = colon + 1..s.toks.end;
            let quoted = content.clone().any(|k| self.seg.tokens[k].kind == TokKind::Quote);
            let negated = first.is_some_and(|w| ["لا", "لن", "لم", "ليس", "لسنا", "نحن"].contains(&w));
            let we = content.filter(|&k| self.is_word(k)).any(|k| {
                let w = self.word(k);
                w.ends_with("نا") && w.chars().count() >= 4
            });
            if !(quoted || negated || we) {
                return None;
            }
        }
        let tok = self.seg.tokens[colon];
        Some(Frame {
            class: CueClass::Verb,
            cue: tok.start..tok.end,
            cue_tok: colon,
            weight: 0.75,
            levels: vec![vec![p.clone()]],
            content: colon + 1,
            trailing: false,
            clause_start: s.toks.start,
            independent: true,
            via: Via::Before,
            gap: 0,
        })
    }

    /// The last sayers when the pronoun ending `word` can point to them:
    /// «وفق تقديرها» not to a man, «حسب قوله» not to a woman, «وفق
    /// تعبيرهم» not to one person.
    fn last_agreeing(&self, si: usize, word: &str) -> Option<Vec<PartyRef>> {
        let sayers = self.last_sayers(si)?;
        let one_person = sayers.len() == 1 && sayers[0].stype == SourceType::Person;
        let gender = || if one_person { self.person_gender(&sayers[0]) } else { None };
        let agrees = if word.ends_with("هم") || word.ends_with("هما") {
            // «وفق تعبيرهم»: never one person, nor one outlet (its correspondent).
            !(sayers.len() == 1 && matches!(sayers[0].stype, SourceType::Person | SourceType::Outlet))
        } else if word.ends_with("ها") {
            gender() != Some(false)
        } else {
            gender() != Some(true)
        };
        agrees.then_some(sayers)
    }

    /// Where the claim of the according_to phrase of cue token `ct` lies,
    /// its source ending at token `e`, when the phrase is set off inside the
    /// sentence after the claim: «…، وفق ما أكده رضا الفراتي رئيس غرفة
    /// التجارة التي نظمت اللقاء»، «…، وذلك بحسب ما نقلت "بلومبيرغ" عن الشركة
    /// المطورة لهذا الشارع». After a comma or «وذلك», five words into the
    /// sentence at least, with no conjunction of its own (not «…، وبحسب
    /// الوكالة، …», which opens a clause), and no content opening after the
    /// source and no other cue (a complementizer, a colon, a quotation):
    /// what follows the source is about it (a title, an affiliation, a
    /// relative clause), however long, and the claim is before the phrase
    /// ([`SetOff::Before`]). Unless the source is closed by a comma and
    /// something else than a title follows: the phrase may then be a
    /// parenthesis in the claim («وتمثل اجتماعات الخرطوم، بحسب خبراء، نقطة
    /// فارقة …»), which is the whole sentence ([`SetOff::Around`]), as is
    /// the claim of a phrase with no comma before it, inside its claim.
    fn set_off_phrase(&self, s: &Sentence, ct: usize, e: usize) -> Option<SetOff> {
        /// Words looked at before the cue and after the source (bounded: a cue each).
        const LOOK: usize = 40;
        let m = self.mention_in(ct)?;
        let set_off = ct > 0 && (self.is_punct(ct - 1, "،,") || (self.is_word(ct - 1) && self.word(ct - 1) == "وذلك"));
        // With no comma before it («ولم تحل تعبئة 30 ألف عنصر بحسب وزارة
        // الأمن الداخلي، دون وقوع هجمات»، «وتعافى السعر الأربعاء حسبما قال
        // متعاملون، بعد أن حظر البنك …») the phrase sits inside its claim.
        let inside = ct > 0 && self.is_word(ct - 1);
        if m.word_start != m.start || !(set_off || inside) {
            return None;
        }
        // Five words at least before it («وتضع الحكومة على عاتقها، بحسب
        // مسؤول، مسؤولية …» sets off a subject), none a verb's cue: inside a
        // verb's content («قال إن آلافا …، وفق وكالة إيسنا، أضيف إليهم …»)
        // the phrase is a parenthesis.
        let mut before = 0;
        for t in (s.toks.start..ct).rev() {
            if self.is_word(t) {
                if matches!(self.cue_in(t), Some(CueClass::Verb | CueClass::Participle)) {
                    return None;
                }
                before += 1;
                if before > LOOK {
                    return None;
                }
            }
        }
        if before < 5 {
            return None;
        }
        // «…، بحسب الخليدي الذي أشار إلى أن …»: a relative clause whose verb
        // reports with the source as its sayer reads its own frame; the
        // phrase's claim is before it.
        if e + 1 < s.toks.end && self.relative_clause_at(e) {
            return Some(SetOff::Before);
        }
        let mut words = 0;
        for k in e..s.toks.end {
            if self.content_marker(k).is_some() {
                return None;
            }
            if self.is_word(k) {
                // Another cue after it reads its own frame, which a phrase
                // trailing the claim would leave out of the sentence's
                // claims (but the relative clause above).
                if self.cue_in(k).is_some_and(|c| c != CueClass::Noun) {
                    return None;
                }
                words += 1;
                if words > LOOK {
                    return None;
                }
            }
        }
        if !set_off {
            return Some(SetOff::Around);
        }
        let closed = self.is_punct(e, "،,") && e + 1 < s.toks.end && self.is_word(e + 1);
        Some(if closed && self.word(ct - 1) != "وذلك" && !self.title_at(e + 1) { SetOff::Around } else { SetOff::Before })
    }

    /// A relative pronoun at `e` whose clause opens with a reporting verb
    /// («… الذي أشار إلى أن»).
    pub(super) fn relative_clause_at(&self, e: usize) -> bool {
        self.is_word(e) && self.roles_at(e).has(Role::Relative) && self.cue_in(e + 1) == Some(CueClass::Verb)
    }

    pub(super) fn prep_frame(&self, parties: &[PartyRef], s: &Sentence, si: usize, ct: usize, end: usize) -> Option<FrameParts> {
        let lim = s.toks.end;
        let mut j = self.after_cue(end);
        // «حسب قوله»، «على حد تعبيره»، «وفقا لتعبيره» closing a sentence: the last sayer.
        let glued = |k: usize| {
            let tok = self.seg.tokens[k];
            &self.norm.text[tok.start.max(end).min(tok.end)..tok.end]
        };
        // «وفق تقديره» reads the same: a verbal noun with a pronoun.
        let pronoun_noun = |w: &str| self.lex.has_role(w, Role::NameStop) || is_masdar_with_pronoun(w);
        // «على حد تعبيره»، «حسبما ذكره» with the pronoun in the cue itself.
        let cue_text = self.mention_in(ct).map_or("", |m| &self.norm.text[m.start..end]);
        let cue_pronoun = cue_text.contains(' ') && ["ه", "ها", "هم", "هما"].iter().any(|p| cue_text.ends_with(p));
        if cue_pronoun && (j..lim).all(|k| !self.is_word(k)) {
            return self.last_agreeing(si, cue_text).map(|sayers| (vec![sayers], s.toks.start, Via::Discourse, true));
        }
        if cue_pronoun && j < lim && self.is_punct(j, "،,") {
            return self.last_agreeing(si, cue_text).map(|sayers| (vec![sayers], j + 1, Via::Discourse, false));
        }
        if self.is_word(j) && pronoun_noun(glued(j)) && j + 1 < lim && self.is_punct(j + 1, "،,") {
            // «ووفقا لتعبيره، …» opening a sentence.
            return self.last_agreeing(si, glued(j)).map(|sayers| (vec![sayers], j + 2, Via::Discourse, false));
        }
        if self.is_word(j) && (j + 1..lim).all(|k| !self.is_word(k)) {
            let w = glued(j);
            let pronoun = ["ه", "ها", "هم"].iter().any(|p| w.ends_with(p));
            if pronoun && (pronoun_noun(w) || self.cue_in(j) == Some(CueClass::Noun)) {
                return self.last_agreeing(si, w).map(|sayers| (vec![sayers], s.toks.start, Via::Discourse, true));
            }
        }
        // «وفقا للقانون»، «حسب التوقيت المحلي»: "in accordance with", no sayer.
        let report_in_cue = self.report_noun_in_cue(end);
        if report_in_cue.is_none() && self.is_word(j) {
            // «للقانون» (ل + ال with the cue's ل glued) or «للوائح» (ل + اللوائح).
            let w = glued(j);
            let norm = |w: &str| self.lex.has_role(w.strip_prefix("ال").unwrap_or(w), Role::Norm);
            if norm(w) || w.strip_prefix('ل').is_some_and(norm) {
                return None;
            }
            // «وفق البرنامج التالي:»: what follows in the text.
            let following = |k: usize| self.is_word(k) && self.roles_at(k).has(Role::Following);
            if following(j) || (j + 1 < lim && following(j + 1)) {
                return None;
            }
        }
        // «بحسب تقرير لوكالة بلومبيرغ»، «وفقا لدراسة أميركية»، «بحسب بيانات
        // وزارة المالية»: the report's issuer, or the report as written.
        // «وحسب أحدث البيانات الصادرة عن …»: past a superlative before the report.
        let latest = report_in_cue.is_none()
            && j + 1 < lim
            && self.is_word(j)
            && matches!(glued(j), "احدث" | "اخر" | "اهم" | "ابرز")
            && self.report_noun(j + 1, 0).is_some();
        // «على ذمة التحقيق»: a cue only with a party after it.
        let party_only = self.mention_in(ct).is_some_and(|m| self.lex.entry(m.entry).party_only);
        // «بحسب ما جاء في بيان لوزارة الصحة»، «حسبما أظهرت دراسة نشرتها …»:
        // past the relative's verb (and its «في»), a report as right after the cue.
        let relative_report = (report_in_cue.is_none() && self.norm.text[..end].ends_with("ما") && self.is_word(j) && self.party_at(j, lim, false).is_none())
            .then(|| if self.is_word(j + 1) && matches!(self.word(j + 1), "في" | "علي" | "عن") { j + 2 } else { j + 1 })
            .filter(|&k| k < lim && self.report_noun(k, 0).is_some());
        let report = match (report_in_cue, relative_report) {
            _ if party_only => None,
            (Some(from), _) => self.report_sayer(parties, self.tok_of(from), from, lim, true),
            (None, _) if latest => self.report_sayer(parties, j + 1, 0, lim, true),
            (None, Some(k)) => self.report_sayer(parties, k, 0, lim, true),
            (None, None) => self.report_sayer(parties, j, end, lim, true),
        };
        let mut told = None;
        let list = match report {
            Some(r) => r.sayers,
            None => {
                // «بحسب تقرير الأمم المتحدة»، «وفقا لوثائق المحكمة»: the issuer of the report.
                if self.cue_in(j) == Some(CueClass::Noun) && self.party_at(j, lim, false).is_none() {
                    j = self.mention_in(j).map_or(j + 1, |m| self.tok_after(m.end));
                    // «وفقا لتقرير نشرته صحيفة …»: the report's publisher.
                    if self.is_word(j) && self.roles_at(j).has(Role::RelativeCarrier) {
                        j += 1;
                    }
                }
                // «بحسب ما كتبت صحيفة …»، «بحسب ما جاء في حساب …»: past the verb.
                if self.norm.text[..end].ends_with("ما") && self.is_word(j) && self.party_at(j, lim, false).is_none() {
                    j += 1;
                    if self.is_word(j) && matches!(self.word(j), "في" | "علي" | "عن") {
                        j += 1;
                    }
                }
                // «بحسب ما نقلته عنه وكالة …»: past the verb's object pronoun to its subject.
                if self.object_pronoun(j) && self.party_at(j + 1, lim, false).is_some() {
                    j += 1;
                }
                // «وفق ما أكدته لجوهرة أف أم الكاتبة العامة للنقابة …»: the
                // outlet told before the verb's subject, outermost as after «قال».
                if cue_text.contains("ما") {
                    if let Some((k, Some(t))) = self.addressee_before(parties, j, lim, false) {
                        (j, told) = (k, Some(t));
                    }
                }
                let mut list = self.party_list(parties, j, lim, true);
                // An unknown name must be set off: «بحسب عراقجي،», or by a
                // title in apposition («حسبما قال هانز بونتيه رئيس بلدية …»),
                // or by a relative clause about it («بحسب الخليدي الذي أشار»).
                let set_off = |e: usize| {
                    e >= lim
                        || self.is_punct(e, "،,.:؛")
                        || self.seg.tokens[e].kind == TokKind::Quote
                        || self.title_at(e)
                        || (self.is_word(e) && self.roles_at(e).has(Role::Relative))
                };
                if list.first().is_some_and(|p| p.found == Found::Name) && !list.last().is_some_and(|p| set_off(p.toks.end)) {
                    list.clear();
                }
                // «على ذمة التحقيق»، «على ذمة الأبحاث»: a report is no party.
                if party_only && list.first().is_some_and(|p| self.report_noun_at(p.toks.start)) {
                    list.clear();
                }
                if let Some(p) = list.first_mut() {
                    // A glued «ل» belongs to the cue («وفقا لوثائق»).
                    p.written.start = p.written.start.max(end).min(p.written.end);
                }
                if list.is_empty() {
                    // «وحسب "حرييت"»: a quoted name after the cue.
                    list.extend(self.quoted_name(j, lim));
                }
                if list.is_empty() && !party_only {
                    // «ووفقا لوثائق الادعاء، …»: an unnamed source, as written.
                    list.extend(self.source_phrase(j, end, lim));
                }
                list
            }
        };
        list.first()?;
        let mut levels = vec![list];
        let mut e = self.add_carrier(parties, &mut levels, lim);
        if let Some(t) = told {
            levels.insert(0, vec![t]);
        }
        // «بحسب ما نقلت وكالة فرانس برس عن دبلوماسي غربي»: the source's own source.
        // «وفق ما ذكرت وكالة "إيتار تاس" نقلا عن مصدر أمني»: so is the
        // source it quotes (read as a phrase of its own, it would be taken
        // for the outermost: the last of phrases in a row names that one).
        let quoting = e + 1 < lim && self.is_word(e) && self.word(e) == "نقلا" && self.word(e + 1) == "عن";
        let from = if quoting { e + 1 } else { e };
        if self.is_word(from) && from < lim && self.word(from) == "عن" {
            let inner = self.party_list(parties, from + 1, lim, false);
            if let Some(last) = inner.last() {
                e = last.toks.end;
                levels.push(inner);
            }
        }
        // Trailing when little but a second name or an adjective is left
        // («وفقا لما ذكرته مجلتا "ساينس" و"نيتشر" العلميتين»).
        // At most seven words are looked at: collecting the rest of the
        // sentence per cue was quadratic in a long sentence of cues.
        let rest: Vec<usize> = (e..lim).filter(|&k| self.is_word(k)).take(7).collect();
        // A second according_to phrase may follow («…، وفقا لتقرير الشرطة،
        // حسبما "ميرور"»): both trail the content.
        // The source's affiliation or title may trail too («وفقا لما يذكره
        // الدكتور رودلف تانزي من مستشفى ماساتشوستس المركزي»، «حسبما قال
        // هانز بونتيه رئيس بلدية مدينة فيلفوردة البلجيكية»).
        // (A title with a proclitic counts: «… مصدر أمني لمراسلة الجوهرة».)
        let affiliation = rest.first().is_some_and(|&k| matches!(self.word(k), "من" | "في" | "لدي") || self.kind_in(k) == Some(&EntryKind::Title));
        // So may the channel, a report noun after a preposition («بحسب ما
        // أعلنت وزارة الداخلية في بلاغ لها»، «… عبر بيان»).
        let channel = |i: usize| i > 0 && self.cue_in(rest[i]) == Some(CueClass::Noun) && matches!(self.word(rest[i - 1]), "في" | "عبر" | "خلال" | "ضمن");
        let trailing = rest.len() <= 6
            && rest.iter().enumerate().all(|(i, &k)| (matches!(self.cue_in(k), None | Some(CueClass::AccordingTo)) || channel(i)) && !self.is_complementizer(k))
            && rest.iter().filter(|&&k| self.cue_in(k).is_none()).count() <= if affiliation { 5 } else { 3 }
            && ct > s.toks.start + 2;
        if rest.is_empty() || trailing {
            return Some((levels, s.toks.start, Via::Prep, true));
        }
        match self.set_off_phrase(s, ct, e) {
            Some(SetOff::Before) => return Some((levels, s.toks.start, Via::Prep, true)),
            // Content from the sentence's start, over the phrase.
            Some(SetOff::Around) => return Some((levels, s.toks.start, Via::Prep, false)),
            None => {}
        }
        let mut c = e;
        while c < lim && (self.is_punct(c, "،,:") || (self.is_word(c) && self.is_complementizer(c))) {
            c += 1;
        }
        Some((levels, c, Via::Prep, false))
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn verb_frame(
        &self,
        parties: &[PartyRef],
        s: &Sentence,
        si: usize,
        ct: usize,
        j: usize,
        class: CueClass,
        dual: bool,
    ) -> Option<FrameParts> {
        let lim = s.toks.end;
        if j >= lim {
            return None;
        }
        // «قال لنا أحد المسؤولين …»: the subject after the one told, who
        // (an outlet) is the outermost level.
        // Read with unknown names and without at once (`addressee_reading`).
        if class == CueClass::Verb {
            let reading = self.addressee_reading(parties, j, lim);
            if let Some((k, told, true)) = &reading {
                let parts = self.verb_frame(parties, s, si, ct, *k, class, dual).filter(|p| p.2 == Via::After);
                if let Some(mut parts) = parts {
                    if let Some(t) = told.clone().filter(|t| !parts.0.iter().flatten().any(|p| p.toks == t.toks)) {
                        parts.0.insert(0, vec![t]);
                    }
                    return Some(parts);
                }
            }
            // «وقال للصحفيين إن»، «وأضاف للصحافيين في بروكسل "…"»: no known
            // party after the one told; the frame is read past it.
            if let Some(k) = self.audience_end(j, lim).filter(|&k| k < lim) {
                return self.verb_frame_at(parties, s, si, ct, k, class, dual);
            }
            // A subject there not read is still the verb's own: no sayer is
            // carried over or taken from before the verb.
            if reading.is_some() {
                return self.verb_frame_at(parties, s, si, ct, j, class, dual).filter(|p| p.2 == Via::After);
            }
        }
        self.verb_frame_at(parties, s, si, ct, j, class, dual)
    }

    /// A verb's frame, its subject (if any) read from `j`.
    #[allow(clippy::too_many_arguments)]
    fn verb_frame_at(
        &self,
        parties: &[PartyRef],
        s: &Sentence,
        si: usize,
        ct: usize,
        j: usize,
        class: CueClass,
        dual: bool,
    ) -> Option<FrameParts> {
        let lim = s.toks.end;
        // No sayer after the cue: it stands before, or is inherited
        // («وكان لافروف قال أمس الخميس، إن»).
        let j = if self.is_punct(j, "،,") && self.content_marker(j + 1).is_some() { j + 1 } else { j };
        // «يُذكر أن»، «ويُعتقد على نطاق واسع أن»: with no sayer in the sentence
        // the form is the impersonal passive, not the last sayer speaking; nor
        // with one only earlier in it («، الذي يعتقد أنه مختبئ»، «، ويرجح أن»):
        // a subject of its own stands right before it («مراقبون يعتقدون أن»).
        let impersonal = self.mention_in(ct).is_some_and(|m| self.lex.entry(m.entry).impersonal);
        let cue = self.mention_in(ct).map(|m| self.lex.entry(m.entry));
        let (bare, ba, noun_content) = cue.map_or((false, false, false), |e| (e.bare, e.ba_content, e.noun_content));
        let before = |this: &Self| {
            this.sayer_before(parties, s, ct, dual, si).filter(|(_, via)| !(impersonal && matches!(via, Via::Discourse | Via::Earlier)))
        };
        // «وأضاف "…"» after «أظهرت دراسة أن …»: a report quoted at length is
        // a person not read before it, not the report carried over.
        let quoted_report = |this: &Self, sayers: &[PartyRef], via: Via, c: usize| {
            via == Via::Discourse
                && (this.is_quote_open(c) || (c > 0 && this.is_punct(c - 1, ":") && this.is_quote_open(c)))
                && sayers.iter().all(|p| this.is_report_party(p))
        };
        // «ونقلت "فرانس برس" عن …»، «وذكرت "أفتنبوستن" أن …»: a short quoted
        // name right after the verb is its subject, not the content; not
        // after a subject in the headline order («دراسة تكشف "حقائق صادمة" عن»).
        let headline_order = self.mention_in(ct).is_some_and(|m| {
            m.word_start == m.start && ct > s.toks.start && self.is_word(ct - 1) && self.word(ct).starts_with(['ي', 'ت'])
        });
        let quoted_subject = if class == CueClass::Noun || headline_order { None } else { self.quoted_subject(j, lim).or_else(|| self.bracketed_subject(j, lim)) };
        if let Some(c) = self.content_marker(j).filter(|_| quoted_subject.is_none()) {
            let (sayers, via) = before(self)?;
            if quoted_report(self, &sayers, via, c) {
                return None;
            }
            return Some((vec![sayers], c, via, false));
        }
        // «أظهرت نتائج البحث أن»: a report's findings, read as the report.
        let report_only = self.mention_in(ct).is_some_and(|m| self.lex.entry(m.entry).report_only);
        let j = if report_only { self.results_of(j) } else { j };
        let noun = class == CueClass::Noun;
        if !noun {
            if let Some(sayers) = self.fronted_subject(parties, s, si, ct) {
                return self.svo_content(s, ct, j).map(|(levels, c)| {
                    let mut all = levels;
                    all.push(sayers);
                    (all, c, Via::Before, false)
                });
            }
        }
        // «كشفت دراسة حديثة أن»، «قال تقرير من شركة بريكين إن»: a report as
        // the subject, its issuer the source.
        let report = if noun { None } else { self.report_sayer(parties, self.results_of(j), 0, lim, false) };
        // A report named by no issuer needs a complementizer or colon: in
        // «طلبت CNN كشف وثائق سرية» the verb is a noun and the report its object.
        let unnamed_report = report.as_ref().is_some_and(|r| r.unnamed);
        let (mut levels, e, unknown, full_name, one_word) = match report {
            Some(r) => {
                let mut levels = vec![r.sayers];
                let e = self.add_carrier(parties, &mut levels, lim).max(r.end);
                (levels, e, false, false, false)
            }
            None => {
                // «وأضاف في بيان: …»، «وأضاف بيان صحافي أنه …»: no sayer named here;
                // «وأضاف مطالبا الحكومة بأن …»، «وقال مخاطبا ترامب "…"»: nor is the participle's object.
                // The party at `j` starts there, or at the word before
                // («أحد المسؤولين»): with no participle before either, it is
                // no participle's object, whatever it is.
                // Asked only of a verb (a noun's reading skips all this).
                let verb_reading = !noun && quoted_subject.is_none();
                // «كما قال لجنود فلبينيين إن»، «أكدت لتركيا ضرورة»: a party with
                // «لـ» on it right after the verb is the one told, not the sayer
                // (an outlet told is read below).
                let at_j = if verb_reading { self.party_at(j, lim, false) } else { None };
                let told_party = at_j.as_ref().is_some_and(|p| p.stype != SourceType::Outlet && self.proclitics_of(p).ends_with('ل'));
                // «ووصف حزب العمال الكردستاني بأنه»: the one described.
                let described = at_j.as_ref().is_some_and(|p| self.described(cue, p));
                let object = verb_reading
                    && (((self.after_participle(j) || self.after_participle(j.saturating_sub(1)))
                        && self.party_at(j, lim, true).is_some_and(|p| self.participle_object(&p)))
                        || (self.is_word(j) && self.roles_at(j).has(Role::ObjectParticiple))
                        || told_party
                        || described);
                if verb_reading && (object || at_j.is_none()) {
                    // «وأفاد بمقتل …»، «وأشار إلى وجود عجز»: no sayer named, the
                    // content a verbal noun right after the verb, which opens its
                    // sentence or follows a sayer that does («وكانت الوزارة قد
                    // أكدت أهمية»); further on the verb may be inside what was
                    // said («إن معلومات أفادت باختباء …»).
                    let noun_first = (ba && (self.ba_content_at(j) || self.an_content_at(j))) || (noun_content && self.noun_content_at(j, false));
                    // After a sentence-opening verb going on with the last sayer, a
                    // plain noun after «إلى» too.
                    if !object && (noun_first || (noun_content && self.noun_content_at(j, true))) {
                        let opens = self.opens_sentence(s, ct);
                        let fits = |sayers: &[PartyRef], via: Via| match noun_first {
                            true => opens || (via == Via::Before && sayers.first().is_some_and(|p| p.toks.start <= s.toks.start + 2)),
                            false => opens && via == Via::Discourse,
                        };
                        if let Some((sayers, via)) = before(self).filter(|(sayers, via)| fits(sayers, *via)) {
                            return Some((vec![sayers], j, via, false));
                        }
                    }
                    // «وأضاف في تصريحات لقناة الحدث، بأن»، «وقال، في تصريحات لبي بي
                    // سي، إن»: no sayer named here, and the outlet told is not one;
                    // it is the outermost source of the sayer before or carried over.
                    if let Some((t, c)) = self.told_only(parties, s, j).filter(|_| !object) {
                        if let Some((sayers, via)) = before(self).filter(|(sayers, via)| !quoted_report(self, sayers, *via, c)) {
                            return Some((vec![vec![t], sayers], c, via, false));
                        }
                    }
                    let adverbial = object
                        || (self.is_word(j)
                            && (self.roles_at(j).has(Role::NameStop)
                                || self.to_me(j, lim)
                                || self.cue_in(j) == Some(CueClass::Noun)));
                    // Looked for only past an adverbial: most verbs have none.
                    // Further on, up to a window, only a colon or a complementizer
                    // after a comma ends a run of adjunct words after a verb
                    // opening its sentence («وأضاف في مؤتمر
                    // صحفي قبل مباراة السوبر الأوروبي ضد أتلتيكو مدريد يوم
                    // الأربعاء: "…"»); a quotation there may be a name.
                    let c = || {
                        (j..lim.min(j + 12)).find(|&k| self.content_marker(k).is_some()).or_else(|| {
                            let adjunct = |k: usize| (self.is_word(k) && matches!(self.cue_in(k), None | Some(CueClass::Noun))) || self.is_punct(k, "،,");
                            let set_off = |k: usize| self.is_word(k) && self.is_complementizer(k);
                            let far = (j + 12..lim.min(j + WINDOW)).find(|&k| !adjunct(k) || set_off(k));
                            far.filter(|&k| (self.is_punct(k, ":") || set_off(k)) && self.opens_sentence(s, ct))
                        })
                    };
                    if let Some(c) = adverbial.then(c).flatten() {
                        // «وقال في برنامج "بوليتيكا" إن»: a party in a
                        // prepositional phrase is no sayer; an outlet after
                        // «مع» is told («في حديث مع صحيفة الشرق الأوسط»).
                        let lo = parties.partition_point(|p| p.toks.start < j);
                        let hi = parties.partition_point(|p| p.toks.start < c);
                        let within = &parties[lo..hi.max(lo)];
                        // An outlet after «لـ» is told too («في تصريج لوكالة تونس
                        // افريقيا للأنباء»); a party right after one so governed
                        // goes on its name («وزارة» «الخارجية»).
                        let told_here = |p: &PartyRef| self.told_at(p.toks.start, lim).is_some_and(|t| t.toks.start == p.toks.start);
                        // «وقال أحد سكان دوما:»، «وأشار عدد من النشطاء»: a
                        // quantity opens the subject, no adjunct.
                        let quantity = matches!(self.word(j), "احد" | "احدي" | "بعض" | "عدد" | "عدة" | "كل" | "جميع" | "معظم" | "اغلب" | "غالبية");
                        // «وأضاف في تصريحات نقلها موقع وزارة النفط أنه»: the party
                        // after a relative carrier verb carried the words.
                        let carried = |p: &PartyRef| {
                            (p.toks.start.saturating_sub(2)..p.toks.start).any(|k| {
                                self.is_word(k)
                                    && (self.roles_at(k).has(Role::RelativeCarrier)
                                        || matches!(self.kind_in(k), Some(EntryKind::Grammar(Role::RelativeCarrier))))
                            })
                        };
                        let mut end = j;
                        let governed = within.is_empty() || (!quantity && within.iter().all(|p| {
                            // A party with «لـ» or «بـ» on it is no subject either («فعاليات
                            // المؤتمر الـ23 للاتحاد»); nor one whose name is written past
                            // its first token (a head or title before it) holding either
                            // letter. (Not `proclitics_of`, which reads only the first.)
                            let tok = self.seg.tokens[p.toks.start];
                            let prefixed = self.norm.text[tok.start..p.written.start.clamp(tok.start, tok.end)].contains(['ل', 'ب']);
                            let ok = p.toks.start == end || told_here(p) || prefixed || carried(p) || self.in_adjunct(p, j).is_some();
                            end = p.toks.end;
                            ok
                        }));
                        if governed {
                            let told = within.iter().find(|p| carried(p)).or_else(|| {
                                within.iter().find(|p| {
                                    p.stype == SourceType::Outlet
                                        && (told_here(p) || self.in_adjunct(p, j).is_some_and(|k| self.word(k) == "مع"))
                                })
                            });
                            let c = self.content_marker(c)?;
                            // With no sayer to take, the outlet told is the source.
                            let Some((sayers, via)) = before(self) else {
                                return told.map(|t| (vec![vec![t.clone()]], c, Via::After, false));
                            };
                            if quoted_report(self, &sayers, via, c) {
                                return None;
                            }
                            let mut levels = vec![sayers];
                            if let Some(t) = told {
                                levels.insert(0, vec![t.clone()]);
                            }
                            return Some((levels, c, via, false));
                        }
                    }
                    if object {
                        return None;
                    }
                }
                // After a report-only verb the subject is a report, never an unknown name.
                let mut sayers = match quoted_subject {
                    Some(q) => vec![q],
                    None => self.party_list(parties, j, lim, !noun && !report_only),
                };
                if sayers.is_empty() && !noun {
                    if let Some(p) = self.unnamed_definite(j, lim) {
                        // «ووصفت الانتخابات بأنها»: the thing described; the sayer is before.
                        if self.described(cue, &p) {
                            let (sayers, via) = before(self)?;
                            return Some((vec![sayers], self.content_marker(p.toks.end)?, via, false));
                        }
                        let c = self.content_marker(p.toks.end).or_else(|| self.content_marker(p.toks.end + 1))?;
                        return Some((vec![vec![p]], c, Via::After, false));
                    }
                    // «تكشف الوثيقة التي نشرها الكرملين أن»: a party inside the sayer phrase.
                    let c = (j..lim.min(j + 8)).find(|&k| self.content_marker(k).is_some())?;
                    let p = parties.get(parties.partition_point(|p| p.toks.start < j)).filter(|p| p.toks.end <= c)?;
                    return Some((vec![vec![p.clone()]], self.content_marker(c)?, Via::After, false));
                }
                let unknown = sayers.first()?.found == Found::Name;
                // «وقالت بيتر سلامة "…"»: a full name may run straight into a
                // quotation; «وقال فينغر "…"»: one word too, before a statement
                // (checked below), not a work's quoted title («فيلم "…"»).
                let full_name = sayers.len() == 1 && !sayers[0].toks.is_empty();
                let one_word = full_name && sayers[0].toks.len() == 1;
                sayers.truncate(4);
                let mut levels = vec![sayers];
                let e = self.add_carrier(parties, &mut levels, lim);
                (levels, e, unknown, full_name, one_word)
            }
        };
        if noun {
            // «إعلان إيران عن …»، «بيان للخارجية: …»; a bare «رسالة المسؤولين» is no report.
            if e < lim && self.is_word(e) && self.word(e) == "عن" {
                return (e + 1 < lim).then_some((levels, e + 1, Via::After, false));
            }
            let c = self.content_marker(e)?;
            return (c < lim).then_some((levels, c, Via::After, false));
        }
        // «وأعرب X عن قلقه»، «كشف X عن …»: a bare verb's content opens with
        // «عن» right after the sayer; a complementizer further on belongs to
        // that content. An unknown name is bounded by it only when it looks
        // like a full name, not the verb's object («أعلن رحيله عن النادي»،
        // «أعلن بشكل مفاجئ توقفه عن»).
        let skip_comma = if self.is_punct(e, "،,") { e + 1 } else { e };
        let full_unknown = |p: &PartyRef| {
            p.toks.len() >= 2
                && p.toks.clone().all(|k| self.is_word(k) && !self.word(k).ends_with('ه') && !self.word(k).starts_with("ال"))
        };
        let named = levels.iter().flatten().all(|p| p.found != Found::Name || full_unknown(p));
        if bare && named && skip_comma + 1 < lim && self.is_word(skip_comma) && self.word(skip_comma) == "عن" {
            return Some((levels, skip_comma, Via::After, false));
        }
        let mut told = None;
        let mut inner = None;
        let mut content = None;
        let mut skip_to = e;
        // Only words and commas with no cue so far (see `after_adjuncts`).
        let mut adjuncts = true;
        // Whether the window ended at another verb or the sentence's end.
        let mut stopped = false;
        for k in e..lim.min(e + WINDOW) {
            // Words of a party already read («شبكة سي إن إن») are no markers.
            if k < skip_to {
                continue;
            }
            // «أوردت وسائل الإعلام نقلا عن مصادر حكومية أن»، «نقلت رويترز عن
            // مسؤول قوله إن»: the sayer's own source.
            if inner.is_none() && self.cue_in(k) == Some(CueClass::AccordingTo) {
                if let Some(m) = self.mention_in(k) {
                    let list = self.party_list(parties, self.after_cue(m.end), lim, false);
                    if !list.is_empty() {
                        inner = Some(list);
                    }
                }
            } else if inner.is_none() && self.is_word(k) && self.word(k) == "عن" && !self.in_apposition(e, k) {
                let list = self.party_list(parties, k + 1, lim, false);
                if !list.is_empty() {
                    inner = Some(list);
                }
            }
            // A quotation opens the content only right after the sayer or a
            // colon; further on it is a quoted name or phrase.
            // A report named by no issuer takes a quotation as its name
            // («أظهر استطلاع "مؤشر مديري المشتريات" …»).
            // «قال ماكرون أمام البرلمان "…"»، «وأكد النادي في بيان "…"»: a
            // quotation after a short adverbial phrase that opens right after
            // the sayer, unless it is a short quoted name («في برنامج "الحكاية"»).
            // After a bare verb nothing longer: its object may stand between
            // («وأعلن X، في بيان، انطلاق عملية "…"»).
            let after_adverbial = |k: usize| {
                k > e
                    && k <= e + 8
                    && !unnamed_report
                    && told.is_none()
                    && self.is_word(e)
                    && ((self.is_stop(e) && !self.is_complementizer(e) && !self.roles_at(e).has(Role::Month))
                        || self.roles_at(e).has(Role::AppositionHead))
                    && (e..k).all(|x| self.is_word(x) && self.cue_in(x).is_none())
                    && self.quoted_name(k, lim).is_none()
                    && self.runs_on(k, lim)
            };
            // «وقال وزير التعليم X المنتمي لحزب … للصحافيين قبل اجتماع
            // الحكومة الأحد "…"»، «وقال X في خطاب موجها لكوريا الشمالية "…"»:
            // after another verb, a statement that opens further on after
            // nothing but adjuncts (words and commas, no cue but a report
            // noun, no complementizer or other quotation between).
            let after_adjuncts = |k: usize| {
                k > e && adjuncts && !unnamed_report && self.quoted_name(k, lim).is_none() && self.runs_on(k, lim) && self.ends_statement(k, lim)
            };
            // «وقال الحاكم للصحفيين "عثرنا عليهم سالمين"»: right after the
            // audience told (and fillers), a short quotation is what was
            // said, not a name.
            let after_audience = |k: usize| {
                self.audience_end(e, lim).is_some_and(|a| a <= k && (a..k).all(|x| self.is_word(x) && self.roles_at(x).has(Role::Filler)))
            };
            let quote_ok = || {
                (k == e && !unnamed_report)
                    || (self.is_quote_open(k) && !unnamed_report && after_audience(k))
                    || self.is_punct(k - 1, ":")
                    || (k == e + 1 && self.is_punct(e, "،,"))
                    || (self.is_quote_open(k) && if bare { after_adverbial(k) } else { after_adjuncts(k) })
            };
            // Asked only of a marker: most tokens of the window are none.
            if let Some(c) = self.content_marker(k).filter(|_| !self.is_quote_open(k) || quote_ok()) {
                content = Some(c);
                break;
            }
            // Only near the sayer, past adverbials: a «بـ» word further on,
            // or after a quotation or «عن», is inside what was said.
            let near = k <= e + 5 && !(e..k).any(|x| self.is_quote_open(x) || (self.is_word(x) && self.word(x) == "عن"));
            if k >= skip_to && near && ((ba && (self.ba_content_at(k) || self.an_content_at(k))) || (noun_content && self.noun_content_at(k, false))) {
                content = Some(k);
                break;
            }
            // Another reporting verb that opens a clause ends the window; one
            // inside an apposition («طلب عدم كشف اسمه») does not.
            let opens_clause = |k: usize| {
                self.mention_in(k).is_some_and(|m| m.word_start < m.start) || self.is_punct(k - 1, "،,;؛")
            };
            if (matches!(self.cue_in(k), Some(CueClass::Verb)) && self.live_cue(k, s) && opens_clause(k)) || self.is_punct(k, ".!?؟") {
                stopped = true;
                break;
            }
            // A report noun is an adjunct here: «في مؤتمر صحفي»، «في خطاب».
            adjuncts = adjuncts && (self.is_word(k) || self.is_punct(k, "،,")) && matches!(self.cue_in(k), None | Some(CueClass::Noun));
            if told.is_none() {
                told = self.told_at(k, lim);
                skip_to = told.as_ref().map_or(skip_to, |t| t.toks.end);
            }
            if let Some(p) = first_party_in(parties, k..k + 1) {
                skip_to = skip_to.max(p.toks.end);
            }
        }
        // «وقال رئيس الخوذ البيضاء رائد صالح في أعقاب الهجوم الكيميائي في
        // مدينة دوما … والذي حقق فيه خبراء من منظمة حظر الأسلحة الكيميائية،
        // إنه أبلغ …»: past the window, nothing but adjuncts up to a
        // complementizer set off by a comma (at most a window further).
        if content.is_none() && !stopped && adjuncts && !unnamed_report && e + WINDOW < lim {
            let adjunct = |k: usize| (self.is_word(k) && matches!(self.cue_in(k), None | Some(CueClass::Noun))) || self.is_punct(k, "،,");
            content = (e + WINDOW..lim.min(e + 2 * WINDOW))
                .take_while(|&k| adjunct(k))
                .find(|&k| self.is_word(k) && self.is_complementizer(k) && self.is_punct(k - 1, "،,"));
        }
        let content = match content {
            Some(c) => c,
            None if bare && !unknown && !unnamed_report => {
                let mut c = e;
                while c < lim && self.is_punct(c, "،,") {
                    c += 1;
                }
                c
            }
            None => return None,
        };
        // A statement runs on for five words at least and is no short quoted name.
        // «وقال متحديا "…"»: a circumstantial participle (م…ا), no name.
        let participle = levels.last().and_then(|l| l.first()).is_some_and(|p| is_participle_shape(self.word(p.toks.start)));
        let statement = |e: usize| {
            !participle && (e + 1..e + 6).all(|x| x < lim && (self.is_word(x) || self.is_punct(x, "،,"))) && self.quoted_name(e, lim).is_none()
        };
        if unknown && !self.unknown_sayer_bounded(e, lim) && !(full_name && self.is_quote_open(e) && (!one_word || statement(e))) {
            return None;
        }
        if let Some(t) = told {
            levels.insert(0, vec![t]);
        }
        if let Some(i) = inner {
            levels.push(i);
        }
        Some((levels, content, Via::After, false))
    }
}
