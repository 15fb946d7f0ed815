//! Hostile and broken input: a table of bad inputs, each with exactly what
//! isnad does with it (the rows it produces, or the error and exit code).
//! README.md, section "Hostile input", lists the same table for users.

use crate::util::{engine, parse_csv, run, span_violation, TempDir};
use isnad::decode::DecodeError;

/// (claim, source, kind) of every row, unattributed rows included.
fn rows(text: &str) -> Vec<(String, String, String)> {
    let doc = engine().analyze("t", text.to_owned());
    assert_eq!(span_violation(&doc), None);
    doc.rows(false).iter().map(|r| (r.claim.to_owned(), r.source.to_owned(), r.kind.to_owned())).collect()
}

fn row(claim: &str, source: &str, kind: &str) -> (String, String, String) {
    (claim.to_owned(), source.to_owned(), kind.to_owned())
}

const SAID: &str = "وقال المتحدث باسم الخارجية إن الوزير سيزور موسكو.";
const SAYER: &str = "المتحدث باسم الخارجية";
const CLAIM: &str = "إن الوزير سيزور موسكو";

#[test]
fn empty_and_white_space_articles_have_no_claims() {
    for text in ["", " ", "\n\n\n", " \t\r\n \u{00A0}\u{3000}\r\n", "\u{200F}\u{200D}\u{FEFF}", "...،،، !!! ؟"] {
        assert_eq!(rows(text), [], "{text:?}");
    }
}

