//! Stage 1: bytes to text.
//!
//! The decoded text is the reference for every offset isnad reports: a
//! leading byte-order mark is dropped, everything else (CR included) is kept
//! as it is, so `text[start..end]` is always a slice of what the user sees.
//!
//! [`decode`] accepts UTF-8 (with or without BOM), UTF-16 with a BOM, and
//! legacy single-byte encodings, windows-1256 above all, guessed with
//! chardetng or forced by [`TextEncoding::Forced`].

use std::fmt;

/// Why a file could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are not valid UTF-8; `offset` is the first bad byte and
    /// `line` the 1-based line it stands on.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// The input holds NUL bytes: a binary file, not an article.
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The bytes are not valid in the encoding that was forced or detected.
    Malformed {
        /// The encoding's name.
        encoding: &'static str,
    },
    /// The bytes decode, but to something that is not Arabic or Latin text
    /// (a binary file, or a misdetected encoding).
    NotText {
        /// The encoding's name.
        encoding: &'static str,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::InvalidUtf8 { offset, line } => write!(
                f,
                "line {line}: invalid UTF-8 at byte {offset} (try --encoding windows-1256 or utf-16)"
            ),
            DecodeError::Binary { offset } => {
                write!(f, "binary data (NUL byte at offset {offset}), not a text article")
            }
            DecodeError::Malformed { encoding } => write!(f, "invalid {encoding} (try another --encoding)"),
            DecodeError::NotText { encoding } => {
                write!(f, "decoded as {encoding}, this is not Arabic or Latin text (binary data or another --encoding?)")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes UTF-8 bytes, with or without BOM, LF or CRLF line ends.
///
/// ```
/// assert_eq!(isnad::decode::decode_utf8(b"\xEF\xBB\xBFqal\r\n").unwrap(), "qal\r\n");
/// assert!(isnad::decode::decode_utf8(b"a\n\xFF").is_err());
/// ```
pub fn decode_utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if let Some(offset) = memchr_nul(body) {
        return Err(DecodeError::Binary { offset: offset + (bytes.len() - body.len()) });
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let offset = e.valid_up_to() + (bytes.len() - body.len());
            let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
            Err(DecodeError::InvalidUtf8 { offset, line })
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// How much of a legacy-encoded article the detector reads.
const DETECT_BYTES: usize = 4 << 10;

/// How to turn bytes into text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextEncoding {
    /// A BOM decides; else valid UTF-8 is UTF-8; else chardetng guesses
    /// (windows-1256 for Arabic).
    #[default]
    Auto,
    /// This encoding, whatever the bytes look like (a BOM of its own is dropped).
    Forced(&'static encoding_rs::Encoding),
}

impl TextEncoding {
    /// Parses a WHATWG label (`utf-8`, `utf-16le`, `utf-16be`, `windows-1256`,
    /// `cp1256`, `iso-8859-6` …) or `auto`.
    pub fn from_label(label: &str) -> Option<TextEncoding> {
        if label.eq_ignore_ascii_case("auto") {
            return Some(TextEncoding::Auto);
        }
        let label = if label.eq_ignore_ascii_case("cp1256") { "windows-1256" } else { label };
        encoding_rs::Encoding::for_label(label.as_bytes()).map(TextEncoding::Forced)
    }
}

/// Decodes bytes in the given or detected encoding; the text and the name of
/// the encoding used.
///
/// ```
/// use isnad::decode::{decode, TextEncoding};
/// let article = "قال مصدر مطلع إن الوزير سيزور موسكو الأسبوع المقبل لبحث الاتفاق.";
/// let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(article);
/// let (text, enc) = decode(&bytes, TextEncoding::Auto).unwrap();
/// assert_eq!((text.as_str(), enc), (article, "windows-1256"));
/// ```
pub fn decode(bytes: &[u8], enc: TextEncoding) -> Result<(String, &'static str), DecodeError> {
    use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
    let forced = match enc {
        TextEncoding::Forced(e) => Some(e),
        TextEncoding::Auto => None,
    };
    // A BOM is the strongest evidence; a forced encoding only drops its own.
    let sniffed = Encoding::for_bom(bytes);
    // When a guess fails, the UTF-8 error says more than the guess's.
    let mut utf8_error = None;
    let (encoding, body) = match (forced, sniffed) {
        (Some(f), Some((e, n))) if e == f => (f, &bytes[n..]),
        (Some(f), _) => (f, bytes),
        (None, Some((e, n))) => (e, &bytes[n..]),
        (None, None) => {
            // Fast path: most articles are UTF-8.
            match decode_utf8(bytes) {
                Ok(s) => return Ok((s, "UTF-8")),
                Err(e @ DecodeError::Binary { .. }) => return Err(e),
                Err(e @ DecodeError::InvalidUtf8 { offset, .. }) => {
                    // Valid non-ASCII UTF-8 before the first bad byte: a damaged
                    // UTF-8 file, not a legacy encoding (say where it breaks).
                    let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or("");
                    if valid.chars().filter(|c| !c.is_ascii()).nth(1).is_some() {
                        return Err(e);
                    }
                    utf8_error = Some(e);
                }
                Err(_) => {}
            }
            // chardetng runs at ~16 MB/s: two thousand letters are plenty.
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(&bytes[..bytes.len().min(DETECT_BYTES)], true);
            (det.guess(None, chardetng::Utf8Detection::Deny), bytes)
        }
    };
    if encoding == UTF_8 {
        let bom = bytes.len() - body.len();
        return decode_utf8(body).map(|s| (s, "UTF-8")).map_err(|e| match e {
            DecodeError::InvalidUtf8 { offset, line } => DecodeError::InvalidUtf8 { offset: offset + bom, line },
            DecodeError::Binary { offset } => DecodeError::Binary { offset: offset + bom },
            e => e,
        });
    }
    let wide = encoding == UTF_16LE || encoding == UTF_16BE;
    if !wide {
        if let Some(offset) = memchr_nul(body) {
            return Err(DecodeError::Binary { offset: offset + (bytes.len() - body.len()) });
        }
    }
    let name = encoding.name();
    let text = match encoding.decode_without_bom_handling_and_without_replacement(body) {
        Some(t) => t.into_owned(),
        None => return Err(utf8_error.unwrap_or(DecodeError::Malformed { encoding: name })),
    };
    // Guesses can be wrong, and any byte string is "valid" UTF-16 or
    // windows-1256: insist on text that looks like an article.
    if forced.is_none() && !looks_like_text(&text) {
        return Err(utf8_error.unwrap_or(DecodeError::NotText { encoding: name }));
    }
    if text.contains('\0') {
        return Err(DecodeError::NotText { encoding: name });
    }
    Ok((text, name))
}

/// Mostly Arabic, Latin, digits, punctuation and spaces, without control
/// characters: what an article decoded in the right encoding looks like.
fn looks_like_text(text: &str) -> bool {
    let (mut good, mut all) = (0usize, 0usize);
    for c in text.chars() {
        all += 1;
        let u = c as u32;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            return false;
        }
        // ASCII, Latin-1, Arabic blocks, general punctuation, Arabic presentation forms.
        if u < 0x250 || (0x600..0x800).contains(&u) || (0x8A0..0x900).contains(&u) || (0x2000..0x2070).contains(&u)
            || (0xFB50..0xFF00).contains(&u)
        {
            good += 1;
        }
    }
    good * 10 >= all * 9
}

/// 1-based line number of byte `offset` in `text` (a CRLF counts once).
pub fn line_of(text: &str, offset: usize) -> usize {
    // Called once per claim: memchr skips the long runs between newlines.
    1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..offset.min(text.len())]).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &[u8], Result<&str, DecodeError>)] = &[
            ("plain", "قال".as_bytes(), Ok("قال")),
            ("bom dropped", b"\xEF\xBB\xBF\xD9\x82", Ok("ق")),
            ("crlf kept", b"a\r\nb", Ok("a\r\nb")),
            ("empty", b"", Ok("")),
            ("bad byte line 2", b"x\n\xC3(", Err(DecodeError::InvalidUtf8 { offset: 2, line: 2 })),
            ("nul", b"ab\0cd", Err(DecodeError::Binary { offset: 2 })),
        ];
        for (name, input, want) in cases {
            let got = decode_utf8(input);
            assert_eq!(got.as_deref().map_err(|e| e.clone()), want.clone(), "{name}");
        }
    }

    #[test]
    fn encodings() {
        let arabic = "قال المتحدث باسم الخارجية إن الوزير سيزور موسكو.\r\nالطقس حار.";
        let (cp, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in arabic.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        let mut bom8 = b"\xEF\xBB\xBF".to_vec();
        bom8.extend(arabic.as_bytes());
        let auto = TextEncoding::Auto;
        for (name, bytes, enc, want) in [
            ("utf-8", arabic.as_bytes(), auto, "UTF-8"),
            ("utf-8 bom", &bom8[..], auto, "UTF-8"),
            ("utf-16le", &le[..], auto, "UTF-16LE"),
            ("utf-16be", &be[..], auto, "UTF-16BE"),
            ("cp1256", &cp[..], auto, "windows-1256"),
            ("cp1256 forced", &cp[..], TextEncoding::from_label("cp1256").unwrap(), "windows-1256"),
            ("utf-16le forced", &le[..], TextEncoding::from_label("utf-16le").unwrap(), "UTF-16LE"),
        ] {
            let (text, used) = decode(bytes, enc).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(text, arabic, "{name}");
            assert_eq!(used, want, "{name}");
        }
        // Forcing the wrong encoding fails instead of producing mojibake.
        assert!(matches!(
            decode(&cp, TextEncoding::from_label("utf-8").unwrap()),
            Err(DecodeError::InvalidUtf8 { .. })
        ));
        // A UTF-16 BOM in front of binary data is not an article.
        assert!(decode(b"\xff\xfe\x00garbage", auto).is_err());
        assert!(matches!(decode(b"\x89PNG\r\n\x1a\n\x00\x00", auto), Err(DecodeError::Binary { .. })));
        assert_eq!(TextEncoding::from_label("nonsense"), None);
    }

    #[test]
    fn lines() {
        assert_eq!(line_of("a\nb\r\nc", 0), 1);
        assert_eq!(line_of("a\nb\r\nc", 2), 2);
        assert_eq!(line_of("a\nb\r\nc", 5), 3);
    }
}
