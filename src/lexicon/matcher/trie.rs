//! The anchored automaton of the forms walked in the text: a trie over their
//! bytes, laid out flat. The matcher only ever walks from a form's first byte
//! (anchored), so the failure transitions an Aho-Corasick automaton builds,
//! most of its build time, are never taken; this walks to the same states'
//! forms and builds in a fraction of the time.

/// A state of [`Trie`]: where its block starts in the table.
pub(super) type StateID = u32;

/// The anchored trie of the forms, in one table of `u32`. A state's block:
/// its transition count ([`Trie::DENSE_MARK`] for a dense state), the
/// pattern ending at it ([`Trie::NO_PATTERN`] for none), then for a sparse
/// state its bytes, four a word, and its targets, or for a dense one its 256
/// targets. [`Trie::DEAD`] is a block with no transition.
#[derive(Debug, Clone)]
pub(in crate::lexicon) struct Trie {
    table: Box<[u32]>,
}

/// The trie grew past what a `u32` offset holds.
#[derive(Debug, Clone)]
pub(in crate::lexicon) struct TooLarge;

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the forms' automaton is too large")
    }
}

impl Trie {
    /// The state every walk dies in.
    pub(super) const DEAD: StateID = 0;
    /// The state before any byte.
    pub(super) const START: StateID = 2;
    const NO_PATTERN: u32 = u32::MAX;
    const DENSE_MARK: u32 = u32::MAX;
    /// A state with more transitions than this is dense: the first bytes of
    /// the forms, and the Arabic letters after a lead byte.
    const SPARSE_MAX: usize = 8;

    /// The trie of `patterns`, each numbered by its place among them (the
    /// first wins when two are the same).
    pub(super) fn build<P: AsRef<[u8]>>(patterns: impl IntoIterator<Item = P>) -> Result<Trie, TooLarge> {
        // Built linked (each node's transitions a list), then laid out.
        const NONE: u32 = u32::MAX;
        // Per node: its pattern and its first link.
        let mut nodes: Vec<(u32, u32)> = vec![(NONE, NONE)];
        // Per link: byte, target node, next link of the same node.
        let mut links: Vec<(u8, u32, u32)> = Vec::new();
        for (pid, p) in patterns.into_iter().enumerate() {
            let pid = u32::try_from(pid).map_err(|_| TooLarge)?;
            let mut at = 0usize;
            for &b in p.as_ref() {
                let mut l = nodes[at].1;
                while l != NONE && links[l as usize].0 != b {
                    l = links[l as usize].2;
                }
                at = if l != NONE {
                    links[l as usize].1 as usize
                } else {
                    let node = u32::try_from(nodes.len()).map_err(|_| TooLarge)?;
                    nodes.push((NONE, NONE));
                    links.push((b, node, nodes[at].1));
                    nodes[at].1 = u32::try_from(links.len() - 1).map_err(|_| TooLarge)?;
                    node as usize
                };
            }
            if nodes[at].0 == NONE {
                nodes[at].0 = pid;
            }
        }
        // Each node's transitions in byte order (gathered into one buffer,
        // twice: an allocation per node was most of the build), its block's
        // offset first.
        let kids_of = |first: u32, kids: &mut Vec<(u8, u32)>| {
            kids.clear();
            let mut l = first;
            while l != NONE {
                let (b, to, next) = links[l as usize];
                kids.push((b, to));
                l = next;
            }
            kids.sort_unstable();
        };
        let size = |n: usize| 2 + if n > Self::SPARSE_MAX { 256 } else { n.div_ceil(4) + n };
        let mut kids = Vec::new();
        let mut offsets = Vec::with_capacity(nodes.len());
        let mut len = 2usize;
        for &(_, first) in &nodes {
            offsets.push(u32::try_from(len).map_err(|_| TooLarge)?);
            let mut n = 0;
            let mut l = first;
            while l != NONE {
                n += 1;
                l = links[l as usize].2;
            }
            len += size(n);
        }
        u32::try_from(len).map_err(|_| TooLarge)?;
        let mut table = vec![0u32; len];
        for (node, &(pattern, first)) in nodes.iter().enumerate() {
            kids_of(first, &mut kids);
            let at = offsets[node] as usize;
            table[at + 1] = pattern;
            if kids.len() > Self::SPARSE_MAX {
                table[at] = Self::DENSE_MARK;
                for &(b, to) in &kids {
                    table[at + 2 + usize::from(b)] = offsets[to as usize];
                }
            } else {
                table[at] = kids.len() as u32;
                let targets = at + 2 + kids.len().div_ceil(4);
                for (i, &(b, to)) in kids.iter().enumerate() {
                    table[at + 2 + i / 4] |= u32::from(b) << (8 * (i % 4));
                    table[targets + i] = offsets[to as usize];
                }
            }
        }
        table[1] = Self::NO_PATTERN;
        Ok(Trie { table: table.into() })
    }

