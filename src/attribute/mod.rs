//! Stage 5: attribution. Cues become frames, frames become claims with
//! chains of parties, quotations carry their source over sentences.
//!
//! The rules follow the annotation guidelines (tests/data/GUIDELINES.md):
//! see DESIGN.md for where each decision lives.

mod confidence;
mod document;
mod frame;
mod hashtag;
mod anaphora;
mod memory;
mod names;
mod party;
mod sayer;
mod scan;
mod told;

use crate::lexicon::{CueClass, Lexicon, Mention, Role, RoleSet, SourceType};
use crate::normalize::{normalize_in, Normalized};
use crate::record::{Attribution, Claim, Document, Found, Kind, Party, Span};
use crate::segment::{segment_into, Segments, Sentence, TokKind};
use frame::{Frame, Via};
use memory::Memory;
use party::{PartyRef, Shared};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// No mention starts in this token (see `Doc::mention_at`).
const NO_MENTION: u32 = u32::MAX;

/// How many leading according_to frames of a sentence its claims carry.
const MAX_LEADING: usize = 4;

/// Set in a token's `Doc::roles` once its roles are looked up (no
/// [`RoleSet`] uses it).
const ROLES_KNOWN: u64 = 1 << 63;

impl Doc<'_> {
    /// Every role of token `t` (none for a token that is no word), looked
    /// up once: what `lex.has_role(self.word(t), role)` says of a word.
    #[inline]
    pub(crate) fn roles_at(&self, t: usize) -> RoleSet {
        let Some(cell) = self.roles.get(t) else { return RoleSet::default() };
        let bits = cell.get();
        if bits & ROLES_KNOWN != 0 {
            return RoleSet::from_bits(bits & !ROLES_KNOWN);
        }
        self.look_up_roles(t, cell)
    }

    /// [`Doc::roles_at`] of a token not looked up yet (its `cell`): apart,
    /// so that the test of the cell is inlined where roles are asked for.
    #[inline(never)]
    fn look_up_roles(&self, t: usize, cell: &std::cell::Cell<u64>) -> RoleSet {
        let Some(&tok) = self.seg.tokens.get(t) else { return RoleSet::default() };
        let set = match tok.kind {
            // «آن» (Anne; "time") folds to «ان» but is no complementizer:
            // «وقالت آن ليونارد».
            TokKind::Word => {
                let w = &self.norm.text[tok.start..tok.end];
                // «إي.إس.بي.إن»: the letter «إن» (N) of an abbreviation, its
                // dots folded to spaces, is no complementizer, nor «أو» (O) a
                // conjunction.
                let letter = || matches!(w, "ان" | "او") && self.abbreviation_letter(tok.start, tok.end);
                if (w == "ان" && self.madda_at(tok.start)) || letter() {
                    RoleSet::default()
                } else {
                    self.lex.word_roles(w)
                }
            }
            _ => RoleSet::default(),
        };
        cell.set(set.bits() | ROLES_KNOWN);
        set
    }

    /// The word at folded bytes `start..end` is set off by a dot of the
    /// original folded to a space (see `normalize::space_abbreviation_dots`).
    fn abbreviation_letter(&self, start: usize, end: usize) -> bool {
        start.checked_sub(1).is_some_and(|i| self.norm.spaced_dot(i)) || self.norm.spaced_dot(end)
    }

    /// The original letter at folded byte `i` is «آ» (composed, or «ا» with
    /// the madda mark after it).
    fn madda_at(&self, i: usize) -> bool {
        let Some(rest) = self.text.get(self.norm.original_offset(i)..) else { return false };
        let mut chars = rest.chars();
        match chars.next() {
            Some('آ') => true,
            Some('ا') => chars.next() == Some('\u{653}'),
            _ => false,
        }
    }
}

/// Where tokens stand in the folded text, by blocks of [`TokIndex::BLOCK`]
/// bytes: the rules turn byte offsets into tokens at every mention, and a
/// binary search over all tokens missed the cache at each step.
#[derive(Debug, Default)]
pub(crate) struct TokIndex(Vec<u32>);

impl TokIndex {
    const BLOCK: usize = 64;

    /// `self.0[k]`: the first token that ends after byte `k * BLOCK`.
    #[cfg(test)]
    fn new(tokens: &[crate::segment::Token], len: usize) -> TokIndex {
        TokIndex::new_in(tokens, len, Vec::new())
    }

    /// [`TokIndex::new`] in `firsts` (cleared first, its capacity kept).
    fn new_in(tokens: &[crate::segment::Token], len: usize, mut firsts: Vec<u32>) -> TokIndex {
        firsts.clear();
        firsts.reserve(len / Self::BLOCK + 1);
        let mut t = 0;
        for k in 0..=len / Self::BLOCK {
            let b = k * Self::BLOCK;
            // A block holds some seven tokens: passed five at a time (their
            // ends ascend), then one by one.
            while t + 4 < tokens.len() && tokens[t + 4].end <= b {
                t += 5;
            }
            while t < tokens.len() && tokens[t].end <= b {
                t += 1;
            }
            firsts.push(t as u32);
        }
        TokIndex(firsts)
    }

    /// The first token not `before`, for a `before` that holds of every
    /// token ending by `b` and of no token after one it fails for (as
    /// `partition_point` wants): tokens ending by the block's start hold it,
    /// so the search starts from there.
    pub(crate) fn first(&self, tokens: &[crate::segment::Token], b: usize, before: impl Fn(&crate::segment::Token) -> bool) -> usize {
        let from = self.0.get(b / Self::BLOCK).or(self.0.last()).map_or(0, |&t| t as usize);
        from + tokens[from..].iter().take_while(|t| before(t)).count()
    }
}

