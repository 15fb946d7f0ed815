//! The state of incremental runs: a content hash per article id, so the
//! next run over the same inputs analyses only new or changed articles.
//!
//! The file is text, sorted by id, one `HASH<TAB>"ID"` line per article (the
//! id as a JSON string), after a header that names the engine: a state made
//! with other lexicons or another version of isnad is ignored, since its
//! results would differ.

use crate::input::Article;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use xxhash_rust::xxh3::Xxh3;

const MAGIC: &str = "# isnad state v1";

/// A content hash per article id.
#[derive(Debug, Clone, Default)]
pub struct State {
    engine: u64,
    hashes: HashMap<String, u64>,
}

/// A state file that exists but cannot be used.
#[derive(Debug)]
pub struct StateError {
    /// Why.
    pub reason: String,
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for StateError {}

/// The hash of what an article's rows depend on: text, url, date.
pub fn content_hash(a: &Article) -> u64 {
    let mut h = Xxh3::new();
    h.update(a.text.as_bytes());
    for part in [&a.url, &a.date] {
        h.update(&[0xFF, part.is_some() as u8]);
        h.update(part.as_deref().unwrap_or("").as_bytes());
    }
    h.digest()
}

/// A fingerprint of an engine: its version and its lexicons.
pub fn engine_fingerprint(engine: &crate::Engine) -> u64 {
    let mut h = Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(format!("{:?}", engine.lexicon().entries()).as_bytes());
    h.digest()
}

impl State {
    /// An empty state for the engine with this fingerprint.
    pub fn new(engine: u64) -> State {
        State { engine, hashes: HashMap::new() }
    }

    /// Reads a state file; a missing file, or one made by another engine,
    /// is an empty state.
    pub fn load(path: &Path, engine: u64) -> Result<State, StateError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::new(engine)),
            Err(e) => return Err(StateError { reason: format!("{}: {e}", path.display()) }),
        };
        let mut lines = text.lines();
        let bad = |n: usize, why: &str| StateError { reason: format!("{}:{n}: {why}", path.display()) };
        let header = lines.next().unwrap_or("");
        let Some(fp) = header.strip_prefix(MAGIC).map(str::trim) else {
            return Err(bad(1, "not an isnad state file"));
        };
        if u64::from_str_radix(fp, 16).ok() != Some(engine) {
            return Ok(State::new(engine));
        }
        let mut hashes = HashMap::new();
        for (i, line) in lines.enumerate() {
            let (h, id) = line.split_once('\t').ok_or_else(|| bad(i + 2, "expected HASH<TAB>ID"))?;
            let h = u64::from_str_radix(h, 16).map_err(|_| bad(i + 2, "bad hash"))?;
            let id: String = serde_json::from_str(id).map_err(|_| bad(i + 2, "bad id"))?;
            hashes.insert(id, h);
        }
        Ok(State { engine, hashes })
    }

    /// Whether the article was seen with this content.
    pub fn unchanged(&self, id: &str, hash: u64) -> bool {
        self.hashes.get(id) == Some(&hash)
    }

    /// Records an article's content hash.
    pub fn record(&mut self, id: &str, hash: u64) {
        match self.hashes.get_mut(id) {
            Some(h) => *h = hash,
            None => {
                self.hashes.insert(id.to_owned(), hash);
            }
        }
    }

    /// The number of articles recorded.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether no article is recorded.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The file text, sorted by id so that equal states give equal files.
    pub fn to_text(&self) -> String {
        let mut ids: Vec<(&String, &u64)> = self.hashes.iter().collect();
        ids.sort_unstable();
        let mut out = format!("{MAGIC} {:016x}\n", self.engine);
        for (id, h) in ids {
            out.push_str(&format!("{h:016x}\t{}\n", serde_json::Value::String(id.clone())));
        }
        out
    }

    /// Writes the state file atomically.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        crate::atomic_file::write(path, self.to_text().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Origin;

    fn article(id: &str, text: &str) -> Article {
        Article { id: id.into(), text: text.into(), url: None, date: None, origin: Origin { input: "x".into(), line: None } }
    }

    #[test]
    fn round_trip_and_engine_change() {
        let mut s = State::new(42);
        let a = article("a\t\"1\"", "قال");
        s.record(&a.id, content_hash(&a));
        let path = std::env::temp_dir().join(format!("isnad-state-{}", std::process::id()));
        s.save(&path).unwrap();
        let back = State::load(&path, 42).unwrap();
        assert!(back.unchanged(&a.id, content_hash(&a)));
        assert!(!back.unchanged(&a.id, content_hash(&article("a", "قالت"))));
        assert!(State::load(&path, 43).unwrap().is_empty());
        std::fs::write(&path, "hello\n").unwrap();
        assert!(State::load(&path, 42).is_err());
        std::fs::remove_file(&path).unwrap();
        assert!(State::load(&path, 42).unwrap().is_empty());
        let mut dated = article("a", "x");
        dated.date = Some("2024".into());
        assert_ne!(content_hash(&dated), content_hash(&article("a", "x")));
    }
}
