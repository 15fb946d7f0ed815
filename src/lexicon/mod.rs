//! Stage 4: the lexicons, and finding their entries in folded text.
//!
//! Lexicons are tab-separated data files under `lexicons/`, embedded in the
//! binary at build time. [`Lexicon::load`] can extend or replace them from a
//! directory at run time: a file `cues.tsv` there replaces the built-in
//! `cues.tsv`, a file `cues.local.tsv` (any `cues.*.tsv`) is added to it.
//! Every form is folded with [`crate::normalize::fold`] on load, and a
//! malformed line is a [`LexiconError`] naming file and line.

mod matcher;
mod parse;

pub use matcher::Mention;
pub use parse::FILES;

use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// Built-in lexicon texts, embedded at build time.
const BUILTIN: &[(&str, &str)] = &[
    ("cues", include_str!("../../lexicons/cues.tsv")),
    ("outlets", include_str!("../../lexicons/outlets.tsv")),
    ("organizations", include_str!("../../lexicons/organizations.tsv")),
    ("titles", include_str!("../../lexicons/titles.tsv")),
    ("anonymous", include_str!("../../lexicons/anonymous.tsv")),
    ("institution_heads", include_str!("../../lexicons/institution_heads.tsv")),
    ("outlet_heads", include_str!("../../lexicons/outlet_heads.tsv")),
    ("anaphora", include_str!("../../lexicons/anaphora.tsv")),
    ("grammar", include_str!("../../lexicons/grammar.tsv")),
];

/// The type of a cited party, as the CSV writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceType {
    /// A news medium.
    Outlet,
    /// A named person.
    Person,
    /// A government, country, institution, company, party or army.
    Organization,
    /// Unnamed sayers: «مصادر مطلعة».
    Anonymous,
}

impl SourceType {
    /// The CSV spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::Outlet => "outlet",
            SourceType::Person => "person",
            SourceType::Organization => "organization",
            SourceType::Anonymous => "anonymous",
        }
    }
}

/// The class of a reporting cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Prepositional: the source follows (وفقا ل، بحسب).
    AccordingTo,
    /// A reporting verb with its sayer (قال، أكد).
    Verb,
    /// A circumstantial participle continuing the clause's sayer (مضيفا).
    Participle,
    /// A report noun (بيان، تصريح، إعلان).
    Noun,
}

/// What an anaphoric reference points back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anaphor {
    /// The type of party, or any.
    pub stype: Option<SourceType>,
    /// For outlets, a subtype such as `newspaper`; for persons, `role`: a
    /// description rather than an office, which may point back to the last
    /// sayer when no one was introduced with it.
    pub subtype: Option<String>,
}

/// The role of a closed-class word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Reported content follows (أن، إن، بأن).
    Complementizer,
    /// «أن» after this word is temporal, not a complementizer (بعد أن).
    NotComplementizerBefore,
    /// Ends a name (prepositions, adverbs, particles).
    NameStop,
    /// A sentence opening with it continues the previous report.
    Continuation,
    /// A relative verb by which one source carried another (التي نقلتها).
    RelativeCarrier,
    /// «قال X لرويترز».
    Told,
    /// A circumstantial participle that is no cue («مخاطبا»): the noun
    /// after it is its object, not a sayer.
    ObjectParticiple,
    /// A month name, which may also be a surname after a given name («تيريزا ماي»).
    Month,
    /// An adjective of an indefinite title or rank («قائد كبير»، «العقيد
    /// الركن طيار»): the title goes on over it; no name when it ends one.
    Description,
    /// A norm, plan or measure: after «وفقا لـ»، «حسب» it means "in
    /// accordance with" («وفقا للقانون»، «حسب التوقيت المحلي»), no sayer.
    Norm,
    // The word classes below are matched as written (see [`Role::exact`]).
    /// A report noun that may be a sayer («كشفت دراسة أن»، «بحسب تقرير»).
    ReportNoun,
    /// An adjective a report noun takes that is no nisba («تقرير حديث»).
    ReportAdjective,
    /// «صادر عن»: the issuer of a report follows the preposition.
    Issued,
    /// A relative verb by which a party issued a report («أصدرته الوكالة»).
    IssuedBy,
    /// A report noun that, with the article, points back to a report («التقرير»).
    ReportAnaphor,
    /// A relative pronoun: after a party it opens a clause about it («الذي»).
    Relative,
    /// A word that opens a clause of its own («لكن»، «بينما»، «ثم»).
    Opener,
    /// A preposition or adverb that, after a comma, heads a phrase joined to
    /// the clause before it rather than a new one («، في حين …»).
    ConnectiveHead,
    /// A word opening an apposition between a sayer and a quotation («وهو»، «نفسه»).
    AppositionHead,
    /// A word that may stand between a verb and its sayer («أكدا فيه أن»، «أمس»).
    Filler,
    /// A word that lets a third name word follow («محمد بن سلمان»).
    NameLink,
    /// A link that is the first half of a compound name, never its end («عبد»، «أبو»).
    BoundLink,
    /// The last word of a title in the construct state («رئيس وزراء»، «ولي
    /// عهد»): the word after the title is its genitive, not yet the name.
    ConstructHead,
    /// A preposition: the party after it is its object, never the subject
    /// of a verb further on («تابع لوكالة ناسا، … وأضاف»).
    Preposition,
    /// «التالي»، «الآتية»: a noun it follows after «وفق»، «حسب» is what
    /// comes next in the text («وفق البرنامج التالي:»), no sayer.
    Following,
    /// An elative («أغلى لاعب»، «أفضل لاعب»): a description, never a name's first word.
    Elative,
    /// A feminine noun of kin or company («زوجة»، «عائلة»): with «ه» (his)
    /// it names people who may speak («قالت زوجته إن»).
    Kin,
    /// A preposition heading an adjunct («في برنامج "…"»، «مع صحيفة …»): a
    /// party it governs is no subject of a verb before it.
    AdjunctHead,
    /// «لنا»، «له»: the one told, between a verb and its subject («قال لنا أحد …»).
    Addressee,
    /// «أحد»، «إحدى»: one of a plural, an unnamed sayer with it («أحد المسؤولين»).
    OneOf,
    /// A verbal noun that opens what was said («أهمية»، «ضرورة»، «وجود»):
    /// after a verb flagged `noun_content`, itself or after «إلى»/«على».
    ContentNoun,
}

