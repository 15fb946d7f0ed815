//! Where articles come from: files, directories walked in sorted order,
//! standard input, JSON Lines.
//!
//! [`Inputs`] lists the work lazily and cheaply, one [`Pending`] item per
//! article, in input order; [`Pending::load`] does the expensive part
//! (reading, decoding, JSON parsing) and may run on any thread. A failure is
//! an [`InputError`] naming the input and line, never a panic or an abort:
//! the caller reports it and goes on.

mod jsonl;
mod walk;

use crate::decode::{self, TextEncoding};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One article to analyse.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Document id: the path without extension (relative to a walked
    /// directory), `stdin`, or the JSON Lines `id`.
    pub id: String,
    /// The decoded text every span refers to.
    pub text: String,
    /// JSON Lines `url`, when present.
    pub url: Option<String>,
    /// JSON Lines `date`, when present.
    pub date: Option<String>,
    /// Where it was read.
    pub origin: Origin,
}

/// Where an article or an error comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file as given or found (`-` for standard input).
    pub input: String,
    /// The 1-based line, for JSON Lines.
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}", self.input),
            None => f.write_str(&self.input),
        }
    }
}

/// An input that could not be read, decoded or parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Where.
    pub origin: Origin,
    /// Why, in a few words.
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

impl std::error::Error for InputError {}

/// How to read the inputs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum InputKind {
    /// JSON Lines for `.jsonl` files, one article per file otherwise and on
    /// standard input.
    #[default]
    Auto,
    /// One article per file.
    Text,
    /// One article per line, `{"id": …, "text": …, "url": …, "date": …}`.
    Jsonl,
}

/// Input options.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// How to read the inputs.
    pub kind: InputKind,
    /// Extensions (without dot) of the files taken from walked directories.
    pub extensions: Vec<String>,
    /// The text encoding (JSON Lines are always UTF-8).
    pub encoding: TextEncoding,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions { kind: InputKind::Auto, extensions: vec!["txt".into()], encoding: TextEncoding::Auto }
    }
}

/// One article not read yet, or an input that already failed.
#[derive(Debug)]
pub enum Pending {
    /// A whole file is one article.
    File {
        /// The file.
        path: PathBuf,
        /// Its document id.
        id: String,
    },
    /// Bytes already read (standard input) are one article.
    Bytes {
        /// Where they came from.
        input: String,
        /// Document id.
        id: String,
        /// The raw bytes.
        bytes: Vec<u8>,
    },
    /// One JSON Lines line.
    Line {
        /// Where it came from.
        origin: Origin,
        /// The raw line, without its line end.
        bytes: Vec<u8>,
    },
    /// One JSON Lines line, in a block read with the lines around it.
    Shared(SharedLine),
    /// An input that failed while being listed.
    Failed(InputError),
}

/// A JSON Lines line inside a block of the input read at once: the lines
/// of a file are not copied one by one into buffers of their own.
#[derive(Debug)]
pub struct SharedLine {
    origin: Origin,
    block: std::sync::Arc<Vec<u8>>,
    /// The line in the block, without its line end.
    at: std::ops::Range<usize>,
}

impl SharedLine {
    /// Where it came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// The raw line, without its line end.
    pub fn bytes(&self) -> &[u8] {
        self.block.get(self.at.clone()).unwrap_or_default()
    }
}

impl Pending {
    /// Reads, decodes or parses the article.
    pub fn load(self, encoding: TextEncoding) -> Result<Article, InputError> {
        match self {
            Pending::File { path, id } => {
                let input = path.display().to_string();
                let origin = Origin { input, line: None };
                match std::fs::read(&path) {
                    Ok(bytes) => text_article(id, &bytes, encoding, origin),
                    Err(e) => Err(InputError { origin, reason: e.to_string() }),
                }
            }
            Pending::Bytes { input, id, bytes } => text_article(id, &bytes, encoding, Origin { input, line: None }),
            Pending::Line { origin, bytes } => jsonl::parse(&bytes, origin),
            Pending::Shared(SharedLine { origin, block, at }) => jsonl::parse(block.get(at).unwrap_or_default(), origin),
            Pending::Failed(e) => Err(e),
        }
    }

    /// The number of bytes known before loading (0 for a file not read yet).
    pub fn known_len(&self) -> usize {
        match self {
            Pending::Bytes { bytes, .. } | Pending::Line { bytes, .. } => bytes.len(),
            Pending::Shared(line) => line.at.len(),
            _ => 0,
        }
    }
}

fn text_article(id: String, bytes: &[u8], enc: TextEncoding, origin: Origin) -> Result<Article, InputError> {
    match decode::decode(bytes, enc) {
        Ok((text, _)) => Ok(Article { id, text, url: None, date: None, origin }),
        Err(e) => Err(InputError { origin, reason: e.to_string() }),
    }
}