#[test]
fn nul_and_binary_bytes_are_refused_by_offset() {
    let cases: &[(&str, &[u8], DecodeError)] = &[
        ("nul filled", &[0u8; 4096], DecodeError::Binary { offset: 0 }),
        ("nul in text", "قال\0زيد".as_bytes(), DecodeError::Binary { offset: 6 }),
        ("png header", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", DecodeError::Binary { offset: 8 }),
        ("random bytes", b"\xc3\x28\xa0\xa1\xe2\x28\xa1", DecodeError::InvalidUtf8 { offset: 0, line: 1 }),
    ];
    for (name, bytes, want) in cases {
        assert_eq!(engine().analyze_bytes("b", bytes).unwrap_err(), *want, "{name}");
    }
}

#[test]
fn invalid_utf8_in_the_middle_names_byte_and_line() {
    let mut bytes = format!("{SAID}\nسطر ثان\n").into_bytes();
    let at = bytes.len();
    bytes.extend_from_slice(b"\xD9\xff");
    bytes.extend_from_slice(SAID.as_bytes());
    let err = engine().analyze_bytes("b", &bytes).unwrap_err();
    assert_eq!(err, DecodeError::InvalidUtf8 { offset: at, line: 3 });
    assert!(err.to_string().starts_with(&format!("line 3: invalid UTF-8 at byte {at}")), "{err}");
}

#[test]
fn unbalanced_quote_marks_do_not_swallow_the_article() {
    // 10,000 stray marks between the cue and its content.
    let text = format!("وقال المتحدث باسم الخارجية إن {}الوزير سيزور موسكو.\nالطقس حار اليوم في المدينة.", "\" ".repeat(10_000));
    let got = rows(&text);
    assert_eq!(got.len(), 2);
    assert_eq!((got[0].1.as_str(), got[0].2.as_str()), (SAYER, "speech_verb"));
    assert!(got[0].0.starts_with("إن \"") && got[0].0.ends_with("الوزير سيزور موسكو"), "{}", &got[0].0[..40]);
    assert_eq!(got[1], row("الطقس حار اليوم في المدينة", "", "unattributed"));
    // Nothing but marks: no claim at all.
    assert_eq!(rows(&"\"".repeat(10_000)), []);
    assert_eq!(rows(&"« » “ ” ' ".repeat(2_000)), []);
}

#[test]
fn a_quotation_never_closed_ends_with_its_paragraph() {
    let text = "وقال المتحدث باسم الخارجية: «إن الوزير سيزور موسكو. وسيلتقي نظيره الروسي.\nالطقس حار اليوم في المدينة.";
    assert_eq!(
        rows(text),
        [
            row(CLAIM, SAYER, "speech_verb"),
            row("وسيلتقي نظيره الروسي", SAYER, "quote_span"),
            row("الطقس حار اليوم في المدينة", "", "unattributed"),
        ]
    );
}

#[test]
fn nested_quotations_of_mixed_marks_keep_the_outer_source() {
    let text = "وقال المتحدث باسم الخارجية: «إن الوزير قال “لن نتراجع عن \"القرار\" أبدا”. ولن نقبل بغير ذلك».\nالطقس حار.";
    let doc = engine().analyze("n", text.to_owned());
    let got: Vec<(&str, &str, &str, &str)> = doc.rows(false).iter().map(|r| (r.claim, r.source, r.speaker, r.kind)).collect();
    assert_eq!(
        got,
        [
            // The inner mark pair stays whole in the claim (regression: the closing ” was trimmed off).
            ("إن الوزير قال “لن نتراجع عن \"القرار\" أبدا”", SAYER, "الوزير", "speech_verb"),
            ("ولن نقبل بغير ذلك", SAYER, "", "quote_span"),
            ("الطقس حار", "", "", "unattributed"),
        ]
    );
    // 10,000 nested openings: the depth is capped, the article still read.
    let deep = format!("{SAID} {}نعم{}\nالطقس حار.", "«قال زيد ".repeat(10_000), "»".repeat(10_000));
    let got = rows(&deep);
    assert_eq!(got.first().unwrap(), &row(CLAIM, SAYER, "speech_verb"));
    assert_eq!(got.last().unwrap(), &row("الطقس حار", "", "unattributed"));
}

#[test]
fn bidi_controls_and_joiners_are_invisible_to_the_rules() {
    let marked = "\u{200F}وقال\u{200D} المتحدث\u{200F} باسم \u{202B}الخارجية\u{202C} إن\u{2067} الوزير سيزور موسكو\u{2069}.";
    let doc = engine().analyze("m", marked.to_owned());
    let r = &doc.rows(false)[0];
    // The same source as without the marks; its name reported without them,
    // the text as written (every span a slice of the article).
    assert_eq!((r.source, r.kind), (SAYER, "speech_verb"));
    assert_eq!(r.source_text, "المتحدث\u{200F} باسم \u{202B}الخارجية\u{202C}");
    assert_eq!(r.claim, "إن\u{2067} الوزير سيزور موسكو\u{2069}");
    assert_eq!(&doc.text[r.start..r.end], r.claim);
    assert_eq!(span_violation(&doc), None);
}

#[test]
fn persian_letters_and_digits_fold_like_arabic() {
    let arabic = "وقالت وزارة الخارجية الإيرانية إن ٢٠ شخصا قتلوا في كرمان.";
    let persian = "وقالت وزارة الخارجية الإيرانیة إن ۲۰ شخصا قتلوا فی کرمان.";
    let a = rows(arabic);
    let p = rows(persian);
    assert_eq!(a.len(), 1);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0], row("إن ۲۰ شخصا قتلوا فی کرمان", "Iranian Foreign Ministry", "speech_verb"));
    assert_eq!(a[0], row("إن ٢٠ شخصا قتلوا في كرمان", "Iranian Foreign Ministry", "speech_verb"));
}

#[test]
fn an_all_latin_article_is_unattributed_text() {
    let text = "Reuters said on Monday that the talks had failed. According to AP, nothing changed.";
    assert_eq!(
        rows(text),
        [
            row("Reuters said on Monday that the talks had failed", "", "unattributed"),
            row("According to AP, nothing changed", "", "unattributed"),
        ]
    );
}

#[test]
fn crlf_line_ends_keep_offsets_and_lines() {
    let text = format!("{SAID}\r\nالطقس حار.\r\n\r\n{SAID}\r\n");
    let doc = engine().analyze("c", text.clone());
    let got: Vec<(usize, &str, usize, usize)> = doc.rows(false).iter().map(|r| (r.line, r.claim, r.start, r.end)).collect();
    let first = text.find(CLAIM).unwrap();
    let last = text.rfind(CLAIM).unwrap();
    let weather = text.find("الطقس حار").unwrap();
    assert_eq!(
        got,
        [
            (1, CLAIM, first, first + CLAIM.len()),
            (2, "الطقس حار", weather, weather + "الطقس حار".len()),
            (4, CLAIM, last, last + CLAIM.len()),
        ]
    );
    // The same rows, offsets aside, as with LF.
    let lf = rows(&text.replace("\r\n", "\n"));
    assert_eq!(rows(&text), lf);
}