impl Role {
    /// Whether the role is a word class matched as written: the word itself,
    /// with no «و» or «ف» taken off (some forms hold one: «وكما»، «ومن»),
    /// and never among [`Lexicon::roles`].
    pub fn exact(self) -> bool {
        use Role::*;
        matches!(
            self,
            ReportNoun | ReportAdjective | Issued | IssuedBy | ReportAnaphor | Relative | Opener | ConnectiveHead | AppositionHead | Filler | NameLink | BoundLink | ConstructHead | Preposition | Following | Elative | Kin | AdjunctHead | Addressee | OneOf | ContentNoun
        )
    }
}

// A [`RoleSet`] holds every role in a bit of its own, below its own flags.
const _: () = assert!((Role::ContentNoun as u32) < 62);

/// The roles of one word, one bit each, as [`Lexicon::has_role`] tells
/// them (see [`Lexicon::word_roles`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoleSet(u64);

impl RoleSet {
    /// The word is «و» and an elative («وأفضل»).
    const WAW_ELATIVE: u64 = 1 << 62;

    /// Whether the word has `role` ([`Lexicon::has_role`]).
    #[inline]
    pub fn has(self, role: Role) -> bool {
        self.0 & (1 << role as u32) != 0
    }

    /// Whether the word is an elative as written or after «و» (not «ف»:
    /// «فاهم» is a name, not «ف» + «أهم»).
    #[inline]
    pub fn elative(self) -> bool {
        self.0 & (1 << Role::Elative as u32 | Self::WAW_ELATIVE) != 0
    }

    /// The set as bits, below `1 << 63`.
    #[inline]
    pub fn bits(self) -> u64 {
        self.0
    }

    /// The set of [`RoleSet::bits`].
    #[inline]
    pub fn from_bits(bits: u64) -> RoleSet {
        RoleSet(bits)
    }
}

/// A word of at most 16 bytes as a fixed-size key, with its length: the
/// first and last eight bytes (overlapping), or four, or all of them.
/// Looking one up hashes three integers and compares them, no bytes.
#[inline]
fn word_key(w: &[u8]) -> Option<(u64, u64, usize)> {
    let n = w.len();
    let at = |i: usize, k: usize| w.get(i..i + k).map_or(0, |b| b.iter().rev().fold(0u64, |h, &x| h << 8 | u64::from(x)));
    let at8 = |i: usize| w.get(i..i + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes);
    let at4 = |i: usize| w.get(i..i + 4).and_then(|b| b.try_into().ok()).map_or(0, u32::from_le_bytes);
    match n {
        0..=3 => Some((at(0, n), 0, n)),
        4..=7 => Some((u64::from(at4(0)) | u64::from(at4(n - 4)) << 32, 0, n)),
        8..=16 => Some((at8(0), at8(n - 8), n)),
        _ => None,
    }
}

/// The rank of `bit` in `screen`: how many bits before it are set, given
/// `ranks`, the bits set before each word ([`ranks_of`]). None when `bit`
/// is not set. The matcher's first words and the word roles find their
/// records by it: one record of a dense table, not a hash-map probe.
#[inline]
fn rank<const N: usize>(screen: &[u64; N], ranks: &[u32; N], bit: usize) -> Option<usize> {
    let (w, b) = (bit / 64 % N, bit % 64);
    let word = screen[w];
    (word & (1 << b) != 0).then(|| ranks[w] as usize + (word & ((1 << b) - 1)).count_ones() as usize)
}

