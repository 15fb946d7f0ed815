//! Building [`Forms`]: the first words' plan, made while the automaton
//! builds on a thread of its own, then their records over the automaton.

use super::*;

/// The walk through a first word: the forms it holds (length, pattern) and
/// the state at its end, None when no form goes on past it.
#[derive(Debug, Clone)]
struct FirstWord {
    matches: Box<[(usize, usize)]>,
    state: Option<StateID>,
    /// Every four bytes a form may go on with after the word («في» + « تص»),
    /// sorted, each with the state after them; None when a form ends within
    /// them (then the walk goes byte by byte). A function word starts many
    /// forms, and its state's transitions are scanned one by one: most
    /// walks from it die within four bytes, found here by a binary search.
    next: Option<Box<[(u32, StateID)]>>,
}

/// The length of the first word of a form (0 when it starts with no word
/// character).
fn first_word_len(f: &str) -> usize {
    f.len() - f.trim_start_matches(is_word_char).len()
}

/// Whether a form is walked in the text: it goes on past its first word, or
/// starts with no word (a one-word form is answered by its word in
/// `Forms::first_words`).
pub(in crate::lexicon) fn walked(f: &str) -> bool {
    first_word_len(f) < f.len()
}

/// What [`Forms`] holds of the forms' first words that takes no automaton:
/// made while the automaton builds.
pub(in crate::lexicon) struct FirstWords<'a> {
    /// The form of each of the automaton's patterns.
    pids: Vec<u32>,
    /// Every first word, once.
    words: Vec<Planned<'a>>,
}

/// A first word as [`FirstWords::plan`] finds it.
struct Planned<'a> {
    word: &'a [u8],
    /// Its [`FirstWord::matches`], no walk yet.
    first: FirstWord,
    /// Whether a form goes on past it.
    going_on: bool,
    /// The forms whose four bytes after the word make [`FirstWord::next`]
    /// (see [`next_forms`]).
    next: Option<Vec<&'a [u8]>>,
}

impl<'a> FirstWords<'a> {
    /// The first words of `forms`.
    pub(in crate::lexicon) fn plan(forms: &'a [String]) -> FirstWords<'a> {
        // Each form's first word, found once.
        let firsts: Vec<&[u8]> = forms.iter().map(|f| &f.as_bytes()[..first_word_len(f)]).collect();
        let pids: Vec<u32> = (0..forms.len()).filter(|&i| firsts[i].len() < forms[i].len()).map(|i| i as u32).collect();
        let mut by_bytes: FxHashMap<&[u8], usize> = FxHashMap::with_capacity_and_hasher(forms.len(), Default::default());
        by_bytes.extend(forms.iter().enumerate().map(|(i, f)| (f.as_bytes(), i)));
        let going_on: FxHashSet<&[u8]> = pids.iter().map(|&i| firsts[i as usize]).collect();
        // Sorted, the forms that start with the bytes of a word stand together.
        // Only the walked ones: a form going on from a first word with a
        // character that is no word character is walked.
        let mut sorted: Vec<&str> = pids.iter().map(|&i| forms[i as usize].as_str()).collect();
        sorted.sort_unstable();
        let mut seen: FxHashSet<&[u8]> = FxHashSet::with_capacity_and_hasher(forms.len(), Default::default());
        let mut words = Vec::new();
        for &w in &firsts {
            if seen.insert(w) {
                // The forms the word begins with, shortest first: one-word
                // forms all (a form that goes on holds a non-word character).
                // A form ends on a character's end (`w` cut inside one is no string).
                let ends = (1..=w.len()).filter(|&n| w.get(n).is_none_or(|&b| b & 0xC0 != 0x80));
                let matches = ends.filter_map(|n| by_bytes.get(&w[..n]).map(|&p| (n, p))).collect();
                let going_on = going_on.contains(w);
                let next = if going_on { next_forms(&sorted, w) } else { None };
                words.push(Planned { word: w, first: FirstWord { matches, state: None, next: None }, going_on, next });
            }
        }
        FirstWords { pids, words }
    }
}

/// The forms that go on from first word `w` with a character that is no
/// word character (the paths of the automaton from its state that a word's
/// end can take), or None when one of them ends within four bytes of it.
/// `sorted` holds every form, sorted.
fn next_forms<'a>(sorted: &[&'a str], w: &[u8]) -> Option<Vec<&'a [u8]>> {
    let from = sorted.partition_point(|f| f.as_bytes() < w);
    let mut forms = Vec::new();
    for f in sorted[from..].iter().take_while(|f| f.as_bytes().starts_with(w)) {
        // The walk starts at a word's end, on a character that is no
        // word character: a form going on with a letter is never met.
        // (`w` is whole characters, so `f` has a boundary after it.)
        let goes_on = f.get(w.len()..).and_then(|rest| rest.chars().next());
        if goes_on.is_none_or(is_word_char) {
            continue;
        }
        if f.len() <= w.len() + 4 {
            return None;
        }
        forms.push(f.as_bytes());
    }
    Some(forms)
}

