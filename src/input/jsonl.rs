//! JSON Lines: one article a line, `{"id": …, "text": …, "url": …, "date": …}`.
//!
//! Lines are split here, on the reading thread (cheap), and parsed by
//! [`parse`] on the workers, so one large file keeps every core busy.

use super::{Article, InputError, Origin, Pending, SharedLine};
#[cfg(test)]
use std::io::BufRead;
use std::io::Read;
use std::sync::Arc;

/// The size of the blocks JSON Lines are read in (a few chunks' worth:
/// see `CHUNK_BYTES` in `cli::check`).
pub(super) const BLOCK: usize = 256 << 10;

/// The lines of an input, read a block at a time: each line a
/// [`Pending::Shared`] slice of its block, not a copy (the reading thread
/// spent most of its time copying lines and the workers freeing them).
/// Blocks whose lines have all been parsed are read into again.
pub(super) struct Blocks {
    reader: Box<dyn Read + Send>,
    /// The block read last; `block[pos..end]` not split yet.
    block: Arc<Vec<u8>>,
    pos: usize,
    end: usize,
    /// The input has no more bytes.
    eof: bool,
    /// The size of a new block.
    size: usize,
    /// Blocks read before, to read into again once their lines are gone.
    spare: Vec<Arc<Vec<u8>>>,
}

impl Blocks {
    /// The lines of `reader`, in blocks of `size` bytes (more for a longer line).
    pub(super) fn new(reader: Box<dyn Read + Send>, size: usize) -> Blocks {
        Blocks { reader, block: Arc::default(), pos: 0, end: 0, eof: false, size: size.max(1), spare: Vec::new() }
    }

    /// The next non-blank line as a [`Pending::Shared`], or a read error;
    /// `None` at the end of the input. As [`next_line`], which reads lines
    /// one by one.
    pub(super) fn next_line(&mut self, input: &str, line: &mut usize) -> Option<Pending> {
        loop {
            *line += 1;
            let origin = Origin { input: input.to_owned(), line: Some(*line) };
            let mut at = match self.split() {
                Ok(Some(at)) => at,
                Ok(None) => return None,
                // The caller stops this input: the rest of it is lost, said once.
                Err(e) => return Some(Pending::Failed(InputError { origin, reason: format!("read error: {e}") })),
            };
            let b = &self.block[..];
            while at.end > at.start && matches!(b[at.end - 1], b'\n' | b'\r') {
                at.end -= 1;
            }
            if *line == 1 && b[at.clone()].starts_with(b"\xEF\xBB\xBF") {
                at.start += 3;
            }
            if b[at.clone()].iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Pending::Shared(SharedLine { origin, block: self.block.clone(), at }));
        }
    }

    /// The next line in the block, line end included, reading on where
    /// the block holds no whole line; `None` at the end of the input.
    fn split(&mut self) -> std::io::Result<Option<std::ops::Range<usize>>> {
        let mut searched = self.pos;
        loop {
            if let Some(i) = memchr::memchr(b'\n', &self.block[searched..self.end]) {
                let at = self.pos..searched + i + 1;
                self.pos = at.end;
                return Ok(Some(at));
            }
            searched = self.end;
            if self.eof {
                if self.pos == self.end {
                    return Ok(None);
                }
                let at = self.pos..self.end;
                self.pos = self.end;
                return Ok(Some(at));
            }
            searched -= self.pos;
            self.refill()?;
        }
    }

    /// Reads on: after the bytes not split yet, moved to the front of a
    /// free block (one twice their size when they fill a block) unless the
    /// block holds no line yet and has room.
    fn refill(&mut self) -> std::io::Result<()> {
        let keep = self.pos == 0 && self.end < self.block.len() && Arc::get_mut(&mut self.block).is_some();
        if !keep {
            let left = self.end - self.pos;
            let mut next = self.free_block(if left * 2 > self.size { left * 2 } else { self.size });
            next[..left].copy_from_slice(&self.block[self.pos..self.end]);
            let old = std::mem::replace(&mut self.block, Arc::new(next));
            // Only blocks of the usual size are kept, and a few of them.
            if old.len() == self.size && self.spare.len() < 64 {
                self.spare.push(old);
            }
            (self.pos, self.end) = (0, left);
        }
        let Some(buf) = Arc::get_mut(&mut self.block) else {
            return Err(std::io::Error::other("a block still in use"));
        };
        loop {
            match self.reader.read(&mut buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            return Ok(());
        }
    }

    /// A block of at least `len` bytes: a spare one whose lines are all
    /// gone, else a new one.
    fn free_block(&mut self, len: usize) -> Vec<u8> {
        if let Some(k) = self.spare.iter().position(|b| b.len() >= len && Arc::strong_count(b) == 1) {
            if let Ok(b) = Arc::try_unwrap(self.spare.swap_remove(k)) {
                return b;
            }
        }
        vec![0; len]
    }
}

