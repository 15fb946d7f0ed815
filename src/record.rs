//! What the analysis produces: claims, their sources, and the CSV row shape.

use crate::lexicon::SourceType;
use serde::Serialize;

/// A byte span of the decoded article text: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Span {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

impl Span {
    /// The slice of `text` this span covers.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// How a claim's attribution was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A prepositional cue: وفقا ل، بحسب.
    AccordingTo,
    /// A reporting verb with its sayer.
    SpeechVerb,
    /// The sayer is named only by reference (الصحيفة), or inherited.
    Anaphoric,
    /// A sentence inside a quotation opened by an earlier cue.
    QuoteSpan,
    /// No cue: the article's own assertion.
    Unattributed,
}

impl Kind {
    /// The CSV spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::AccordingTo => "according_to",
            Kind::SpeechVerb => "speech_verb",
            Kind::Anaphoric => "anaphoric",
            Kind::QuoteSpan => "quote_span",
            Kind::Unattributed => "unattributed",
        }
    }

    /// Parses the CSV spelling.
    pub fn parse(s: &str) -> Option<Kind> {
        [Kind::AccordingTo, Kind::SpeechVerb, Kind::Anaphoric, Kind::QuoteSpan, Kind::Unattributed]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// How a party was recognized.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// A lexicon entry (outlet, organization, anonymous phrase).
    Lexicon,
    /// A type word and a name: «صحيفة "…"», «وزارة …».
    Pattern,
    /// A title and a name: «الرئيس الروسي فلاديمير بوتين».
    Title,
    /// A name introduced earlier in the article.
    Memory,
    /// An unknown name bounded by the cue and a complementizer.
    Name,
    /// A reference back to an earlier party: «الصحيفة».
    Anaphora,
}

/// A cited party as found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Party {
    /// Canonical name (English for lexicon outlets and organizations), else as written.
    pub name: String,
    /// Where it is written (for anaphora, the referring words).
    pub span: Span,
    /// Its type.
    #[serde(rename = "type", serialize_with = "ser_type")]
    pub stype: SourceType,
    /// How it was recognized.
    pub found: Found,
}

fn ser_type<S: serde::Serializer>(t: &SourceType, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(t.as_str())
}

/// One source of a claim, with the chain that leads to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// The outermost cited party.
    pub source: Party,
    /// The innermost sayer, where it differs from the source.
    pub speaker: Option<Party>,
    /// Every party from outermost to innermost.
    pub chain: Vec<Party>,
    /// Estimated probability that `source` is right.
    pub confidence: f32,
}

/// A claim of the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// 1-based number of the claim in its document.
    pub n: usize,
    /// Where the claim is written.
    pub span: Span,
    /// 1-based line where it starts.
    pub line: usize,
    /// How it is attributed.
    pub kind: Kind,
    /// The reporting expression, if any.
    pub cue: Option<Span>,
    /// The rule that fired, for explanations.
    pub rule: &'static str,
    /// Its sources; empty for an unattributed claim.
    pub attributions: Vec<Attribution>,
}

/// An analysed article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Document id (file name without extension, or JSON Lines id).
    pub id: String,
    /// The decoded text every span refers to.
    #[serde(skip)]
    pub text: String,
    /// Its claims, in text order.
    pub claims: Vec<Claim>,
    /// Where the article was published, when the input says (JSON Lines `url`).
    pub url: Option<String>,
    /// When it was published, as the input writes it (JSON Lines `date`).
    pub date: Option<String>,
}

/// One CSV row: a claim and one of its sources (or none).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Claim number.
    pub n: usize,
    /// The claim as written.
    pub claim: &'a str,
    /// Canonical source name, or empty.
    pub source: &'a str,
    /// The source as written.
    pub source_text: &'a str,
    /// outlet, person, organization, anonymous or empty.
    pub source_type: &'a str,
    /// The innermost sayer where it differs from the source.
    pub speaker: &'a str,
    /// The reporting expression as written.
    pub cue: &'a str,
    /// The kind.
    pub kind: &'a str,
    /// Confidence with three decimals.
    pub confidence: String,
    /// Line where the claim starts.
    pub line: usize,
    /// Claim start byte.
    pub start: usize,
    /// Claim end byte.
    pub end: usize,
}

/// Trailing columns written when the input carries article metadata.
pub const META_HEADER: [&str; 2] = ["url", "date"];

/// The CSV header, in order.
pub const HEADER: [&str; 13] =
    ["doc", "n", "claim", "source", "source_text", "source_type", "speaker", "cue", "kind", "confidence", "line", "start", "end"];