impl Forms {
    /// The automaton of the forms [`walked`] in the text, in the order of
    /// `forms` (its pattern ids count them): anchored, leftmost-longest.
    /// The patterns may come as they are read: [`super::Lexicon::from_texts`]
    /// builds it on a thread of its own while it reads the lexicons.
    pub(in crate::lexicon) fn automaton<P: AsRef<[u8]>>(walked: impl IntoIterator<Item = P>) -> Result<nfa::contiguous::NFA, BuildError> {
        // No prefilter: the automaton is only walked by hand, never searched.
        nfa::contiguous::Builder::new().match_kind(MatchKind::LeftmostLongest).dense_depth(3).prefilter(false).build(walked)
    }

    /// The forms of `plan` with `nfa`, their [`Forms::automaton`].
    pub(in crate::lexicon) fn with_automaton(plan: FirstWords<'_>, nfa: nfa::contiguous::NFA) -> Forms {
        let FirstWords { pids, words } = plan;
        let start = nfa.start_state(Anchored::Yes).expect("anchored start");
        let mut out = Vec::new();
        let mut lists = Vec::new();
        let mut record = |key: WordKey, first: FirstWord| {
            let list = lists.len() as u32;
            lists.extend(first.matches.iter().map(|&(n, p)| (n as u32, p as u32)));
            let keys_from = lists.len() as u32;
            let keys = match (&first.state, &first.next) {
                (Some(_), Some(next)) => {
                    lists.extend(next.iter().map(|&(k, sid)| (k, sid.as_u32())));
                    u16::try_from(next.len()).unwrap_or(First::BYTE_BY_BYTE)
                }
                _ => First::BYTE_BY_BYTE,
            };
            let flags = if first.state.is_some() { First::GOES_ON } else { 0 };
            let state = first.state.unwrap_or(start);
            First { head: key.0, tail: key.1, state, list, keys_from, keys, len: key.2 as u8 | flags }
        };
        let mut screen = Box::new([0u64; SCREEN_WORDS]);
        let (mut short, mut long_first_words) = (Vec::new(), FxHashMap::default());
        let mut keys_at = vec![0u32; 1 << SCREEN_BITS];
        for Planned { word: w, mut first, going_on, next } in words {
            first.state = going_on.then(|| walk(&nfa, w, 0, 0, w.len(), start, &mut out)).flatten();
            first.next = first.state.zip(next).and_then(|(state, next)| Self::next_keys(&nfa, &next, w, state));
            match WordKey::of(w, 0, w.len()) {
                Some(key) => {
                    let bit = key.screen_bit();
                    screen[bit / 64] |= 1 << (bit % 64);
                    keys_at[bit] += 1;
                    short.push((bit, key, first));
                }
                None => {
                    let key = WordKey(0, 0, First::SHARED.into());
                    long_first_words.insert(w.into(), record(key, first));
                }
            }
        }
        let (ranks, set) = ranks_of(&screen);
        // One record per bit set, in the order of the bits.
        let shared_bit = First { head: 0, tail: 0, state: start, list: 0, keys_from: 0, keys: 0, len: First::SHARED };
        let mut firsts = vec![shared_bit; set as usize];
        let mut shared = FxHashMap::default();
        for (bit, key, first) in short {
            let at = rank(&screen, &ranks, bit).unwrap_or_default();
            if keys_at[bit] == 1 {
                firsts[at] = record(key, first);
            } else {
                shared.insert(key, record(key, first));
            }
        }
        let mut start_bytes = [0u64; 4];
        for b in 0..=255u8 {
            if !nfa.is_dead(nfa.next_state(Anchored::Yes, start, b)) {
                start_bytes[usize::from(b / 64)] |= 1 << (b % 64);
            }
        }
        Forms { nfa, pids: pids.into(), firsts: firsts.into(), shared, long_first_words, screen, ranks, lists: lists.into(), start_bytes }
    }

    /// [`FirstWord::next`] for word `w` with the state `state` after it:
    /// the four bytes after `w` in each of `forms` (its [`next_forms`]).
    fn next_keys(nfa: &nfa::contiguous::NFA, forms: &[&[u8]], w: &[u8], state: StateID) -> Option<Box<[(u32, StateID)]>> {
        let mut keys = Vec::with_capacity(forms.len());
        for f in forms {
            let key = key_at(f, w.len())?;
            let after = walk(nfa, f, 0, w.len(), w.len() + 4, state, &mut Vec::new())?;
            keys.push((key, after));
        }
        keys.sort_unstable();
        keys.dedup();
        Some(keys.into())
    }
}
