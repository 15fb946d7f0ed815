//! Batch runs: every input kind, encoding and failure, parallel determinism,
//! atomic output, incremental runs. Inputs are made at test time from the
//! seed articles.

use crate::util::{parse_csv, run, seeds, TempDir};
use std::path::{Path, PathBuf};

fn seed_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(seeds()).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    v
}

fn seed_text(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

fn ok(out: &std::process::Output) {
    assert!(out.status.success(), "exit {:?}: {}", out.status.code(), String::from_utf8_lossy(&out.stderr));
}

fn check(args: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let out = run(&[&["check"], args].concat(), b"");
    ok(&out);
    parse_csv(&out.stdout)
}

/// The rows of one seed checked on its own, without the doc column.
fn rows_without_doc(rows: &[Vec<String>]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r[1..13].to_vec()).collect()
}

fn jsonl_line(id: &str, text: &str, extra: &[(&str, &str)]) -> String {
    let mut v = serde_json::json!({"id": id, "text": text});
    for (k, x) in extra {
        v[k] = serde_json::Value::String(x.to_string());
    }
    v.to_string() + "\n"
}

#[test]
fn directories_are_walked_sorted_with_hidden_skipped() {
    let dir = TempDir::new("walk");
    let files = seed_files();
    let layout = [("b/2.txt", 0), ("a.txt", 1), ("b/1.txt", 2), (".hidden/x.txt", 3), ("b/.y.txt", 3), ("c/notes.md", 4)];
    for (name, i) in layout {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::copy(&files[i], p).unwrap();
    }
    let (_, rows) = check(&[dir.path().to_str().unwrap()]);
    let mut docs: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    docs.dedup();
    assert_eq!(docs, ["a", "b/1", "b/2"]);
    // The rows of a walked file are those of the file alone.
    let (_, alone) = check(&[files[2].to_str().unwrap()]);
    let b1: Vec<Vec<String>> = rows.iter().filter(|r| r[0] == "b/1").cloned().collect();
    assert_eq!(rows_without_doc(&b1), rows_without_doc(&alone));
    let (_, rows) = check(&["--ext", "md,txt", dir.path().to_str().unwrap()]);
    assert!(rows.iter().any(|r| r[0] == "c/notes"));
}

#[test]
fn json_lines_carry_id_url_and_date() {
    let dir = TempDir::new("jsonl");
    let mut body = String::new();
    for (i, f) in seed_files().iter().enumerate() {
        body += &jsonl_line(&format!("art-{i}"), &seed_text(f), &[("url", &format!("https://news.example/{i}")), ("date", "2024-05-01")]);
    }
    let path = dir.path().join("feed.jsonl");
    std::fs::write(&path, &body).unwrap();
    let (header, rows) = check(&[path.to_str().unwrap()]);
    assert_eq!(header[13..], ["url", "date"]);
    assert!(rows.iter().all(|r| r.len() == 15 && r[14] == "2024-05-01"));
    // Same claims as the text files, row for row.
    for (i, f) in seed_files().iter().enumerate() {
        let (_, alone) = check(&[f.to_str().unwrap()]);
        let mine: Vec<Vec<String>> = rows.iter().filter(|r| r[0] == format!("art-{i}")).cloned().collect();
        assert_eq!(rows_without_doc(&mine), rows_without_doc(&alone), "{}", f.display());
        assert!(mine.iter().all(|r| r[13] == format!("https://news.example/{i}")));
    }
    // JSON Lines out, as a line filter: every object carries its article's url and date.
    let out = run(&["check", "-q", "--input", "jsonl", "--format", "jsonl"], body.as_bytes());
    ok(&out);
    let objs: Vec<serde_json::Value> = out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(|l| serde_json::from_slice(l).unwrap()).collect();
    assert_eq!(objs.len(), rows.iter().map(|r| (&r[0], &r[1])).collect::<std::collections::BTreeSet<_>>().len());
    assert!(objs.iter().all(|o| o["date"] == "2024-05-01" && o["url"].as_str().unwrap().starts_with("https://news.example/")));
    // On standard input with --input jsonl; no url or date: the plain header.
    let plain: String = seed_files().iter().map(|f| jsonl_line(&stem(f), &seed_text(f), &[])).collect();
    let out = run(&["check", "--input", "jsonl"], plain.as_bytes());
    ok(&out);
    let (header, rows) = parse_csv(&out.stdout);
    assert_eq!(header.len(), 13);
    let (_, dir_rows) = check(&[seeds().to_str().unwrap()]);
    assert_eq!(rows, dir_rows);
}