/// The gender signs of a person (feminine, masculine) read with the first
/// `usize` lists of `Doc::said`.
type GenderSigns = (usize, PartyRef, (bool, bool));

/// A quotation's attribution, carried to the sentences inside it.
#[derive(Debug, Clone)]
struct QuoteContext {
    levels: Vec<Vec<PartyRef>>,
    cue: Option<Range<usize>>,
    weight: f32,
}

/// Working state for one article.
pub(crate) struct Doc<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    norm: Normalized,
    seg: Segments,
    mentions: Vec<Mention>,
    /// The mention starting in each token, as an index into `mentions`
    /// ([`NO_MENTION`] for none): four bytes a token, not sixteen.
    mention_at: Vec<u32>,
    /// The tokens some mention starts in, ascending.
    mention_toks: Vec<u32>,
    tok_index: TokIndex,
    /// Whether the article holds a «#» (see `hashtag.rs`).
    hashtags: bool,
    /// Whether the folded text holds a «:», and a «#» or «_»: without,
    /// `frameless` and `looks_back` read a sentence's mentions alone.
    colons: bool,
    hash_marks: bool,
    /// Closed-class roles of each token (a [`RoleSet`] with
    /// [`ROLES_KNOWN`]), filled in on first use.
    roles: Vec<std::cell::Cell<u64>>,
    /// `name_chunk` answers that asked nothing of the memory, ascending by
    /// token (see `names::Doc::name_chunk`): a few per article.
    name_chunks: std::cell::RefCell<Vec<(u32, u32, u32)>>,
    /// The signs `person_gender` found of a few persons, with the length
    /// of `said` they were read at (see `anaphora::Doc::person_gender`).
    genders: std::cell::RefCell<Vec<GenderSigns>>,
    /// The last paragraph asked whether a link to another article opens
    /// it, and the answer (see `frame::Doc::navigation`).
    navigation: std::cell::Cell<Option<(usize, bool)>>,
    /// How many titles written as hashtags are being read inside one
    /// another («#ولي_العهد نائب رئيس #ولي_العهد …»): bounded, or a run of
    /// them as long as the text recursed as deep (see `Doc::name_after`).
    title_nesting: std::cell::Cell<u8>,
    /// The last sentence's first reporting verb, read once a sentence (see
    /// `frame::Doc::first_verb_content`).
    first_verb: std::cell::Cell<Option<frame::FirstVerb>>,
    opens: Vec<bool>,
    memory: Memory,
    /// Tokens where a scan may find a party, one bit each (see
    /// `party::Doc::party_candidates`): filled once the names are learned.
    may_start: Vec<u64>,
    /// Every party read so far, in order: what an anaphor looks back at.
    recent: Vec<PartyRef>,
    /// Quiet sentences not yet scanned (see [`Doc::frameless`]): their parties
    /// join `recent` when a sentence that may look back is read.
    pending: Vec<usize>,
    contexts: HashMap<usize, std::rc::Rc<QuoteContext>>,
    /// Sentence index and innermost sayers of the last attributed claim.
    last: Option<(usize, Vec<PartyRef>)>,
    /// A later sentence whose verb named a sayer not read (see
    /// `frame::Doc::unread_sayer`): who a verb with no sayer takes instead
    /// of `last`, nobody when empty.
    heir: Option<(usize, Vec<PartyRef>)>,
    /// Every attributed sentence with the innermost sayers of its last
    /// claim, in order: where «التقرير» finds the issuer of a report named
    /// before (see `document::Doc::report_issuer`).
    said: Vec<(usize, Vec<PartyRef>)>,
    /// Of the current sentence's parties: the indices of persons, and the
    /// first that is no outlet (so a sayer search never rescans them all).
    persons: Vec<usize>,
    first_non_outlet: Option<usize>,
    /// Closing mark token → its opening mark token.
    closes: HashMap<usize, usize>,
    /// Quotations open at the current sentence's start, and the next to open.
    active: Vec<usize>,
    next_quote: usize,
    /// Index of the sentence being read.
    current: usize,
    /// The parties found at the tokens of the sentence being read.
    party_memo: party::PartyMemo,
    /// What is known of each sentence before it is read (see
    /// [`Doc::plan_reads`]): [`FRAMELESS`], [`READ`], [`BACK_KNOWN`],
    /// [`BACK`]. Empty until planned: every sentence is then read.
    plan: Vec<u8>,
    /// Per-sentence buffers, kept empty between sentences.
    bufs: SentenceBufs,
    /// The canonical name and subtype of each lexicon entry read as a
    /// party so far, by entry (see `party::Doc::entry_names`).
    entry_names: std::cell::RefCell<Vec<(u32, Shared, Shared)>>,
    /// The persons named after a title, in order, as `learn_names` met
    /// them. Where the title stands alone later («وأضاف وزير الخارجية
    /// أن»), it names the nearest one whose name is sure (see
    /// `names::Doc::titled_antecedent`).
    titled: Vec<names::Titled>,
}

/// The lists [`Doc::sentence`] fills for one sentence (and `learn_names`
/// for an article), kept empty between uses for their capacity.
#[derive(Default)]
struct SentenceBufs {
    parties: Vec<PartyRef>,
    frames: Vec<Frame>,
    outer: Vec<Vec<PartyRef>>,
    /// The spans of names `learn_names` learns (once an article).
    learned: Vec<Range<usize>>,
}