/// The next non-blank line as a [`Pending::Line`], or a read error; `None`
/// at the end of the input. The reference for [`Blocks::next_line`].
#[cfg(test)]
pub(super) fn next_line(reader: &mut dyn BufRead, input: &str, line: &mut usize) -> Option<Pending> {
    loop {
        let mut bytes = Vec::new();
        *line += 1;
        let origin = Origin { input: input.to_owned(), line: Some(*line) };
        match read_line(reader, &mut bytes) {
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

/// `BufRead::read_until(b'\n', …)` with the memchr crate's search: the
/// standard library's is a plain loop, a fifth of the reading thread.
#[cfg(test)]
fn read_line(reader: &mut dyn BufRead, bytes: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (done, used) = match memchr::memchr(b'\n', buf) {
            Some(i) => (true, i + 1),
            None => (buf.is_empty(), buf.len()),
        };
        bytes.extend_from_slice(&buf[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

#[derive(serde::Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: Option<String>,
    url: Option<String>,
    date: Option<String>,
}

/// A line's fields, the id as the article names it.
#[derive(Debug, Default, PartialEq)]
struct Fields {
    id: Option<String>,
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
    // The fast path says whether its text may hold NUL (only an escape
    // writes one), so most texts are not searched for it.
    let (fields, bad_id, nul) = match parse_fast_nul(json) {
        Some((f, nul)) => (f, false, nul),
        None => {
            let line: Line = match serde_json::from_str(json) {
                Ok(l) => l,
                Err(e) => return fail(format!("bad JSON: {e}"), origin),
            };
            let (id, bad_id) = match line.id {
                Some(serde_json::Value::String(s)) => (Some(s), false),
                Some(n @ serde_json::Value::Number(_)) => (Some(n.to_string()), false),
                None | Some(serde_json::Value::Null) => (None, false),
                Some(_) => (None, true),
            };
            (Fields { id, text: line.text, url: line.url, date: line.date }, bad_id, true)
        }
    };
    let Some(text) = fields.text else {
        return fail("no \"text\" field".into(), origin);
    };
    if nul && memchr::memchr(0, text.as_bytes()).is_some() {
        return fail("\"text\" holds NUL characters, not an article".into(), origin);
    }
    if bad_id {
        return fail("\"id\" is neither a string nor a number".into(), origin);
    }
    let id = fields.id.unwrap_or_else(|| origin.to_string());
    Ok(Article { id, text, url: fields.url, date: fields.date, origin })
}

/// The usual line parsed by hand: an object of the fields `id` (a string,
/// a plain integer or null), `text`, `url` and `date` (strings or null),
/// each once, in any order. `None` for anything else (other keys, escaped
/// keys, other numbers, control characters, any error), which serde_json
/// then parses and names what is wrong: so this path gives what serde_json
/// gives or nothing. A sixth of the time of serde_json, which reads a string
/// byte by byte where this copies the runs between escapes. With the
/// fields, whether the text may hold NUL (some `\u` escape in it was U+0000).
fn parse_fast_nul(json: &str) -> Option<(Fields, bool)> {
    // A raw control character is an error inside a string (which `string`
    // leaves to serde_json) and rare between tokens, where only the bytes
    // this reads by name pass.
    let b = json.as_bytes();
    let mut f = Fields::default();
    let mut i = skip_spaces(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_spaces(b, i + 1);
    if b.get(i) == Some(&b'}') {
        return (skip_spaces(b, i + 1) == b.len()).then_some((f, false));
    }
    let mut seen = [false; 4];
    let mut nul = false;
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let key_end = i + 1 + memchr::memchr2(b'"', b'\\', &b[i + 1..])?;
        if b[key_end] != b'"' {
            return None;
        }
        let key = &b[i + 1..key_end];
        i = skip_spaces(b, key_end + 1);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_spaces(b, i + 1);
        let (slot, field) = match key {
            b"id" => (0, &mut f.id),
            b"text" => (1, &mut f.text),
            b"url" => (2, &mut f.url),
            b"date" => (3, &mut f.date),
            _ => return None,
        };
        if std::mem::replace(&mut seen[slot], true) {
            return None;
        }
        match b.get(i)? {
            b'"' => {
                let mut escaped_nul = false;
                let (s, end) = string(json, i + 1, slot == 1, &mut escaped_nul)?;
                nul |= escaped_nul && slot == 1;
                *field = Some(s);
                i = end;
            }
            b'n' if b[i..].starts_with(b"null") => i += 4,
            b'0'..=b'9' if slot == 0 => {
                let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                // serde_json's u64 without leading zeros: written back as read.
                let next = b.get(i + digits).copied().unwrap_or(b' ');
                if digits > 19 || (digits > 1 && b[i] == b'0') || matches!(next, b'.' | b'e' | b'E') {
                    return None;
                }
                *field = Some(json[i..i + digits].to_owned());
                i += digits;
            }
            _ => return None,
        }
        i = skip_spaces(b, i);
        match b.get(i)? {
            b',' => i = skip_spaces(b, i + 1),
            b'}' => break,
            _ => return None,
        }
    }
    (skip_spaces(b, i + 1) == b.len()).then_some((f, nul))
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// The JSON string starting at byte `at` (after its opening quote) and the
/// byte after its closing quote; `long` sizes the string for the rest of
/// the line at once. `None` for a bad escape, a raw control character or
/// no closing quote. `nul` is set if an escape writes U+0000.
fn string(json: &str, mut at: usize, long: bool, nul: &mut bool) -> Option<(String, usize)> {
    let b = json.as_bytes();
    let mut s = String::with_capacity(if long { b.len() - at } else { 0 });
    loop {
        // The runs between escapes are whole UTF-8 (they end at ASCII).
        let run = plain_run(&b[at..]);
        s.push_str(json.get(at..at + run)?);
        at += run;
        match b.get(at)? {
            b'"' => return Some((s, at + 1)),
            b'\\' => {}
            _ => return None,
        }
        let c = match b.get(at + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hi = hex4(b, at + 2)?;
                at += 4;
                match hi {
                    0xD800..=0xDBFF => {
                        // A pair, or serde_json's error.
                        if b.get(at + 2..at + 4)? != b"\\u" {
                            return None;
                        }
                        let lo = hex4(b, at + 4)?;
                        if !(0xDC00..=0xDFFF).contains(&lo) {
                            return None;
                        }
                        at += 6;
                        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))?
                    }
                    _ => char::from_u32(hi)?,
                }
            }
            _ => return None,
        };
        *nul |= c == '\0';
        s.push(c);
        at += 2;
    }
}

/// Whether a byte ends a run of a JSON string: `"`, `\\` or a control
/// character.
fn is_special(x: u8) -> bool {
    x == b'"' || x == b'\\' || x < 0x20
}

/// The bytes of `b` before its first [`is_special`] byte (all of them
/// without one). One pass for the string's end, its escapes and the
/// control characters, which were a pass over the line of their own.
fn plain_run(b: &[u8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2.
        return unsafe { plain_run_avx2(b) };
    }
    plain_run_portable(b)
}

/// [`plain_run`] byte by byte, for every target.
fn plain_run_portable(b: &[u8]) -> usize {
    b.iter().position(|&x| is_special(x)).unwrap_or(b.len())
}

/// [`plain_run`] thirty-two bytes a step.
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn plain_run_avx2(b: &[u8]) -> usize {
    use std::arch::x86_64::*;
    let special = |lanes: &[u8]| {
        let lanes: &[u8; 32] = lanes.try_into().expect("thirty-two bytes");
        // SAFETY: the load reads the thirty-two bytes of `lanes`, at any alignment.
        let v = unsafe { _mm256_loadu_si256(lanes.as_ptr().cast()) };
        let all = |x: u8| _mm256_set1_epi8(x as i8);
        // Below 0x20 as unsigned bytes: max(v, 0x1F) is 0x1F.
        let control = _mm256_cmpeq_epi8(_mm256_max_epu8(v, all(0x1F)), all(0x1F));
        let ends = _mm256_or_si256(_mm256_cmpeq_epi8(v, all(b'"')), _mm256_cmpeq_epi8(v, all(b'\\')));
        _mm256_movemask_epi8(_mm256_or_si256(ends, control)) as u32
    };
    let mut n = 0;
    // Two steps at once: one test for both.
    while n + 64 <= b.len() {
        let (lo, hi) = (special(&b[n..n + 32]), special(&b[n + 32..n + 64]));
        if lo | hi != 0 {
            return n + (u64::from(hi) << 32 | u64::from(lo)).trailing_zeros() as usize;
        }
        n += 64;
    }
    if n + 32 <= b.len() {
        let bits = special(&b[n..n + 32]);
        if bits != 0 {
            return n + bits.trailing_zeros() as usize;
        }
        n += 32;
    }
    if n == b.len() || b.len() < 32 {
        return n + plain_run_portable(&b[n..]);
    }
    // The last thirty-two bytes, without those seen already.
    let bits = special(&b[b.len() - 32..]) >> (32 - (b.len() - n));
    if bits != 0 { n + bits.trailing_zeros() as usize } else { b.len() }
}

/// Four hex digits at `at`.
fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let h = b.get(at..at + 4)?;
    h.iter().try_fold(0, |n, &c| Some(n * 16 + (c as char).to_digit(16)?))
}

/// [`parse_fast_nul`]'s fields alone.
#[cfg(test)]
fn parse_fast(json: &str) -> Option<Fields> {
    parse_fast_nul(json).map(|(f, _)| f)
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
        for (bad, why) in [(&b"{\"id\": \"1\", \"text\": "[..], "bad JSON"), (&b"{\"text\": \"\xD9\"}"[..], "bad JSON: invalid UTF-8 at byte 10"), (br#"{"id": "1"}"#, "no \"text\""), (br#"{"id": [], "text": "x"}"#, "\"id\""), (br#"{"id": [], "text": "\u0000"}"#, "NUL")] {
            let e = parse(bad, origin()).unwrap_err();
            assert!(e.reason.contains(why), "{e}");
            assert_eq!(e.to_string().split(": ").next(), Some("a.jsonl:3"));
        }
    }

    /// The line as serde_json alone reads it (the parser before the fast path).
    fn by_serde(json: &str) -> Option<Fields> {
        let line: Line = serde_json::from_str(json).ok()?;
        let id = match line.id {
            Some(serde_json::Value::String(s)) => Some(s),
            Some(n @ serde_json::Value::Number(_)) => Some(n.to_string()),
            None | Some(serde_json::Value::Null) => None,
            Some(_) => return None,
        };
        Some(Fields { id, text: line.text, url: line.url, date: line.date })
    }

    #[test]
    fn the_fast_path_reads_what_serde_reads_or_leaves_it() {
        // (line, whether the fast path takes it)
        let lines = [
            (r#"{"id": "a-1", "text": "قال \"x\"\n\\ \/ \b\f\r\t", "url": "https://x/1", "date": "2020-01-02"}"#, true),
            (r#"  {"text":"x","id":12345678901234567890}  "#, false),
            (r#"{"text":"x","id":1234567890123456789}"#, true),
            (r#"{"text": "\u0642\u0627\u0644 \uD83D\uDE00 \u00e9\u00E9"}"#, true),
            (r#"{"text": "\uD83D"}"#, false),
            (r#"{"text": "\uD83D\u0041"}"#, false),
            (r#"{"text": "\uDE00"}"#, false),
            (r#"{"text": "\u12"}"#, false),
            (r#"{"text": "\x"}"#, false),
            (r#"{"text": "\u0000"}"#, true),
            (r#"{"id": null, "text": "x", "url": null, "date": null}"#, true),
            (r#"{"id": 0, "text": "x"}"#, true),
            (r#"{"id": 01, "text": "x"}"#, false),
            (r#"{"id": 1.5, "text": "x"}"#, false),
            (r#"{"id": 1e3, "text": "x"}"#, false),
            (r#"{"id": -1, "text": "x"}"#, false),
            (r#"{"id": -0, "text": "x"}"#, false),
            (r#"{"id": 7x, "text": "x"}"#, false),
            (r#"{"id": [], "text": "x"}"#, false),
            (r#"{"id": true, "text": "x"}"#, false),
            (r#"{"text": 5}"#, false),
            (r#"{"url": 5, "text": "x"}"#, false),
            (r#"{"text": "x", "text": "y"}"#, false),
            (r#"{"text": "x", "extra": [1]}"#, false),
            (r#"{"te\u0078t": "x"}"#, false),
            (r#"{}"#, true),
            (r#" { } "#, true),
            (r#"{"text": "x",}"#, false),
            (r#"{"text": "x"} x"#, false),
            (r#"{"text": "x""#, false),
            (r#"{"text": "x"#, false),
            (r#"{"text" "x"}"#, false),
            (r#"{"text": nul}"#, false),
            (r#"{"text": nullx}"#, false),
            (r#"["text"]"#, false),
            ("{\"text\": \"a\tb\"}", false),
            ("{\t\"text\": \"x\"}", false),
            ("", false),
        ];
        for (line, fast) in lines {
            assert_eq!(parse_fast(line).is_some(), fast, "{line}");
            if let Some(f) = parse_fast(line) {
                assert_eq!(Some(f), by_serde(line), "{line}");
            }
            let (got, want) = (parse(line.as_bytes(), origin()), by_serde(line));
            match want {
                Some(w) if w.text.as_deref().is_some_and(|t| !t.contains('\0')) => {
                    let got = got.unwrap();
                    assert_eq!((Some(got.text), got.url, got.date), (w.text, w.url, w.date), "{line}");
                    assert_eq!(got.id, w.id.unwrap_or_else(|| origin().to_string()), "{line}");
                }
                _ => assert!(got.is_err(), "{line}"),
            }
        }
    }

    #[test]
    fn the_fast_path_says_when_its_text_may_hold_nul() {
        let lines = [
            (r#"{"text": "a\u0000b"}"#, true),
            (r#"{"text": "a\u0041b\n"}"#, false),
            (r#"{"id": "\u0000", "text": "a", "url": "\u0000"}"#, false),
            (r#"{"text": "a"}"#, false),
            ("{}", false),
        ];
        for (line, nul) in lines {
            assert_eq!(parse_fast_nul(line).map(|(_, n)| n), Some(nul), "{line}");
        }
    }

    #[test]
    fn plain_runs_end_at_quotes_escapes_and_control_characters() {
        for len in [0, 1, 31, 32, 33, 63, 64, 65, 100] {
            for at in 0..=len {
                for end in [b'"', b'\\', 0, b'\n', 0x1F] {
                    let mut b = "ق".repeat(len).into_bytes();
                    b.truncate(len);
                    b.iter_mut().for_each(|x| *x |= 0x20);
                    if at < len {
                        b[at] = end;
                    }
                    assert_eq!(plain_run(&b), at, "{len} {at} {end}");
                    assert_eq!(plain_run_portable(&b), at, "{len} {at} {end}");
                }
            }
        }
    }

    /// A reader giving at most `step` bytes a call, then an error if `fail`.
    struct Trickle {
        bytes: Vec<u8>,
        at: usize,
        step: usize,
        fail: bool,
    }

    impl std::io::Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.step).min(self.bytes.len() - self.at);
            if n == 0 && self.fail {
                return Err(std::io::Error::other("gone"));
            }
            buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    /// The lines as (line number, bytes), up to an error's (line, reason):
    /// the caller stops there.
    fn read_all(mut next: impl FnMut(&mut usize) -> Option<Pending>) -> Vec<(Option<usize>, Vec<u8>)> {
        let (mut n, mut failed) = (0, false);
        std::iter::from_fn(|| {
            let p = if failed { None } else { next(&mut n) }?;
            failed = matches!(p, Pending::Failed(_));
            Some(p)
        })
        .map(|p| match p {
                Pending::Line { origin, bytes } => (origin.line, bytes),
                Pending::Shared(l) => (l.origin().line, l.bytes().to_vec()),
                Pending::Failed(e) => (e.origin.line, e.reason.into_bytes()),
                _ => panic!(),
            })
            .collect()
    }

    #[test]
    fn blocks_split_lines_as_lines_are_read_one_by_one() {
        let long = format!("{{\"text\":\"{}\"}}", "ب".repeat(100));
        let inputs = [
            "".to_string(),
            "\n".to_string(),
            "\u{FEFF}{\"text\":\"a\"}\r\n\n  \n{\"text\":\"b\"}".to_string(),
            "a\r\r\nb\n\nc".to_string(),
            "x\n\u{FEFF}y\n".to_string(),
            format!("{long}\n{long}\r\n\n{long}"),
            "\n".repeat(40) + "z",
        ];
        for text in &inputs {
            for fail in [false, true] {
                let mut want_reader = std::io::BufReader::new(Trickle { bytes: text.clone().into_bytes(), at: 0, step: 3, fail });
                let want = read_all(|n| next_line(&mut want_reader, "in", n));
                for (size, step) in [(1, 1), (2, 7), (5, 3), (16, 1000), (64, 5), (BLOCK, usize::MAX)] {
                    let reader = Trickle { bytes: text.clone().into_bytes(), at: 0, step, fail };
                    let mut blocks = Blocks::new(Box::new(reader), size);
                    let got = read_all(|n| blocks.next_line("in", n));
                    assert_eq!(got, want, "{text:?} {size} {step} {fail}");
                }
            }
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
