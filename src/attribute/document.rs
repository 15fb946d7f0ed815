//! Report nouns as sayers: «كشفت دراسة حديثة أن»، «قال تقرير صادر عن
//! منظمة العمل الدولية إن»، «بحسب تقرير لوكالة بلومبيرغ». The party that
//! issued the report, named right after it, is the source; with none named,
//! the report itself, as written, is an unnamed source («دراسة حديثة»).

use super::frame::first_party_in;
use super::names::is_nisba;
use super::party::{PartyRef, Shared};
use super::Doc;
use crate::lexicon::{EntryKind, Role, SourceType};
use crate::record::Found;
use crate::segment::TokKind;

/// A report phrase read as a sayer: its parties (the issuer, or the report
/// itself as unnamed), ending where the phrase ends.
pub(crate) struct Report {
    pub sayers: Vec<PartyRef>,
    /// The report itself, named by no issuer («دراسة حديثة»).
    pub unnamed: bool,
    /// First token after the phrase.
    pub end: usize,
}

impl Doc<'_> {
    /// The report noun at token `j` (its folded text from byte `from`, to
    /// leave out a proclitic glued to a cue: «وفقا لدراسة»), and whether it
    /// is definite.
    pub(super) fn report_noun(&self, j: usize, from: usize) -> Option<bool> {
        if !self.is_word(j) {
            return None;
        }
        let tok = self.seg.tokens[j];
        let w = &self.norm.text[from.clamp(tok.start, tok.end)..tok.end];
        let (definite, bare) = match w.strip_prefix("ال") {
            Some(rest) => (true, rest),
            None => (false, w),
        };
        self.lex.has_role(bare, Role::ReportNoun).then_some(definite)
    }

    /// Whether token `j` is a report noun, definite or not.
    pub(crate) fn report_noun_at(&self, j: usize) -> bool {
        self.report_noun(j, 0).is_some()
    }

    /// Whether party `p` is a report itself («دراسة حديثة»، «البيانات»), not
    /// a party that issued one: its first word is a report noun, and an
    /// anaphor («الدراسة») resolved to one named so.
    pub(crate) fn is_report_party(&self, p: &PartyRef) -> bool {
        if !self.report_noun_at(p.toks.start) {
            return false;
        }
        match (&p.found, &p.canonical) {
            (Found::Anaphora, Some(name)) => {
                let name = crate::normalize::fold(name);
                let first = name.split_whitespace().next().unwrap_or("");
                self.lex.has_role(first.strip_prefix("ال").unwrap_or(first), Role::ReportNoun)
            }
            _ => true,
        }
    }

    /// «نتائج دراسة»، «نتائج الاستطلاع»: the report whose results token `j`
    /// names, else `j`.
    pub(crate) fn results_of(&self, j: usize) -> usize {
        let results = self.is_word(j) && matches!(self.word(j), "نتائج" | "النتائج");
        if results && self.report_noun(j + 1, 0).is_some() {
            j + 1
        } else {
            j
        }
    }

    /// Where the report noun a prepositional cue ends with begins («بحسب
    /// بيانات»، «وفقا لبيانات»), for a cue mention ending at byte `end`.
    pub(crate) fn report_noun_in_cue(&self, end: usize) -> Option<usize> {
        let last = self.norm.text[..end].rsplit(' ').next()?;
        [Some(last), last.strip_prefix('ل')].into_iter().flatten().find(|w| self.lex.has_role(w, Role::ReportNoun)).map(|w| end - w.len())
    }

    /// A report as the sayer at token `j`: «دراسة حديثة»، «تقرير صادر عن
    /// الأمم المتحدة»، «تقرير لشركة بريكين»، «بيانات وزارة المالية»،
    /// «التقرير الذي أصدرته الوكالة». `from` as in [`Doc::report_noun`].
    ///
    /// After a prepositional cue (`prep`), a report named by no issuer must
    /// be set off («بحسب دراسة أميركية، …»، «…، بحسب بيان ليفربول») or run
    /// straight into its clause («وبحسب بيانات رسمية زادت …»), not into a
    /// phrase of its own («وبحسب تقرير حديث عن الشمول المالي، أكد البنك»).
    pub(crate) fn report_sayer(&self, parties: &[PartyRef], j: usize, from: usize, lim: usize, prep: bool) -> Option<Report> {
        let definite = self.report_noun(j, from)?;
        let noun_start = self.seg.tokens[j].start.max(from).min(self.seg.tokens[j].end);
        // Adjectives: «دراسة أميركية حديثة»، «التقرير السنوي».
        let mut k = j + 1;
        while k < lim && k < j + 4 && self.is_word(k) {
            let w = self.word(k);
            let stem = if definite { w.strip_prefix("ال") } else { (!w.starts_with("ال")).then_some(w) };
            let Some(stem) = stem else { break };
            // «حديث» is also a report noun (cues.tsv): as an adjective here.
            // «تحقيق صحفي»، «بيان إعلامي»: a one-word title is a nisba here too.
            let nisba = is_nisba(stem)
                && !self.is_stop(k)
                && !self.lex.has_role(w, Role::Issued)
                && self.mention_in(k).is_none_or(|m| self.lex.entry(m.entry).kind == EntryKind::Title && m.end <= self.seg.tokens[k].end);
            if !(self.lex.has_role(stem, Role::ReportAdjective) || nisba) {
                break;
            }
            k += 1;
        }
        // «استطلاع رأي»، «استطلاع للرأي»، «استطلاعات الرأي»: the poll's complement.
        if k == j + 1 && k < lim && self.is_word(k) && matches!(self.word(k), "راي" | "للراي" | "الراي") {
            k += 1;
        }
        let adjectives = k > j + 1;
        // «بيانات التقرير الربعي …»: a report of a report is read as before.
        if !adjectives && self.report_noun(k, 0).is_some() {
            return None;
        }
        if let Some(issuer) = self.issuer_at(parties, k, lim, !adjectives && !definite, prep) {
            let end = issuer.toks.end;
            return Some(Report { sayers: vec![issuer], unnamed: false, end });
        }
        // After «بحسب» a definite party left unread here («بحسب بيان التحالف»،
        // «حسب بيان نشرته المنظمة») is read as before, by the cue's own rules.
        let left = |x: usize| first_party_in(parties, x..x + 1).cloned().or_else(|| self.party_at(x, lim, false));
        let definite_left = (k..lim.min(k + 3)).any(|x| left(x).is_some_and(|p| self.definite_party(&p)));
        if definite || (prep && definite_left) {
            return None;
        }
        // «تقرير الشال الاقتصادي إنه»، «تقرير لنايت فرانك أن»، «إحصائية "يوغوف" أن»:
        // a few plain words up to the content name the report; they are
        // kept with it, as written.
        let bound = |m: usize| {
            self.is_complementizer(m)
                || self.is_punct(m, ":")
                || (self.is_punct(m, "،,") && (prep || self.is_complementizer(m + 1)))
                || (prep && (m >= lim || self.is_punct(m, ".!?؟")))
        };
        let named_to = (k..=lim.min(k + 7)).find(|&m| bound(m));
        let mut named = false;
        if let Some(m) = named_to.filter(|&m| m > k) {
            // «صادر عن الوقفة الاحتجاجية»: the words of an issuer not read as a party.
            let link = |x: usize| {
                matches!(self.word(x), "عن" | "من") && x > k && self.is_word(x - 1) && self.roles_at(x - 1).has(Role::Issued)
            };
            let plain = |x: usize| {
                self.seg.tokens[x].kind == TokKind::Quote
                    || (self.is_word(x)
                        && (!self.is_stop(x) || link(x))
                        && self.cue_in(x).is_none()
                        && !self.word(x).chars().any(|c| c.is_ascii_digit()))
            };
            if (k..m).all(plain) && (k..m).filter(|&x| self.is_word(x)).count() <= 5 {
                named = true;
                k = m;
            }
        }
        // «بيانات رسمية»، «تقارير إعلامية»: an unnamed source of the lexicon,
        // unless a name follows it («بيانات IDC أن»).
        if !named {
            if let Some(p) = self.party_at(j, lim, false).filter(|p| p.stype == SourceType::Anonymous && p.found == Found::Lexicon) {
                if p.toks.end >= k {
                    let end = p.toks.end;
                    return Some(Report { sayers: vec![p], unnamed: false, end });
                }
            }
        }
        if prep && k < lim && self.is_word(k) && self.is_stop(k) && !self.is_complementizer(k) {
            return None;
        }
        let sayer = PartyRef {
            toks: j..k,
            written: noun_start..self.seg.tokens[k - 1].end,
            canonical: None,
            stype: SourceType::Anonymous,
            subtype: Shared::EMPTY,
            found: Found::Pattern,
            certainty: 0.6,
        };
        Some(Report { sayers: vec![sayer], unnamed: true, end: k })
    }

    /// The party that issued a report, named at token `k` right after it:
    /// «صادر عن X»، «أصدرته X»، «الذي أجرته X»، «لـ X»، «من X», or (with
    /// `construct`) X itself («تقرير المجلس الأعلى»).
    fn issuer_at(&self, parties: &[PartyRef], mut k: usize, lim: usize, construct: bool, prep: bool) -> Option<PartyRef> {
        if k >= lim {
            return None;
        }
        // «الدراسة، التي نشرتها جمعية …»: the relative clause set off by a comma.
        if self.is_punct(k, "،,") && k + 1 < lim && self.is_word(k + 1) && matches!(self.word(k + 1), "الذي" | "التي") {
            k += 1;
        }
        if !self.is_word(k) {
            // «بيان #وزارة_العدل_الأميركية»: a hashtag name; «تقرير "تي إم زد"»: a
            // short quoted name, as after «بحسب».
            if !construct {
                return None;
            }
            return if self.is_punct(k, "#") { self.issuer_party(parties, k, lim, prep) } else { self.quoted_name(k, lim) };
        }
        let w = self.word(k);
        let at = if let Some(m) = self.mention_in(k).filter(|_| self.lex.has_role(w, Role::RelativeCarrier) || matches!(self.kind_in(k), Some(EntryKind::Grammar(Role::RelativeCarrier)))) {
            // «وثيقة اطلعت عليها وكالة فرانس برس»، «تقرير نشرته صحيفة …».
            self.after_cue(m.end)
        } else if matches!(w, "نشر" | "نشرت") && k + 1 < lim && self.is_word(k + 1) && self.word(k + 1) == "في" {
            // «تقرير نشر في صحيفة …»: the medium that published it.
            k + 2
        } else if self.lex.has_role(w, Role::Issued) {
            let mut p = k + 1;
            if p < lim && self.is_word(p) && (matches!(self.word(p), "حديثا" | "مؤخرا") || self.roles_at(p).has(Role::Filler)) {
                p += 1;
            }
            (p < lim && self.is_word(p) && matches!(self.word(p), "عن" | "من")).then_some(p + 1)?
        } else {
            if matches!(w, "الذي" | "التي") {
                k += 1;
                if k >= lim || !self.is_word(k) {
                    return None;
                }
            }
            let w = self.word(k);
            if self.lex.has_role(w, Role::IssuedBy) {
                k + 1
            } else if matches!(w, "قامت" | "قام" | "اشرفت" | "اشرف") && k + 1 < lim && self.is_word(k + 1) && matches!(self.word(k + 1), "بها" | "به" | "عليها" | "عليه") {
                k + 2
            } else if matches!(w, "كشفت" | "كشف" | "اعلنت" | "اعلن") && k + 1 < lim && self.is_word(k + 1) && matches!(self.word(k + 1), "عنها" | "عنه") {
                // «البيانات التي كشفت عنها مؤسسة "هووتسويت"».
                k + 2
            } else if matches!(w, "تابع" | "تابعه" | "التابع" | "التابعه") && k + 1 < lim && self.is_word(k + 1) && self.word(k + 1).starts_with('ل') {
                // «دراسة تابعة لبنك الإمارات دبي الوطني».
                k + 1
            } else if w == "من" || w == "ل" {
                k + 1
            } else if w.starts_with('ل') && self.mention_in(k).is_some_and(|m| m.start > self.seg.tokens[k].start) {
                // «تقرير لوكالة بلومبيرغ»: the mention starts after the glued «ل».
                k
            } else if construct && !w.starts_with('ل') {
                // «بيانات وزارة المالية».
                k
            } else {
                return None;
            }
        };
        self.issuer_party(parties, at, lim, prep)
    }

    /// The issuer at token `at`: a party, or a quoted name («صادر عن "مؤسسة
    /// الدفاع عن الديمقراطيات"»).
    fn issuer_party(&self, parties: &[PartyRef], at: usize, lim: usize, prep: bool) -> Option<PartyRef> {
        let quoted = || self.quoted_party(at, lim, 9, SourceType::Organization);
        let mut p = first_party_in(parties, at..at + 1).cloned().or_else(|| self.party_at(at, lim, false)).or_else(quoted)?;
        // A type word with no name («مكتب الادعاء العام» read as «مكتب») is
        // no party: the report is then named as written.
        self.name_after_head(&mut p, lim, prep).then_some(p)
    }

    /// A party written definite: «الوزارة», or «للوزارة» (ل + ال).
    fn definite_party(&self, p: &PartyRef) -> bool {
        let start = self.seg.tokens[p.toks.start].start;
        let glued = &self.norm.text[start..p.written.start.max(start)];
        self.norm.text[p.written.clone()].starts_with("ال") || glued.ends_with("لل")
    }

    /// «شركة بريكين»، «بنك "ستاندرد تشارترد"»: an organization's head word
    /// read alone takes the name written right after it.
    fn name_after_head(&self, p: &mut PartyRef, lim: usize, prep: bool) -> bool {
        if p.stype != SourceType::Organization || p.found != Found::Pattern || p.toks.len() != 1 {
            return true;
        }
        // Only an indefinite head takes a name («الشرطة شيئا» is none); a
        // definite one («بيان للوزارة») is the body named before, but after
        // «بحسب» the sentence's own sayer names it better.
        if self.definite_party(p) {
            return !prep;
        }
        let quoted = |n: usize| -> Option<(usize, usize)> {
            if n >= lim || self.seg.tokens[n].kind != TokKind::Quote {
                return None;
            }
            let c = (n + 1..lim.min(n + 6)).find(|&c| self.seg.tokens[c].kind == TokKind::Quote)?;
            (c > n + 1 && (n + 1..c).all(|x| self.is_word(x) || self.is_punct(x, "#"))).then_some((c - 1, c + 1))
        };
        let n = p.toks.end;
        // «بنك "ستاندرد تشارترد"»، «شركة بريكين»، «شركة نفط "الهلال"».
        let found = quoted(n).or_else(|| {
            let e = self.name_chunk(n, lim).filter(|_| n < lim && self.mention_in(n).is_none())?;
            Some(quoted(e).unwrap_or((e - 1, e)))
        });
        let Some((last, end)) = found else { return false };
        p.written.end = self.seg.tokens[last].end;
        p.toks.end = end;
        p.certainty = p.certainty.max(0.8);
        true
    }
}

