//! Time per megabyte on pathological inputs, against ordinary articles (the
//! seeds). Run by `scripts/pathological.sh`; figures go to BENCHMARKS.md.
//!
//! ```text
//! cargo run --release --example pathological -- [--scale F] [--only NAME]
//! ```
//!
//! Each input is built at a quarter of its size and at full size: the ratio
//! of their times per MB shows whether the time grows faster than the input
//! (1.0 is linear, 4.0 quadratic).

use isnad::Engine;
use std::time::Instant;

/// Repeats `unit` `n` times.
fn rep(unit: &str, n: usize) -> String {
    unit.repeat(n)
}

/// The seeds as one sentence: stops and line breaks replaced by commas and spaces.
fn one_sentence(seeds: &str, bytes: usize) -> String {
    let flat: String = seeds
        .chars()
        .map(|c| match c {
            '.' | '!' | '?' | '؟' | '…' => '،',
            '\n' | '\r' => ' ',
            c => c,
        })
        .collect();
    let mut s = String::with_capacity(bytes + flat.len());
    while s.len() < bytes {
        s.push_str(&flat);
        s.push(' ');
    }
    s
}

/// Builders: name, and the input for a count `n` (the full-size count given beside it).
type Build = Box<dyn Fn(usize) -> String>;

fn inputs(seeds: String) -> Vec<(&'static str, usize, Build)> {
    vec![
        ("one sentence of 1 MB", 1_000_000, Box::new(move |n| one_sentence(&seeds, n))),
        ("100,000 cue words in a row", 100_000, Box::new(|n| rep("قال ", n))),
        ("100,000 mixed cues in a row", 100_000, Box::new(|n| rep("وقالت وفقا لـ بحسب وأضاف مضيفا ", n / 5))),
        ("10,000 nested quotations", 10_000, Box::new(|n| format!("قال زيد {} نعم {}.", rep("«قال عمرو ", n), rep("» ", n)))),
        // Large enough to show a growth: asking at every verb whether it
        // stood inside a quotation made it quadratic (fourth session).
        ("80,000 nested mixed marks", 80_000, Box::new(|n| format!("قال {} لا {}", rep("«“\"قال ", n / 3), rep("\"”» ", n / 3)))),
        ("10,000 unbalanced quote marks", 10_000, Box::new(|n| format!("قال المتحدث {} إن الاتفاق وشيك.", rep("\" ", n)))),
        ("20,000 quoted sentences", 20_000, Box::new(|n| rep("وقال المتحدث باسم الوزارة: «الاتفاق وشيك». ", n))),
        ("20,000 quotes never closed", 20_000, Box::new(|n| rep("قال زيد: «نعم. ", n))),
        ("100,000 outlet names", 100_000, Box::new(|n| rep("رويترز ", n))),
        // Found by the fuzzer: every name of a list joined by و was a row
        // carrying the whole list as its chain (output grew with the square).
        ("20,000 sources joined by و", 20_000, Box::new(|n| format!("وقال الوزير إن السجن تعرض لهجوم، وفق ما أوردته {}.", rep("وردته ", n)))),
        ("100,000 outlets with cues", 100_000, Box::new(|n| format!("{}.", rep("وفقا لرويترز وصحيفة «واشنطن بوست» ", n / 3)))),
        ("50,000 anaphora", 50_000, Box::new(|n| format!("قالت صحيفة «الأهرام» إن الوضع هادئ. {}", rep("وأضافت الصحيفة أن الوضع هادئ. ", n)))),
        // Quiet sentences (a party, no cue) are scanned only when an
        // anaphor looks back, their parties merged in where they stand.
        ("20,000 quiet sentences between anaphors", 20_000, Box::new(|n| rep("رويترز في القاهرة. وقال الوزير إن الوضع هادئ. وأضافت الوكالة أن الوضع هادئ. ", n))),
        ("50,000 quiet sentences, then anaphors", 50_000, Box::new(|n| format!("{}{}", rep("وكالة رويترز في القاهرة. ", n), rep("وأضافت الوكالة أن الوضع هادئ. ", n / 10)))),
        ("50,000 titled names", 50_000, Box::new(|n| rep("وقال الرئيس الروسي فلاديمير بوتين إن ", n))),
        // A title standing alone looks back for the person named after the
        // same title: among the nearest ones only.
        ("20,000 titles alone after other titles' names", 20_000, Box::new(|n| rep("وقال وزير الدفاع سيرغي شويغو إن الوضع هادئ. وأضاف وزير الخارجية أن الوضع هادئ. ", n / 2))),
        // …and a one-word name is sure when written again: looked for near it.
        ("20,000 titles alone after distinct one-word names", 20_000, Box::new(|n| {
            let l: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
            let k = l.len();
            let name = |i: usize| format!("ف{}{}{}", l[i % k], l[i / k % k], l[i / (k * k) % k]);
            (0..n / 2).map(|i| format!("وقال وزير الخارجية {} إن الوضع هادئ. وأضاف وزير الخارجية أن الوضع هادئ. ", name(i))).collect()
        })),
        // A paragraph opened by a link holds no claim: asked once a paragraph.
        ("20,000 links to other articles", 20_000, Box::new(|n| rep("اقرأ أيضا: ترامب: قرارنا بشأن سوريا سيصدر قريبا. وقال الوزير إن الوضع هادئ.\n", n / 2))),
        // A bound link («آل») does not count as a name word: a run of them
        // was read to its end from every token (quadratic).
        ("40,000 «آل» after a name", 40_000, Box::new(|n| format!("وقال محمد {}إن الأمر انتهى.", rep("آل ", n)))),
        ("a word of 1 MB", 1_000_000, Box::new(|n| rep("وقال", n / 8))),
        ("20,000 distinct names sharing a first name", 20_000, Box::new(|n| {
            // Second names from three letters: distinct up to 21,952.
            let l: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
            (0..n).map(|i| format!("وقال الوزير محمد {}{}{}ان إن الوضع هادئ. ", l[i % 27], l[i / 27 % 27], l[i / 729 % 27])).collect()
        })),
        ("50,000 outlets, then verbs", 50_000, Box::new(|n| format!("{} {}.", rep("رويترز ", n), rep("، حيث صرح بأن الوضع هادئ ", n / 5)))),
        ("20,000 sentences of one paragraph with a name", 20_000, Box::new(|n| rep("وقال محمد الأحمد إن الوضع هادئ، ", n))),
        ("10,000 lines of one quote", 10_000, Box::new(|n| rep("\"\n", n))),
        // Found by the fuzzer: each title's name was read through the next
        // hashtag title, recursing as deep as the run (a stack overflow).
        ("20,000 hashtag titles, each before a title", 20_000, Box::new(|n| format!("اجتمع الأمير {}وقالت إن الوضع جيد.", rep("#ولي_العهد نائب رئيس ", n)))),
    ]
}