/// Per word of `screen`, the bits set in the words before it (for
/// [`rank`]), and how many bits are set in all.
fn ranks_of<const N: usize>(screen: &[u64; N]) -> (Box<[u32; N]>, u32) {
    let mut ranks = Box::new([0u32; N]);
    let mut set = 0u32;
    for (rank, word) in ranks.iter_mut().zip(screen.iter()) {
        *rank = set;
        set += word.count_ones();
    }
    (ranks, set)
}

/// Every word with a role, with all its roles in one value: one lookup
/// answers what the roles (tried as written, then without «و» or «ف») and
/// the word classes took up to four for.
#[derive(Debug, Clone)]
struct WordRoles {
    /// Words of 16 bytes at most, by [`word_key`], that share their bit of
    /// `screen` with another word (the others are in `records`).
    short: FxHashMap<(u64, u64, usize), RoleSet>,
    /// Longer words.
    long: FxHashMap<Box<str>, RoleSet>,
    /// A screen over the keys of the short words, one bit each (see
    /// [`WordRoles::screen_bit`]): most words asked about have no role, and
    /// the screen answers most of those without the records.
    screen: Box<[u64; ROLE_SCREEN_WORDS]>,
    /// Per word of `screen`, the bits set in the words before it.
    ranks: Box<[u32; ROLE_SCREEN_WORDS]>,
    /// The short words by the rank of their bit in `screen`: the only word
    /// with that bit, or a record no key equals when words share it (those
    /// are in `short`). One record of half a cache line, not a hash map's
    /// control bytes and bucket, which missed the cache.
    records: Box<[RoleRecord]>,
}

/// A short word and its roles, as [`WordRoles::records`] holds them.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(32))]
struct RoleRecord {
    head: u64,
    tail: u64,
    /// The word's length, [`RoleRecord::SHARED`] when words share the bit.
    len: u32,
    roles: RoleSet,
}

impl RoleRecord {
    /// The length of a record standing for words that share a bit: no word
    /// of 16 bytes has it.
    const SHARED: u32 = u32::MAX;
}

/// Bits in `WordRoles::screen` (2 KB).
const ROLE_SCREEN_BITS: u32 = 14;
/// Words in `WordRoles::screen`.
const ROLE_SCREEN_WORDS: usize = 1 << (ROLE_SCREEN_BITS - 6);

impl WordRoles {
    /// From the roles and classes by folded word: every word some role
    /// holds, with «و» or «ف» before a word of `words` and «و» before an
    /// elative, with what [`Lexicon::has_role`] answered for it.
    fn build(words: &FxHashMap<String, Vec<Role>>, classes: &FxHashMap<String, Vec<Role>>) -> WordRoles {
        let mut table = WordRoles {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            screen: Box::new([0; ROLE_SCREEN_WORDS]),
            ranks: Box::new([0; ROLE_SCREEN_WORDS]),
            records: Box::default(),
        };
        let mut add = |w: &str| {
            let key = word_key(w.as_bytes());
            let known = match key {
                Some(key) => table.short.contains_key(&key),
                None => table.long.contains_key(w),
            };
            if known {
                return;
            }
            let mut bits: u64 = 0;
            for r in loose_roles(words, w).iter().chain(classes.get(w).into_iter().flatten()) {
                bits |= 1 << *r as u32;
            }
            if w.strip_prefix('و').and_then(|rest| classes.get(rest)).is_some_and(|r| r.contains(&Role::Elative)) {
                bits |= RoleSet::WAW_ELATIVE;
            }
            if bits == 0 {
                return;
            }
            match key {
                Some(key) => {
                    table.short.insert(key, RoleSet(bits));
                }
                None => {
                    table.long.insert(w.into(), RoleSet(bits));
                }
            }
        };
        // «و» or «ف» and the word, in one buffer.
        let mut buf = String::new();
        for w in words.keys() {
            add(w);
            for p in ['و', 'ف'] {
                buf.clear();
                buf.push(p);
                buf.push_str(w);
                add(&buf);
            }
        }
        for (w, roles) in classes {
            add(w);
            if roles.contains(&Role::Elative) {
                buf.clear();
                buf.push('و');
                buf.push_str(w);
                add(&buf);
            }
        }
        // The screen, and a record per bit set; the words that share a
        // bit stay in the map.
        let mut by_bit: Vec<(usize, (u64, u64, usize), RoleSet)> = table.short.iter().map(|(&key, &roles)| (Self::screen_bit(key), key, roles)).collect();
        by_bit.sort_unstable_by_key(|&(bit, key, _)| (bit, key));
        let mut records = Vec::with_capacity(by_bit.len());
        let mut shared = FxHashMap::default();
        for words in by_bit.chunk_by(|a, b| a.0 == b.0) {
            let bit = words[0].0;
            table.screen[bit / 64] |= 1 << (bit % 64);
            match words[..] {
                [(_, (head, tail, len), roles)] => records.push(RoleRecord { head, tail, len: len as u32, roles }),
                _ => {
                    records.push(RoleRecord { len: RoleRecord::SHARED, ..RoleRecord::default() });
                    shared.extend(words.iter().map(|&(_, key, roles)| (key, roles)));
                }
            }
        }
        table.ranks = ranks_of(&table.screen).0;
        table.records = records.into();
        table.short = shared;
        table
    }