/// A sentence of `Doc::plan` is [`Doc::frameless`].
const FRAMELESS: u8 = 1;
/// Its parties are read: it may yield a frame, or a later sentence whose
/// parties are read may look back at them.
const READ: u8 = 2;
/// Whether it looks back ([`Doc::looks_back`]) is known, and is [`BACK`].
const BACK_KNOWN: u8 = 4;
const BACK: u8 = 8;

/// A claim before numbering and mapping to the original text.
struct Draft {
    toks: Range<usize>,
    levels: Vec<Vec<PartyRef>>,
    kind: Kind,
    cue: Option<Range<usize>>,
    rule: &'static str,
    weight: f32,
    via: Option<Via>,
    gap: usize,
}

/// The per-token buffers of one article's analysis, kept for the next
/// article on the same thread: their capacity is reused, not allocated,
/// grown and freed again for every article.
#[derive(Default)]
struct Scratch {
    norm: Normalized,
    seg: Segments,
    seg_scratch: crate::segment::SegScratch,
    mention_at: Vec<u32>,
    mention_toks: Vec<u32>,
    tok_index: Vec<u32>,
    roles: Vec<std::cell::Cell<u64>>,
    opens: Vec<bool>,
    drafts: Vec<Draft>,
    /// Per-sentence lists of [`Doc`], kept cleared (grown again from
    /// nothing for every article, they were a third of its `Vec` growth).
    recent: Vec<PartyRef>,
    pending: Vec<usize>,
    said: Vec<(usize, Vec<PartyRef>)>,
    persons: Vec<usize>,
    active: Vec<usize>,
    closes: HashMap<usize, usize>,
    contexts: HashMap<usize, std::rc::Rc<QuoteContext>>,
    name_chunks: Vec<(u32, u32, u32)>,
    plan: Vec<u8>,
    bufs: SentenceBufs,
    /// The memory of names, emptied: its tables keep their room.
    memory: Memory,
    entry_names: Vec<(u32, Shared, Shared)>,
    titled: Vec<names::Titled>,
}

/// Empties `from` into `to` (cleared, its capacity kept): what a vector
/// held is freed with its article, the buffer serves the next.
fn keep_empty<T>(from: &mut Vec<T>, to: &mut Vec<T>) {
    from.clear();
    std::mem::swap(from, to);
}

/// The newlines in `b`, found one by one: a claim is a few hundred bytes
/// after the one before, with a newline or two between them, where
/// `memchr`'s count went byte by byte to its first aligned block.
fn newlines(mut b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(i) = memchr::memchr(b'\n', b) {
        n += 1;
        b = &b[i + 1..];
    }
    n
}

/// Tokens beyond which an article's buffers are not kept (a few MB): one
/// huge article should not pin its memory for the thread's life.
const SCRATCH_MAX_TOKENS: usize = 1 << 18;

thread_local! {
    /// This thread's [`Scratch`], while no analysis holds it.
    static SCRATCH: std::cell::Cell<Option<Scratch>> = const { std::cell::Cell::new(None) };
}

/// Analyses one decoded article (see [`crate::Engine::analyze`]).
pub fn analyze(lex: &Lexicon, id: &str, text: String) -> Document {
    let mut scratch = SCRATCH.take().unwrap_or_default();
    let claims = {
        let mut doc = Doc::new(lex, &text, &mut scratch);
        // With no party read, the names learned are never looked up.
        if doc.plan_reads(&mut scratch.plan) {
            doc.learn_names();
        }
        let mut drafts = std::mem::take(&mut scratch.drafts);
        for si in 0..doc.seg.sentences.len() {
            doc.sentence(si, &mut drafts);
        }
        let claims = doc.finish(&mut drafts);
        doc.recycle(&mut scratch);
        scratch.drafts = drafts;
        claims
    };
    // The folded text's buffer is as long as the article (white space
    // folds to little, so it is bounded apart).
    if scratch.seg.tokens.capacity() <= SCRATCH_MAX_TOKENS && scratch.norm.text.capacity() <= 8 * SCRATCH_MAX_TOKENS {
        SCRATCH.set(Some(scratch));
    }
    Document { id: id.to_owned(), text, claims, url: None, date: None }
}

