//! Reading names: a name's words and where it ends, a title and the person
//! it names (with its complement and an apposed name), the word shapes that
//! are never a name.

use super::party::{PartyRef, Shared};
use super::Doc;
use crate::lexicon::{EntryKind, Mention, Role, SourceType};
use crate::record::Found;
use crate::segment::TokKind;

/// «لي» (to me), also a name («لي كه تشيانغ»، «جي يونج لي»): not a stop
/// word, as «ولي» (ولي العهد) would then read as one.
pub(super) const TO_ME: &str = "لي";

/// The most tokens a name chunk reads, bound words included: the longest
/// names («عبد العزيز بن عبد الله بن عبد الرحمن آل سعود») have ten.
const MAX_NAME_TOKENS: usize = 12;

/// A title's first word without its article: «الأمير القطري» → «امير».
pub(super) fn title_stem(title: &str) -> &str {
    // Up to the first space, found by byte (a space is one byte).
    let first = title.as_bytes().iter().position(|&b| b == b' ').map_or(title, |i| &title[..i]);
    first.strip_prefix("ال").unwrap_or(first)
}

/// A person named after a title, as `learn_names` met it (see
/// `Doc::titled_antecedent`).
#[derive(Debug, Clone)]
pub(super) struct Titled {
    /// The title's token.
    pub title: u32,
    /// The name's first token.
    pub name_tok: u32,
    /// The name's folded bytes.
    pub name: std::ops::Range<usize>,
    /// Whether the name is sure to stand for (`Doc::sure_name`), once asked.
    pub sure: std::cell::Cell<Option<bool>>,
}

/// «الدين»، «الإسلام»: the second part of a compound given name («نور
/// الدين»، «سيف الإسلام»), a name's word though it has the article.
pub(super) fn is_compound_close(w: &str) -> bool {
    matches!(w, "الدين" | "الاسلام")
}

/// «للنجم»، «بالذكر»، «والاستثمار»: a proclitic and the article, never a name's start.
/// After و ف ك, the article needs a stem of three letters: «والد»، «كالين»،
/// «فالس»، «والش» are words of their own (a two-letter stem after «لل» or
/// «بال» is a noun: «للحد»، «بالرد»).
pub(super) fn starts_with_article(w: &str) -> bool {
    // The proclitics are two bytes each: the article follows at byte 2, a
    // stem at byte 6.
    w.starts_with("لل") || w.starts_with("بال") || (w.starts_with(['و', 'ف', 'ك']) && w[2..].starts_with("ال") && w[6..].chars().nth(2).is_some())
}

/// «لدعم الشرعية»، «بشكل جلي»: a preposition and a noun phrase, not an
/// unknown name (a known one, «بشار الأسد», comes with a title or from
/// memory). A nisba after it is a family name («بشار الجعفري»): an
/// indefinite noun takes no definite adjective, but one with a pronoun
/// does («بتوجهه الجنسي»).
pub(crate) fn looks_prepositional(first: &str, second: Option<&str>) -> bool {
    (first.starts_with('ل') || first.starts_with('ب'))
        && first.chars().count() >= 4
        && second.is_some_and(|s| s.starts_with("ال") && !(s.ends_with('ي') && s.chars().count() >= 6 && !has_pronoun_suffix(first)))
}

/// «متحديا»، «مبتسما»: the shape of a circumstantial participle (م… with
/// the accusative ending, at most seven letters: «مستنكرا»), never a
/// one-word name. A long «ا» second is a name's («مارادونا»): a participle
/// has a consonant after its «م».
pub(crate) fn is_participle_shape(w: &str) -> bool {
    let (c, n) = first_chars::<9>(w);
    w.starts_with('م') && w.ends_with('ا') && (5..=7).contains(&n) && c[1] != 'ا'
}

/// «يتحدث»، «تستعد»: a present-tense verb of the تفعّل or استفعل forms, never a name.
pub(crate) fn is_present_verb(w: &str) -> bool {
    // The prefixes first: most words fail them, and counting letters is dearer.
    ["يت", "تت", "يست", "تست", "ينت"].iter().any(|p| w.starts_with(p)) && w.chars().count() >= 5
}

/// Verbal nouns of the افتعال، انفعال and استفعال patterns («اعتقال»،
/// «انسحاب»، «استهداف»): events, which a title is often followed by, not names.
pub(super) fn is_verbal_noun(w: &str) -> bool {
    // Every pattern opens with «ا»: most words are ruled out before decoding.
    if !w.starts_with('ا') {
        return false;
    }
    let (c, n) = first_chars::<8>(w);
    match n {
        // «اعتقال»، «اقتحام» (افتعال) and «انسحاب» (انفعال): ا _ ت|ن _ ا _.
        // A weak letter before the «ا» and a final «ن» make none («أنطوان»،
        // «إنديان»: a weak last root letter gives «…اء», «انطواء»).
        6 => c[0] == 'ا' && (c[2] == 'ت' || c[1] == 'ن') && c[4] == 'ا' && !(matches!(c[3], 'و' | 'ي') && c[5] == 'ن'),
        // «استهداف» (استفعال).
        7 => c[0] == 'ا' && c[1] == 'س' && c[2] == 'ت' && c[5] == 'ا',
        _ => false,
    }
}

