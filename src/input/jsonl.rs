//! JSON Lines: one article a line, `{"id": …, "text": …, "url": …, "date": …}`.
//!
//! Lines are split here, on the reading thread (cheap), and parsed by
//! [`parse`] on the workers, so one large file keeps every core busy.

use super::{Article, InputError, Origin, Pending};
use std::io::BufRead;

/// The next non-blank line as a [`Pending::Line`], or a read error; `None`
/// at the end of the input.
pub(super) fn next_line(reader: &mut dyn BufRead, input: &str, line: &mut usize) -> Option<Pending> {
    loop {
        let mut bytes = Vec::new();
        *line += 1;
        let origin = Origin { input: input.to_owned(), line: Some(*line) };
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return None,
            Ok(_) => {}
            // The caller stops this input: the rest of it is lost, said once.
            Err(e) => return Some(Pending::Failed(InputError { origin, reason: format!("read error: {e}") })),
        }
        while matches!(bytes.last(), Some(b'\n' | b'\r')) {
            bytes.pop();
        }
        if *line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some(Pending::Line { origin, bytes });
    }
}

#[derive(serde::Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: Option<String>,
    url: Option<String>,
    date: Option<String>,
}

/// Parses one line into an article. The `id` may be a string or a number;
/// without one the article is named `INPUT:LINE`.
pub(super) fn parse(bytes: &[u8], origin: Origin) -> Result<Article, InputError> {
    let fail = |reason: String, origin: Origin| Err(InputError { origin, reason });
    // Checked once here, fast, rather than string by string by serde_json
    // (a tenth of the batch time went to its UTF-8 checks).
    let Ok(json) = simdutf8::basic::from_utf8(bytes) else {
        let at = std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to());
        return fail(format!("bad JSON: invalid UTF-8 at byte {at}"), origin);
    };
    let line: Line = match serde_json::from_str(json) {
        Ok(l) => l,
        Err(e) => return fail(format!("bad JSON: {e}"), origin),
    };
    let Some(text) = line.text else {
        return fail("no \"text\" field".into(), origin);
    };
    if text.contains('\0') {
        return fail("\"text\" holds NUL characters, not an article".into(), origin);
    }
    let id = match line.id {
        Some(serde_json::Value::String(s)) => s,
        Some(n @ serde_json::Value::Number(_)) => n.to_string(),
        None | Some(serde_json::Value::Null) => origin.to_string(),
        Some(_) => return fail("\"id\" is neither a string nor a number".into(), origin),
    };
    Ok(Article { id, text, url: line.url, date: line.date, origin })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin { input: "a.jsonl".into(), line: Some(3) }
    }

    #[test]
    fn fields() {
        let a = parse(br#"{"id": 7, "text": "\u0642\u0627\u0644", "url": "https://x/1", "extra": [1]}"#, origin()).unwrap();
        assert_eq!((a.id.as_str(), a.text.as_str(), a.url.as_deref(), a.date), ("7", "قال", Some("https://x/1"), None));
        let a = parse(br#"{"text": "x"}"#, origin()).unwrap();
        assert_eq!(a.id, "a.jsonl:3");
    }

    #[test]
    fn failures_name_the_line() {
        for (bad, why) in [(&b"{\"id\": \"1\", \"text\": "[..], "bad JSON"), (&b"{\"text\": \"\xD9\"}"[..], "bad JSON: invalid UTF-8 at byte 10"), (br#"{"id": "1"}"#, "no \"text\""), (br#"{"id": [], "text": "x"}"#, "\"id\"")] {
            let e = parse(bad, origin()).unwrap_err();
            assert!(e.reason.contains(why), "{e}");
            assert_eq!(e.to_string().split(": ").next(), Some("a.jsonl:3"));
        }
    }

    #[test]
    fn lines_skip_blanks_and_bom() {
        let mut r = &b"\xEF\xBB\xBF{\"text\":\"a\"}\r\n\n  \n{\"text\":\"b\"}"[..];
        let mut n = 0;
        let mut got = Vec::new();
        while let Some(p) = next_line(&mut r, "in", &mut n) {
            let Pending::Line { origin, bytes } = p else { panic!() };
            got.push((origin.line, String::from_utf8(bytes).unwrap()));
        }
        assert_eq!(got, [(Some(1), "{\"text\":\"a\"}".to_string()), (Some(4), "{\"text\":\"b\"}".to_string())]);
    }
}