impl<'a> Doc<'a> {
    /// The working state of `text`, in the buffers of `scratch` (taken).
    fn new(lex: &'a Lexicon, text: &'a str, scratch: &mut Scratch) -> Self {
        let norm = normalize_in(text, std::mem::take(&mut scratch.norm));
        let mut seg = std::mem::take(&mut scratch.seg);
        segment_into(&norm, text, &mut seg, &mut scratch.seg_scratch);
        let mentions = lex.find_in(&norm.text, &seg.tokens);
        let tok_index = TokIndex::new_in(&seg.tokens, norm.text.len(), std::mem::take(&mut scratch.tok_index));
        let hashtags = memchr::memchr(b'#', norm.text.as_bytes()).is_some();
        let colons = memchr::memchr(b':', norm.text.as_bytes()).is_some();
        let hash_marks = hashtags || memchr::memchr(b'_', norm.text.as_bytes()).is_some();
        let mut mention_at = std::mem::take(&mut scratch.mention_at);
        mention_at.clear();
        mention_at.resize(seg.tokens.len(), NO_MENTION);
        let mut mention_toks = std::mem::take(&mut scratch.mention_toks);
        mention_toks.clear();
        mention_toks.reserve(mentions.len());
        for (i, m) in mentions.iter().enumerate() {
            let t = tok_index.first(&seg.tokens, m.start, |x| x.end <= m.start);
            if t < mention_at.len() && mention_at[t] == NO_MENTION {
                mention_at[t] = u32::try_from(i).unwrap_or(NO_MENTION);
                mention_toks.push(t as u32);
            }
        }
        // Mentions come by their start, so this is already sorted.
        if !mention_toks.is_sorted() {
            mention_toks.sort_unstable();
        }
        let mut opens = std::mem::take(&mut scratch.opens);
        opens.clear();
        opens.resize(seg.tokens.len(), false);
        for q in &seg.quotes {
            opens[q.open] = true;
        }
        // Empty: `recycle` clears what it keeps.
        let mut closes = std::mem::take(&mut scratch.closes);
        closes.extend(seg.quotes.iter().filter(|q| q.closed).map(|q| (q.close, q.open)));
        // Each word's closed-class roles, looked up once when first asked
        // for: the rules ask at every token of every window, but most words
        // are never in one.
        let mut roles = std::mem::take(&mut scratch.roles);
        roles.clear();
        roles.resize(seg.tokens.len(), std::cell::Cell::new(0));
        Doc {
            lex,
            text,
            norm,
            seg,
            mentions,
            mention_at,
            mention_toks,
            tok_index,
            hashtags,
            colons,
            hash_marks,
            name_chunks: std::cell::RefCell::new(std::mem::take(&mut scratch.name_chunks)),
            genders: Default::default(),
            navigation: Default::default(),
            title_nesting: Default::default(),
            first_verb: Default::default(),
            roles,
            opens,
            memory: std::mem::take(&mut scratch.memory),
            may_start: Vec::new(),
            recent: std::mem::take(&mut scratch.recent),
            pending: std::mem::take(&mut scratch.pending),
            contexts: std::mem::take(&mut scratch.contexts),
            last: None,
            heir: None,
            said: std::mem::take(&mut scratch.said),
            closes,
            persons: std::mem::take(&mut scratch.persons),
            first_non_outlet: None,
            active: std::mem::take(&mut scratch.active),
            next_quote: 0,
            current: 0,
            party_memo: Default::default(),
            plan: Vec::new(),
            bufs: std::mem::take(&mut scratch.bufs),
            entry_names: std::cell::RefCell::new(std::mem::take(&mut scratch.entry_names)),
            titled: std::mem::take(&mut scratch.titled),
        }
    }

    /// Gives the per-token buffers back to `scratch` for the next article.
    fn recycle(mut self, scratch: &mut Scratch) {
        scratch.norm = self.norm;
        scratch.seg = self.seg;
        scratch.mention_at = self.mention_at;
        scratch.mention_toks = self.mention_toks;
        scratch.tok_index = self.tok_index.0;
        scratch.roles = self.roles;
        scratch.opens = self.opens;
        scratch.plan = self.plan;
        // Emptied at the end of each sentence.
        scratch.bufs = self.bufs;
        // Cleared here, so that what they hold is freed with the article.
        keep_empty(&mut self.recent, &mut scratch.recent);
        keep_empty(&mut self.pending, &mut scratch.pending);
        keep_empty(&mut self.said, &mut scratch.said);
        keep_empty(&mut self.persons, &mut scratch.persons);
        keep_empty(&mut self.active, &mut scratch.active);
        keep_empty(self.name_chunks.get_mut(), &mut scratch.name_chunks);
        self.memory.clear();
        scratch.memory = self.memory;
        keep_empty(self.entry_names.get_mut(), &mut scratch.entry_names);
        keep_empty(&mut self.titled, &mut scratch.titled);
        self.closes.clear();
        scratch.closes = self.closes;
        self.contexts.clear();
        scratch.contexts = self.contexts;
    }

    /// Fills `plan` (its buffer taken from `buf`): which sentences' parties
    /// are read. A sentence's parties are read by its own frames, and by a
    /// later sentence that looks back and whose parties are read; those of
    /// any other sentence are never asked for, and it is read as quiet
    /// without being scanned, nor put with the pending ones. Returns whether
    /// any sentence's parties are read.
    fn plan_reads(&mut self, buf: &mut Vec<u8>) -> bool {
        let mut plan = std::mem::take(buf);
        plan.clear();
        plan.resize(self.seg.sentences.len(), 0);
        // Whether a sentence after the one at hand reads `recent`.
        let mut reader_after = false;
        let mut any = false;
        for (si, s) in self.seg.sentences.iter().enumerate().rev() {
            let frameless = self.frameless(s);
            let mut p = if frameless { FRAMELESS } else { 0 };
            if !frameless || reader_after {
                p |= READ;
                any = true;
                if !reader_after {
                    p |= BACK_KNOWN;
                    if self.looks_back(s) {
                        p |= BACK;
                        reader_after = true;
                    }
                }
            }
            plan[si] = p;
        }
        self.plan = plan;
        any
    }

    /// Brings the quotations open at the start of sentence `s` up to date.
    /// Sentences come in order and quotations are sorted by their opening
    /// mark, so this is linear over the document.
    fn advance_quotes(&mut self, s: &Sentence) {
        let start = s.toks.start;
        while self.next_quote < self.seg.quotes.len() && self.seg.quotes[self.next_quote].open < start {
            self.active.push(self.next_quote);
            self.next_quote += 1;
        }
        let quotes = &self.seg.quotes;
        self.active.retain(|&i| start < quotes[i].close);
    }