    /// The state after byte `b` from `sid` ([`Trie::DEAD`] when no form goes on with it).
    #[inline]
    pub(super) fn next(&self, sid: StateID, b: u8) -> StateID {
        let at = sid as usize;
        let Some(&count) = self.table.get(at) else { return Self::DEAD };
        if count == 1 {
            // Most states, past a form's first letters: one byte, one target.
            return match self.table.get(at + 2..at + 4) {
                Some(&[byte, to]) if byte == u32::from(b) => to,
                _ => Self::DEAD,
            };
        }
        if count == Self::DENSE_MARK {
            return self.table.get(at + 2 + usize::from(b)).copied().unwrap_or(Self::DEAD);
        }
        // The bytes four at a time: the lowest byte equal to `b` in a word
        // (a padding byte, zero, past the last transition has no target).
        let n = count as usize;
        let Some(block) = self.table.get(at + 2..at + 2 + n.div_ceil(4) + n) else { return Self::DEAD };
        let (bytes, targets) = block.split_at(n.div_ceil(4));
        for (k, &w) in bytes.iter().enumerate() {
            let x = w ^ (u32::from(b) * 0x0101_0101);
            let zero = x.wrapping_sub(0x0101_0101) & !x & 0x8080_8080;
            if zero != 0 {
                return targets.get(k * 4 + (zero.trailing_zeros() / 8) as usize).copied().unwrap_or(Self::DEAD);
            }
        }
        Self::DEAD
    }

    /// The pattern ending at `sid`, if one does.
    #[inline]
    pub(super) fn pattern(&self, sid: StateID) -> Option<u32> {
        self.table.get(sid as usize + 1).copied().filter(|&p| p != Self::NO_PATTERN)
    }
}

#[cfg(test)]
mod tests {
    use super::Trie;

    /// Every pattern that is a prefix of `text`, as (length, pattern): what
    /// a walk from the start must find.
    fn prefixes(patterns: &[&[u8]], text: &[u8]) -> Vec<(usize, u32)> {
        let mut out: Vec<(usize, u32)> = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            if text.starts_with(p) && !p.is_empty() && !out.iter().any(|&(n, _)| n == p.len()) {
                out.push((p.len(), i as u32));
            }
        }
        out.sort_unstable();
        out
    }

    #[test]
    fn walks_find_every_pattern_starting_there() {
        // Dense and sparse states, a pattern inside another, a repeated one.
        let mut patterns: Vec<Vec<u8>> = ["a", "ab", "abc", "abd", "b", "ba", "ab", "xyz", "وفقا ل", "في تصريح"].iter().map(|p| p.as_bytes().to_vec()).collect();
        patterns.extend((0..40u8).map(|b| vec![b'0' + b, b'q']));
        patterns.extend((0..20u8).map(|b| vec![b'm', b'A' + b, 0xFF]));
        let refs: Vec<&[u8]> = patterns.iter().map(Vec::as_slice).collect();
        let trie = Trie::build(&refs).unwrap();
        let mut texts: Vec<Vec<u8>> = patterns.clone();
        texts.extend(["abcd", "abx", "", "x", "xy", "mB\u{FF}", "وفقا لرويترز", "في تص"].iter().map(|t| t.as_bytes().to_vec()));
        texts.push(vec![b'm', b'C', 0xFF, 0]);
        texts.extend([vec![b'a', 0], vec![b'x', 0, b'y'], vec![0]]);
        for t in &texts {
            let mut got = Vec::new();
            let mut sid = Trie::START;
            for (i, &b) in t.iter().enumerate() {
                sid = trie.next(sid, b);
                if sid == Trie::DEAD {
                    break;
                }
                if let Some(p) = trie.pattern(sid) {
                    got.push((i + 1, p));
                }
            }
            assert_eq!(got, prefixes(&refs, t), "{t:?}");
        }
        assert_eq!(trie.next(Trie::DEAD, b'a'), Trie::DEAD);
        assert_eq!(trie.pattern(Trie::START), None);
    }
}
