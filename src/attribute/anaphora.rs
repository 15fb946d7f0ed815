//! Anaphora: a reference («الصحيفة»، «المتحدث»، «وأضاف») resolved to the
//! earlier party it points to, by type, subtype, title and gender.

use super::names::{is_nisba, title_stem};
use super::party::{PartyRef, Shared};
use super::Doc;
use crate::lexicon::{Anaphor, EntryKind, Mention, Role, SourceType};
use crate::record::Found;

impl Doc<'_> {

    /// A name read after a person's anaphor («المتحدثة»، «السيدة»، «المرأة»)
    /// introduces that person only set off by a comma («المتحدثة الأوروبية،
    /// مايا كوسيانيتش») or right after it or its adjectives, where it must read as a name: no
    /// proclitic «و»/«ب»/«ل», no common noun with the article after its
    /// first word («المرأة وركان ظاهران»، «المرأة دقيقة الساقين»).
    pub(super) fn names_after_anaphor(&self, m: &Mention, p: &PartyRef) -> bool {
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
        let words: Vec<usize> = (a..p.toks.end).filter(|&k| self.is_word(k)).collect();
        // A party with no word names no one (and `words[0]` below must hold).
        if words.is_empty() {
            return false;
        }
        // A word with the article is a name's only as a compound's second
        // part («عبد الرحمن») or the family name after one («عبد الله
        // السدحان»، «عبدالله السدحان»).
        // So is a family name closing a name set off right after it, by a
        // complementizer or a comma («الفنان السعودي محمد النمر إن»).
        let bound = |i: usize| words.get(i).is_some_and(|&k| self.roles_at(k).has(Role::BoundLink));
        let compound = |i: usize| self.word(words[i]).strip_prefix("عبد").is_some_and(|rest| rest.len() > 2);
        let e = p.toks.end;
        let closed = self.is_punct(e, "،,:") || (self.is_word(e) && self.is_complementizer(e));
        let last = words.len() - 1;
        !self.word(words[0]).starts_with(['و', 'ب', 'ل'])
            && words.iter().enumerate().skip(1).all(|(i, &k)| {
                let w = self.word(k);
                !w.starts_with("ال")
                    || w.ends_with('ي')
                    || w.ends_with("الله")
                    || super::names::is_compound_close(w)
                    || bound(i - 1)
                    || compound(i - 1)
                    || (i >= 2 && bound(i - 2))
                    || (i == last && closed && !self.word(words[i - 1]).starts_with("ال"))
            })
    }

    /// Resolves an anaphor to the nearest earlier party of the right type.
    pub(super) fn resolve(&self, t: usize, m: &Mention, end: usize, a: &Anaphor) -> PartyRef {
        self.party_memo.note_recent_read();
        let fits = |p: &PartyRef, strict: bool| {
            a.stype.is_none_or(|s| s == p.stype)
                && (!strict || a.subtype.as_ref().is_none_or(|s| p.subtype == s.as_str() || p.subtype.is_empty()))
                && p.found != Found::Anaphora
        };
        // The parties before the anaphor's byte: those whose first token
        // comes before `first`, since tokens start in order (compared by
        // index, their tokens are not read).
        let before = self.seg.tokens[t].start;
        let first = (0..t).rev().find(|&k| self.seg.tokens[k].start < before).map_or(0, |k| k + 1);
        // The nearest 200 parties are far enough back, and keep a long text linear.
        let earlier = self.recent.iter().rev().take(200).filter(|p| p.toks.start < first);
        let stem = title_stem(&self.norm.text[m.start..m.end]);
        // An anaphor's noun («الوزارة»، «المصدر») and whether a party is
        // written with it («وزارة الصحة»، «مصدر أمني»).
        let head = self.norm.text[m.start..m.end].strip_prefix("ال").filter(|h| h.len() >= 4 && !h.contains(' '));
        let named = |p: &PartyRef| head.is_some_and(|h| self.norm.text.get(p.written.clone()).is_some_and(|w| w.contains(h)));
        let titled = a.stype == Some(SourceType::Person) && self.lex.is_title(stem);
        let hit = if a.stype == Some(SourceType::Person) {
            self.person_antecedent(first, m, end, a, stem, titled)
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
        } else if a.stype == Some(SourceType::Organization) {
            // «الوزارة»: the nearest body named with its noun («وزارة الصحة»)
            // before the nearest body of any kind, but a country, which only
            // a state's anaphor («الحكومة»، «البلاد», subtype `country`) takes.
            let state = a.subtype.as_deref() == Some("country");
            let body = |p: &&PartyRef| state || &*p.subtype != "country";
            let earlier = earlier.filter(body);
            // Named so, any body counts, an outlet's page too («موقع وزارة الخزانة»).
            let named_body = |p: &&PartyRef| p.stype != SourceType::Person && p.found != Found::Anaphora && named(p);
            earlier.clone().find(named_body).or_else(|| earlier.clone().find(|p| fits(p, false)))
        } else if a.stype == Some(SourceType::Anonymous) {
            // «وأضاف المصدر»: the nearest unnamed party written with its
            // noun («مصدر قضائي فرنسي») before any nearer one («… إن محققين
            // عثروا», a party of what that source said).
            let found = earlier.clone().find(|p| fits(p, true) && named(p));
            found.or_else(|| earlier.clone().find(|p| fits(p, true))).or_else(|| earlier.clone().find(|p| fits(p, false)))
        } else {
            earlier.clone().find(|p| fits(p, true)).or_else(|| earlier.clone().find(|p| fits(p, false)))
        };
        match hit {
            Some(p) => PartyRef {
                toks: t..end,
                written: m.start..m.end,
                canonical: Some(p.canonical.clone().unwrap_or_else(|| Shared::from(self.party_name(p)))),
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
                subtype: a.subtype.as_deref().filter(|_| a.stype == Some(SourceType::Outlet)).map_or(Shared::EMPTY, Shared::from),
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
    /// Only parties starting before token `first` are looked at.
    pub(super) fn person_antecedent(&self, first: usize, m: &Mention, end: usize, a: &Anaphor, stem: &str, titled: bool) -> Option<&PartyRef> {
        let earlier = self.recent.iter().rev().take(200).filter(|p| p.stype == SourceType::Person && p.toks.start < first);
        let adjectives: Vec<&str> = (self.tok_after(m.end)..end).map(|k| self.word(k)).collect();
        // «المتحدثة»، «المرأة»: a feminine word is never a man known as one;
        // «المتحدث»، «الرجل» never a woman.
        let feminine = if stem.ends_with('ه') {
            Some(true)
        } else if self.lex.anaphor(&["ال", stem, "ه"].concat()).is_some() || ["رجل", "شاب", "فتي", "اب"].contains(&stem) {
            Some(false)
        } else {
            None
        };
        let agrees = |p: &PartyRef| {
            // Read again for each adjective, not collected: most anaphors have none.
            let theirs = || p.toks.clone().filter(|&k| self.is_word(k) && self.word(k).starts_with("ال") && is_nisba(self.word(k))).map(|k| self.word(k));
            adjectives.iter().all(|w| theirs().next().is_none() || theirs().any(|x| x == *w))
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
            p.stype == SourceType::Person && (p.subtype.is_empty() || p.subtype == stem) && self.names_someone(p) && agrees(p) && p.toks.start < first
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
        // Read from `p` and the last 40 lists of `said`, which only grows:
        // while it holds 40 or fewer, the signs found so far hold and only
        // the lists added since are read (the sayers are asked about at
        // every cue of a sentence).
        let n = self.said.len();
        let found = {
            let kept = self.genders.borrow();
            kept.iter().position(|(_, q, _)| q == p).map(|i| (i, kept[i].0, kept[i].2))
        };
        let signs = match found {
            Some((_, l, signs)) if l == n => signs,
            Some((_, l, signs)) if l < n && n <= 40 => self.gender_signs(p, Some(l), signs),
            _ => self.gender_signs(p, None, (false, false)),
        };
        let mut kept = self.genders.borrow_mut();
        match found.map(|x| x.0) {
            Some(i) => (kept[i].0, kept[i].2) = (n, signs),
            None => {
                // A few persons are asked about in a stretch of text.
                if kept.len() >= 8 {
                    kept.remove(0);
                }
                kept.push((n, p.clone(), signs));
            }
        }
        let (feminine, masculine) = signs;
        (feminine != masculine).then_some(feminine)
    }

    /// The signs of [`Doc::person_gender`] (feminine, masculine): with
    /// `since` none, those of `p` and of the last 40 lists of `said`; else
    /// `signs` and those of the lists from index `since` on.
    fn gender_signs(&self, p: &PartyRef, since: Option<usize>, signs: (bool, bool)) -> (bool, bool) {
        let name = self.name_of(p);
        let (mut feminine, mut masculine) = signs;
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
        let lists = match since {
            None => {
                look(p);
                self.said.len().saturating_sub(40)
            }
            Some(k) => k,
        };
        for q in self.said.get(lists..).unwrap_or(&[]).iter().flat_map(|(_, l)| l) {
            if q.stype == SourceType::Person && self.is_named(q, &name) {
                look(q);
            }
        }
        (feminine, masculine)
    }

    /// Whether party `q` is reported under `name` ([`Doc::name_of`]), read
    /// off the text without making its name.
    pub(super) fn is_named(&self, q: &PartyRef, name: &str) -> bool {
        if let Some(c) = &q.canonical {
            return **c == *name;
        }
        let r = self.norm.original_span(self.text, q.written.clone());
        let written = self.text.get(r).unwrap_or("");
        let name = if self.article_dropped(q) {
            match name.strip_prefix("ال") {
                Some(rest) => rest,
                None => return false,
            }
        } else {
            name
        };
        super::party::shown_chars(written).eq(name.chars())
    }

    /// Whether a person party names someone: not a title standing alone
    /// («المتحدث باسم الجيش») nor an anaphor left unresolved.
    pub(super) fn names_someone(&self, p: &PartyRef) -> bool {
        match p.found {
            Found::Anaphora => p.canonical.is_some(),
            Found::Title => p.canonical.is_some() || p.subtype.is_empty() || self.mention_in(p.toks.start).is_none_or(|m| m.start != p.written.start),
            Found::Pattern => false,
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::party::{PartyRef, Shared};
    use super::super::{Doc, Scratch};
    use crate::lexicon::{Lexicon, SourceType};
    use crate::record::Found;

    /// `is_named` answers as comparing the names `party_name` makes, for
    /// names written with hashtags, underscores, invisible marks, diacritics
    /// and runs of spaces.
    #[test]
    fn is_named_agrees_with_party_name() {
        let lex = Lexicon::builtin().expect("built-in lexicons load");
        let text = "قال #محمد_علي\u{200F} إن  مُحمد علي و«أحمد_سعيد» و#أحمد سعيد\u{200B} قال";
        let mut scratch = Scratch::default();
        let doc = Doc::new(&lex, text, &mut scratch);
        let n = doc.seg.tokens.len();
        let party = |a: usize, b: usize| PartyRef {
            toks: a..b,
            written: doc.seg.tokens[a].start..doc.seg.tokens[b - 1].end,
            canonical: None,
            stype: SourceType::Person,
            subtype: Shared::EMPTY,
            found: Found::Name,
            certainty: 1.0,
        };
        let spans: Vec<(usize, usize)> = (0..n).flat_map(|a| (a + 1..=n.min(a + 4)).map(move |b| (a, b))).collect();
        let mut same = 0;
        for &(a, b) in &spans {
            let p = party(a, b);
            for &(c, d) in &spans {
                let name = doc.party_name(&party(c, d));
                let want = doc.party_name(&p) == name;
                same += usize::from(want && (a, b) != (c, d));
                assert_eq!(doc.is_named(&p, &name), want, "{:?} {name:?}", doc.party_name(&p));
            }
        }
        // Names written apart read the same: the test compares some.
        assert!(same > 0);
        let known = PartyRef { canonical: Some(Shared::from("X")), ..party(0, 1) };
        assert!(doc.is_named(&known, "X") && !doc.is_named(&known, "Y"));
    }
}