/// Whether the folded word `w` is the report noun `stem` with its clitics:
/// «تقريرا»، «بتقرير»، «للتقرير»، «تقريرها»، «دراستهم»؛ not «بيانات».
fn is_report_form(w: &str, stem: &str) -> bool {
    let body = stem.strip_suffix('ه');
    // `w.contains(needle)` by bytes: most words are looked at here, and the
    // searcher `contains` builds first cost more than a short word's windows.
    let needle = body.unwrap_or(stem).as_bytes();
    if !needle.is_empty() && !w.as_bytes().windows(needle.len()).any(|x| x == needle) {
        return false;
    }
    let mut cands = vec![w];
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            cands.push(r);
        }
    }
    let n = cands.len();
    for i in 0..n {
        let c = cands[i];
        for p in ["ب", "ل", "ك"] {
            if let Some(r) = c.strip_prefix(p) {
                cands.push(r);
            }
        }
    }
    let n = cands.len();
    for i in 0..n {
        let c = cands[i];
        if let Some(r) = c.strip_prefix("ال").or_else(|| c.strip_prefix("لل")) {
            cands.push(r);
        }
    }
    cands.iter().any(|c| {
        if *c == stem {
            return true;
        }
        let rest = match body {
            Some(b) => c.strip_prefix(b).and_then(|r| r.strip_prefix('ت')),
            None => c.strip_prefix(stem),
        };
        match rest {
            Some(r) => matches!(r, "ا" | "ه" | "ها" | "هم" | "هما" | "ي" | "نا"),
            None => false,
        }
    })
}