    /// Indices of the quotations whose opening mark is in `toks`.
    pub(crate) fn quotes_opened_in(&self, toks: Range<usize>) -> Range<usize> {
        let q = &self.seg.quotes;
        q.partition_point(|x| x.open < toks.start)..q.partition_point(|x| x.open < toks.end)
    }

    /// The innermost registered quotation this sentence starts inside.
    fn context_for(&self) -> Option<std::rc::Rc<QuoteContext>> {
        self.active
            .iter()
            .filter(|i| self.contexts.contains_key(i))
            .max_by_key(|&&i| self.seg.quotes[i].open)
            .and_then(|i| self.contexts.get(i).cloned())
    }

    fn words_in(&self, r: Range<usize>) -> usize {
        r.filter(|&t| self.is_word(t)).count()
    }

    fn sentence(&mut self, si: usize, out: &mut Vec<Draft>) {
        let s = self.seg.sentences[si].clone();
        self.current = si;
        self.party_memo.stop();
        self.advance_quotes(&s);
        // A quiet sentence yields no frame, so its parties matter only to a
        // later sentence that looks back, which reads them then (most
        // sentences never do). One whose parties no sentence reads is not
        // scanned at all (see `plan_reads`; a `Doc` not planned reads all).
        let plan = self.plan.get(si).copied();
        let read = plan.is_none_or(|p| p & READ != 0);
        let frameless = !read || plan.map_or_else(|| self.frameless(&s), |p| p & FRAMELESS != 0);
        // Whether it looks back matters to a sentence with no frame, which
        // is quiet unless it does, and else only to scan the pending ones.
        let looks_back = read
            && (frameless || !self.pending.is_empty())
            && match plan {
                Some(p) if p & BACK_KNOWN != 0 => p & BACK != 0,
                _ => self.looks_back(&s),
            };
        let (frames, unread) = if !read {
            (std::mem::take(&mut self.bufs.frames), None)
        } else if !looks_back && frameless {
            self.pending.push(si);
            (std::mem::take(&mut self.bufs.frames), None)
        } else {
            if looks_back {
                self.scan_pending();
            }
            // The sentence's parties and frames fill buffers kept from one
            // sentence to the next (grown anew per sentence, they were most
            // of its allocations).
            let buf = std::mem::take(&mut self.bufs.parties);
            let parties = self.scan_parties(&s, buf);
            // Refilled, not reallocated, per sentence.
            self.persons.clear();
            self.persons.extend(parties.iter().enumerate().filter(|(_, p)| p.stype == SourceType::Person).map(|(i, _)| i));
            self.first_non_outlet = parties.iter().position(|p| p.stype != SourceType::Outlet);
            self.party_memo.read_frames();
            let buf = std::mem::take(&mut self.bufs.frames);
            let read = self.frames(si, &parties, buf);
            keep_empty(&mut { parties }, &mut self.bufs.parties);
            read
        };
        let context = self.context_for();
        // Borrowed from the context, and each chain cloned once (`[a.clone(),
        // b.clone()].concat()` cloned every party twice).
        let ctx_levels: &[Vec<PartyRef>] = context.as_ref().map_or(&[], |c| &c.levels);
        let chain = |parts: &[&[Vec<PartyRef>]]| -> Vec<Vec<PartyRef>> {
            let mut levels = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
            for p in parts {
                levels.extend_from_slice(p);
            }
            levels
        };
        // The according_to frames, the leading ones and the others, read
        // from `frames` where needed, not collected (a sentence has a few).
        let preps = || frames.iter().filter(|f| f.class == CueClass::AccordingTo);
        let first_prep = preps().next();
        let leading = || preps().filter(|f| !f.trailing);
        let first_leading = leading().next();
        let trailing = preps().find(|f| f.trailing);
        // Trailing phrases in a row: the last names the outermost source
        // («…، وفقا لتقرير الشرطة، حسبما "ميرور"»: the Mirror's report of it).
        let trailing_all = preps().filter(|f| f.trailing).rev().take(MAX_LEADING);
        let mut outer = std::mem::take(&mut self.bufs.outer);
        // The sentence's opening according_to phrases (a few at most in
        // real text): every claim of the sentence carries them, so a 1 MB
        // sentence of hundreds would make it quadratic.
        for f in leading().take(MAX_LEADING).chain(trailing_all) {
            outer.extend(f.levels.iter().cloned());
        }
        let region_start = first_leading.map_or(s.toks.start, |f| f.content.max(s.toks.start));
        let region_end = trailing.map_or(s.toks.end, |f| f.clause_start);
        let outermost = first_prep.or(frames.first());

        // Group inner frames: an independent frame starts a new claim, a
        // nested one adds its sayer to the current chain.
        let mut groups: Vec<(&Frame, Vec<&Frame>)> = Vec::new();
        // «…، بحسب الخليدي الذي أشار إلى أن …»: a verb past a trailing
        // phrase reads a claim of its own, after it.
        let mut late: Vec<(&Frame, Vec<&Frame>)> = Vec::new();
        for f in frames.iter().filter(|f| f.class != CueClass::AccordingTo) {
            let list = if f.cue_tok < region_end {
                &mut groups
            } else if trailing.is_some_and(|t| f.cue_tok > t.cue_tok && self.relative_after(t, f)) || (!late.is_empty() && !f.independent) {
                &mut late
            } else {
                continue;
            };
            match list.last_mut() {
                Some((_, nested)) if !f.independent => nested.push(f),
                _ => list.push((f, Vec::new())),
            }
        }
        let first = out.len();
        let kind_of = |f: Option<&Frame>| -> Kind {
            if context.is_some() {
                return Kind::QuoteSpan;
            }
            match f {
                None => Kind::Unattributed,
                Some(f) => {
                    let anaphoric = f.via == Via::Discourse
                        || f.levels.last().and_then(|l| l.first()).is_some_and(|p| p.found == Found::Anaphora);
                    if anaphoric {
                        Kind::Anaphoric
                    } else if f.class == CueClass::AccordingTo {
                        Kind::AccordingTo
                    } else {
                        Kind::SpeechVerb
                    }
                }
            }
        };
        let ctx_cue = context.as_ref().and_then(|c| c.cue.clone());
        let ctx_weight = context.as_ref().map_or(1.0, |c| c.weight);
        if groups.is_empty() {
            let (levels, rule) = if !outer.is_empty() {
                (chain(&[ctx_levels, &outer]), "according_to")
            } else if context.is_some() {
                (ctx_levels.to_vec(), "quote_span")
            } else if let Some(levels) = self.continuation(&s, si) {
                (levels, "continuation")
            } else {
                (Vec::new(), "none")
            };
            let kind = if levels.is_empty() {
                Kind::Unattributed
            } else if rule == "continuation" {
                Kind::QuoteSpan
            } else {
                kind_of(outermost)
            };
            let weight = outermost.map_or(if rule == "continuation" { 0.6 } else { ctx_weight }, |f| f.weight);
            out.push(Draft {
                toks: region_start..region_end,
                levels,
                kind,
                cue: outermost.map(|f| f.cue.clone()).or(ctx_cue.clone()),
                rule,
                weight,
                via: outermost.map(|f| f.via),
                gap: outermost.map_or(0, |f| f.gap),
            });
        } else {
            // Text before the first clause with a cue of its own.
            let (g0, _) = &groups[0];
            let lead = region_start..g0.clause_start.max(region_start);
            let sayer_in_lead = g0.levels.iter().flatten().any(|p| p.toks.start >= lead.start && p.toks.start < lead.end);
            if g0.independent && self.words_in(lead.clone()) >= 4 && !sayer_in_lead {
                let levels = chain(&[ctx_levels, &outer]);
                let kind = if levels.is_empty() { Kind::Unattributed } else { kind_of(first_prep) };
                out.push(Draft {
                    toks: lead,
                    levels,
                    kind,
                    cue: first_prep.map(|f| f.cue.clone()).or(ctx_cue.clone()),
                    rule: if first_prep.is_none() { "quote_span" } else { "according_to" },
                    weight: first_prep.map_or(ctx_weight, |f| f.weight),
                    via: first_prep.map(|f| f.via),
                    gap: 0,
                });
            }
            for (gi, (f, nested)) in groups.iter().enumerate() {
                let end = groups.get(gi + 1).map_or(region_end, |(n, _)| n.clause_start).max(f.content);
                let mut levels = chain(&[ctx_levels, &outer, &f.levels]);
                let content = self.fold_nested(f.content, nested, &mut levels);
                let head = first_prep.unwrap_or(f);
                out.push(Draft {
                    toks: content..end,
                    levels,
                    kind: kind_of(Some(head)),
                    cue: Some(head.cue.clone()),
                    rule: rule_name(f),
                    weight: head.weight.min(f.weight.max(0.5)),
                    via: Some(f.via),
                    gap: f.gap,
                });
            }
        }
        for (gi, (f, nested)) in late.iter().enumerate() {
            let end = late.get(gi + 1).map_or(s.toks.end, |(n, _)| n.clause_start).max(f.content);
            // The relative pronoun's antecedent, the phrase's source, is the sayer.
            let mut levels = chain(&[ctx_levels, trailing.map_or(&f.levels, |t| &t.levels)]);
            let content = self.fold_nested(f.content, nested, &mut levels);
            out.push(Draft {
                toks: content..end,
                levels,
                kind: kind_of(Some(f)),
                cue: Some(f.cue.clone()),
                rule: rule_name(f),
                weight: f.weight,
                via: Some(f.via),
                gap: f.gap,
            });
        }
        // Quotations opened here that run past the sentence carry its chain.
        let s_end = s.toks.end;
        for qi in self.quotes_opened_in(s.toks.clone()) {
            let q = self.seg.quotes[qi];
            if q.close <= s_end {
                continue;
            }
            // Only a quotation that opens a frame's content carries its
            // chain; one opened mid-content quotes a phrase («إن الوضع "خطير…»).
            let opens = |content: usize| content <= q.open && (content..q.open).all(|k| !self.is_word(k) || self.is_complementizer(k));
            let opened_by_frame = leading().any(|f| opens(f.content))
                || groups.iter().any(|(f, nested)| opens(f.content) || nested.iter().any(|n| opens(n.content)));
            if !opened_by_frame {
                continue;
            }
            let mut levels = ctx_levels.to_vec();
            for f in leading() {
                if f.content <= q.open {
                    levels.extend(f.levels.iter().cloned());
                }
            }
            if let Some(f) = trailing {
                if q.open < f.cue_tok {
                    levels.extend(f.levels.iter().cloned());
                }
            }
            let mut cue = first_leading.map(|f| f.cue.clone());
            let mut weight = first_leading.map_or(ctx_weight, |f| f.weight);
            for (gi, (f, nested)) in groups.iter().enumerate() {
                let end = groups.get(gi + 1).map_or(region_end, |(n, _)| n.clause_start);
                if f.content <= q.open && q.open < end.max(f.content + 1) {
                    levels.extend(f.levels.iter().cloned());
                    for n in nested.iter().filter(|n| n.cue_tok < q.open) {
                        levels.extend(n.levels.iter().cloned());
                    }
                    cue = cue.or(Some(f.cue.clone()));
                    weight = weight.min(f.weight);
                }
            }
            if levels.len() > ctx_levels.len() || (!levels.is_empty() && context.is_none()) {
                let levels = self.without_repeats(levels);
                self.contexts.insert(qi, std::rc::Rc::new(QuoteContext { levels, cue: cue.or(ctx_cue.clone()), weight }));
            }
        }
        if let Some(d) = out[first..].iter().rev().find(|d| !d.levels.is_empty()) {
            // The innermost sayers, who a later «وأضاف» goes on with («قال X
            // لرويترز»، «نقلت الوكالة عن الوزير»), unless a person reports
            // another's words («قال تشونغ إن ترامب أعلن …»): then the reporter.
            let people = |l: &Vec<PartyRef>| l.iter().all(|p| p.stype == SourceType::Person);
            let sayers = match d.levels.as_slice() {
                [outer, .., inner] if people(outer) && people(inner) => outer,
                levels => levels.last().unwrap_or(&d.levels[0]),
            };
            self.last = Some((si, sayers.clone()));
            if let Some(l) = &self.last {
                self.said.push(l.clone());
            }
        } else if let Some(u) = unread {
            // A verb in a sentence with no attributed claim whose sayer was
            // not read names who a later «وأضاف» is: a known party, or nobody
            // unless its words name the last sayer, a person, again («وقال شي في اجتماع،
            // إنه» after «الرئيس شي جين بينغ»).
            let again = self.last.as_ref().is_some_and(|(_, l)| {
                l.iter().filter(|p| p.stype == SourceType::Person).any(|p| {
                    let name = crate::normalize::normalize(&self.party_name(p)).text;
                    let written = &self.norm.text[p.written.clone()];
                    let names: Vec<&str> = name.split(' ').chain(written.split(' ')).filter(|w| w.chars().count() > 1 && !self.lex.has_role(w, Role::NameLink)).collect();
                    u.words.clone().any(|k| self.is_word(k) && !self.is_stop(k) && names.contains(&self.word(k).trim_start_matches(['و', 'ف'])))
                })
            });
            if !u.sayers.is_empty() || !again {
                self.heir = Some((si, u.sayers));
            }
        }
        keep_empty(&mut { frames }, &mut self.bufs.frames);
        keep_empty(&mut { outer }, &mut self.bufs.outer);
    }

