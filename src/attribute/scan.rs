//! The parties of a sentence, scanned left to right, and the quiet
//! sentences whose scan waits until a later sentence looks back.

use super::party::PartyRef;
use super::Doc;
use crate::lexicon::{EntryKind, Role};
use crate::segment::{Sentence, TokKind};

impl Doc<'_> {
    /// Parties of a sentence that may be sayers, left to right. Every party
    /// found, the objects of participles too, is pushed to the anaphora
    /// memory (`recent`) as soon as it is found. Returned in `out` (cleared
    /// first: its capacity serves sentence after sentence).
    pub fn scan_parties(&mut self, s: &Sentence, mut out: Vec<PartyRef>) -> Vec<PartyRef> {
        out.clear();
        let mut t = self.after_dateline(s);
        let mut object_end = None;
        self.party_memo.start(s.toks.clone());
        while let Some(p) = self.next_party(&mut t, s.toks.end) {
            self.recent.push(p.clone());
            // «داعيا المنظمات الإنسانية وقوى التحالف إلى»: a list joined by و shares the object's role.
            let joined = object_end == Some(p.toks.start) && self.word(p.toks.start).starts_with('و');
            if joined || self.participle_object(&p) {
                object_end = Some(p.toks.end);
            } else {
                out.push(p);
            }
        }
        out
    }

    /// Where the parties of sentence `s` begin: after the dateline that may
    /// open its paragraph, a place and the outlet in brackets before a dash
    /// («دبي، الإمارات العربية المتحدة (CNN) --»). The place is where the
    /// news was filed, not a party to it, and the outlet a byline.
    pub(super) fn after_dateline(&self, s: &Sentence) -> usize {
        let start = s.toks.start;
        if start > 0 && self.seg.tokens[start - 1].kind != TokKind::Newline {
            return start;
        }
        let lim = s.toks.end.min(start + 16);
        let place = (start..lim).find(|&k| !self.is_word(k) && !self.is_punct(k, "،,")).unwrap_or(lim);
        if place - start > 8 || !self.is_punct(place, "(") {
            return start;
        }
        let Some(close) = (place + 1..lim.min(place + 7)).find(|&k| self.is_punct(k, ")")) else { return start };
        let dashes = (close + 1..s.toks.end).find(|&k| !self.is_punct(k, "-–—")).unwrap_or(s.toks.end);
        if dashes == close + 1 {
            return start;
        }
        dashes
    }

    /// The next party from token `*t` on, before `lim`, with `*t` moved past
    /// it; None when there is none. One step at a time, so that a scan can
    /// remember each party before the next is looked for.
    pub(super) fn next_party(&self, t: &mut usize, lim: usize) -> Option<PartyRef> {
        while *t < lim {
            let Some(c) = self.next_candidate(*t, lim) else {
                *t = lim;
                break;
            };
            *t = c;
            match self.scan_party_at(*t, lim) {
                Some(p) if p.toks.end > *t => {
                    *t = p.toks.end;
                    return Some(p);
                }
                // A hashtag of several words that names no party at its «#»
                // names none at its first word either: the same words are
                // looked up there.
                None if self.is_punct(*t, "#") && self.hashtag_at(*t + 1, lim).is_some() => *t += 1,
                _ => {}
            }
            *t += 1;
        }
        None
    }

    /// Scans the quiet sentences read so far and puts their parties into
    /// `recent` where they stand: before the parties of any later sentence.
    /// Their parties are what they would have been when the sentence was
    /// read, since they depend on nothing before it (see [`Doc::looks_back`]).
    /// Linear over an article: a party is moved by the merge only if it
    /// comes after the first pending sentence, and at most once so.
    pub(super) fn scan_pending(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut late = Vec::new();
        for si in std::mem::take(&mut self.pending) {
            let s = &self.seg.sentences[si];
            let mut t = self.after_dateline(s);
            while let Some(p) = self.next_party(&mut t, s.toks.end) {
                late.push(p);
            }
        }
        let Some(first) = late.first().map(|p| p.toks.start) else { return };
        let at = self.recent.partition_point(|p| p.toks.start < first);
        let after = self.recent.split_off(at);
        let (mut a, mut b) = (after.into_iter().peekable(), late.into_iter().peekable());
        while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
            let next = if x.toks.start <= y.toks.start { a.next() } else { b.next() };
            self.recent.extend(next);
        }
        self.recent.extend(a.chain(b));
    }

    /// Whether sentence `s` holds a party that may depend on earlier
    /// sentences: anything that may be an anaphor (an anaphor, a definite
    /// outlet head or a title that may stand alone: «الوكالة»، «الوزير») or
    /// a hashtag (which may be a title standing alone). Those are the only
    /// parties that look back.
    pub(super) fn looks_back(&self, s: &Sentence) -> bool {
        // A hashtag's words are read from the «#» or «_» before them.
        let from = s.toks.start.saturating_sub(1);
        let marks = self.hash_marks && memchr::memchr2(b'#', b'_', self.bytes_of(from..s.toks.end)).is_some();
        (marks && (from..s.toks.end).any(|t| self.is_punct(t, "#_")))
            || self.mention_toks_in(s.toks.clone()).iter().any(|&t| {
                let Some(m) = self.mention_in(t as usize) else { return false };
                let form = &self.norm.text[m.start..m.end];
                match self.lex.entry(m.entry).kind {
                    EntryKind::Anaphor(_) => true,
                    EntryKind::OutletHead => form.starts_with("ال"),
                    EntryKind::Title => self.lex.anaphor(form).is_some(),
                    _ => false,
                }
            })
    }

    /// Whether sentence `s` can yield no frame: it holds no cue, no «told»
    /// phrase and no «:» (a headline's «X: …»). A sentence that is frameless
    /// and does not look back is *quiet*: its parties matter only to a later
    /// sentence that looks back, and are the same whenever they are read.
    pub(super) fn frameless(&self, s: &Sentence) -> bool {
        #[cfg(test)]
        if super::tests::EAGER.get() {
            return false;
        }
        // Only the tokens a mention starts in, and the others for a «:».
        let quiet = |t: usize| !matches!(self.kind_in(t), Some(EntryKind::Cue(_) | EntryKind::Grammar(Role::Told)));
        if self.colons && memchr::memchr(b':', self.bytes_of(s.toks.clone())).is_some() {
            s.toks.clone().all(|t| !self.is_punct(t, ":") && quiet(t))
        } else {
            self.mention_toks_in(s.toks.clone()).iter().all(|&t| quiet(t as usize))
        }
    }

    /// The folded bytes from the start of the first token of `toks` to the
    /// end of its last (none for no token).
    fn bytes_of(&self, toks: std::ops::Range<usize>) -> &[u8] {
        let ts = &self.seg.tokens;
        match (ts.get(toks.start), toks.end.checked_sub(1).and_then(|e| ts.get(e))) {
            (Some(a), Some(b)) if a.start <= b.end => self.norm.text.as_bytes().get(a.start..b.end).unwrap_or_default(),
            _ => &[],
        }
    }

    /// The tokens in `toks` some mention starts in, ascending.
    pub(super) fn mention_toks_in(&self, toks: std::ops::Range<usize>) -> &[u32] {
        let m = &self.mention_toks;
        let from = m.partition_point(|&t| (t as usize) < toks.start);
        let to = from + m[from..].partition_point(|&t| (t as usize) < toks.end);
        &m[from..to]
    }
}