#[test]
fn encodings_decode_to_the_same_rows() {
    let dir = TempDir::new("enc");
    let f = &seed_files()[3];
    let text = seed_text(f);
    let (_, want) = check(&[f.to_str().unwrap()]);
    let (cp1256, _, lossy) = encoding_rs::WINDOWS_1256.encode(&text);
    assert!(!lossy);
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(text.replace('\n', "\r\n").as_bytes());
    for (name, bytes) in [("cp1256", cp1256.to_vec()), ("utf16le", le), ("utf16be", be), ("bom-crlf", bom)] {
        let p = dir.path().join(format!("{name}.txt"));
        std::fs::write(&p, &bytes).unwrap();
        let (_, rows) = check(&[p.to_str().unwrap()]);
        if name == "bom-crlf" {
            // CRLF shifts offsets; every claim is still a slice of the decoded text.
            let decoded = text.replace('\n', "\r\n");
            assert_eq!(rows.len(), want.len());
            for r in &rows {
                let (s, e): (usize, usize) = (r[11].parse().unwrap(), r[12].parse().unwrap());
                assert_eq!(&decoded[s..e], r[2]);
            }
        } else {
            assert_eq!(rows_without_doc(&rows), rows_without_doc(&want), "{name}");
        }
    }
    // Forced: right encoding works, the wrong one fails the input.
    let p = dir.path().join("cp1256.txt");
    let (_, rows) = check(&["--encoding", "windows-1256", p.to_str().unwrap()]);
    assert_eq!(rows_without_doc(&rows), rows_without_doc(&want));
    let out = run(&["check", "--encoding", "utf-8", p.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cp1256.txt"));
    let out = run(&["check", "--encoding", "klingon", p.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    // windows-1256 on standard input is detected too.
    let out = run(&["check"], &cp1256);
    ok(&out);
    assert_eq!(rows_without_doc(&parse_csv(&out.stdout).1), rows_without_doc(&want));
}

#[test]
fn failures_are_named_counted_listed_and_the_run_goes_on() {
    let dir = TempDir::new("fail");
    let files = seed_files();
    let d = dir.path().join("in");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(&files[0], d.join("a.txt")).unwrap();
    std::fs::write(d.join("b.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00").unwrap();
    std::os::unix::fs::symlink(d.join("nowhere"), d.join("c.txt")).unwrap();
    std::fs::copy(&files[1], d.join("d.txt")).unwrap();
    let feed = dir.path().join("feed.jsonl");
    let lines = [
        jsonl_line("j1", &seed_text(&files[2]), &[]),
        "{\"id\": \"j2\", \"text\": \"unterminated\n".to_string(),
        "{\"id\": \"j3\"}\n".to_string(),
        jsonl_line("j4", &seed_text(&files[3]), &[]),
    ];
    std::fs::write(&feed, lines.concat()).unwrap();
    let errors = dir.path().join("errors.csv");
    let missing = dir.path().join("missing.txt");
    let args = ["check", d.to_str().unwrap(), feed.to_str().unwrap(), missing.to_str().unwrap(), "--errors", errors.to_str().unwrap()];
    let out = run(&args, b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in ["b.txt: binary", "c.txt:", "feed.jsonl:2: bad JSON", "feed.jsonl:3: no \"text\"", "missing.txt:", "5 failed inputs"] {
        assert!(err.contains(needle), "{needle:?} not in {err}");
    }
    let (_, rows) = parse_csv(&out.stdout);
    let mut docs: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    docs.dedup();
    assert_eq!(docs, ["a", "d", "j1", "j4"]);
    let (header, listed) = parse_csv(&std::fs::read(&errors).unwrap());
    assert_eq!(header, ["input", "line", "reason"]);
    let short: Vec<(String, String)> =
        listed.iter().map(|r| (Path::new(&r[0]).file_name().unwrap().to_string_lossy().into_owned(), r[1].clone())).collect();
    let want = [("b.txt", ""), ("c.txt", ""), ("feed.jsonl", "2"), ("feed.jsonl", "3"), ("missing.txt", "")];
    assert_eq!(short, want.map(|(a, b)| (a.to_string(), b.to_string())));
    // Help documents the exit codes.
    let help = String::from_utf8(run(&["check", "--help"], b"").stdout).unwrap();
    assert!(help.contains("Exit codes: 0") && help.contains("2 usage or"), "{help}");
}

/// A JSON Lines feed of one article per seed paragraph, repeated past the
/// chunk size (1024 articles) so that runs span several chunks.
fn paragraph_feed() -> String {
    let mut out = String::new();
    let mut n = 0;
    for round in 0..16 {
        for f in seed_files() {
            for para in seed_text(&f).split('\n').filter(|p| p.split(' ').count() > 3) {
                out += &jsonl_line(&format!("p{n:05}-{round}"), para, &[]);
                n += 1;
            }
        }
    }
    assert!(n > 1100, "{n} paragraphs");
    out
}

#[test]
fn output_is_identical_whatever_the_jobs_and_in_input_order() {
    let dir = TempDir::new("jobs");
    let feed = dir.path().join("feed.jsonl");
    std::fs::write(&feed, paragraph_feed()).unwrap();
    let outs: Vec<Vec<u8>> = ["1", "2", "3"]
        .iter()
        .map(|j| {
            let out = run(&["check", "-q", "--jobs", j, feed.to_str().unwrap()], b"");
            ok(&out);
            out.stdout
        })
        .collect();
    assert!(outs[0] == outs[1] && outs[1] == outs[2]);
    let (_, rows) = parse_csv(&outs[0]);
    assert!(rows.len() > 1100);
    let docs: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert!(docs.windows(2).all(|w| w[0] <= w[1]), "rows out of input order");
    // As a line filter on standard input: the same rows.
    let out = run(&["check", "-q", "--input", "jsonl", "-j", "2"], &std::fs::read(&feed).unwrap());
    assert_eq!(out.stdout, outs[0]);
}

#[test]
fn output_file_is_replaced_whole() {
    let dir = TempDir::new("atomic");
    let target = dir.path().join("out.csv");
    std::fs::write(&target, "previous run\n").unwrap();
    // A fatal error (a broken state file) leaves the old output alone.
    let state = dir.path().join("state");
    std::fs::write(&state, "not a state\n").unwrap();
    let out = run(&["check", seeds().to_str().unwrap(), "-o", target.to_str().unwrap(), "--state", state.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous run\n");
    let out = run(&["check", seeds().to_str().unwrap(), "-o", target.to_str().unwrap()], b"");
    ok(&out);
    assert!(out.stdout.is_empty());
    let (_, rows) = parse_csv(&std::fs::read(&target).unwrap());
    assert!(rows.len() > 100);
    let names: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 2, "temporary files left: {names:?}");
}

#[test]
fn incremental_runs_write_only_new_and_changed_articles() {
    let dir = TempDir::new("state");
    let d = dir.path().join("in");
    std::fs::create_dir_all(&d).unwrap();
    let files = seed_files();
    for f in &files[..4] {
        std::fs::copy(f, d.join(f.file_name().unwrap())).unwrap();
    }
    let state = dir.path().join("isnad.state");
    let args = ["check", d.to_str().unwrap(), "--state", state.to_str().unwrap()];
    let docs = |out: &std::process::Output| {
        ok(out);
        let mut v: Vec<String> = parse_csv(&out.stdout).1.into_iter().map(|r| r[0].clone()).collect();
        v.dedup();
        v
    };
    let first = run(&args, b"");
    assert_eq!(docs(&first), files[..4].iter().map(|f| stem(f)).collect::<Vec<_>>());
    assert_eq!(std::fs::read_to_string(&state).unwrap().lines().count(), 5);
    // Nothing new: the header alone.
    let second = run(&args, b"");
    assert!(docs(&second).is_empty());
    assert!(String::from_utf8_lossy(&second.stderr).contains("0 articles, 4 unchanged skipped"));
    // One changed, one new.
    let changed = d.join(files[1].file_name().unwrap());
    std::fs::write(&changed, seed_text(&files[1]) + "\nوقال المتحدث إن الاجتماع تأجل.\n").unwrap();
    std::fs::copy(&files[4], d.join(files[4].file_name().unwrap())).unwrap();
    let third = run(&args, b"");
    assert_eq!(docs(&third), [stem(&files[1]), stem(&files[4])]);
    assert!(docs(&run(&args, b"")).is_empty());
}

#[test]
fn summary_on_stderr_unless_quiet_and_no_bar_off_a_terminal() {
    let f = seed_files()[0].clone();
    let out = run(&["check", f.to_str().unwrap()], b"");
    ok(&out);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("isnad: 1 articles, ") && err.contains(" claims, ") && err.contains(" attributed, 0 failed inputs"), "{err}");
    let out = run(&["check", "--quiet", f.to_str().unwrap()], b"");
    ok(&out);
    assert!(out.stderr.is_empty());
}

#[test]
fn lexicon_export_top_ranks_cues_on_a_sample() {
    let sample = seed_files()[2].clone();
    let all = String::from_utf8(run(&["lexicon", "export"], b"").stdout).unwrap();
    let out = run(&["lexicon", "export", "--top", "5", "--sample", sample.to_str().unwrap()], b"");
    ok(&out);
    let top: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect();
    assert_eq!(top.len(), 5);
    let all: Vec<&str> = all.lines().collect();
    assert!(top.iter().all(|t| all.contains(&t.as_str())));
    // Ranked by frequency in the folded sample: counts never increase.
    let folded = isnad::normalize::normalize(&seed_text(&sample)).text;
    let counts: Vec<usize> = top.iter().map(|t| folded.matches(t.as_str()).count()).collect();
    assert!(counts[0] > 0 && counts.windows(2).all(|w| w[0] >= w[1]), "{top:?} {counts:?}");
}