/// The articles of a list of paths (`-` for standard input), lazily, in
/// order: each path in turn, a directory's files in sorted order, a JSON
/// Lines file line by line. Memory does not grow with the inputs: a
/// directory level is listed at a time, a JSON Lines file is read a line at
/// a time.
pub struct Inputs {
    paths: std::vec::IntoIter<PathBuf>,
    opts: InputOptions,
    /// A walk, with the JSON Lines file it found on top while it is read.
    sources: Vec<Source>,
}

enum Source {
    Walk(walk::Walk),
    Lines { input: String, lines: jsonl::Blocks, line: usize },
}

impl Inputs {
    /// The articles of `paths`; none means standard input.
    pub fn new(paths: &[PathBuf], opts: InputOptions) -> Inputs {
        let paths = if paths.is_empty() { vec![PathBuf::from("-")] } else { paths.to_vec() };
        Inputs { paths: paths.into_iter(), opts, sources: Vec::new() }
    }

    /// Whether some input will be read as JSON Lines (standard input or a
    /// named file; files found in directories are not looked at).
    pub fn any_jsonl(&self) -> bool {
        self.paths.as_slice().iter().any(|p| !p.is_dir() && is_jsonl(self.opts.kind, p))
    }

    /// Total size in bytes of the files the inputs name or hold (standard
    /// input counts 0): a walk of its own, for progress.
    pub fn total_bytes(paths: &[PathBuf], opts: &InputOptions) -> u64 {
        let mut total = 0;
        for p in paths {
            if p.is_dir() {
                for (f, _) in walk::Walk::new(p.clone(), opts.extensions.clone()).flatten() {
                    total += f.metadata().map_or(0, |m| m.len());
                }
            } else if p.as_os_str() != "-" {
                total += p.metadata().map_or(0, |m| m.len());
            }
        }
        total
    }

    /// Opens a named path: either pushes a source or yields one item.
    fn open(&mut self, path: PathBuf, id: Option<String>) -> Option<Pending> {
        let stdin = path.as_os_str() == "-";
        if !stdin && id.is_none() && path.is_dir() {
            self.sources.push(Source::Walk(walk::Walk::new(path, self.opts.extensions.clone())));
            return None;
        }
        let input = if stdin { "-".to_string() } else { path.display().to_string() };
        let jsonl = is_jsonl(self.opts.kind, &path);
        if !stdin && !jsonl {
            // A text file is read by `load`, on a worker thread.
            let id = id.unwrap_or_else(|| path.file_stem().map_or_else(|| input.clone(), |s| s.to_string_lossy().into_owned()));
            return Some(Pending::File { path, id });
        }
        let reader: Box<dyn Read + Send> = if stdin {
            Box::new(std::io::stdin())
        } else {
            match std::fs::File::open(&path) {
                Ok(f) => Box::new(f),
                Err(e) => return Some(Pending::Failed(InputError { origin: Origin { input, line: None }, reason: e.to_string() })),
            }
        };
        if jsonl {
            self.sources.push(Source::Lines { input, lines: jsonl::Blocks::new(reader, jsonl::BLOCK), line: 0 });
            return None;
        }
        let mut bytes = Vec::new();
        let mut reader = reader;
        Some(match reader.read_to_end(&mut bytes) {
            Ok(_) => Pending::Bytes { input, id: "stdin".into(), bytes },
            Err(e) => Pending::Failed(InputError { origin: Origin { input, line: None }, reason: e.to_string() }),
        })
    }
}

fn is_jsonl(kind: InputKind, path: &Path) -> bool {
    match kind {
        InputKind::Jsonl => true,
        InputKind::Text => false,
        InputKind::Auto => path.extension().is_some_and(|e| e == "jsonl"),
    }
}

impl Iterator for Inputs {
    type Item = Pending;

    fn next(&mut self) -> Option<Pending> {
        loop {
            let found = match self.sources.last_mut() {
                None => {
                    let path = self.paths.next()?;
                    self.open(path, None)
                }
                Some(Source::Walk(w)) => match w.next() {
                    None => {
                        self.sources.pop();
                        None
                    }
                    Some(Err(e)) => Some(Pending::Failed(e)),
                    Some(Ok((path, id))) => self.open(path, Some(id)),
                },
                Some(Source::Lines { input, lines, line }) => {
                    let next = lines.next_line(input, line);
                    if matches!(next, None | Some(Pending::Failed(_))) {
                        self.sources.pop();
                    }
                    next
                }
            };
            if found.is_some() {
                return found;
            }
        }
    }
}
