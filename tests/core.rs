//! The core contract on the bundled seed articles.

use crate::util::{data, parse_csv, run, seeds};

const HEADER: &str = "doc,n,claim,source,source_text,source_type,speaker,cue,kind,confidence,line,start,end";

fn seed_run() -> (Vec<String>, Vec<Vec<String>>) {
    let out = run(&["check", seeds().to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.starts_with(HEADER.as_bytes()));
    parse_csv(&out.stdout)
}

#[test]
fn header_and_columns() {
    let (header, rows) = seed_run();
    assert_eq!(header.join(","), HEADER);
    assert!(rows.len() > 100);
    let kinds = ["according_to", "speech_verb", "anaphoric", "quote_span", "unattributed"];
    let types = ["outlet", "person", "organization", "anonymous", ""];
    for r in &rows {
        assert_eq!(r.len(), 13);
        assert!(kinds.contains(&r[8].as_str()), "kind {}", r[8]);
        assert!(types.contains(&r[5].as_str()), "type {}", r[5]);
        let c: f64 = r[9].parse().unwrap();
        assert!((0.0..=1.0).contains(&c));
        assert!(r[9].split('.').nth(1).is_none_or(|d| d.len() <= 3));
        assert_eq!(r[3].is_empty(), r[8] == "unattributed");
    }
}

#[test]
fn every_claim_is_a_slice_of_its_article() {
    let (_, rows) = seed_run();
    for r in &rows {
        let text = std::fs::read_to_string(seeds().join(format!("{}.txt", r[0]))).unwrap();
        let (start, end): (usize, usize) = (r[11].parse().unwrap(), r[12].parse().unwrap());
        assert_eq!(&text[start..end], r[2], "doc {} n {}", r[0], r[1]);
        let line: usize = r[10].parse().unwrap();
        assert_eq!(line, 1 + text[..start].matches('\n').count());
        if !r[4].is_empty() {
            assert!(text.contains(&r[4]), "source_text {:?} not in {}", r[4], r[0]);
        }
        if !r[7].is_empty() {
            assert!(text.contains(&r[7]), "cue {:?} not in {}", r[7], r[0]);
        }
    }
}

#[test]
fn claim_numbers_are_consecutive_per_doc() {
    let (_, rows) = seed_run();
    let mut last: Option<(String, usize)> = None;
    for r in &rows {
        let n: usize = r[1].parse().unwrap();
        match &last {
            Some((d, m)) if *d == r[0] => assert!(n == *m || n == m + 1, "{} {} after {}", d, n, m),
            _ => assert_eq!(n, 1),
        }
        last = Some((r[0].clone(), n));
    }
}

#[test]
fn seed_f1_holds() {
    let out = run(&["check", seeds().to_str().unwrap()], b"");
    let rows = isnad::eval::read_run(&out.stdout[..]).unwrap();
    let gold = isnad::eval::read_gold(&std::fs::read_to_string(data("seeds.gold.jsonl")).unwrap()).unwrap();
    let (report, _) = isnad::eval::score(&gold, rows);
    assert!(report.f1 >= 0.90, "seed F1 fell to {:.3}:\n{report}", report.f1);
    assert!(report.precision >= 0.90, "seed precision fell to {:.3}:\n{report}", report.precision);
}

#[test]
fn eval_subcommand_agrees_with_library() {
    let dir = crate::util::TempDir::new("eval");
    let csv = dir.path().join("run.csv");
    let out = run(&["check", seeds().to_str().unwrap(), "-o", csv.to_str().unwrap()], b"");
    assert!(out.status.success());
    let gold = data("seeds.gold.jsonl");
    let out = run(&["eval", "--gold", gold.to_str().unwrap(), csv.to_str().unwrap(), "--json"], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = isnad::eval::read_run(std::fs::File::open(&csv).unwrap()).unwrap();
    let gold = isnad::eval::read_gold(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let (report, _) = isnad::eval::score(&gold, rows);
    assert_eq!(v["matched"].as_u64().unwrap() as usize, report.matched);
    assert!((v["f1"].as_f64().unwrap() - report.f1).abs() < 1e-9);
}

#[test]
fn stdin_and_attributed_only() {
    let text = "وقال المتحدث باسم الخارجية إن الوزير سيزور موسكو. الطقس حار اليوم في المدينة.";
    let out = run(&["check"], text.as_bytes());
    let (_, rows) = parse_csv(&out.stdout);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], "stdin");
    assert_eq!(rows[0][2], "إن الوزير سيزور موسكو");
    assert_eq!(rows[1][8], "unattributed");
    let out = run(&["check", "--attributed-only", "-"], text.as_bytes());
    let (_, rows) = parse_csv(&out.stdout);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][5], "person");
}

#[test]
fn unreadable_input_is_named_and_the_rest_goes_on() {
    let dir = crate::util::TempDir::new("bad");
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"\xff\xfe\x00garbage").unwrap();
    let good = seeds().join("004_12ba7111f2471564.txt");
    let out = run(&["check", bad.to_str().unwrap(), good.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt"), "{err}");
    let (_, rows) = parse_csv(&out.stdout);
    assert!(rows.iter().any(|r| r[0] == "004_12ba7111f2471564"));
}

#[test]
fn malformed_lexicon_names_file_and_line() {
    let dir = crate::util::TempDir::new("lex");
    std::fs::write(dir.path().join("cues.local.tsv"), "# extra cues\nصرّح\tverb\tlots\t-\n").unwrap();
    let out = run(&["check", "--lexicons", dir.path().to_str().unwrap(), "-"], "قال".as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cues.local.tsv:2"), "{err}");
}

#[test]
fn lexicon_extension_adds_an_outlet() {
    let dir = crate::util::TempDir::new("lexok");
    std::fs::write(dir.path().join("outlets.local.tsv"), "Example Gazette\tnewspaper\tغازيتا المثال\n").unwrap();
    let text = "وقالت غازيتا المثال إن الاتفاق وشيك.";
    let out = run(&["check", "--attributed-only", "--lexicons", dir.path().to_str().unwrap()], text.as_bytes());
    let (_, rows) = parse_csv(&out.stdout);
    assert_eq!(rows[0][3], "Example Gazette");
    let out = run(&["check", "--attributed-only"], text.as_bytes());
    let (_, rows) = parse_csv(&out.stdout);
    assert!(rows.iter().all(|r| r[3] != "Example Gazette"));
}