impl Document {
    /// The CSV rows: one per claim and source, one with an empty source for
    /// an unattributed claim (left out when `attributed_only`).
    pub fn rows(&self, attributed_only: bool) -> Vec<Row<'_>> {
        let mut out = Vec::new();
        for c in &self.claims {
            let base = Row {
                doc: &self.id,
                n: c.n,
                claim: c.span.slice(&self.text),
                source: "",
                source_text: "",
                source_type: "",
                speaker: "",
                cue: c.cue.map_or("", |s| s.slice(&self.text)),
                kind: c.kind.as_str(),
                confidence: String::new(),
                line: c.line,
                start: c.span.start,
                end: c.span.end,
            };
            if c.attributions.is_empty() {
                if !attributed_only {
                    out.push(Row { confidence: "0".into(), ..base });
                }
                continue;
            }
            for a in &c.attributions {
                out.push(Row {
                    source: &a.source.name,
                    source_text: a.source.span.slice(&self.text),
                    source_type: a.source.stype.as_str(),
                    speaker: a.speaker.as_ref().map_or("", |s| s.name.as_str()),
                    confidence: format_confidence(a.confidence),
                    ..base.clone()
                });
            }
        }
        out
    }
}

/// Up to three decimals, no trailing zeros.
pub fn format_confidence(c: f32) -> String {
    let mut s = String::new();
    write_confidence(&mut s, c);
    s
}

/// [`format_confidence`] appended to `out`.
pub fn write_confidence(out: &mut String, c: f32) {
    match confidence_digits(c) {
        Some((d, n)) => d[..n].iter().for_each(|&b| out.push(b as char)),
        None => write_confidence_fmt(out, c),
    }
}

/// [`write_confidence`] appended to bytes.
pub(crate) fn write_confidence_bytes(out: &mut Vec<u8>, c: f32) {
    match confidence_digits(c) {
        Some((d, n)) => out.extend_from_slice(&d[..n]),
        None => {
            let mut s = String::new();
            write_confidence_fmt(&mut s, c);
            out.extend_from_slice(s.as_bytes());
        }
    }
}

/// The bytes of [`write_confidence`] (the first `n` of the array) for a
/// confidence above 0 up to 1; `None` for the others, which the float
/// formatter writes.
fn confidence_digits(c: f32) -> Option<([u8; 5], usize)> {
    let c = c.clamp(0.0, 1.0);
    // `{:.3}` without the float formatter (a thousand instructions a row):
    // an f32 times 1000 is exact in an f64 (24 + 10 bits), and `{:.3}`
    // rounds that exact value half to even.
    if !(c > 0.0 && c <= 1.0) {
        return None;
    }
    let m = (f64::from(c) * 1000.0).round_ties_even() as u32;
    Some(match m {
        0 => (*b"00000", 1),
        1000.. => (*b"10000", 1),
        _ => {
            let d = [b'0', b'.', b'0' + (m / 100) as u8, b'0' + (m / 10 % 10) as u8, b'0' + (m % 10) as u8];
            let mut n = d.len();
            while d[n - 1] == b'0' {
                n -= 1;
            }
            (d, n)
        }
    })
}

/// [`write_confidence`] by the float formatter: the reference, and the way
/// for zero, negative zero and NaN.
fn write_confidence_fmt(out: &mut String, c: f32) {
    use std::fmt::Write;
    let at = out.len();
    let _ = write!(out, "{:.3}", c.clamp(0.0, 1.0));
    let kept = out[at..].trim_end_matches('0').trim_end_matches('.').len();
    out.truncate(at + kept);
    if kept == 0 {
        out.push('0');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_is_written_as_the_float_formatter_writes_it() {
        // Every 4099th f32 from 0 to 1.5 and some negatives, the ties of
        // three decimals (odd sixteenths), the ends and the odd values.
        let sweep = (0..=0x3FC0_0000u32).step_by(4099).flat_map(|b| [f32::from_bits(b), -f32::from_bits(b)]);
        let ties = (1..16).step_by(2).map(|m| m as f32 / 16.0);
        let odd = [0.0, -0.0, 1.0, 2.0, 0.0005, 0.9995, 0.999_9, 1e-30, f32::MIN_POSITIVE, f32::NAN, f32::INFINITY, f32::NEG_INFINITY];
        for c in sweep.chain(ties).chain(odd) {
            let (mut fast, mut fmt) = (String::from("x"), String::from("x"));
            write_confidence(&mut fast, c);
            write_confidence_fmt(&mut fmt, c);
            assert_eq!(fast, fmt, "{c:?}");
            let mut bytes = b"x".to_vec();
            write_confidence_bytes(&mut bytes, c);
            assert_eq!(bytes, fmt.as_bytes(), "{c:?}");
        }
    }
}
