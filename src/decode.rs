//! Stage 1: bytes to text.
//!
//! The decoded text is the reference for every offset isnad reports: a
//! leading byte-order mark is dropped, everything else (CR included) is kept
//! as it is, so `text[start..end]` is always a slice of what the user sees.

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

/// 1-based line number of byte `offset` in `text` (a CRLF counts once).
pub fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count()
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
    fn lines() {
        assert_eq!(line_of("a\nb\r\nc", 0), 1);
        assert_eq!(line_of("a\nb\r\nc", 2), 2);
        assert_eq!(line_of("a\nb\r\nc", 5), 3);
    }
}