#[test]
fn many_lines_number_every_claim() {
    // Line numbers of thousands of claims (regression: they were counted from the top per claim).
    let text = format!("{SAID}\r\n").repeat(3_000);
    let doc = engine().analyze("l", text);
    assert_eq!(doc.claims.len(), 3_000);
    assert!(doc.claims.iter().enumerate().all(|(i, c)| c.line == i + 1));
}

#[test]
fn a_long_run_of_hashtag_titles_is_read_without_recursing_through_it() {
    // Found by the fuzzer (a corpus article's title hashtag repeated): each
    // title's name was read through the next hashtag title, recursing as deep
    // as the run, and 2,000 of them overflowed a worker's stack.
    let text = format!("اجتمع الأمير {}وقالت إن الوضع جيد.", "#ولي_العهد نائب رئيس ".repeat(20_000));
    let got = rows(&text);
    assert_eq!(got.len(), 1, "{:?}", got.iter().map(|r| &r.0).collect::<Vec<_>>());
    assert_eq!((got[0].0.as_str(), got[0].2.as_str()), ("إن الوضع جيد", "anaphoric"));
}

/// A one-line article of about `mb` megabytes: `SAID` repeated with spaces.
fn one_line_article(mb: usize) -> (String, usize) {
    let unit = format!("{SAID} ");
    let n = mb * 1_000_000 / unit.len();
    (unit.repeat(n), n)
}

fn giant_one_line_article(mb: usize) {
    let (text, n) = one_line_article(mb);
    let dir = TempDir::new("giant");
    let file = dir.path().join("giant.txt");
    std::fs::write(&file, &text).unwrap();
    let out = run(&["check", file.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let (_, rows) = parse_csv(&out.stdout);
    assert_eq!(rows.len(), n);
    let unit = SAID.len() + 1;
    let offset = SAID.find(CLAIM).unwrap();
    for (i, r) in rows.iter().enumerate() {
        assert_eq!((r[2].as_str(), r[3].as_str(), r[10].as_str()), (CLAIM, SAYER, "1"));
        assert_eq!(r[11].parse::<usize>().unwrap(), i * unit + offset);
    }
}

#[test]
fn a_5_mb_article_on_one_line() {
    giant_one_line_article(5);
}

#[test]
#[ignore = "50 MB: about 8 s and 1.2 GB of memory; run with --ignored"]
fn a_50_mb_article_on_one_line() {
    giant_one_line_article(50);
}

#[test]
fn a_bad_lexicon_row_names_file_and_line() {
    let dir = TempDir::new("badlex");
    std::fs::write(dir.path().join("outlets.local.tsv"), "# extra outlets\nGood Gazette\tnewspaper\tغازيتا\nBad Gazette\tnewspaperz\tبادا\n").unwrap();
    let out = run(&["check", "--lexicons", dir.path().to_str().unwrap()], SAID.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("outlets.local.tsv:3"), "{err}");
    assert!(err.contains("unknown subtype 'newspaperz'"), "{err}");
    assert!(out.stdout.is_empty());
    let err = isnad::Lexicon::load(Some(dir.path())).unwrap_err();
    assert!(err.to_string().contains("outlets.local.tsv:3"), "{err}");
}

/// The fuzz seeds and the inputs that once broke something (fuzz/regressions,
/// each named for what it broke) keep every invariant, deterministically.
#[test]
fn fuzz_seeds_and_regressions_keep_the_invariants() {
    let root = crate::util::root().join("fuzz");
    let mut n = 0;
    for dir in ["seeds", "regressions"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir)).unwrap().flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let doc = engine().analyze("f", text.clone());
            assert_eq!(span_violation(&doc), None, "{}", f.display());
            assert_eq!(engine().analyze("f", text), doc, "{}", f.display());
            n += 1;
        }
    }
    assert!(n >= 7, "{n} files");
}

#[test]
fn a_claim_range_that_ends_before_it_starts_is_dropped_not_a_panic() {
    // Found on the corpus: the draft claim of «وفقا ل … حسبما "…"» runs backwards.
    assert_eq!(rows("وفقا لتقرير الشرطة، حسبما \"ميرور\""), []);
    let doc = engine().analyze("r", "وفقا لتقرير الشرطة، حسبما \"ميرور\" فإن الحادث وقع ليلا.".to_owned());
    let r = &doc.rows(false)[0];
    assert_eq!((r.claim, r.source, r.speaker), ("حسبما \"ميرور\" فإن الحادث وقع ليلا", "الشرطة", "ميرور"));
}

