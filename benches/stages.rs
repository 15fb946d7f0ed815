//! Per-stage micro-benchmarks on the seed articles: `cargo bench`.
//!
//! Each stage is timed on the five seeds together and reports bytes/s, so
//! the stages can be compared with each other and with scripts/bench.sh.

// divan's macros use std items newer than the crate's declared rust-version.
#![allow(clippy::incompatible_msrv)]

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use isnad::decode::{decode, TextEncoding};
use isnad::input::{Origin, Pending};
use isnad::output::{CsvWriter, DocWriter, OutputOptions};
use isnad::{normalize, segment, Engine};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn seeds() -> &'static Vec<String> {
    static S: OnceLock<Vec<String>> = OnceLock::new();
    S.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
    })
}

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::builtin().unwrap())
}

fn total() -> BytesCount {
    BytesCount::new(seeds().iter().map(String::len).sum::<usize>())
}

#[divan::bench]
fn decode_utf8(b: Bencher) {
    b.counter(total()).bench(|| {
        for s in seeds() {
            black_box(decode(s.as_bytes(), TextEncoding::Auto).unwrap());
        }
    });
}

#[divan::bench]
fn decode_windows_1256_detected(b: Bencher) {
    let encoded: Vec<Vec<u8>> = seeds().iter().map(|s| encoding_rs::WINDOWS_1256.encode(s).0.into_owned()).collect();
    b.counter(total()).bench(|| {
        for e in &encoded {
            black_box(decode(e, TextEncoding::Auto).unwrap());
        }
    });
}

#[divan::bench]
fn jsonl_parse(b: Bencher) {
    let lines: Vec<Vec<u8>> = seeds().iter().map(|s| serde_json::json!({"id": "x", "text": s}).to_string().into_bytes()).collect();
    b.counter(total()).bench(|| {
        for l in &lines {
            let p = Pending::Line { origin: Origin { input: "bench".into(), line: Some(1) }, bytes: l.clone() };
            black_box(p.load(TextEncoding::Auto).unwrap());
        }
    });
}

#[divan::bench]
fn normalize_fold(b: Bencher) {
    b.counter(total()).bench(|| {
        for s in seeds() {
            black_box(normalize::normalize(s));
        }
    });
}

#[divan::bench]
fn segment_folded(b: Bencher) {
    let norms: Vec<_> = seeds().iter().map(|s| normalize::normalize(s)).collect();
    b.counter(total()).bench(|| {
        for (n, s) in norms.iter().zip(seeds()) {
            black_box(segment::segment(n, s));
        }
    });
}

#[divan::bench]
fn lexicon_find(b: Bencher) {
    let folded: Vec<String> = seeds().iter().map(|s| normalize::normalize(s).text).collect();
    let lex = engine().lexicon();
    b.counter(total()).bench(|| {
        for f in &folded {
            black_box(lex.find(f));
        }
    });
}

#[divan::bench]
fn analyze(b: Bencher) {
    b.counter(total()).bench(|| {
        for s in seeds() {
            black_box(engine().analyze("bench", s.clone()));
        }
    });
}

#[divan::bench]
fn csv_write(b: Bencher) {
    let docs: Vec<_> = seeds().iter().map(|s| engine().analyze("bench", s.clone())).collect();
    b.counter(total()).bench(|| {
        let mut w = CsvWriter::new(Vec::with_capacity(1 << 20), OutputOptions::default()).unwrap();
        for d in &docs {
            w.write_doc(d).unwrap();
        }
        w.finish().unwrap();
    });
}

#[divan::bench(sample_count = 10)]
fn lexicon_build() -> isnad::Lexicon {
    isnad::Lexicon::builtin().unwrap()
}