    /// The bit of `screen` for a key: a multiplicative hash of it.
    #[inline]
    fn screen_bit(key: (u64, u64, usize)) -> usize {
        let x = key.0 ^ key.1.rotate_left(29) ^ (key.2 as u64) << 58;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - ROLE_SCREEN_BITS)) as usize
    }

    #[inline]
    fn get(&self, word: &str) -> RoleSet {
        let found = match word_key(word.as_bytes()) {
            Some(key) => {
                let Some(at) = rank(&self.screen, &self.ranks, Self::screen_bit(key)) else { return RoleSet::default() };
                match self.records.get(at) {
                    Some(r) if r.head == key.0 && r.tail == key.1 && r.len as usize == key.2 => Some(&r.roles),
                    Some(r) if r.len == RoleRecord::SHARED => self.short.get(&key),
                    _ => None,
                }
            }
            None if self.long.is_empty() => None,
            None => self.long.get(word),
        };
        found.copied().unwrap_or_default()
    }
}

/// Roles of a single folded word in `words`, also tried without a
/// leading «و» or «ف».
fn loose_roles<'a>(words: &'a FxHashMap<String, Vec<Role>>, word: &str) -> &'a [Role] {
    if let Some(r) = words.get(word) {
        return r;
    }
    for p in ["و", "ف"] {
        if let Some(r) = word.strip_prefix(p).and_then(|w| words.get(w)) {
            return r;
        }
    }
    &[]
}

/// What a lexicon entry is.
#[derive(Debug, Clone, PartialEq)]
pub enum EntryKind {
    /// A reporting cue.
    Cue(CueClass),
    /// A named outlet or organization.
    Source(SourceType),
    /// A person's title (الرئيس، المتحدث باسم).
    Title,
    /// An unnamed-source phrase.
    Anonymous,
    /// A word heading an organization's name (وزارة، مجلس).
    InstitutionHead,
    /// A word heading an outlet's name (صحيفة، وكالة).
    OutletHead,
    /// A reference back to an earlier party (الصحيفة).
    Anaphor(Anaphor),
    /// A closed-class word with a role in the rules.
    Grammar(Role),
}

/// One line of a lexicon file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Its kind.
    pub kind: EntryKind,
    /// Canonical name: English for outlets and organizations, else the first form.
    pub canonical: String,
    /// Subtype (outlet: agency, newspaper…; organization: country…).
    pub subtype: String,
    /// Prior weight, 0 to 1.
    pub weight: f32,
    /// Cue flag: content may follow the sayer without a complementizer.
    pub bare: bool,
    /// Anonymous flag: following adjectives extend the phrase.
    pub adj: bool,
    /// Cue flag: a cue only where it opens a clause.
    pub initial: bool,
    /// Cue flag: with no sayer in its sentence the form is the impersonal
    /// passive («يُذكر أن»، «ويُعتقد أن»), not a sayer carried over.
    pub impersonal: bool,
    /// Cue flag: a cue only with a report noun as its subject («أظهرت دراسة
    /// أن»), since with any other («أظهرت الصور») it is no saying.
    pub report_only: bool,
    /// Cue flag: a present form written with a damma on its prefix is the
    /// passive («يُتهم X بـ»، «يُزعم أن»، «تُدعى X»), no saying by the noun after it.
    pub passive: bool,
    /// Cue flag: a bare verb whose object may be a thing exposed or told
    /// («واشنطن تكشف ألاعيب إيران»): with its sayer before it, it needs a
    /// complementizer.
    pub thing_object: bool,
    /// Cue flag: the content may open with a word carrying «بـ», a verbal
    /// noun, after the sayer («أفادت مصادر طبية بمقتل شاب»).
    pub ba_content: bool,
    /// Cue flag: the content may open with a verbal noun of content (role
    /// `content_noun`), itself or after «إلى»/«على» («وأشار إلى وجود عجز»).
    pub noun_content: bool,
    /// Cue flag (according_to): only a party read as one, named or known,
    /// is its source; a report or words taken as an unnamed source are not
    /// («على ذمة التحقيق», held pending the investigation).
    pub party_only: bool,
    /// Cue flag: a link to another article («اقرأ أيضا:»), whose paragraph
    /// quotes a headline and holds no attribution.
    pub navigation: bool,
    /// Cue flag: a lone party after the verb that runs straight into its
    /// «بـ» content is the verb's object, the one described, not its sayer
    /// («ووصفت الانتخابات بأنها …»، «ووصف حزب العمال الكردستاني بأنه …»).
    pub object_first: bool,
    /// `file:line` it was read from.
    pub origin: String,
}