    /// A group's content from its head frame's `content`: a nested frame
    /// whose cue opens it moves it on to that frame's; every nested frame's
    /// levels are added to `levels`.
    fn fold_nested(&self, mut content: usize, nested: &[&Frame], levels: &mut Vec<Vec<PartyRef>>) -> usize {
        for n in nested {
            let lead_in = self.is_quote_open(content) || self.is_complementizer(content);
            if n.cue_tok == content || (lead_in && n.cue_tok == content + 1) {
                content = n.content;
            }
            levels.extend(n.levels.iter().cloned());
        }
        content
    }

    /// Whether the cue of `f` follows a relative pronoun right after the
    /// source of the trailing phrase `t` («بحسب الخليدي الذي أشار»).
    fn relative_after(&self, t: &Frame, f: &Frame) -> bool {
        let source_end = t.levels.last().and_then(|l| l.last()).map(|p| p.toks.end);
        source_end.is_some_and(|e| e + 1 == f.cue_tok && self.relative_clause_at(e))
    }

    /// Drops a level that repeats the one before it: a speaker quoted inside
    /// their own quotation, again and again, keeps a chain of one.
    fn without_repeats(&self, levels: Vec<Vec<PartyRef>>) -> Vec<Vec<PartyRef>> {
        let key = |l: &Vec<PartyRef>| -> Vec<String> { l.iter().map(|p| self.party_name(p)).collect() };
        let mut out: Vec<Vec<PartyRef>> = Vec::with_capacity(levels.len());
        for l in levels {
            if out.last().is_some_and(|prev| key(prev) == key(&l)) {
                continue;
            }
            out.push(l);
        }
        out
    }

