//! Every output format read back by a real reader: the CSV with the csv
//! crate, the XLSX with calamine and its sheet XML, JSON Lines with serde,
//! the HTML report with an HTML parser. All on the bundled seed articles.

use crate::util::{parse_csv, run, seeds, TempDir};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn check(args: &[&str]) -> Vec<u8> {
    let seeds = seeds();
    let mut all = vec!["check", seeds.to_str().unwrap()];
    all.extend_from_slice(args);
    let out = run(&all, b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn article(doc: &str) -> String {
    std::fs::read_to_string(seeds().join(format!("{doc}.txt"))).unwrap()
}

/// Claims by (doc, n).
type ClaimSet = BTreeSet<(String, usize)>;

/// Every claim in a CSV run, and those without a source.
fn claims_of(rows: &[Vec<String>]) -> (ClaimSet, ClaimSet) {
    let all = rows.iter().map(|r| (r[0].clone(), r[1].parse().unwrap())).collect();
    let un = rows.iter().filter(|r| r[3].is_empty()).map(|r| (r[0].clone(), r[1].parse().unwrap())).collect();
    (all, un)
}

#[test]
fn csv_bom_and_crlf_only_with_excel() {
    let plain = check(&[]);
    assert!(plain.starts_with(b"doc,n,claim,"));
    assert!(!plain.windows(2).any(|w| w == b"\r\n"), "plain CSV has CRLF");
    let excel = check(&["--excel"]);
    assert!(excel.starts_with(BOM));
    let body = &excel[BOM.len()..];
    // Records end CRLF (a claim running over lines keeps its own LF inside quotes).
    let (_, rows) = parse_csv(body);
    assert_eq!(body.windows(2).filter(|w| w == b"\r\n").count(), rows.len() + 1);
    assert!(body.ends_with(b"\r\n"));
    // The same records once the BOM is skipped; the library's reader takes either.
    assert_eq!(parse_csv(body), parse_csv(&plain));
    assert_eq!(isnad::eval::read_run(&excel[..]).unwrap().len(), isnad::eval::read_run(&plain[..]).unwrap().len());
}

#[test]
fn formula_guard_on_text_cells_and_off_on_request() {
    // A file name and a lexicon name are where formula starts come from.
    let dir = TempDir::new("guard");
    let text = article("004_12ba7111f2471564");
    std::fs::write(dir.path().join("=HYPERLINK(1).txt"), &text).unwrap();
    std::fs::write(dir.path().join("outlets.local.tsv"), "@Gazette\tnewspaper\tغازيتا المثال\n").unwrap();
    let input = dir.path().join("=HYPERLINK(1).txt");
    let lex = dir.path().to_str().unwrap();
    let go = |extra: &[&str]| {
        let mut args = vec!["check", "--lexicons", lex, input.to_str().unwrap()];
        args.extend_from_slice(extra);
        parse_csv(&run(&args, b"").stdout).1
    };
    let rows = go(&[]);
    assert!(rows.len() > 10);
    for r in &rows {
        assert_eq!(r[0], "'=HYPERLINK(1)");
        for c in [1, 9, 10, 11, 12] {
            assert!(r[c].parse::<f64>().is_ok(), "numeric column {c} touched: {:?}", r[c]);
        }
        let (s, e): (usize, usize) = (r[11].parse().unwrap(), r[12].parse().unwrap());
        assert_eq!(isnad::output::unguard(&r[2]), &text[s..e], "offsets still index the article");
    }
    let rows = go(&["--no-formula-guard"]);
    assert!(rows.iter().all(|r| r[0] == "=HYPERLINK(1)"));
    // The lexicon name, through a real cue, on stdin.
    let out = run(&["check", "--lexicons", lex, "--attributed-only"], "وقالت غازيتا المثال إن الاتفاق وشيك.".as_bytes());
    let rows = parse_csv(&out.stdout).1;
    assert_eq!(rows[0][3], "'@Gazette");
}

#[test]
fn explain_column_names_cue_source_and_rule() {
    let (header, rows) = parse_csv(&check(&["--explain"]));
    assert_eq!(header.last().unwrap(), "explain");
    assert_eq!(header.len(), 14);
    for r in &rows {
        let e = &r[13];
        assert!(e.contains("rule "), "{e}");
        if !r[7].is_empty() {
            assert!(e.contains(&format!("cue «{}»", r[7])), "{e}");
        }
        if !r[4].is_empty() {
            assert!(e.contains(&r[4]), "source as written missing: {e}");
        }
    }
    // The plain CSV is unchanged by the option's existence.
    let (plain_header, plain) = parse_csv(&check(&[]));
    assert_eq!(plain_header.len(), 13);
    assert_eq!(plain.len(), rows.len());
    // --excel is a CSV switch; elsewhere it is a usage error.
    let out = run(&["check", "--format", "jsonl", "--excel", "-"], "قال".as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--excel"));
}

#[cfg(feature = "xlsx")]
mod xlsx {
    use super::*;
    use calamine::{open_workbook, Data, Reader, Xlsx};

    fn sheet_xml(path: &std::path::Path, n: usize) -> String {
        let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
        let mut s = String::new();
        z.by_name(&format!("xl/worksheets/sheet{n}.xml")).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn workbook_matches_the_csv() {
        let dir = TempDir::new("xlsx");
        let path = dir.path().join("run.xlsx");
        check(&["--format", "xlsx", "-o", path.to_str().unwrap()]);
        let (header, rows) = parse_csv(&check(&[]));
        let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
        assert_eq!(wb.sheet_names(), ["claims", "sources", "documents"]);

        let claims = wb.worksheet_range("claims").unwrap();
        assert_eq!(claims.height(), rows.len() + 1);
        let got: Vec<String> = claims.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
        assert_eq!(got, header);
        for (r, x) in rows.iter().zip(claims.rows().skip(1)) {
            // An empty text cell reads back as an empty cell.
            for c in [0, 2, 3, 4, 5, 6, 7, 8] {
                assert_eq!(x[c].to_string(), r[c]);
                assert!(matches!(x[c], Data::String(_) | Data::Empty));
            }
            // Numbers are numbers, equal to the CSV's.
            assert_eq!(x[1], Data::Float(r[1].parse().unwrap()));
            match x[9] {
                Data::Float(c) => assert!((c - r[9].parse::<f64>().unwrap()).abs() < 1e-9),
                ref other => panic!("confidence is {other:?}"),
            }
            assert_eq!(x[11], Data::Float(r[11].parse().unwrap()));
        }

        // Per source: claims attributed to it, articles.
        let mut per: BTreeMap<&str, (usize, BTreeSet<&str>)> = BTreeMap::new();
        for r in rows.iter().filter(|r| !r[3].is_empty()) {
            let e = per.entry(r[3].as_str()).or_default();
            e.0 += 1;
            e.1.insert(&r[0]);
        }
        let sources = wb.worksheet_range("sources").unwrap();
        assert_eq!(sources.height(), per.len() + 1);
        for x in sources.rows().skip(1) {
            let (claims, arts) = &per[x[0].to_string().as_str()];
            assert_eq!(x[2], Data::Float(*claims as f64), "{}", x[0]);
            assert_eq!(x[3], Data::Float(arts.len() as f64));
        }

        let (all, un) = claims_of(&rows);
        let docs = wb.worksheet_range("documents").unwrap();
        assert_eq!(docs.height(), 6);
        for x in docs.rows().skip(1) {
            let d = x[0].to_string();
            let n = all.iter().filter(|(doc, _)| *doc == d).count();
            let u = un.iter().filter(|(doc, _)| *doc == d).count();
            assert_eq!(x[1], Data::Float(n as f64));
            assert_eq!(x[2], Data::Float((n - u) as f64));
            match x[3] {
                Data::Float(s) => assert!((s - u as f64 / n as f64).abs() < 1e-9),
                ref other => panic!("share is {other:?}"),
            }
            assert_eq!(x[4].to_string(), "", "not failed");
        }

        // Right-to-left, header row frozen, autofilter: in the sheet XML.
        let xml = sheet_xml(&path, 1);
        assert!(xml.contains("rightToLeft=\"1\""), "{}", &xml[..600]);
        assert!(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        assert!(xml.contains(&format!("<autoFilter ref=\"A1:M{}\"/>", rows.len() + 1)));
        assert!(sheet_xml(&path, 2).contains("rightToLeft=\"1\""));
    }

    #[test]
    fn failed_inputs_are_listed_in_documents() {
        use isnad::output::{DocWriter, OutputOptions, XlsxWriter};
        let engine = isnad::Engine::builtin().unwrap();
        let mut w = XlsxWriter::new(Vec::new(), OutputOptions { explain: true, ..Default::default() });
        let id = "004_12ba7111f2471564";
        w.write_doc(&engine.analyze(id, article(id))).unwrap();
        w.failed("bad.txt", "invalid UTF-8 at byte 0");
        w.finish().unwrap();
        let mut wb = Xlsx::new(std::io::Cursor::new(w.into_inner())).unwrap();
        let docs = wb.worksheet_range("documents").unwrap();
        let last: Vec<String> = docs.rows().next_back().unwrap().iter().map(|c| c.to_string()).collect();
        assert_eq!(last[0], "bad.txt");
        assert_eq!(last[4], "invalid UTF-8 at byte 0");
        let claims = wb.worksheet_range("claims").unwrap();
        assert_eq!(claims.get((0, 13)), Some(&Data::String("explain".into())));
        assert!(claims.get((1, 13)).unwrap().to_string().contains("rule "));
    }
}

#[test]
fn jsonl_spans_are_slices_of_the_articles() {
    let out = check(&["--format", "jsonl", "--explain"]);
    let (_, rows) = parse_csv(&check(&[]));
    let (all, _) = claims_of(&rows);
    let objs: Vec<serde_json::Value> = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(|l| serde_json::from_slice(l).unwrap()).collect();
    assert_eq!(objs.len(), all.len(), "one object per claim");
    let slice = |text: &str, v: &serde_json::Value| -> String {
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        assert_eq!(text[s..e], *v["text"].as_str().unwrap());
        text[s..e].to_owned()
    };
    let mut texts = BTreeMap::new();
    for o in &objs {
        assert_eq!(o["schema"], isnad::output::SCHEMA);
        let doc = o["doc"].as_str().unwrap();
        let text = texts.entry(doc.to_owned()).or_insert_with(|| article(doc));
        assert_eq!(slice(text, &o["span"]), o["text"].as_str().unwrap());
        assert!(all.contains(&(doc.to_owned(), o["n"].as_u64().unwrap() as usize)));
        assert!(o["rule"].is_string() && o["rule_text"].is_string());
        if !o["cue"].is_null() {
            slice(text, &o["cue"]);
        }
        let sources = o["sources"].as_array().unwrap();
        assert_eq!(sources.is_empty(), o["kind"] == "unattributed");
        if sources.is_empty() {
            assert!(o["explain"].as_str().unwrap().contains("rule none"));
        }
        for s in sources {
            slice(text, &s["span"]);
            assert!(["outlet", "person", "organization", "anonymous"].contains(&s["type"].as_str().unwrap()));
            let chain = s["chain"].as_array().unwrap();
            assert!(chain.iter().any(|p| p["name"] == s["name"]), "the source is on its chain");
            for p in chain {
                slice(text, &p["span"]);
            }
            assert!(s["explain"].as_str().unwrap().contains("rule "));
            assert!((0.0..=1.0).contains(&s["confidence"].as_f64().unwrap()));
        }
    }
    // --attributed-only leaves out exactly the unattributed claims.
    let out = check(&["--format", "jsonl", "--attributed-only"]);
    let n = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
    assert_eq!(n, objs.iter().filter(|o| o["kind"] != "unattributed").count());
}

#[test]
fn html_report_marks_every_claim_once() {
    use scraper::{Html, Selector};
    let page = String::from_utf8(check(&["--format", "html"])).unwrap();
    let (_, rows) = parse_csv(&check(&[]));
    let (all, un) = claims_of(&rows);
    let html = Html::parse_document(&page);
    let sel = |s: &str| Selector::parse(s).unwrap();
    let marks: Vec<_> = html.select(&sel("mark.claim")).collect();
    assert_eq!(marks.len(), all.len());
    assert_eq!(html.select(&sel("mark.claim.un")).count(), un.len());
    // Each mark holds its claim's text (claims do not overlap in the seeds).
    let articles: Vec<_> = html.select(&sel("section.doc")).collect();
    assert_eq!(articles.len(), 5);
    for sec in &articles {
        let doc = sec.select(&sel("h2")).next().unwrap().text().collect::<String>();
        let art = sec.select(&sel("div.article")).next().unwrap();
        assert_eq!(art.value().attr("dir"), Some("rtl"));
        // The article's text comes through whole, in order.
        assert_eq!(art.text().collect::<String>(), article(&doc));
        for m in sec.select(&sel("mark.claim")) {
            let n: usize = m.value().attr("data-n").unwrap().parse().unwrap();
            let row = rows.iter().find(|r| r[0] == doc && r[1] == n.to_string()).unwrap();
            assert_eq!(m.text().collect::<String>(), row[2]);
            let title = m.value().attr("title").unwrap();
            if !row[3].is_empty() {
                assert!(title.contains(&row[3]) && title.contains(&format!("cue: {}", row[7])), "{title}");
                assert!(title.contains(&format!("confidence {}", row[9])), "{title}");
            }
        }
    }
    // One colour class per source, and a sources table row each.
    let sources: BTreeSet<&str> = rows.iter().filter(|r| !r[3].is_empty()).map(|r| r[3].as_str()).collect();
    assert_eq!(html.select(&sel("table.sources tbody tr")).count(), sources.len());
    let classes: BTreeSet<String> = marks
        .iter()
        .filter_map(|m| m.value().classes().find(|c| c.starts_with('s') && c[1..].parse::<usize>().is_ok()).map(str::to_owned))
        .collect();
    assert!(classes.len() > 10);
    // Self-contained: nothing to fetch.
    assert_eq!(html.select(&sel("script[src], link, img, iframe, object")).count(), 0);
    assert!(!page.contains("http://") && !page.contains("https://") && !page.contains("url("));
    // The low-confidence filter and one table row per CSV row.
    assert!(html.select(&sel("input#thr[type=range]")).next().is_some());
    assert_eq!(html.select(&sel("tr.row")).count(), rows.len());
}

#[test]
fn summary_from_csv_agrees_with_check_summary() {
    let dir = TempDir::new("summary");
    let plain = dir.path().join("run.csv");
    let excel = dir.path().join("excel.csv");
    let out = run(&["check", seeds().to_str().unwrap(), "-o", plain.to_str().unwrap(), "--summary"], b"");
    assert!(out.status.success());
    let from_check = String::from_utf8(out.stderr).unwrap();
    run(&["check", seeds().to_str().unwrap(), "-o", excel.to_str().unwrap(), "--excel"], b"");
    let a = run(&["summary", plain.to_str().unwrap()], b"");
    let b = run(&["summary", excel.to_str().unwrap()], b"");
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    let table = String::from_utf8(a.stdout).unwrap();
    assert_eq!(table, String::from_utf8(b.stdout).unwrap());
    assert_eq!(table, from_check);
    // The counts are the CSV's.
    let (_, rows) = parse_csv(&std::fs::read(&plain).unwrap());
    let wapo = rows.iter().filter(|r| r[3] == "The Washington Post").count();
    let docs = rows.iter().filter(|r| r[3] == "The Washington Post").map(|r| &r[0]).collect::<BTreeSet<_>>().len();
    let line = table.lines().find(|l| l.starts_with("The Washington Post")).expect(&table);
    let cells: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(cells[4..6], [wapo.to_string(), docs.to_string()]);
    let (all, un) = claims_of(&rows);
    for d in ["000_9fdd234b3ea16cdd", "002_362a69a8ed804e80"] {
        let n = all.iter().filter(|(x, _)| x == d).count();
        let u = un.iter().filter(|(x, _)| x == d).count();
        let line = table.lines().find(|l| l.starts_with(d)).unwrap();
        assert!(line.contains(&format!("{:.0}%", 100.0 * u as f64 / n as f64)), "{line}");
    }
}