impl Entry {
    fn new(kind: EntryKind, canonical: String, weight: f32) -> Self {
        Entry { kind, canonical, subtype: String::new(), weight, bare: false, adj: false, initial: false, impersonal: false, report_only: false, passive: false, thing_object: false, ba_content: false, noun_content: false, party_only: false, navigation: false, object_first: false, origin: String::new() }
    }
}

/// A malformed lexicon: the file, the line (0 when the whole file is at fault) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The file, as the user named it.
    pub file: String,
    /// 1-based line, or 0.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl LexiconError {
    fn new(file: &str, line: usize, message: String) -> Self {
        LexiconError { file: file.to_owned(), line, message }
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

impl std::error::Error for LexiconError {}

/// A pattern of the automaton: which entries it stands for.
#[derive(Debug, Clone)]
struct Pattern {
    /// The folded form.
    text: String,
    /// `(entry, lam_only)`: `lam_only` for the «لل» form of an «ال» entry.
    entries: Vec<(u32, bool)>,
    /// Ends in a lone «ل» that glues to the next word («وفقا ل»).
    glue: bool,
    /// Starts with a Latin letter or digit («CNN»).
    latin: bool,
}

/// All lexicons, compiled for matching.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    ac: matcher::Forms,
    /// What a match needs of its pattern, packed.
    rules: matcher::Rules,
    /// Whether some form starts with a character that is no word character
    /// (then punctuation tokens are candidate starts too).
    punct_starts: bool,
    // The sets below are asked about nearly every word of an article, and
    // their keys are the lexicons' own: the fast FxHash, which a key chosen
    // to collide could slow down, is safe here (the article only looks up).
    /// Single-word grammar forms, by folded word.
    words: FxHashMap<String, Vec<Role>>,
    /// These and the word classes ([`Role::exact`]), each word's in one value.
    word_roles: WordRoles,
    /// Anaphora, by folded form.
    anaphors: FxHashMap<String, Anaphor>,
    /// First words of titles, without the article.
    title_words: FxHashSet<String>,
    /// Folded one-word aliases of countries.
    countries: FxHashSet<String>,
    /// One-word cue forms whose gender a sibling form of the same cue
    /// shows (true: feminine): «قالت» beside «قال», «تقول» beside «يقول»,
    /// «مضيفة» beside «مضيفا»; «لفت» is masculine beside «لفتت».
    cue_genders: FxHashMap<String, bool>,
}