    /// «بالإضافة إلى …» right after an attributed claim continues its report.
    fn continuation(&self, s: &Sentence, si: usize) -> Option<Vec<Vec<PartyRef>>> {
        let t = s.toks.start;
        let (at, sayers) = self.last.as_ref()?;
        if *at + 1 != si || !self.is_word(t) {
            return None;
        }
        let cont = self.lex.has_role(self.word(t), Role::Continuation)
            || matches!(self.kind_in(t), Some(crate::lexicon::EntryKind::Grammar(Role::Continuation)));
        let next_is_that = (t + 1..t + 3).any(|k| self.is_word(k) && self.word(k) == "ذلك");
        (cont && !next_is_that).then(|| vec![sayers.clone()])
    }

    /// The claims of `drafts` (drained).
    fn finish(&self, drafts: &mut Vec<Draft>) -> Vec<Claim> {
        let mut claims = Vec::with_capacity(drafts.len());
        // The line of a claim is counted on from the last claim's (they come
        // in order, so a long article stays linear), back when one does not.
        let bytes = self.text.as_bytes();
        let (mut at, mut line) = (0usize, 1usize);
        for d in drafts.drain(..) {
            let Some(toks) = self.trim(d.toks.clone()) else { continue };
            let folded = self.seg.tokens[toks.start].start..self.seg.tokens[toks.end - 1].end;
            let span = self.norm.original_span(self.text, folded);
            if span.is_empty() {
                continue;
            }
            let attributions = self.attributions(&d);
            let kind = if attributions.is_empty() { Kind::Unattributed } else { d.kind };
            if span.start >= at {
                line += newlines(&bytes[at..span.start]);
            } else {
                line -= newlines(&bytes[span.start..at]);
            }
            at = span.start;
            claims.push(Claim {
                n: claims.len() + 1,
                span: Span { start: span.start, end: span.end },
                line,
                kind,
                cue: d
                    .cue
                    .filter(|_| !attributions.is_empty())
                    .map(|c| self.norm.original_span(self.text, c))
                    .map(|r| Span { start: r.start, end: r.end }),
                rule: if attributions.is_empty() { "none" } else { d.rule },
                attributions,
            });
        }
        claims
    }