fn time_per_mb(engine: &Engine, text: &str) -> f64 {
    // Repeat small inputs so each measurement takes at least ~0.3 s.
    let mut runs = 0u32;
    let t = Instant::now();
    loop {
        let doc = engine.analyze("bench", text.to_owned());
        std::hint::black_box(&doc);
        runs += 1;
        if t.elapsed().as_secs_f64() > 0.3 || runs >= 200 {
            break;
        }
    }
    t.elapsed().as_secs_f64() / runs as f64 / (text.len() as f64 / 1e6)
}

fn main() {
    let mut scale = 1.0f64;
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--scale" => scale = args.next().and_then(|v| v.parse().ok()).expect("--scale F"),
            "--only" => only = args.next(),
            other => panic!("unknown argument {other}"),
        }
    }
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("seeds")).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    let seeds: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let engine = Engine::builtin().unwrap();
    // Warm up, then the baseline: every seed, many times.
    for s in &seeds {
        engine.analyze("w", s.clone());
    }
    let total: usize = seeds.iter().map(String::len).sum();
    let t = Instant::now();
    let mut rounds = 0;
    while t.elapsed().as_secs_f64() < 1.0 {
        for s in &seeds {
            std::hint::black_box(engine.analyze("seed", s.clone()));
        }
        rounds += 1;
    }
    let base = t.elapsed().as_secs_f64() / rounds as f64 / (total as f64 / 1e6);
    let claims: usize = seeds.iter().map(|s| engine.analyze("c", s.clone()).claims.len()).sum();
    println!("| input | size | claims per KB | s/MB | × seeds | growth (¼ → full size) |");
    println!("|---|---:|---:|---:|---:|---:|");
    println!("| seeds (5 ordinary articles) | {:.0} KB | {:.1} | {base:.3} | 1.00 | |", total as f64 / 1e3, claims as f64 * 1e3 / total as f64);
    let mut worst: f64 = 0.0;
    for (name, n, build) in inputs(seeds.concat()) {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let n = ((n as f64) * scale) as usize;
        let small = build(n / 4);
        let full = build(n);
        let ts = time_per_mb(&engine, &small);
        let tf = time_per_mb(&engine, &full);
        let ratio = tf / base;
        worst = worst.max(ratio);
        let claims = engine.analyze("c", full.clone()).claims.len();
        println!(
            "| {name} | {:.2} MB | {:.1} | {tf:.3} | {ratio:.2} | {:.2} |",
            full.len() as f64 / 1e6,
            claims as f64 * 1e3 / full.len() as f64,
            tf / ts
        );
    }
    println!("\nworst ratio to the seeds: {worst:.2} (the bar is 3.00)");
}