impl Lexicon {
    /// The built-in lexicons.
    ///
    /// ```
    /// let lex = isnad::Lexicon::builtin().unwrap();
    /// assert!(lex.entries().len() > 500);
    /// ```
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        let texts: Vec<(String, String, String)> =
            BUILTIN.iter().map(|(n, t)| (n.to_string(), format!("lexicons/{n}.tsv"), t.to_string())).collect();
        Self::from_texts(&texts)
    }

    /// The built-in lexicons, extended or replaced by the files of `dir`
    /// (see the module documentation).
    pub fn load(dir: Option<&Path>) -> Result<Lexicon, LexiconError> {
        let Some(dir) = dir else { return Self::builtin() };
        let shown = dir.display().to_string();
        let read = std::fs::read_dir(dir).map_err(|e| LexiconError::new(&shown, 0, e.to_string()))?;
        let mut replace: HashMap<String, (String, String)> = HashMap::new();
        let mut extra: Vec<(String, String, String)> = Vec::new();
        let mut paths: Vec<_> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let Some(fname) = path.file_name().and_then(|f| f.to_str()).map(str::to_owned) else { continue };
            if !fname.ends_with(".tsv") || fname.starts_with('.') {
                continue;
            }
            let p = path.display().to_string();
            let stem = fname.trim_end_matches(".tsv");
            let base = stem.split('.').next().unwrap_or(stem).to_owned();
            if !FILES.iter().any(|(n, _)| *n == base) {
                let known: Vec<&str> = FILES.iter().map(|(n, _)| *n).collect();
                return Err(LexiconError::new(&p, 0, format!("unknown lexicon '{base}' (known: {})", known.join(", "))));
            }
            let text = std::fs::read_to_string(&path).map_err(|e| LexiconError::new(&p, 0, e.to_string()))?;
            if stem == base {
                replace.insert(base, (p, text));
            } else {
                extra.push((base, p, text));
            }
        }
        let mut texts = Vec::new();
        for (name, builtin) in BUILTIN {
            match replace.remove(*name) {
                Some((p, t)) => texts.push((name.to_string(), p, t)),
                None => texts.push((name.to_string(), format!("lexicons/{name}.tsv"), builtin.to_string())),
            }
        }
        texts.extend(extra);
        Self::from_texts(&texts)
    }

    /// Compiles lexicons from `(name, path, text)` triples.
    pub fn from_texts(texts: &[(String, String, String)]) -> Result<Lexicon, LexiconError> {
        // The automaton, most of the load, builds on a thread of its own, fed
        // the forms walked in the text file by file as they are read; this
        // thread reads on and makes the other tables meanwhile.
        std::thread::scope(|scope| {
            let (feed, forms) = std::sync::mpsc::channel::<Vec<String>>();
            let built = std::thread::Builder::new().spawn_scoped(scope, move || matcher::Forms::automaton(forms.into_iter().flatten())).ok();
            Self::compile(texts, built.is_some().then_some(feed), built)
        })
    }

    /// [`Lexicon::from_texts`], sending the walked forms to `feed` as they
    /// come, for the automaton `built` builds of them (built here without it).
    fn compile(
        texts: &[(String, String, String)],
        feed: Option<std::sync::mpsc::Sender<Vec<String>>>,
        built: Option<std::thread::ScopedJoinHandle<'_, Result<aho_corasick::nfa::contiguous::NFA, aho_corasick::BuildError>>>,
    ) -> Result<Lexicon, LexiconError> {
        let mut entries = Vec::new();
        let mut by_form: FxHashMap<String, usize> = FxHashMap::default();
        let mut forms: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut words: FxHashMap<String, Vec<Role>> = FxHashMap::default();
        let mut classes: FxHashMap<String, Vec<Role>> = FxHashMap::default();
        let mut anaphors: FxHashMap<String, Anaphor> = FxHashMap::default();
        let mut title_words = FxHashSet::default();
        let mut countries = FxHashSet::default();
        let mut cue_genders: FxHashMap<String, bool> = FxHashMap::default();
        // The forms before this one went to `feed`.
        let mut sent = 0;
        for (name, path, text) in texts {
            for parsed in parse::parse_file(name, path, text)? {
                let id = entries.len() as u32;
                let is_grammar = matches!(parsed.entry.kind, EntryKind::Grammar(_));
                if parsed.entry.subtype == "country" {
                    countries.extend(parsed.forms.iter().filter(|f| !f.contains(' ')).cloned());
                }
                if parsed.entry.kind == EntryKind::Title {
                    for f in &parsed.forms {
                        let first = f.split(' ').next().unwrap_or(f);
                        title_words.insert(first.strip_prefix("ال").unwrap_or(first).to_owned());
                    }
                }
                // Verbs and participles inflect for gender; a noun's forms
                // («تصريحا»، «تصريحات») only look as if they did.
                if let EntryKind::Cue(CueClass::Verb | CueClass::Participle) = parsed.entry.kind {
                    let one: FxHashSet<&str> = parsed.forms.iter().filter(|f| !f.contains(' ')).map(|f| f.as_str()).collect();
                    for &f in &one {
                        let has = |g: String| one.contains(g.as_str());
                        let swap = |from: char, to: char| f.strip_prefix(from).is_some_and(|r| has(format!("{to}{r}")));
                        let cut = |end: char, to: &str| f.strip_suffix(end).is_some_and(|r| has(format!("{r}{to}")));
                        let feminine = cut('ت', "") || swap('ت', 'ي') || cut('ه', "ا");
                        let masculine = has(format!("{f}ت")) || swap('ي', 'ت') || cut('ا', "ه");
                        if feminine != masculine {
                            cue_genders.insert(f.to_owned(), feminine);
                        }
                    }
                }
                if let EntryKind::Anaphor(a) = &parsed.entry.kind {
                    for f in &parsed.forms {
                        anaphors.insert(f.clone(), a.clone());
                    }
                }
                // The forms are moved where they are kept, not copied.
                for form in parsed.forms {
                    if let (true, EntryKind::Grammar(role)) = (!form.contains(' '), &parsed.entry.kind) {
                        let into = if role.exact() { &mut classes } else { &mut words };
                        into.entry(form).or_default().push(*role);
                        continue;
                    }
                    let mut add = |f: String, lam_only: bool| {
                        let slot = match by_form.get(&f) {
                            Some(&slot) => slot,
                            None => {
                                forms.push(f.clone());
                                let (glue, latin) = (f.ends_with(" ل"), f.starts_with(|c: char| c.is_ascii_alphanumeric()));
                                patterns.push(Pattern { text: f.clone(), entries: Vec::new(), glue, latin });
                                by_form.insert(f, patterns.len() - 1);
                                patterns.len() - 1
                            }
                        };
                        if !patterns[slot].entries.contains(&(id, lam_only)) {
                            patterns[slot].entries.push((id, lam_only));
                        }
                    };
                    // ل + ال is written «لل»: «للكرملين».
                    let lam = form.strip_prefix("ال").filter(|rest| !is_grammar && rest.chars().count() >= 2).map(str::to_owned);
                    add(form, false);
                    if let Some(rest) = lam {
                        add(rest, true);
                    }
                }
                entries.push(parsed.entry);
            }
            if let Some(feed) = &feed {
                // A closed feed (the builder failed) tells its error at the end.
                let _ = feed.send(forms[sent..].iter().filter(|f| matcher::walked(f)).cloned().collect());
            }
            sent = forms.len();
        }
        drop(feed);
        let plan = matcher::FirstWords::plan(&forms);
        let punct_starts = forms.iter().any(|f| !f.starts_with(crate::normalize::is_word_char));
        let rules = matcher::Rules::build(&patterns, &entries);
        let word_roles = WordRoles::build(&words, &classes);
        // Anchored: the matcher tries only the positions where a word may start.
        let nfa = match built {
            Some(built) => built.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => matcher::Forms::automaton(forms.iter().filter(|f| matcher::walked(f))),
        };
        let nfa = nfa.map_err(|e| LexiconError::new("lexicons", 0, format!("cannot compile the patterns: {e}")))?;
        let ac = matcher::Forms::with_automaton(plan, nfa);
        Ok(Lexicon { entries, patterns, ac, rules, punct_starts, words, word_roles, anaphors, title_words, countries, cue_genders })
    }

    /// Every entry, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Roles of a single folded word (a leading و or ف is also tried off),
    /// word classes ([`Role::exact`]) aside.
    pub fn roles(&self, word: &str) -> &[Role] {
        loose_roles(&self.words, word)
    }

    /// Every role of a folded word, as [`Lexicon::has_role`] tells them,
    /// in one lookup.
    #[inline]
    pub fn word_roles(&self, word: &str) -> RoleSet {
        self.word_roles.get(word)
    }

    /// Whether a folded word is (the first word of) a person's title, with
    /// or without the article.
    pub fn is_title(&self, word: &str) -> bool {
        self.title_words.contains(word)
    }

    /// Whether a folded word is a nationality adjective of a country in the
    /// lexicons: «كويتي» (الكويت)، «روسية» (روسيا)، «الإيرانيون» (إيران).
    pub fn is_nationality(&self, word: &str) -> bool {
        let w = word.strip_prefix("ال").unwrap_or(word);
        for suffix in ["يون", "يين", "يه", "يان", "ي"] {
            if let Some(stem) = w.strip_suffix(suffix) {
                if stem.chars().count() >= 2 {
                    // «روس» → روس، روسا، روسيا، الروس: one buffer, no allocation per form.
                    let mut key = String::with_capacity(stem.len() + 4);
                    for (before, after) in [("", ""), ("", "ا"), ("", "يا"), ("ال", "")] {
                        key.clear();
                        key.push_str(before);
                        key.push_str(stem);
                        key.push_str(after);
                        if self.countries.contains(key.as_str()) {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }

    /// The anaphor a folded form stands for, if it is one.
    pub fn anaphor(&self, form: &str) -> Option<&Anaphor> {
        self.anaphors.get(form)
    }

    /// The gender a one-word cue form shows (true: feminine), if its cue
    /// has a form of the other gender to tell it by.
    pub fn cue_gender(&self, form: &str) -> Option<bool> {
        self.cue_genders.get(form).copied()
    }

    /// Whether a folded word has `role` (a word class: as written).
    #[inline]
    pub fn has_role(&self, word: &str, role: Role) -> bool {
        self.word_roles(word).has(role)
    }

    /// The folded forms of every cue, one per line (for `rg -F -f`).
    pub fn cue_forms(&self) -> Vec<String> {
        self.patterns
            .iter()
            .filter(|p| {
                p.entries.iter().any(|&(e, lam)| !lam && matches!(self.entries[e as usize].kind, EntryKind::Cue(_)))
            })
            .map(|p| p.text.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{loose_roles, word_key, Lexicon, Role, WordRoles};
    use rustc_hash::FxHashMap;

    #[test]
    fn word_classes_match_as_written_and_roles_without_waw() {
        let lex = Lexicon::builtin().unwrap();
        let cases: &[(&str, Role, bool)] = &[
            ("ومن", Role::ConnectiveHead, true),
            ("فمن", Role::ConnectiveHead, false),
            ("الذي", Role::Relative, true),
            ("والذي", Role::Relative, false),
            ("والذي", Role::NameStop, true),
            ("عبد", Role::BoundLink, true),
            ("بن", Role::BoundLink, false),
            ("بن", Role::NameLink, true),
            ("دراسه", Role::ReportNoun, true),
            ("امس", Role::Filler, true),
        ];
        for &(word, role, want) in cases {
            assert_eq!(lex.has_role(word, role), want, "{word} {role:?}");
        }
        // Word classes stay out of the roles that strip a proclitic.
        assert!(lex.roles("ومن").contains(&Role::NameStop));
        assert!(!lex.roles("ومن").contains(&Role::ConnectiveHead));
    }

    #[test]
    fn word_keys_tell_every_word_apart() {
        // Words of every length to 18 bytes, differing at the first, middle and last byte.
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        for n in 1..=18 {
            for at in [0, n / 2, n - 1] {
                for x in [0u8, b'a', 0xD9] {
                    let mut w = vec![b'b'; n];
                    w[at] = x;
                    words.push(w);
                }
            }
        }
        words.sort();
        words.dedup();
        let mut seen = std::collections::HashMap::new();
        for w in &words {
            let key = word_key(w);
            assert_eq!(key.is_some(), w.len() <= 16, "{w:?}");
            if let Some(key) = key {
                assert_eq!(seen.insert(key, w.clone()), None, "{w:?}");
            }
        }
    }

    #[test]
    fn word_roles_answer_as_the_roles_and_classes_they_hold() {
        let map = |pairs: &[(&str, &[Role])]| -> FxHashMap<String, Vec<Role>> { pairs.iter().map(|(w, r)| (w.to_string(), r.to_vec())).collect() };
        let words = map(&[("من", &[Role::NameStop]), ("ومن", &[Role::Continuation]), ("ان", &[Role::Complementizer, Role::NameStop]), ("مسؤولونالاخرون", &[Role::Month])]);
        let classes = map(&[("افضل", &[Role::Elative]), ("ومن", &[Role::ConnectiveHead]), ("من", &[Role::AdjunctHead, Role::Elative])]);
        let table = WordRoles::build(&words, &classes);
        let mut probes = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = probes.iter().flat_map(|w| ["و", "ف", "م", "ن", "ا"].map(|l| format!("{w}{l}"))).collect();
            probes.extend(longer);
        }
        for w in words.keys().chain(classes.keys()) {
            probes.extend([w.clone(), format!("و{w}"), format!("ف{w}"), format!("وو{w}"), format!("ال{w}")]);
        }
        let all = [Role::NameStop, Role::Continuation, Role::Complementizer, Role::Month, Role::Elative, Role::ConnectiveHead, Role::AdjunctHead, Role::Opener];
        for w in &probes {
            let set = table.get(w);
            for role in all {
                let want = match role.exact() {
                    true => classes.get(w.as_str()).is_some_and(|r| r.contains(&role)),
                    false => loose_roles(&words, w).contains(&role),
                };
                assert_eq!(set.has(role), want, "{w} {role:?}");
            }
            let waw = w.strip_prefix('و').and_then(|r| classes.get(r)).is_some_and(|r| r.contains(&Role::Elative));
            assert_eq!(set.elative(), set.has(Role::Elative) || waw, "{w}");
        }
    }

    #[test]
    fn word_roles_tell_apart_words_that_share_a_screen_bit() {
        // Enough words that many share a bit of the screen (and so a record).
        let words: FxHashMap<String, Vec<Role>> = (0..6000).map(|i| (format!("w{i}"), vec![if i % 2 == 0 { Role::NameStop } else { Role::Month }])).collect();
        let table = WordRoles::build(&words, &FxHashMap::default());
        assert!(!table.short.is_empty(), "some words share a bit");
        for i in 0..6000 {
            let set = table.get(&format!("w{i}"));
            assert_eq!((set.has(Role::NameStop), set.has(Role::Month)), (i % 2 == 0, i % 2 == 1), "w{i}");
            assert_eq!(table.get(&format!("x{i}")), Default::default(), "x{i}");
        }
    }

    #[test]
    fn a_word_class_is_extended_from_a_lexicon_file() {
        let t = |n: &str, s: &str| (n.to_string(), format!("{n}.tsv"), s.to_string());
        let lex = Lexicon::from_texts(&[t("cues", "قال\tverb\t0.9\t-\n"), t("grammar", "غير أنه|بيد\topener\n")]);
        assert_eq!(lex.err().map(|e| e.to_string()).as_deref(), Some("grammar.tsv:1: role 'opener' takes single words"));
        let lex = Lexicon::from_texts(&[t("cues", "قال\tverb\t0.9\t-\n"), t("grammar", "بيد|إنما\topener\n")]).unwrap();
        assert!(lex.has_role("انما", Role::Opener) && lex.has_role("بيد", Role::Opener));
        assert!(!lex.has_role("لكن", Role::Opener));
    }
}