impl Doc<'_> {
    /// The report noun an anaphor («التقرير») names, if it names one.
    pub(crate) fn report_anaphor<'f>(&self, form: &'f str) -> Option<&'f str> {
        let bare = form.strip_prefix("ال").unwrap_or(form);
        self.lex.has_role(bare, Role::ReportAnaphor).then_some(bare)
    }

    /// The issuer of the report «التقرير» at token `t` refers to: the sayer
    /// of the nearest earlier attributed sentence that names a report of the
    /// same noun («وتوقعت مؤسسة X في تقرير حديث لها»، «بيان أصدرته
    /// الوزارة»، «وأشار التقرير …»). None when no such report was named.
    pub(crate) fn report_issuer(&self, t: usize, stem: &str) -> Option<&PartyRef> {
        let sentences = &self.seg.sentences;
        let here = sentences.partition_point(|s| s.toks.start <= t).saturating_sub(1);
        // Only attributed sentences can name the issuer: the last 40 of them,
        // nearest first.
        for (si, sayers) in self.said.iter().rev().take(40) {
            let Some(s) = sentences.get(*si).filter(|_| *si < here) else { continue };
            let Some(p) = sayers.first() else { continue };
            let named = s.toks.clone().any(|k| {
                self.is_word(k) && is_report_form(self.word(k), stem) && {
                    // A report named inside a quotation («"هذا التقرير الأولي
                    // …"») is what the quoted speaker talks about, not one
                    // they issued.
                    let q = self.seg.quotes.partition_point(|q| q.open < k);
                    !(q > 0 && k < self.seg.quotes[q - 1].close)
                }
            });
            if named {
                return Some(p);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::is_report_form;

    #[test]
    fn report_forms_with_clitics() {
        for (w, stem, want) in [
            ("تقرير", "تقرير", true),
            ("تقريرا", "تقرير", true),
            ("بتقرير", "تقرير", true),
            ("للتقرير", "تقرير", true),
            ("والتقرير", "تقرير", true),
            ("تقريرها", "تقرير", true),
            ("دراسه", "دراسه", true),
            ("دراستهم", "دراسه", true),
            ("بيانات", "بيان", false),
            ("تقارير", "تقرير", false),
            ("بيانه", "بيان", true),
            ("تبيان", "بيان", false),
        ] {
            assert_eq!(is_report_form(w, stem), want, "{w}");
        }
    }
}