/// Runs `isnad check` on `paths`; (exit code, stderr, rows).
fn check(paths: &[&std::path::Path]) -> (Option<i32>, String, Vec<Vec<String>>) {
    let mut args = vec!["check".to_owned()];
    args.extend(paths.iter().map(|p| p.to_str().unwrap().to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&args, b"");
    let (_, rows) = parse_csv(&out.stdout);
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned(), rows)
}

#[test]
fn cli_empty_white_space_and_binary_files() {
    let dir = TempDir::new("cli-bad");
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("a_empty.txt"), b"").unwrap();
    std::fs::write(p("b_blank.txt"), b" \r\n\t\n").unwrap();
    std::fs::write(p("c_nul.txt"), [0u8; 1000]).unwrap();
    let mut mid = format!("{SAID}\n").into_bytes();
    mid.extend_from_slice(b"\xff\xfe");
    std::fs::write(p("d_bad.txt"), &mid).unwrap();
    std::fs::write(p("e_good.txt"), SAID).unwrap();
    let (code, err, rows) = check(&[dir.path()]);
    assert_eq!(code, Some(1));
    assert!(err.contains("c_nul.txt: binary data (NUL byte at offset 0), not a text article"), "{err}");
    assert!(err.contains(&format!("d_bad.txt: line 2: invalid UTF-8 at byte {}", SAID.len() + 1)), "{err}");
    assert!(!err.contains("a_empty") && !err.contains("b_blank"), "{err}");
    let got: Vec<(&str, &str, &str)> = rows.iter().map(|r| (r[0].as_str(), r[2].as_str(), r[3].as_str())).collect();
    assert_eq!(got, [("e_good", CLAIM, SAYER)]);
}

#[test]
fn cli_unreadable_inputs_are_named_and_the_rest_goes_on() {
    let dir = TempDir::new("cli-unreadable");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, SAID).unwrap();
    // A dangling symlink cannot be read, root or not.
    let gone = dir.path().join("gone.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), &gone).unwrap();
    // chmod 000 blocks reading unless the tests run as root.
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, SAID).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root = std::fs::read(&locked).is_ok();
    let (code, err, rows) = check(&[dir.path()]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(code, Some(1));
    assert!(err.contains("gone.txt: No such file or directory"), "{err}");
    if !root {
        assert!(err.contains("locked.txt: Permission denied"), "{err}");
    }
    let docs: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(docs, if root { vec!["good", "locked"] } else { vec!["good"] });
}

// ---- Inputs of a batch run: encodings, JSON Lines, directory loops ----

/// `SAID` and a second, unattributed sentence.
const TWO: &str = "وقال المتحدث باسم الخارجية إن الوزير سيزور موسكو.\nالطقس حار اليوم في المدينة.\n";

/// Runs `isnad check -q ARGS`; (exit code, stderr, rows as (doc, claim, source)).
fn check_quiet(args: &[&str]) -> (Option<i32>, String, Vec<(String, String, String)>) {
    let mut all = vec!["check", "-q"];
    all.extend_from_slice(args);
    let out = run(&all, b"");
    let (_, rows) = parse_csv(&out.stdout);
    let rows = rows.into_iter().map(|r| (r[0].clone(), r[2].clone(), r[3].clone())).collect();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned(), rows)
}

