//! Times each pipeline stage alone over a JSON Lines corpus, on one thread,
//! and counts what the stages see (tokens, mentions, sentences with a cue):
//! where a batch run's time goes, without a profiler.
//!
//! `cargo run --release --example stage_times -- CORPUS.jsonl`

use isnad::lexicon::EntryKind;
use isnad::output::{CsvWriter, DocWriter, OutputOptions};
use isnad::{normalize, segment, Engine};
use std::io::BufRead;
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stage_times CORPUS.jsonl");
        std::process::exit(2);
    };
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut texts = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("readable corpus");
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) {
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                texts.push(t.to_owned());
            }
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let engine = Engine::builtin().expect("built-in lexicon");
    let lex = engine.lexicon();
    println!("{} articles, {:.1} MB of text", texts.len(), bytes as f64 / 1e6);

    // Article by article, as a batch run goes (timing each stage over the
    // whole corpus would time the memory, not the stage).
    let mut times = [0f64; 4];
    let (mut tokens, mut sentences, mut found, mut with_cue, mut with_any) = (0, 0, 0, 0, 0);
    let mut docs = Vec::with_capacity(texts.len());
    for text in &texts {
        let t0 = Instant::now();
        let norm = normalize::normalize(text);
        let t1 = Instant::now();
        let seg = segment::segment(&norm, text);
        let t2 = Instant::now();
        let ms = lex.find_in(&norm.text, &seg.tokens);
        let t3 = Instant::now();
        docs.push(engine.analyze("x", text.clone()));
        let t4 = Instant::now();
        for (k, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4)].into_iter().enumerate() {
            times[k] += (b - a).as_secs_f64();
        }
        tokens += seg.tokens.len();
        sentences += seg.sentences.len();
        found += ms.len();
        for s in &seg.sentences {
            let (a, b) = (seg.tokens[s.toks.start].start, seg.tokens[s.toks.end - 1].end);
            let kinds: Vec<_> = ms.iter().filter(|m| m.start >= a && m.end <= b).map(|m| &lex.entry(m.entry).kind).collect();
            with_any += usize::from(kinds.iter().any(|k| !matches!(k, EntryKind::Grammar(_))));
            with_cue += usize::from(kinds.iter().any(|k| matches!(k, EntryKind::Cue(_))));
        }
    }
    let line = |name: &str, s: f64| println!("{name:<10} {s:7.3} s {:7.1} ns/byte", s * 1e9 / bytes as f64);
    line("normalize", times[0]);
    line("segment", times[1]);
    line("match", times[2]);
    line("rules", times[3] - times[0] - times[1] - times[2]);
    line("analyze", times[3]);
    println!("{tokens} tokens, {sentences} sentences, {found} mentions");
    println!("sentences with a cue: {with_cue}, with any mention but grammar: {with_any}");

    let t = Instant::now();
    let mut w = CsvWriter::new(Vec::with_capacity(1 << 20), OutputOptions::default()).expect("writer");
    for d in &docs {
        w.write_doc(d).expect("in memory");
    }
    w.finish().expect("in memory");
    line("csv", t.elapsed().as_secs_f64());
}
