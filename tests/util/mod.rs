//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled seed articles.
pub fn seeds() -> PathBuf {
    root().join("seeds")
}

/// A file under tests/data.
pub fn data(name: &str) -> PathBuf {
    root().join("tests").join("data").join(name)
}

/// The `isnad` command.
pub fn isnad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_isnad"))
}

/// Runs `isnad ARGS` with `stdin` fed in.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = isnad()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("isnad runs");
    child.stdin.take().unwrap().write_all(stdin).ok();
    child.wait_with_output().expect("isnad finishes")
}

/// A CSV as header + records of strings.
pub fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().from_reader(bytes);
    let header = r.headers().expect("header").iter().map(str::to_owned).collect();
    let rows = r.records().map(|rec| rec.expect("record").iter().map(str::to_owned).collect()).collect();
    (header, rows)
}

/// A fresh temporary directory, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!("isnad-test-{}-{tag}-{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst)));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The built-in engine, built once for the whole test binary.
pub fn engine() -> &'static isnad::Engine {
    static ENGINE: std::sync::OnceLock<isnad::Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| isnad::Engine::builtin().expect("built-in lexicons load"))
}

/// The 40 Jawhara FM articles of tests/data/jawhara.jsonl, as (id, text).
pub fn fixture() -> &'static [(String, String)] {
    static ARTICLES: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    ARTICLES.get_or_init(|| {
        std::fs::read_to_string(data("jawhara.jsonl"))
            .expect("fixture readable")
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("fixture line is JSON");
                (v["id"].as_str().unwrap().to_owned(), v["text"].as_str().unwrap().to_owned())
            })
            .collect()
    })
}

/// Checks that every span of `doc` (claim, cue, source, speaker, chain) is a
/// slice of its text on character boundaries, claims are numbered 1.. in
/// text order, and their line numbers are right. Returns what broke.
pub fn span_violation(doc: &isnad::Document) -> Option<String> {
    let text = &doc.text;
    let bad = |s: isnad::Span| s.start > s.end || text.get(s.start..s.end).is_none();
    let mut prev = 0;
    for (i, c) in doc.claims.iter().enumerate() {
        if c.n != i + 1 {
            return Some(format!("claim {} numbered {}", i + 1, c.n));
        }
        if bad(c.span) || c.span.start == c.span.end {
            return Some(format!("claim {} span {:?}", c.n, c.span));
        }
        if c.span.start < prev {
            return Some(format!("claim {} before its predecessor", c.n));
        }
        prev = c.span.start;
        if c.line != 1 + text[..c.span.start].matches('\n').count() {
            return Some(format!("claim {} line {}", c.n, c.line));
        }
        if let Some(cue) = c.cue.filter(|&s| bad(s)) {
            return Some(format!("claim {} cue span {cue:?}", c.n));
        }
        for a in &c.attributions {
            let parties = std::iter::once(&a.source).chain(a.speaker.iter()).chain(a.chain.iter());
            if let Some(p) = parties.into_iter().find(|p| bad(p.span)) {
                return Some(format!("claim {} party {:?} span {:?}", c.n, p.name, p.span));
            }
        }
    }
    None
}

/// Runs `isnad ARGS` (no standard input), killing it after `secs` seconds:
/// for inputs that once made it run forever. None when it was killed.
pub fn run_or_kill(args: &[&str], secs: u64) -> Option<Output> {
    let mut child = isnad()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("isnad runs");
    // Drain the pipes on threads so a large output cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut b).ok();
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut b).ok();
        b
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let stdout = out_t.join().unwrap();
    let stderr = err_t.join().unwrap();
    status.map(|status| Output { status, stdout, stderr })
}