fn two_rows(doc: &str) -> Vec<(String, String, String)> {
    vec![
        (doc.to_owned(), CLAIM.to_owned(), SAYER.to_owned()),
        (doc.to_owned(), "الطقس حار اليوم في المدينة".to_owned(), String::new()),
    ]
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

#[test]
fn windows_1256_and_utf16_with_bom_are_decoded() {
    let dir = TempDir::new("enc");
    let (cp1256, _, lossy) = encoding_rs::WINDOWS_1256.encode(TWO);
    assert!(!lossy);
    std::fs::write(dir.path().join("cp1256.txt"), &cp1256).unwrap();
    std::fs::write(dir.path().join("le.txt"), utf16(TWO, false)).unwrap();
    std::fs::write(dir.path().join("be.txt"), utf16(TWO, true)).unwrap();
    let (code, err, rows) = check_quiet(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(rows, [two_rows("be"), two_rows("cp1256"), two_rows("le")].concat());
    // Offsets are those of the decoded UTF-8 text, whatever the encoding.
    let (doc, _) = isnad::decode::decode(&cp1256, isnad::decode::TextEncoding::Auto).unwrap();
    assert_eq!(doc, TWO);
}

#[test]
fn utf8_damaged_in_the_middle_is_refused_not_guessed_as_another_encoding() {
    // One bad byte in an Arabic UTF-8 article: a legacy-encoding guess would
    // turn every letter into Latin mojibake and analyse that.
    let dir = TempDir::new("damaged");
    let mut bytes = TWO.as_bytes().to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(b"\xD9\xFF");
    bytes.extend_from_slice(TWO.as_bytes());
    let file = dir.path().join("damaged.txt");
    std::fs::write(&file, &bytes).unwrap();
    let (code, err, rows) = check_quiet(&[file.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(err.contains(&format!("damaged.txt: line 3: invalid UTF-8 at byte {at}")), "{err}");
    assert_eq!(rows, []);
}

#[test]
fn json_lines_with_a_broken_line_a_missing_text_and_a_bad_id() {
    let dir = TempDir::new("jsonl");
    let file = dir.path().join("feed.jsonl");
    let lines = [
        serde_json::json!({"id": "a", "text": SAID}).to_string(),
        "{\"id\": \"b\", \"text\": \"cut short".to_owned(),
        serde_json::json!({"id": "c"}).to_string(),
        serde_json::json!({"id": ["d"], "text": SAID}).to_string(),
        serde_json::json!({"id": 7, "text": SAID}).to_string(),
        serde_json::json!({"text": SAID}).to_string(),
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let (code, err, rows) = check_quiet(&[file.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(err.contains("feed.jsonl:2: bad JSON"), "{err}");
    assert!(err.contains("feed.jsonl:3: no \"text\" field"), "{err}");
    assert!(err.contains("feed.jsonl:4: \"id\" is neither a string nor a number"), "{err}");
    assert_eq!(err.lines().filter(|l| l.contains("feed.jsonl:")).count(), 3, "{err}");
    let docs: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let unnamed = format!("{}:6", file.display());
    assert_eq!(docs, ["a", "7", unnamed.as_str()]);
    assert!(rows.iter().all(|r| r.1 == CLAIM && r.2 == SAYER));
}

#[test]
fn a_directory_loop_is_named_and_every_article_read_once() {
    let dir = TempDir::new("loop");
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("a.txt"), SAID).unwrap();
    std::fs::write(dir.path().join("sub/b.txt"), SAID).unwrap();
    // Two loops: followed blindly, they make 2^40 paths.
    std::os::unix::fs::symlink("..", dir.path().join("sub/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("self")).unwrap();
    // Killed after two minutes: followed blindly, the walk never ends.
    let out = crate::util::run_or_kill(&["check", "-q", dir.path().to_str().unwrap()], 120).expect("isnad walked the loops for two minutes");
    let code = out.status.code();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let rows: Vec<(String, String, String)> = parse_csv(&out.stdout).1.into_iter().map(|r| (r[0].clone(), r[2].clone(), r[3].clone())).collect();
    assert_eq!(code, Some(1));
    let root = dir.path().display().to_string();
    assert!(err.contains(&format!("{root}/self: directory loop: leads back to {root}, not followed")), "{err}");
    assert!(err.contains(&format!("{root}/sub/up: directory loop: leads back to {root}, not followed")), "{err}");
    let docs: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(docs, ["a", "sub/b"]);
}

#[test]
fn utf16_without_bom_is_refused_unless_named() {
    let dir = TempDir::new("nobom");
    let file = dir.path().join("nobom.txt");
    std::fs::write(&file, &utf16(TWO, false)[2..]).unwrap();
    let (code, err, rows) = check_quiet(&[file.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    // The first ASCII character (the space after «وقال») has a NUL high byte.
    let nul = 2 * TWO.chars().position(|c| c.is_ascii()).unwrap() + 1;
    assert!(err.contains(&format!("nobom.txt: binary data (NUL byte at offset {nul}), not a text article")), "{err}");
    assert_eq!(rows, []);
    let (code, err, rows) = check_quiet(&["--encoding", "utf-16le", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(rows, two_rows("nobom"));
}
