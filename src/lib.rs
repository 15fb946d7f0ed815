//! isnad (إسناد) finds, for every claim of an Arabic news article, the source
//! the article attributes it to: an outlet, a person, an organization,
//! unnamed sources, or none at all.
//!
//! The pipeline runs one way, one module per stage:
//!
//! ```text
//! bytes ─ decode ─ normalize ─ segment ─ lexicon ─ attribute ─ output
//! ```
//!
//! * [`decode`]: UTF-8 (with or without BOM, LF or CRLF), UTF-16 with BOM or
//!   windows-1256 to text; every span isnad reports is a byte range of this text.
//! * [`normalize`]: folding for matching, with a map back to the original.
//! * [`segment`]: tokens, paragraphs, sentences, quotations.
//! * [`lexicon`]: cues, outlets, organizations, titles, anonymous phrases,
//!   anaphora, found with Aho-Corasick on Arabic word boundaries.
//! * [`attribute`]: cues and their sayers become claims with chains of
//!   sources and a calibrated confidence.
//! * [`output`]: the CSV contract; [`eval`] scores a run against gold.
//!
//! Around it, for batch runs: [`input`] lists and reads articles (files,
//! directories, standard input, JSON Lines, any common encoding), [`state`]
//! remembers what earlier runs saw, [`atomic_file`] replaces files whole.
//!
//! # Example
//!
//! ```
//! let engine = isnad::Engine::builtin().unwrap();
//! let doc = engine.analyze("example", "قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا مستعدة للمساعدة.".to_string());
//! let rows = doc.rows(true);
//! assert_eq!(rows[0].source, "دميتري بيسكوف");
//! assert_eq!(rows[0].claim, "إن روسيا مستعدة للمساعدة");
//! assert_eq!(rows[0].kind, "speech_verb");
//! // Every span is a slice of the text.
//! assert_eq!(&doc.text[rows[0].start..rows[0].end], rows[0].claim);
//! ```
//!
//! The library never prints and never exits: errors are values
//! ([`decode::DecodeError`], [`lexicon::LexiconError`]).

#![deny(missing_docs)]

pub mod atomic_file;
pub mod attribute;
pub mod decode;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod normalize;
pub mod output;
pub mod record;
pub mod segment;
pub mod state;

pub use lexicon::Lexicon;
pub use record::{Attribution, Claim, Document, Kind, Party, Row, Span};

/// A loaded lexicon, ready to analyse articles. Cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Engine {
    lexicon: Lexicon,
}

impl Engine {
    /// An engine with the built-in lexicons.
    pub fn builtin() -> Result<Engine, lexicon::LexiconError> {
        Ok(Engine { lexicon: Lexicon::builtin()? })
    }

    /// An engine with the given lexicons.
    pub fn new(lexicon: Lexicon) -> Engine {
        Engine { lexicon }
    }

    /// The lexicons in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Analyses one decoded article.
    pub fn analyze(&self, id: &str, text: String) -> Document {
        attribute::analyze(&self.lexicon, id, text)
    }

    /// Analyses one article read by [`input`], keeping its url and date.
    pub fn analyze_article(&self, a: input::Article) -> Document {
        let mut doc = self.analyze(&a.id, a.text);
        doc.url = a.url;
        doc.date = a.date;
        doc
    }

    /// Decodes (detecting the encoding, see [`decode::decode`]) and analyses
    /// one article given as bytes.
    pub fn analyze_bytes(&self, id: &str, bytes: &[u8]) -> Result<Document, decode::DecodeError> {
        Ok(self.analyze(id, decode::decode(bytes, decode::TextEncoding::Auto)?.0))
    }
}