/// «المنتمي»، «المنتهي»، «المشتري»: the definite active participle of a
/// weak verb of the افتعل form (ال + م _ ت _ ي), never a family name
/// (which «الماطري»، «المالكي» are).
pub(super) fn is_weak_participle(w: &str) -> bool {
    let (c, n) = first_chars::<8>(w);
    n == 7 && c[0] == 'ا' && c[1] == 'ل' && c[2] == 'م' && c[4] == 'ت' && c[6] == 'ي'
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
pub(super) fn first_chars<const N: usize>(w: &str) -> ([char; N], usize) {
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

/// «تعبيرها»، «حكومتنا»، «بارتكابه»: a noun with a pronoun. «نا» after a
/// long vowel ends a foreign name as often («مارادونا»، «ريهانا»، «روجينا»),
/// and in six letters or more only a name.
pub(super) fn has_pronoun_suffix(w: &str) -> bool {
    let n = w.chars().count();
    // «ينا» ends verbs too, «رأينا», «أجرينا»: six letters after any «و».
    let long_vowel_na = (n >= 6 && (w.ends_with("ونا") || w.ends_with("انا"))) || (n - usize::from(w.starts_with('و')) >= 6 && w.ends_with("ينا"));
    (n >= 5 && ["ها", "هم", "هما", "هن", "كم", "نا"].iter().any(|s| w.ends_with(s)) && !long_vowel_na)
        || (n >= 6 && w.starts_with(['ب', 'ل']) && w.ends_with('ه'))
}

/// «الصحفيين»، «الديمقراطيون»: the plural of a nisba, which no family name is.
pub(super) fn is_plural_nisba(w: &str) -> bool {
    w.starts_with("ال") && (w.ends_with("يين") || w.ends_with("يون")) && w.chars().count() >= 7
}

/// «الشائعات»، «التحقيقات»: a long definite feminine plural, which family
/// names in «ات» are not («السادات»، «الزيات»).
pub(super) fn is_long_plural(w: &str) -> bool {
    w.starts_with("ال") && w.ends_with("ات") && w.chars().count() >= 8
}

/// Whether `w` ends as every nationality does (the nisba endings
/// «ي»، «يه»، «يون»، «يين»، «يان»): most words are ruled out before the
/// lexicon's lookup, which builds forms of the stem.
pub(super) fn might_be_nationality(w: &str) -> bool {
    w.ends_with(['ي', 'ه', 'ن'])
}

/// «لـ"…"»، «لـ CNN»: a proclitic cut off by tatweel (which folding drops),
/// a lone letter that is no ASCII initial.
fn is_cut_proclitic(w: &str) -> bool {
    w.len() <= 4 && !w.is_ascii() && w.chars().count() == 1
}

pub(crate) fn is_nisba(w: &str) -> bool {
    ["ي", "يه", "يون", "يين", "يان", "يتان"].iter().any(|s| w.ends_with(s)) && w.chars().count() >= 4
}
impl Doc<'_> {

    /// A run of name words at `t` (an unknown person's name): at most two
    /// words, or three with a linking word («بن») or an initial.
    pub fn name_chunk(&self, t: usize, lim: usize) -> Option<usize> {
        // The same words are read while the names are learned and again in
        // their sentence: an answer the memory had no part in is kept (the
        // end + 1, 0 for none), at a token after every one kept so far, so
        // that the list stays sorted; any other is read again.
        let key = u32::try_from(t).ok().zip(u32::try_from(lim).ok());
        if let Some((t, lim)) = key {
            let kept = self.name_chunks.borrow();
            if let Ok(i) = kept.binary_search_by_key(&t, |k| k.0) {
                if kept[i].1 == lim {
                    return (kept[i].2 as usize).checked_sub(1);
                }
            }
        }
        let mut asked_memory = false;
        let found = self.read_name_chunk(t, lim, &mut asked_memory);
        if let (Some((t, lim)), Ok(end), false) = (key, u32::try_from(found.map_or(0, |e| e + 1)), asked_memory) {
            let mut kept = self.name_chunks.borrow_mut();
            if kept.last().is_none_or(|k| k.0 < t) {
                kept.push((t, lim, end));
            }
        }
        found
    }

    /// [`Doc::name_chunk`], read anew; `asked_memory` is set when the
    /// memory of names was asked.
    fn read_name_chunk(&self, t: usize, lim: usize, asked_memory: &mut bool) -> Option<usize> {
        let mut j = t;
        // Words bound to the link before them («عبد الله»): with it one name word.
        let mut bound_words = 0;
        // At most four name words, but never ending on a bound link: the
        // word after «آل» is read past the fourth («تميم بن حمد آل ثاني»).
        // Bound words do not count, so the tokens are capped too: a run of
        // «آل آل …» made every reading as long as the run (quadratic).
        while j < lim && j - t < MAX_NAME_TOKENS && (j - t - bound_words < 4 || self.roles_at(j - 1).has(Role::BoundLink)) && self.is_word(j) {
            let w = self.word(j);
            let n = j - t - bound_words;
            // «علي عبد العال»: the word after «عبد» or «آل» is the name's, even a title («آل الشيخ»).
            // The words from `t` on are the chunk's: their roles are looked up once.
            let bound = n > 0 && self.roles_at(j - 1).has(Role::BoundLink);
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
            if n == 0 && w == TO_ME && !(self.plain_name_word(j + 1, lim) || {
                *asked_memory = true;
                self.memory.names_word(w)
            }) {
                break;
            }
            // «تيريزا ماي»: a month after a given name, with no date after it, is a surname.
            let month_surname = n > 0 && self.roles_at(j).has(Role::Month) && !self.dated(j + 1, lim);
            // After a link inside a name, the father's or the family's name,
            // even a title or a common noun: «فيصل بن سلطان السبيعي»،
            // «لطفي بن وحيدة»، «فاطمة بنت الشيخ».
            // Only «بن» and «بنت»: «ابن» also opens a description («ديفيد ابن
            // الكاتب زيندل»), and «أبي» folds with the name «آبي».
            let after_link = n > 0
                && matches!(self.word(j - 1), "بن" | "بنت")
                && w.chars().nth(1).is_some()
                && !w.bytes().any(|b| b.is_ascii_digit())
                && self.cue_in(j).is_none()
                && !self.is_stop(j);
            let blocked = (self.is_stop(j) && !month_surname)
                // «الرئيس ترمب الانسحاب منه»: a definite verbal noun is his decision's object.
                || is_verbal_noun(w.strip_prefix("ال").unwrap_or(w))
                || is_present_verb(w)
                || is_cut_proclitic(w)
                || self.names_mention(j)
                || w.bytes().any(|b| b.is_ascii_digit())
                || starts_with_article(w)
                || (n == 0 && (self.has_article(j) || self.describes(j, lim)))
                // «أبلغ ترمب الصحفيين»: a plural nisba is the object, never a family name.
                || is_plural_nisba(w)
                // «نفت هايلي الشائعات»: after a name known, its object.
                || (n == 1 && is_long_plural(w) && {
                    *asked_memory = true;
                    self.memory.knows(self.word(j - 1))
                })
                // A second word in و is part of the name («ستيف ويتكوف») unless it
                // joins a party we know («بوتين وبزشكيان» once بزشكيان is known).
                || (n > 0
                    && w.starts_with('و')
                    && (n >= 2 || {
                        *asked_memory = true;
                        w.strip_prefix('و').is_some_and(|r| self.memory.knows(r))
                    }))
                || self.has_tanween(j);
            if blocked && !after_link {
                break;
            }
            // «تيريزا ماي السعي»: a month read as a surname closes the name.
            if n > 0 && self.roles_at(j - 1).has(Role::Month) {
                break;
            }
            // After «عبد الله» as after any two words: «عبد الكافي الدخول» is no name.
            if j - t >= 2 {
                // A third word: linked («محمد بن سلمان»), or a surname that is
                // not an accusative ending in ا («ستيف ويتكوف تحولا»).
                let prev = self.word(j - 1);
                // A surname with the article is a nisba or a divine name
                // («عبد الفتاح السيسي»، «حسن نصر الله»), or closes a compound
                // («زياد تقي الدين»، «سيف الإسلام»), not «العلاقات».
                // Not a participle of a weak verb («نافتالي بنيت المنتمي لحزب»).
                let article_surname = w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("الله") || is_compound_close(w)) && !is_weak_participle(w);
                // A bound link opens a part of its own («عبد اللطيف آل الشيخ»).
                // After a compound first name («عبد الله»، «عبد ربه»), a link
                // («بن») or one plain given name goes on as after a single
                // word: «عبد الله بن زايد»، «عبد ربه منصور هادي».
                let after_compound = bound_words > 0
                    && n == 1
                    && !w.starts_with("ال")
                    && (self.roles_at(j).has(Role::NameLink) || self.plain_name_word(j + 1, lim) || self.closes_name(j + 1, lim));
                let linked = self.roles_at(j - 1).has(Role::NameLink)
                    || prev.chars().count() <= 2
                    || article_surname
                    || after_compound
                    || (bound_words > 0 && self.roles_at(j).has(Role::BoundLink));
                // «آل» folds to «ال»: a link, not the article.
                let article_surname = article_surname || linked && w == "ال";
                // …and it must close the name: «فلاديمير بوتين بعالم متعدد» is two words.
                // Or a family name with the article closes it after this word,
                // set off right after («وقال علي محمد ثنيان الغانم، رئيس …»).
                let closes = self.closes_name(j + 1, lim)
                    || (n == 2
                        && j + 1 < lim
                        && self.is_word(j + 1)
                        && self.word(j + 1).starts_with("ال")
                        && !self.roles_at(j + 1).has(Role::Filler)
                        && !self.is_stop(j + 1)
                        && (j + 2 >= lim || self.is_punct(j + 2, "،,:") || (self.is_complementizer(j + 2) && !self.word(j + 2).starts_with('ب'))));
                // «محمد علي النسور، مدير …»: a family name with the article
                // when the name ends right after it, at a comma or «إن».
                // Not after a definite word («شتاينر المركبات الطائرة»), nor
                // before «بأن» (وصف بوتين الاتهامات بأنها: his object).
                // A bound word («عبد السلام الواد») is a name's, not a definite noun.
                let firm_close = (!prev.starts_with("ال") || self.roles_at(j - 2).has(Role::BoundLink))
                    && !self.roles_at(j).has(Role::Filler)
                    && (j + 1 >= lim || self.is_punct(j + 1, "،,.:") || (self.is_complementizer(j + 1) && !self.word(j + 1).starts_with('ب')));
                let common_noun = w.starts_with("ال") && !article_surname && !firm_close && !after_link;
                // A fourth word only so: a family name set off after three.
                let family_close = firm_close && w.starts_with("ال");
                // A known family name in «ا» is no accusative («دييغو أرماندو
                // مارادونا»); the memory is asked only when that decides.
                let mut accusative = || {
                    w.ends_with('ا') && {
                        *asked_memory = true;
                        !self.memory.knows(w)
                    }
                };
                if common_noun || (!linked && !family_close && (n >= 3 || !closes || accusative())) {
                    break;
                }
            }
            j += 1;
        }
        if j == t + 1 && (has_pronoun_suffix(self.word(t)) || is_masdar_with_pronoun(self.word(t)) || self.feminine_with_his(t)) {
            // «وفق تعبيرها»، «بارتكابه»: a noun with a pronoun, not a name.
            return None;
        }
        // «حسب شهائدهم العلمية»: nor one with its adjective after it, unless
        // a title or a source («رئيسها التنفيذي»، «مصدرنا الأمني»). Not «نا»,
        // which ends many given names («سيرينا»).
        if j == t + 2 && self.word(t + 1).starts_with("ال") {
            let w = self.word(t);
            let stem = ["هما", "هم", "ها", "هن", "كم"].iter().find_map(|p| w.strip_suffix(p).filter(|s| s.chars().count() >= 3));
            if stem.is_some_and(|stem| !self.lex.is_title(stem) && !self.lex.is_title(&format!("{stem}ه")) && self.lex.anaphor(stem).is_none()) {
                return None;
            }
        }
        // «دونالد #ترمب»، «رجب طيب #أردوغان»: the family name written as a
        // hashtag of one word, right after the given names, closes the name.
        if j > t && j - t - bound_words < 4 && self.hashtag_surname(j, lim) {
            j += 2;
        }
        (j > t).then_some(j)
    }

    /// A «#» at `j` glued to one plain name word (no article, digit or
    /// lexicon mention, no «_» after it) that closes a name.
    fn hashtag_surname(&self, j: usize, lim: usize) -> bool {
        let k = j + 1;
        self.hashtags
            && k < lim
            && self.is_punct(j, "#")
            && self.glued(j, k)
            && self.is_word(k)
            && !self.glued(k, k + 1)
            && !starts_with_article(self.word(k))
            && !self.word(k).bytes().any(|b| b.is_ascii_digit())
            && self.mention_in(k).is_none()
            && !self.is_stop(k)
            && self.closes_name(k + 1, lim)
    }

    /// «وقال القصبي في تغريدة»، «وقال الرحباني في مقابلة مع …»: a family
    /// name with the article, alone at `t`: a nisba that ends there, not a
    /// nationality («the Frenchman»), a plural or a known word, nor a noun
    /// in «ى» or of the pattern «الفاعي» («المستشفى»، «النادي»، «الماضي»).
    /// Where it ends.
    pub(super) fn definite_surname(&self, t: usize, lim: usize) -> Option<usize> {
        let w = self.word(t);
        let (c, n) = first_chars::<7>(w);
        let surname = self.is_word(t)
            && self.has_article(t)
            && w.ends_with('ي')
            && n >= 5
            && !(n == 6 && c[3] == 'ا')
            && self.original_ends_with(t, "ي")
            && self.mention_in(t).is_none()
            && !self.is_stop(t)
            && !is_verbal_noun(&w[4..])
            && !(might_be_nationality(w) && self.lex.is_nationality(w))
            && self.closes_name(t + 1, lim);
        surname.then_some(t + 1)
    }

    /// «أكد الإيطالي روبرتو مانشيني»، «قال الفرنسي زين الدين زيدان»: a
    /// nationality with the article at `t` stands before a name, as a title does.
    pub(super) fn nationality_before_name(&self, t: usize, lim: usize) -> bool {
        t + 1 < lim
            && self.is_word(t)
            && self.has_article(t)
            && might_be_nationality(self.word(t))
            && self.lex.is_nationality(self.word(t))
            && self.plain_name_word(t + 1, lim)
    }

    /// Word `t` describes a person and opens no name: an elative before an
    /// indefinite noun («أغلى لاعب في العالم»), or a title's adjective
    /// ending the phrase («لفنانة كبيرة مثل»، «قائد كبير في داعش»; not
    /// «كبير المحققين»).
    fn describes(&self, t: usize, lim: usize) -> bool {
        let roles = self.roles_at(t);
        (roles.elative() && !(t + 1 < lim && self.is_word(t + 1) && self.word(t + 1).starts_with("ال")))
            // Not before a mention: «كبير مسؤولي الطوارئ» is a title.
            || (roles.has(Role::Description) && (t + 1 >= lim || !self.is_word(t + 1) || self.is_stop(t + 1)))
    }

    /// «نظرته»، «ولايته»: a feminine noun with «ه» (his), written «ته» where
    /// a name ends in «ة» («زياتة»); folding makes them one. Not his kin
    /// («زوجته»، «عائلته»), who may speak.
    fn feminine_with_his(&self, t: usize) -> bool {
        let w = self.word(t);
        if w.chars().count() < 5 {
            return false;
        }
        let w = w.strip_prefix('و').filter(|r| r.chars().count() >= 5).unwrap_or(w);
        if w.strip_suffix("ته").is_some_and(|stem| self.lex.has_role(&format!("{stem}ه"), Role::Kin)) {
            return false;
        }
        self.original_ends_with(t, "ته")
    }

    /// «قال لي إن»: «لي» at `t` is the addressee (the writer), not a name.
    pub(super) fn to_me(&self, t: usize, lim: usize) -> bool {
        self.word(t) == TO_ME && self.name_chunk(t, lim).is_none()
    }

    /// «المسؤول عن الملف»، «المشرفة على فريق الفتيات»: token `k` is «عن» or
    /// «على» after a title of charge, and its object belongs to the title;
    /// after any other title «عن» is «about».
    pub(super) fn charge_preposition(&self, k: usize) -> bool {
        k > 0
            && self.is_word(k)
            && matches!(self.word(k), "عن" | "علي")
            && self.is_word(k - 1)
            && matches!(
                self.word(k - 1).strip_prefix("ال").unwrap_or(self.word(k - 1)),
                "مسؤول" | "مسؤوله" | "مشرف" | "مشرفه" | "قائم" | "قائمه" | "وصي" | "مدافع" | "مدافعه"
            )
    }

    /// A title's mention starts at word `k`, with no proclitic («رئيس …»;
    /// not «ورئيس»): what sets off a name before it in apposition.
    pub(super) fn title_at(&self, k: usize) -> bool {
        self.is_word(k) && self.kind_in(k) == Some(&EntryKind::Title) && self.mention_in(k).is_some_and(|m| m.word_start == m.start)
    }

    /// A name ends before token `k`: the sentence or the words end, or a
    /// stop word or a lexicon mention follows.
    pub(super) fn closes_name(&self, k: usize, lim: usize) -> bool {
        k >= lim || !self.is_word(k) || self.is_stop(k) || self.names_mention(k) || is_cut_proclitic(self.word(k))
    }

    /// A mention starts at token `k` that a name stops at: not a phrase
    /// of the preposition «على» read at the name «علي» («وقال محمد علي إن»
    /// folds to «على أن»).
    fn names_mention(&self, k: usize) -> bool {
        self.mention_in(k).is_some_and(|m| !(matches!(self.lex.entry(m.entry).kind, EntryKind::Grammar(_)) && self.word(k) == "علي" && self.is_name_ali(k)))
    }

    /// Token `k` is a word that may stand in a name: no stop word, mention,
    /// article or digit.
    pub(super) fn plain_name_word(&self, k: usize, lim: usize) -> bool {
        k < lim
            && self.is_word(k)
            && !self.is_stop(k)
            && !self.names_mention(k)
            && !self.word(k).starts_with("ال")
            && !self.word(k).chars().any(|c| c.is_ascii_digit())
    }

    /// Token `k` makes the month before it a date: a number («ماي 2018»), a
    /// slash («مايو/أيار») or a qualifier with the article («مايو الماضي»،
    /// «كانون الثاني»); a weekday («ماي الثلاثاء») does not.
    pub(super) fn dated(&self, k: usize, lim: usize) -> bool {
        if k >= lim {
            return false;
        }
        if self.is_punct(k, "/-") {
            return true;
        }
        self.is_word(k) && {
            let w = self.word(k);
            // «ماي الماضي», not «تيريزا ماي الرئيس التركي» (a title: her object).
            w.chars().any(|c| c.is_ascii_digit()) || (w.starts_with("ال") && !self.roles_at(k).has(Role::Filler) && self.mention_in(k).is_none())
        }
    }

    /// Token `k` is a one-word definite reference to a person («الشاهد»).
    pub(super) fn person_reference(&self, k: usize) -> bool {
        let Some(m) = self.mention_in(k) else { return false };
        matches!(&self.lex.entry(m.entry).kind, EntryKind::Anaphor(a) if a.stype == Some(SourceType::Person))
            && self.tok_after(m.end) == k + 1
            && self.norm.text[m.start..m.end].starts_with("ال")
            && m.word_start == m.start
    }

    /// The original word carries tanween («ممازحاً»، «علناً»): an adverb or
    /// an indefinite noun, never a name.
    pub(super) fn has_tanween(&self, t: usize) -> bool {
        let tok = self.seg.tokens[t];
        let a = self.norm.original_offset(tok.start);
        let b = self.norm.original_offset(tok.end);
        // U+064B..U+064D are D9 8B..D9 8D in UTF-8; a byte after the lead
        // byte D9 is that character's.
        self.text.get(a..b).is_some_and(|w| w.as_bytes().windows(2).any(|p| p[0] == 0xD9 && (0x8B..=0x8D).contains(&p[1])))
    }

    /// «سلطان بن سحيم»، «الشيخ سلطان بن سحيم»: a bare title word right
    /// before «بن» is a first name, as no name opens with «بن».
    pub(super) fn title_as_first_name(&self, t: usize, lim: usize) -> Option<usize> {
        // The link first: asked at most words after a title, and most fail it.
        let next = t + 1;
        if next >= lim || !self.is_word(next) || !["بن", "ابن", "بنت"].contains(&self.word(next)) {
            return None;
        }
        let m = self.mention_in(t)?;
        let form = &self.norm.text[m.start..m.end];
        let bare = self.kind_in(t) == Some(&EntryKind::Title) && !form.contains(' ') && !form.starts_with("ال");
        if !bare || self.tok_after(m.end) != next {
            return None;
        }
        self.name_chunk(next, lim)
    }

    pub(super) fn person_after_title(&self, t: usize, m: &Mention, lim: usize) -> PartyRef {
        self.read_after_title::<false>(t, m, lim)
    }

    /// What the learning of names takes from [`Doc::person_after_title`]:
    /// the name it reads after the title (its original-text bytes in the
    /// normalized text), when it is one to learn (found with the title and
    /// written after it, or opening with the title, «سلطان بن سحيم»).
    pub(super) fn name_after_title(&self, t: usize, m: &Mention, lim: usize) -> Option<std::ops::Range<usize>> {
        let p = self.read_after_title::<true>(t, m, lim);
        (p.found == Found::Title).then_some(p.written)
    }

    /// The closing mark of one to four words quoted or bracketed from `j`
    /// («"العربية"»، «(إف بي آي)»), words only between the marks.
    fn enclosed_words(&self, j: usize, lim: usize) -> Option<usize> {
        let bracket = self.is_punct(j, "(");
        if !bracket && self.seg.tokens.get(j)?.kind != TokKind::Quote {
            return None;
        }
        let closes = |k: usize| if bracket { self.is_punct(k, ")") } else { self.seg.tokens[k].kind == TokKind::Quote };
        let close = (j + 2..lim.min(j + 6)).find(|&k| closes(k))?;
        (j + 1..close).all(|k| self.is_word(k)).then_some(close)
    }

    /// [`Doc::person_after_title`]; with `LEARN`, only as far as
    /// [`Doc::name_after_title`] needs: no canonical name or subtype, no
    /// anaphor resolved, and `found` is `Title` only for a name to learn.
    pub(super) fn read_after_title<const LEARN: bool>(&self, t: usize, m: &Mention, lim: usize) -> PartyRef {
        let form = &self.norm.text[m.start..m.end];
        // The title is kept as the subtype, for «الأمير» to find its emir.
        let mut title = title_stem(form);
        // The last word of a title of two words or more (after its last
        // space, found by byte), asked of its form below.
        let last_word = form.as_bytes().iter().rposition(|&b| b == b' ').map(|i| &form[i + 1..]);
        // The token after the title, asked for at every step: looked up once.
        let after_title = self.tok_after(m.end);
        let mut j = after_title;
        let mut steps = 0;
        let mut modifiers = false;
        let mut name = None;
        // Where «إلى» took the title on («المبعوث الأممي إلى اليمن، X»):
        // with no name after it, it is the verb's («كتب السفير إلى الوزير»).
        let mut to_place = None;
        // What the memory and `title_as_first_name` answered at the name's
        // first word where it was found, for its reading below.
        let mut memory_at_name = None;
        let mut first_name_at_name = None;
        if let Some(end) = self.title_as_first_name(t, lim) {
            title = "";
            name = Some((t, end));
            first_name_at_name = Some(true);
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
            // «المدير السابق لمكتب التحقيقات الفيدرالية "إف بي آي" جيمس كومي»,
            // «(إف بي آي)»: a body's short quoted or bracketed acronym, once
            // the title took a body, is part of the phrase when a name follows.
            // An acronym: short words («إف بي آي»), Latin letters or a party's
            // name («فيفا»); then a name of two words at least, not in «ب»/«ل»
            // (a place, «بسيدي بوزيد», or a verbal noun).
            if modifiers {
                let acronym = |k: usize| {
                    let w = self.word(k);
                    w.chars().count() <= 4 || w.is_ascii() || matches!(self.kind_in(k), Some(EntryKind::Source(_)))
                };
                let named = |c: usize| {
                    self.memory_at(c + 1, lim).is_some() || (!self.word(c + 1).starts_with(['ب', 'ل']) && self.name_chunk(c + 1, lim).is_some_and(|e| e >= c + 3))
                };
                if let Some(close) = self.enclosed_words(j, lim).filter(|&c| c + 1 < lim && (j + 1..c).all(acronym) && named(c)) {
                    j = close + 1;
                    continue;
                }
            }
            // «وأفاد مراسل "العربية" أن …»: an indefinite title's short quoted
            // complement before the content, read as it is unquoted.
            if steps == 1 && j == after_title && !form.starts_with("ال") && self.seg.tokens[j].kind == TokKind::Quote {
                if let Some(close) = self.enclosed_words(j, lim).filter(|&c| self.content_marker(c + 1).is_some()) {
                    j = close + 1;
                    modifiers = true;
                    continue;
                }
            }
            if !self.is_word(j) {
                break;
            }
            // «رئيس وزراء كيبيك الجديد فرانسوا ليغو»، «رئيس بلدية مانشستر
            // الكبرى أندي بورنهام»: a title in the construct state takes a
            // genitive (a place or body) before any name.
            if steps == 1 && j == after_title && (self.construct_title(last_word) || (last_word.is_none() && self.bare_office(m, form))) && self.mention_in(j).is_none() && !self.is_stop(j) {
                j += 1;
                modifiers = true;
                continue;
            }
            let known = self.memory_at(j, lim);
            if let Some(found) = known.map(|x| x.0).or_else(|| self.title_as_first_name(j, lim)) {
                name = Some((j, found));
                memory_at_name = Some(known);
                // Found by `title_as_first_name` where the memory had nothing.
                if known.is_none() {
                    first_name_at_name = Some(true);
                }
                break;
            }
            // «قال المتحدث باسم الكرملين للصحافيين»: the audience told, not part of the title.
            if self.audience_end(j, lim).is_some() {
                break;
            }
            // «قال المتحدث باسم الجيش لوكالة رويترز»، «للوكالة الفرنسية»: the
            // outlet told (named, a head or an outlet's anaphor), not part of the title.
            let outlet = match self.kind_in(j) {
                Some(EntryKind::Source(SourceType::Outlet) | EntryKind::OutletHead) => true,
                Some(EntryKind::Anaphor(a)) => a.stype == Some(SourceType::Outlet),
                _ => false,
            };
            if outlet && self.mention_in(j).is_some_and(|im| im.word_start < im.start && self.norm.text[im.word_start..im.start].ends_with('ل')) {
                break;
            }
            match self.kind_in(j) {
                Some(EntryKind::Source(_) | EntryKind::InstitutionHead | EntryKind::Title | EntryKind::Anaphor(_)) => {
                    let inner = self.mention_in(j).copied();
                    j = match (self.kind_in(j), inner) {
                        (Some(EntryKind::InstitutionHead), Some(im)) => self.organization_after_head(j, &im, lim, false).toks.end,
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
            // Asked only of a plural nisba: most words are none.
            let after_singular = || !(prev.ends_with("ين") || prev.ends_with("ون")) && (j == after_title || is_nisba(prev));
            let object = is_plural_nisba(w) && after_singular() && prev.starts_with("ال");
            // The nationality lookup last: it is the dearest test.
            let modifier = matches!(w, "باسم" | "لدي" | "في" | "الي")
                || self.charge_preposition(j)
                // «قائد كبير في داعش»، «العقيد الركن طيار»: the title's adjective.
                || self.roles_at(j).has(Role::Description)
                // «وزير الاتصالات وتقنية المعلومات»: a conjunct of the title's
                // genitive, a noun before its own genitive; a given name in «و»
                // is shorter («وزير الخارجية وليد المعلم»).
                || (w.starts_with('و') && w.chars().count() >= 6 && prev.starts_with("ال") && next.is_some_and(|n| n.starts_with("ال")))
                || ((self.has_article(j) || starts_with_article(w)) && !self.is_stop(j) && !object)
                || looks_prepositional(w, next)
                // «رئيس هيئة الرياضة تركي آل الشيخ»: before «آل» a nationality is a given name;
                // so is an indefinite one after a definite word, which it cannot
                // qualify («العقيد الركن تركي المالكي»، «العقيد الركن طيار تركي المالكي»).
                || (next != Some("ال")
                    && might_be_nationality(w)
                    && (w.starts_with("ال") || !self.after_definite(j))
                    && self.lex.is_nationality(w));
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
                let place = matches!(prev, "في" | "الي" | "لدي") || self.charge_preposition(j - 1);
                let bare_title = !last_word.unwrap_or(form).starts_with("ال");
                // «لشركة ايؤون تونس»: or after a complement in «لـ».
                let after_lam = prev.starts_with('ل') && !prev.starts_with("لل") && prev.chars().count() > 3;
                let genitive = end == j + 1
                    && ((j == after_title && bare_title) || after_lam)
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
                // «المدير الجهوي للصحة الوقائية بنابل، عمر السليمي»: a place
                // after «بـ» is the title's complement too.
                // Not after a nationality: «الرئيس اليوناني بروكوبيس بافلوبولوس، رفضه».
                let after_complement = if j > after_title {
                    !prev.starts_with("ال") || (w.starts_with('ب') && end <= j + 2 && !self.lex.is_nationality(prev))
                } else {
                    bare_title
                };
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
            let first_name = self.mention_in(a).filter(|_| first_name_at_name.unwrap_or_else(|| self.title_as_first_name(a, lim).is_some()));
            let start = first_name.map_or(self.seg.tokens[a].start, |x| x.start);
            let written = start..self.seg.tokens[b - 1].end;
            if LEARN {
                let learned = written.start > m.start || title.is_empty();
                return self.learn_answer(t, written, learned);
            }
            return PartyRef {
                toks: t..b,
                written,
                canonical: if self.hashtag_at(a, lim) == Some(b) {
                    Some(Shared::from(self.hashtag_display(a, b)))
                } else {
                    memory_at_name.unwrap_or_else(|| self.memory_at(a, lim)).filter(|x| x.0 == b).map(|x| Shared::from(x.1))
                },
                stype: SourceType::Person,
                subtype: Shared::from(title),
                found: Found::Title,
                certainty: 0.9,
            };
        }
        if !modifiers {
            if let Some(a) = self.lex.anaphor(form) {
                // An anaphor's answer is never a name to learn.
                if LEARN {
                    return self.learn_answer(t, m.start..m.end, false);
                }
                return self.resolve(t, m, after_title, a);
            }
        }
        // «وقال الرئيس الفرنسي إن»: a title with nationality adjectives only
        // points to the person introduced with them («الرئيس الفرنسي
        // إيمانويل ماكرون»), when there is one.
        let nisba_only = j > after_title && (after_title..j).all(|k| self.is_word(k) && self.word(k).starts_with("ال") && is_nisba(self.word(k)));
        // Learning, the answer is the title alone's either way: learned only with no subtype.
        if LEARN && !title.is_empty() {
            return self.learn_answer(t, m.start..m.end, false);
        }
        if nisba_only {
            if let Some(a) = self.lex.anaphor(form).filter(|a| a.stype == Some(SourceType::Person)) {
                let p = self.resolve(t, m, j, a);
                if p.found == Found::Anaphora {
                    return PartyRef { written: m.start..self.seg.tokens[j - 1].end, ..p };
                }
            }
        }
        // A title alone («المتحدث باسم الخارجية»): the person as written.
        let mut end = to_place.unwrap_or(j).max(after_title);
        // «وتابعت الأميرة في تغريدتها»: a preposition that opened no name is not the title's.
        let preposition = |e: usize| e > after_title && matches!(self.word(e - 1), "في" | "لدي" | "الي");
        while end > t + 1 && (!self.is_word(end - 1) || preposition(end)) {
            end -= 1;
        }
        let written = m.start..self.seg.tokens[end - 1].end.max(m.end);
        // «وأضاف وزير الخارجية أن» after «وزير الخارجية الأردني أيمن الصفدي»: that person.
        if let Some(name) = self.titled_antecedent(t, m, end) {
            return PartyRef {
                toks: t..end,
                written,
                canonical: Some(Shared::from(self.written_name(self.norm.original_span(self.text, name)))),
                stype: SourceType::Person,
                subtype: Shared::from(title),
                found: Found::Anaphora,
                certainty: 0.8,
            };
        }
        PartyRef {
            toks: t..end,
            written,
            canonical: None,
            stype: SourceType::Person,
            subtype: Shared::from(title),
            found: Found::Title,
            certainty: 0.7,
        }
    }

    /// The name of the nearest person named before token `t` after the same
    /// title as the one standing alone at `m` (its words to `end`), whose
    /// words after the title begin with this one's: «وزير الخارجية» and
    /// «وزير الخارجية الأردني» stand for «وزير الخارجية الأردني أيمن
    /// الصفدي», «وزير الخارجية الإيراني» does not. Of those, the nearest
    /// whose name is sure ([`Doc::sure_name`]).
    fn titled_antecedent(&self, t: usize, m: &Mention, end: usize) -> Option<std::ops::Range<usize>> {
        let form = &self.norm.text[m.start..m.end];
        let after = self.tok_after(m.end);
        let words = |from: usize, to: usize| (from..to).filter(|&k| self.is_word(k)).map(|k| self.word(k));
        // Those before `t` (the list ascends), the nearest 200: far enough
        // back, and a long text stays linear.
        let before = self.titled.partition_point(|x| (x.name_tok as usize) < t);
        self.titled[..before].iter().rev().take(200).find_map(|x| {
            let theirs = self.mention_in(x.title as usize)?;
            if &self.norm.text[theirs.start..theirs.end] != form {
                return None;
            }
            let mut them = words(self.tok_after(theirs.end), x.name_tok as usize);
            if !words(after, end).all(|w| them.next() == Some(w)) {
                return None;
            }
            // Asked once a name (it may look through the text).
            self.titled_sure(x).then(|| x.name.clone())
        })
    }

    /// Whether a person named after a title within tokens `toks`, as
    /// `learn_names` met it, has a sure name ([`Doc::sure_name`]).
    pub(super) fn sure_after_title(&self, toks: std::ops::Range<usize>) -> bool {
        let i = self.titled.partition_point(|x| (x.name_tok as usize) < toks.start);
        self.titled.get(i).filter(|x| toks.contains(&(x.name_tok as usize))).is_some_and(|x| self.titled_sure(x))
    }

    /// [`Doc::sure_name`] of a person named after a title, asked once.
    fn titled_sure(&self, x: &Titled) -> bool {
        x.sure.get().unwrap_or_else(|| {
            let sure = self.sure_name(x.name_tok as usize, &x.name);
            x.sure.set(Some(sure));
            sure
        })
    }

    /// Whether the name learned after a title at token `t`, bytes `name`,
    /// is surely one to stand for: opening with no lexicon's word, and
    /// written again in the article, or of two words or more, opening
    /// neither with the prepositions «ب» or «ل»
    /// («وأمر قاضي المحكمة العليا بحصول ريتشارد على») nor, in the headline,
    /// with a present tense's «ي» or «ت» («شيخ الأزهر يبحث تحديات …»), and
    /// no later word with the conjunction «و» («كثيرة ومتعددة»). A word after
    /// a title is often no name at all: a headline's verb, a predicate
    /// («منصب رئيس الجمهورية رمزيا»).
    fn sure_name(&self, t: usize, name: &std::ops::Range<usize>) -> bool {
        let text = &self.norm.text;
        let mut words = text[name.clone()].split(' ').filter(|w| !w.is_empty());
        let first = words.next().unwrap_or_default();
        let headline = self.seg.sentences.first().is_some_and(|s| s.toks.contains(&t) && self.seg.sentences.get(1).is_none_or(|n| n.para != s.para));
        let plain = |w: &str| !w.starts_with('و');
        let no_name_start = first.starts_with(['ب', 'ل']) || (headline && first.starts_with(['ي', 'ت']));
        let shaped = !no_name_start && words.clone().next().is_some() && words.all(plain);
        // Written again within 4 KB either side (a long text stays linear).
        let bytes = text.as_bytes();
        let near = &bytes[name.start.saturating_sub(1 << 12)..bytes.len().min(name.end + (1 << 12))];
        // Never one opening with a lexicon's word, a title's («قاض سابق رئيس وزراء انتقاليا»).
        self.mention_in(t).is_none() && (shaped || memchr::memmem::find_iter(near, &bytes[name.clone()]).nth(1).is_some())
    }

    /// The answer of [`Doc::read_after_title`] while learning: `written`,
    /// and `found` telling whether it is learned.
    fn learn_answer(&self, t: usize, written: std::ops::Range<usize>, learned: bool) -> PartyRef {
        PartyRef {
            toks: t..t + 1,
            written,
            canonical: None,
            stype: SourceType::Person,
            subtype: Shared::EMPTY,
            found: if learned { Found::Title } else { Found::Anaphora },
            certainty: 0.0,
        }
    }

    /// The word before `j`, past a title's adjectives («العقيد الركن طيار»),
    /// has the article.
    fn after_definite(&self, j: usize) -> bool {
        let mut k = j - 1;
        while k > 0 && self.is_word(k) && self.roles_at(k).has(Role::Description) {
            k -= 1;
        }
        self.is_word(k) && self.word(k).starts_with("ال")
    }

    /// A title of two words or more whose last is a bare noun in the
    /// construct state («رئيس وزراء»، «ولي عهد»، «رئيس بلدية»): the next
    /// word is its genitive, not a name. `last_word`: the title's last
    /// word, if it has two or more.
    fn construct_title(&self, last_word: Option<&str>) -> bool {
        last_word.is_some_and(|w| self.lex.has_role(w, Role::ConstructHead))
    }

    /// A one-word title with no article, an office in the construct state
    /// («مدرب ليفربول»، «رئيس فنزويلا»، «مدير الشركة»): the next word is its
    /// genitive, as after «رئيس وزراء». Not an honorific that stands before
    /// a name as it is («دكتور»، «سيناتور»), nor «سلطان» (also a first name).
    /// `form`: the text of the one-word title `m`.
    fn bare_office(&self, m: &Mention, form: &str) -> bool {
        m.word_start == m.start
            && !form.starts_with("ال")
            && !matches!(form, "دكتور" | "دكتوره" | "د." | "بروفيسور" | "بروفيسوره" | "سيناتور" | "سناتور" | "سلطان" | "جنرال")
    }

    /// An apposed name that opens with a rank or honorific, after the comma
    /// that closes a title: «قائد المركز الروسي، اللواء يوري يفتوشينكو،»،
    /// «المتحدث باسم التحالف، العقيد تركي المالكي،»; or a title word that is
    /// a first name before a nisba surname set off by punctuation: «وزير
    /// الاقتصاد الإماراتي، سلطان المنصوري،». The name's tokens.
    pub(super) fn ranked_name(&self, j: usize, lim: usize) -> Option<(usize, usize)> {
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
    pub(super) fn apposed_name(&self, k: usize, lim: usize) -> Option<(usize, usize)> {
        let k = self.lam_complement(k, lim).unwrap_or(k);
        let k = self.absorb_adjectives(k, lim, true, 2);
        if !self.is_punct(k, "،,") {
            return None;
        }
        let end = self.name_or_memory(k + 1, lim)?;
        let closed = end >= lim || self.is_punct(end, "،,") || self.is_complementizer(end);
        closed.then_some((k + 1, end))
    }

    pub(super) fn name_or_memory(&self, j: usize, lim: usize) -> Option<usize> {
        if j >= lim || !self.is_word(j) {
            return None;
        }
        self.memory_at(j, lim).map(|x| x.0).or_else(|| self.name_chunk(j, lim))
    }

    /// An unknown name is a sayer only when its words are set off: a
    /// complementizer or colon right after it (one adverb allowed), or a comma
    /// opening an apposition that ends in one («قال فلان، رئيس …، إن»).
    pub fn unknown_sayer_bounded(&self, end: usize, lim: usize) -> bool {
        // «وأبلغ زيدان الصحافيين: …»: the verb's object may come first.
        let end = if end < lim && self.is_word(end) && is_plural_nisba(self.word(end)) { end + 1 } else { end };
        let marker = |k: usize| k < lim && (self.is_complementizer(k) || self.is_punct(k, ":"));
        // A quoted statement opening at `k`: four words or more, no quoted name.
        let statement = |k: usize| k < lim && self.is_quote_open(k) && self.runs_on(k, lim) && self.quoted_name(k, lim).is_none();
        // «وقال جيمس "إنها إحدى أصعب الهزائم …"»: or a statement quoted right
        // after it, unless the name's last word is the one told: «ل» and a
        // pronoun («قال ليفاندوفسكي لزميله "…"»), or «ل» on one word right
        // after the verb («قال لآبي "…"»).
        let told_last = end > 0
            && self.is_word(end - 1)
            && (has_pronoun_suffix(self.word(end - 1))
                || (self.word(end - 1).starts_with('ل') && end >= 2 && self.cue_in(end - 2) == Some(crate::lexicon::CueClass::Verb)));
        if marker(end) || (statement(end) && !told_last) || (self.is_word(end) && self.roles_at(end).has(Role::Filler) && marker(end + 1)) {
            return true;
        }
        // «وقال إليو كاندي (18 عاما) من السنغال إن»: the age in brackets, then as after the name.
        let age = |k: usize| {
            end + 3 < lim
                && self.is_word(k)
                && self.word(k).bytes().all(|b| b.is_ascii_digit())
                && self.is_word(k + 1)
                && matches!(self.word(k + 1), "عاما" | "عام" | "سنه" | "سنوات")
                && self.is_punct(k + 2, ")")
        };
        if self.is_punct(end, "(") && age(end + 1) {
            let k = end + 4;
            return k < lim && (statement(k) || self.unknown_sayer_bounded(k, lim));
        }
        // «وقال بارنييه للصحافيين في بروكسل "…"»: the one told, then as after the name.
        if let Some(k) = self.audience_end(end, lim) {
            return k < lim && (statement(k) || self.unknown_sayer_bounded(k, lim));
        }
        // «قال فلان لصحيفة "…" الفرنسية: …»، «وقال فلان لرويترز "…"»، «لـ"رويترز"
        // إن» (the «ل» cut off by tatweel): told an outlet first, then a
        // complementizer, colon or quotation, with no verb or stop between.
        let glued = self.is_word(end)
            && self.word(end).starts_with('ل')
            && matches!(self.kind_in(end), Some(EntryKind::Source(SourceType::Outlet) | EntryKind::OutletHead));
        if glued || (self.is_word(end) && self.word(end) == "ل") {
            // Past the whole outlet («لصحيفة الغارديان "…"»), else its word.
            let told = self.told_at(end, lim).map(|p| p.toks.end);
            if let Some(after) = told.or_else(|| glued.then(|| self.mention_in(end).map_or(end + 1, |m| self.tok_after(m.end)))) {
                let stop = lim.min(after + 10);
                if let Some(c) = (after..stop).find(|&k| marker(k) || statement(k)) {
                    // Past the outlet: its name may hold a period («العربية.نت»).
                    return !(after..c).any(|k| self.cue_in(k) == Some(crate::lexicon::CueClass::Verb) || self.is_punct(k, ".!?؟"));
                }
            }
        }
        // «قال فلان في خطاب أمام البرلمان إن»، «قال ماكرون لدى لقائه بوتين "…"»:
        // a short adverbial phrase.
        if self.is_word(end) && self.is_stop(end) {
            let quote = |k: usize| self.opens.get(k).copied().unwrap_or(false) && k > end + 1;
            // A date's «/» («يوم 10 آب/أغسطس 2018») takes no word of the span.
            let slashes = (end + 1..lim.min(end + 9)).filter(|&k| self.is_punct(k, "/")).count();
            // After «في» and a report noun the phrase may run longer, and
            // a comma set the complementizer off («في تصريح لوكالة تونس
            // افريقيا للأنباء اليوم الجمعة، أن»).
            let reported = (self.word(end) == "في" && self.cue_in(end + 1) == Some(crate::lexicon::CueClass::Noun))
                || matches!(self.kind_in(end), Some(EntryKind::Grammar(Role::Told)));
            let stop = lim.min(end + 9 + slashes + if reported { 4 } else { 0 });
            if let Some(c) = (end + 1..stop).find(|&k| marker(k) || quote(k)) {
                // So may a short phrase of place or time («وقال لوندونو في سمارا، إن»).
                let set_off = |k: usize| (reported || c <= end + 4) && k + 1 == c && self.is_punct(k, "،,") && self.is_complementizer(c) && !self.word(c).starts_with('و');
                let between = |k: usize| self.is_word(k) || (self.is_punct(k, "/") && self.is_word(k - 1) && self.is_word(k + 1)) || set_off(k);
                return (end..c).all(|k| between(k) && self.cue_in(k) != Some(crate::lexicon::CueClass::Verb));
            }
        }
        // A title in apposition, then within twenty words a complementizer,
        // colon or quotation, with no verb on the way («قال اندريه مارتي
        // المتحدث باسم الادعاء السويسري، إن»، «وقال جايسن غرينبلات مبعوث
        // الرئيس الأمريكي إلى الشرق الأوسط إن»، «وقالت فيلما نونيز رئيسة
        // مركز … "…"»).
        let titled = self.title_at(end);
        let name_word = |k: usize| self.plain_or_grammar(k) && !self.is_stop(k);
        // «وقال إيان ماكلين الذي لعب دور غاندلف "…"»، «وقال السديري الذي جمعته
        // صداقة مع الإمام … إن»: a relative clause about the name, read as a
        // title's phrase; so is an apposition in «وهو» («وقال ميكيل آلفاريز
        // وهو طالب حقوق (20 عاما) كان بين المتظاهرين "…"»), or opening with
        // an indefinite profession after two name words («وقالت ليفيا مانانت
        // مسؤولة العمليات بالمنظمة … إن»; «وقال أكبر مسؤول تنفيذي» names no one).
        let profession = matches!(self.kind_in(end), Some(EntryKind::Anonymous));
        let relative = self.is_word(end)
            && (self.roles_at(end).has(Role::Relative) || self.roles_at(end).has(Role::AppositionHead))
            && (!profession || (end >= 2 && name_word(end - 1) && name_word(end - 2)));
        // «وقال باتريك بيرك من مركز التنبؤ بالطقس التابع للهيئة … إنه»: where
        // the name works, read as a title's phrase, after two name words
        // (a given name and a family name; «أعلن استقالتي من رئاسة» is none).
        // A family name with the article counts («عبد الرزاق الرحال من المعهد»),
        // two such words only after a compound's «عبد»/«أبو».
        let article = |k: usize| self.word(k).starts_with("ال");
        let affiliation = end >= 3
            && self.is_word(end)
            && self.word(end) == "من"
            && name_word(end - 1)
            && name_word(end - 2)
            && (!(article(end - 1) && article(end - 2)) || self.roles_at(end - 3).has(Role::BoundLink))
            && matches!(self.kind_in(end + 1), Some(EntryKind::InstitutionHead | EntryKind::OutletHead | EntryKind::Source(_)));
        if titled || relative || affiliation {
            let stop = lim.min(end + 20);
            let quote = |k: usize| self.opens.get(k).copied().unwrap_or(false);
            if let Some(c) = (end + 1..stop).find(|&k| marker(k) || quote(k)) {
                // A hashtag in the title's phrase is a name («لشركة #أبوظبي_الأول»).
                return !(end..c).any(|k| self.cue_in(k) == Some(crate::lexicon::CueClass::Verb) || !(self.is_word(k) || self.is_punct(k, "،,()#_/")));
            }
        }
        if !self.is_punct(end, "،,") {
            return false;
        }
        let stop = lim.min(end + 24);
        // «وقال ياسوهيرو ياماشيتا، رئيس البعثة اليابانية، "أشعر بالعار …"»: or
        // a statement quoted right after the comma that closes it.
        // After a title set off by the comma, the statement may follow the
        // title's phrase directly («وقال فاسيلي نيبنسيا، مندوب روسيا لدى
        // الأمم المتحدة "…"»).
        let titled = end + 1 < lim && self.title_at(end + 1);
        let close = (end + 1..stop).find(|&k| marker(k) || ((titled || self.is_punct(k - 1, "،,")) && statement(k)));
        close.is_some_and(|c| !(end + 1..c).any(|k| self.is_punct(k, ".!?؟") || self.cue_in(k) == Some(crate::lexicon::CueClass::Verb)))
    }
}

#[cfg(test)]
mod kept_chunks {
    use super::super::{Doc, Scratch};

    /// The answers `name_chunk` keeps from the learning of names are those
    /// a fresh read gives once the names are learned.
    #[test]
    fn kept_answers_are_fresh_reads() {
        let lex = crate::Lexicon::builtin().unwrap();
        let text = "وقال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق صامد. وأضاف ماكرون أن فرنسا ستواصل. \
                    وقالت المتحدثة باسم الوزارة، ماريا زاخاروفا، إن موسكو سترد. وقال ستيف ويتكوف إن المحادثات مثمرة. \
                    وأكد محمد بن سلمان أن المملكة ملتزمة. وقال زاخاروفا ويتكوف إن شيئا لم يتغير. قال لي إن الأمر انتهى.";
        let mut scratch = Scratch::default();
        let mut doc = Doc::new(&lex, text, &mut scratch);
        doc.learn_names();
        assert!(!doc.name_chunks.borrow().is_empty());
        for s in doc.seg.sentences.clone() {
            for t in s.toks.clone() {
                let fresh = doc.read_name_chunk(t, s.toks.end, &mut false);
                assert_eq!(doc.name_chunk(t, s.toks.end), fresh, "token {t}");
                assert_eq!(doc.name_chunk(t, s.toks.end), fresh, "token {t}, asked again");
            }
        }
    }
}