    /// Strips punctuation and stray quote marks from both ends; None when no word is left.
    fn trim(&self, mut r: Range<usize>) -> Option<Range<usize>> {
        let toks = &self.seg.tokens;
        let edge = |t: usize| !matches!(toks[t].kind, TokKind::Word);
        let mut stripped_open = false;
        while r.start < r.end && edge(r.start) {
            stripped_open |= toks[r.start].kind == TokKind::Quote;
            r.start += 1;
        }
        // Counted once and kept up to date: recounting per stripped mark was
        // quadratic in a claim ending in thousands of marks.
        let mut quotes = toks.get(r.clone()).map_or(0, |ts| ts.iter().filter(|x| x.kind == TokKind::Quote).count());
        while r.start < r.end && edge(r.end - 1) {
            let t = toks[r.end - 1];
            if t.kind == TokKind::Quote {
                // A closing mark whose opening mark is in the claim stays
                // («إن الوزير قال “لن نتراجع”» keeps ”).
                let paired = self.closes.get(&(r.end - 1)).is_some_and(|&o| o >= r.start);
                if paired || (!stripped_open && quotes % 2 == 0) {
                    break;
                }
                quotes -= 1;
            }
            r.end -= 1;
        }
        (r.start < r.end && toks[r.clone()].iter().any(|t| t.kind == TokKind::Word)).then_some(r)
    }

    fn to_party(&self, p: &PartyRef) -> Party {
        let r = self.norm.original_span(self.text, p.written.clone());
        let name = match &p.canonical {
            Some(c) => c.to_string(),
            None => self.written_party_name(p, r.clone()),
        };
        Party { name, span: Span { start: r.start, end: r.end }, stype: p.stype, found: p.found }
    }

    fn attributions(&self, d: &Draft) -> Vec<Attribution> {
        // The levels' parties one after another in `chain`, a level that
        // repeats the one before it collapsed («وأضافت الصحيفة» inside its
        // own quotation): the outer level is `chain[..outer]`, the inner
        // one `chain[inner..]`.
        let mut chain: Vec<Party> = Vec::with_capacity(d.levels.iter().map(Vec::len).sum());
        let (mut outer, mut inner, mut levels) = (0, 0, 0usize);
        for l in &d.levels {
            if l.is_empty() {
                continue;
            }
            let start = chain.len();
            chain.extend(l.iter().map(|p| self.to_party(p)));
            if levels > 0 && chain[inner..start].iter().map(|p| &p.name).eq(chain[start..].iter().map(|p| &p.name)) {
                chain.truncate(start);
                continue;
            }
            if levels == 0 {
                outer = chain.len();
            }
            inner = start;
            levels += 1;
        }
        if levels == 0 {
            return Vec::new();
        }
        let certainty = d.levels.iter().flatten().map(|p| p.certainty).fold(1.0f32, f32::min);
        let raw = confidence::raw(d.weight, certainty, d.via, d.kind, d.gap);
        let conf = confidence::calibrate(raw);
        // The speaker is written as in the article (Arabic), a lexicon name
        // included: it is read beside the claim, not joined on.
        let speaker = (levels > 1).then(|| {
            let spoken = |x: &Party, name: &mut String| match x.found {
                Found::Lexicon => name.push_str(&crate::normalize::visible(x.span.slice(self.text))),
                _ => name.push_str(&x.name),
            };
            let mut name = String::new();
            for (i, x) in chain[inner..].iter().enumerate() {
                if i > 0 {
                    name.push_str(" و");
                }
                spoken(x, &mut name);
            }
            let first = &chain[inner];
            Party { name, span: first.span, stype: first.stype, found: first.found }
        });
        let mut out: Vec<Attribution> = chain[..outer]
            .iter()
            .map(|source| Attribution {
                source: source.clone(),
                speaker: speaker.as_ref().filter(|s| s.name != source.name).cloned(),
                chain: Vec::new(),
                confidence: conf,
            })
            .collect();
        // Every attribution carries the chain: the last takes the parties themselves.
        if let Some((last, rest)) = out.split_last_mut() {
            for a in rest {
                a.chain = chain.clone();
            }
            last.chain = chain;
        }
        out
    }
}

fn rule_name(f: &Frame) -> &'static str {
    match (f.class, f.via) {
        (CueClass::Participle, _) => "participle",
        (CueClass::Noun, _) => "report_noun",
        (_, Via::Before) => "verb_after_sayer",
        (_, Via::Earlier) => "verb_earlier_sayer",
        (_, Via::Discourse) => "verb_inherited_sayer",
        _ => "verb_sayer",
    }
}

#[cfg(test)]
mod tests;
