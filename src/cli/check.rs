//! `isnad check`: analyse articles in bounded chunks on every core, write
//! rows in input order.
//!
//! A reader thread lists the inputs and cuts them into chunks; a rayon pool
//! reads, decodes and analyses the articles of up to two chunks, one job an
//! article, in input order (the outcomes put back in order); a writer thread
//! writes the chunk before meanwhile. At most a few chunks are alive at once,
//! so memory does not grow with the corpus, and the output does not depend on
//! the number of threads.

use super::CliError;
use super::output_args::{Format, OutputArgs};
use super::progress::{Progress, Tally};
use isnad::atomic_file::AtomicFile;
use isnad::decode::TextEncoding;
use isnad::input::{InputError, InputKind, InputOptions, Inputs, Pending};
use isnad::output::{csv_rows_into, CsvWriter, DocWriter, OutputOptions};
use isnad::state::{self, State};
use isnad::{Document, Engine};
use std::collections::VecDeque;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender};
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};

/// A chunk closes at this many articles…
///
/// Small chunks keep the run's memory small (about 22 MB on the corpus,
/// 47 MB with chunks of 1,024 articles and 4 MB): half the page faults, and
/// 1-2% less time on the corpus in alternating runs.
const CHUNK_ITEMS: usize = 128;
/// …or this many bytes of JSON Lines / standard input, whichever comes first.
const CHUNK_BYTES: usize = 512 << 10;

const HELP: &str = "\
Inputs: files; directories, walked recursively in sorted order for the --ext files (hidden files
and folders skipped); `-` or nothing for standard input. `.jsonl` files are JSON Lines, one
article a line: {\"id\": …, \"text\": …, \"url\": …, \"date\": …}; use --input jsonl for standard
input. When the first article read carries `url` or `date`, the CSV gains trailing `url` and `date`
columns.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM, and windows-1256 (or another legacy
encoding) are detected; --encoding forces one. JSON Lines are UTF-8. Offsets are byte offsets of
the decoded UTF-8 text.

Failures: an input that cannot be read, decoded or parsed is named on stderr (file and line) and
counted; the run goes on. --errors FILE lists them as CSV (input,line,reason).

Exit codes: 0 every input was processed; 1 some inputs failed (each named on stderr); 2 usage or
fatal error (nothing is committed: -o and --state files are left as they were).";

/// How to read the inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum InputArg {
    /// JSON Lines for `.jsonl` files, one article per file otherwise.
    Auto,
    /// One article per file (or all of standard input).
    Text,
    /// One article per line, also on standard input.
    Jsonl,
}

/// Arguments of `isnad check`.
#[derive(Debug, clap::Args)]
#[command(after_help = HELP, after_long_help = format!("{HELP}\n\n{}", super::output_args::OUTPUT_HELP))]
pub struct Args {
    /// Files or directories; `-` or nothing for standard input.
    paths: Vec<PathBuf>,
    /// Write to FILE (atomically: a temporary file renamed at the end) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    out: OutputArgs,
    /// Lexicon directory: `NAME.tsv` replaces a built-in lexicon, `NAME.*.tsv` extends it.
    #[arg(long, value_name = "DIR")]
    lexicons: Option<PathBuf>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    input: InputArg,
    /// Extensions of the files taken from directories, comma-separated.
    #[arg(long, value_name = "EXT,…", value_delimiter = ',', default_value = "txt")]
    ext: Vec<String>,
    /// Text encoding: auto, utf-8, utf-16le, utf-16be, windows-1256 (cp1256), or any WHATWG label.
    #[arg(long, value_name = "NAME", default_value = "auto")]
    encoding: String,
    /// Write the inputs that failed to FILE as CSV (input,line,reason).
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Worker threads; 0 for one per core.
    #[arg(short, long, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Incremental runs: skip articles whose content FILE has seen, update it after the run.
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// No progress bar and no summary.
    #[arg(short, long)]
    quiet: bool,
}

/// What became of one input item.
enum Outcome {
    /// Analysed; its content hash for the state.
    Done { doc: Document, raw: u64, hash: u64 },
    /// Analysed and written as CSV rows on the worker, which drops the
    /// document where it was made (freeing it on the writer thread cost
    /// more than writing it); its id only when a state records it.
    Rows { rows: Vec<u8>, id: Option<String>, claims: u64, attributed: u64, raw: u64, hash: u64 },
    /// Seen unchanged by an earlier run; whether it has url or date.
    Unchanged { raw: u64, meta: bool },
    /// Could not be read, decoded or parsed.
    Failed { err: InputError, raw: u64 },
}

/// Runs `isnad check`.
pub fn run(mut a: Args) -> Result<ExitCode, CliError> {
    let encoding = TextEncoding::from_label(&a.encoding)
        .ok_or_else(|| CliError::msg(format!("unknown --encoding {:?} (try utf-8, utf-16le, windows-1256)", a.encoding)))?;
    let kind = match a.input {
        InputArg::Auto => InputKind::Auto,
        InputArg::Text => InputKind::Text,
        InputArg::Jsonl => InputKind::Jsonl,
    };
    let ext = a.ext.iter().map(|e| e.trim_start_matches('.').to_owned()).collect();
    let opts = InputOptions { kind, extensions: ext, encoding };
    // A reader thread cuts the chunks while the pool analyses the ones before;
    // it starts before the lexicons load, so that the first chunk is ready
    // when they are. Not joined: if the run stops early (a lexicon error
    // too) it may be blocked on standard input.
    let mut inputs = Inputs::new(&a.paths, opts.clone());
    let (chunk_tx, chunks) = std::sync::mpsc::sync_channel::<Vec<Pending>>(1);
    std::thread::spawn(move || loop {
        let chunk = next_chunk(&mut inputs);
        let last = chunk.is_empty();
        if chunk_tx.send(chunk).is_err() || last {
            break;
        }
    });
    let engine = super::load_engine(a.lexicons.as_deref())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(a.jobs)
        .build()
        .map_err(|e| CliError::msg(format!("cannot start {} threads: {e}", a.jobs)))?;
    // The engine's fingerprint (a few milliseconds) only where a state keeps it.
    let state = match &a.state {
        Some(p) => Some(State::load(p, state::engine_fingerprint(&engine)).map_err(|e| CliError::msg(format!("state: {e}")))?),
        None => None,
    };
    let progress = Progress::new(a.quiet, || Inputs::total_bytes(&a.paths, &opts));

    // With a state, a chunk's articles are checked against the hashes of the
    // chunks before it: one chunk on the pool at a time.
    let depth = if state.is_some() { 1 } else { 2 };
    let state = RwLock::new(state);
    // Plain CSV is written on the workers, once the first chunk has set the
    // columns.
    let csv_rows = OnceLock::new();
    let (out_file, tally, errors) = pool.in_place_scope(|sc| -> Result<_, CliError> {
        let mut flow = Flow { engine: &engine, state: &state, csv: &csv_rows, enc: encoding, depth, chunks, flight: VecDeque::new(), ended: false };
        // The first chunk is analysed before the output opens: whether its
        // first article carries url or date decides the columns.
        let first = flow.next(sc);
        a.out.meta_columns = first.iter().find_map(|o| match o {
            Outcome::Done { doc, .. } => Some(doc.url.is_some() || doc.date.is_some()),
            Outcome::Unchanged { meta, .. } => Some(*meta),
            Outcome::Failed { .. } | Outcome::Rows { .. } => None,
        }) == Some(true);

        let (out_file, sink): (Option<AtomicFile>, Box<dyn Write + Send>) = match &a.output {
            Some(p) => {
                let (f, file) = AtomicFile::create(p).map_err(|e| CliError::with(format!("{}: {e}", p.display()), e))?;
                (Some(f), Box::new(std::io::BufWriter::with_capacity(1 << 18, file)))
            }
            None => (None, Box::new(std::io::BufWriter::with_capacity(1 << 18, std::io::stdout()))),
        };
        let writer = if a.out.format == Format::Csv && !a.out.summary {
            let opts = a.out.options();
            let w = CsvWriter::new(sink, opts.clone()).map_err(CliError::from)?;
            let _ = csv_rows.set(opts);
            Sink::Csv(w)
        } else {
            Sink::Any(a.out.open(sink)?)
        };
        let errors = match &a.errors {
            Some(p) => {
                let (f, file) = AtomicFile::create(p).map_err(|e| CliError::with(format!("{}: {e}", p.display()), e))?;
                let mut w = csv::Writer::from_writer(std::io::BufWriter::new(file));
                w.write_record(["input", "line", "reason"]).map_err(csv_err)?;
                Some((f, w))
            }
            None => None,
        };

        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(1);
        let (tally, errors) = std::thread::scope(|s| -> Result<_, CliError> {
            let progress = &progress;
            let out = s.spawn(move || write_all(rx, writer, errors, progress));
            let mut chunk = first;
            loop {
                if let Some(st) = state.write().unwrap_or_else(PoisonError::into_inner).as_mut() {
                    for o in &chunk {
                        match o {
                            Outcome::Done { doc, hash, .. } => st.record(&doc.id, *hash),
                            Outcome::Rows { id: Some(id), hash, .. } => st.record(id, *hash),
                            _ => {}
                        }
                    }
                }
                if chunk.is_empty() || tx.send(chunk).is_err() {
                    break; // done, or the writer stopped on an error it returns
                }
                chunk = flow.next(sc);
            }
            drop(tx);
            out.join().expect("writer thread")
        })?;
        Ok((out_file, tally, errors))
    })?;
    let state = state.into_inner().unwrap_or_else(PoisonError::into_inner);

    // Everything was written: commit the files, output first, then the state.
    if let Some(f) = out_file {
        f.commit().map_err(|e| CliError::with(format!("{}: {e}", a.output.as_ref().unwrap().display()), e))?;
    }
    if let Some((f, _)) = errors {
        f.commit()?;
    }
    if let (Some(st), Some(p)) = (&state, &a.state) {
        st.save(p).map_err(|e| CliError::with(format!("{}: {e}", p.display()), e))?;
    }
    progress.finish(&tally, state.is_some(), !a.out.summary);
    // The lexicons go with the process: freeing them one by one cost ~0.8M
    // instructions, serial, at the end of every run.
    std::mem::forget(engine);
    Ok(if tally.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn next_chunk(inputs: &mut impl Iterator<Item = Pending>) -> Vec<Pending> {
    let mut chunk = Vec::new();
    let mut bytes = 0;
    while chunk.len() < CHUNK_ITEMS && bytes < CHUNK_BYTES {
        let Some(p) = inputs.next() else { break };
        bytes += p.known_len();
        chunk.push(p);
    }
    chunk
}

/// The chunks on the pool, oldest first. Every article is a job of its own,
/// taken in input order: a core done with a chunk's last articles takes the
/// next chunk's first ones instead of waiting for the other core.
struct Flow<'a> {
    engine: &'a Engine,
    state: &'a RwLock<Option<State>>,
    /// The options of CSV rows written on the workers, once known.
    csv: &'a OnceLock<OutputOptions>,
    enc: TextEncoding,
    /// How many chunks may be on the pool at once.
    depth: usize,
    chunks: Receiver<Vec<Pending>>,
    flight: VecDeque<(Arc<Batch>, Receiver<()>)>,
    /// The reader has no more chunks.
    ended: bool,
}

/// A chunk's outcomes as its jobs leave them; the last job to finish says
/// so (once a chunk: waking the main thread for every article cost a tenth
/// of the run in context switches).
struct Batch {
    slots: Mutex<Vec<Option<Outcome>>>,
    left: AtomicUsize,
    done: SyncSender<()>,
}

/// Counts a job out when it ends, also by a panic.
struct CountOut<'b>(&'b Batch);

impl Drop for CountOut<'_> {
    fn drop(&mut self) {
        if self.0.left.fetch_sub(1, Ordering::AcqRel) == 1 {
            let _ = self.0.done.send(());
        }
    }
}

impl<'a> Flow<'a> {
    /// The next chunk's outcomes, in input order; empty at the end, or when
    /// an analysis panicked (the scope then passes the panic on).
    fn next<'s>(&mut self, sc: &rayon::Scope<'s>) -> Vec<Outcome>
    where
        'a: 's,
    {
        while !self.ended && self.flight.len() < self.depth {
            let chunk = self.chunks.recv().unwrap_or_default();
            if chunk.is_empty() {
                self.ended = true;
                break;
            }
            let (done, rx) = std::sync::mpsc::sync_channel(1);
            let slots = Mutex::new((0..chunk.len()).map(|_| None).collect());
            let batch = Arc::new(Batch { slots, left: AtomicUsize::new(chunk.len()), done });
            self.flight.push_back((batch.clone(), rx));
            for (i, p) in chunk.into_iter().enumerate() {
                let (batch, engine, state, csv, enc) = (batch.clone(), self.engine, self.state, self.csv, self.enc);
                sc.spawn(move |_| {
                    let _out = CountOut(&batch);
                    let o = outcome(engine, state, csv.get(), enc, p);
                    batch.slots.lock().unwrap_or_else(PoisonError::into_inner)[i] = Some(o);
                });
            }
        }
        let Some((batch, done)) = self.flight.pop_front() else { return Vec::new() };
        let _ = done.recv();
        let slots = std::mem::take(&mut *batch.slots.lock().unwrap_or_else(PoisonError::into_inner));
        slots.into_iter().collect::<Option<Vec<_>>>().unwrap_or_default()
    }
}

/// Loads and analyses one article.
fn outcome(engine: &Engine, state: &RwLock<Option<State>>, csv: Option<&OutputOptions>, enc: TextEncoding, p: Pending) -> Outcome {
    let raw = match &p {
        Pending::File { path, .. } => path.metadata().map_or(0, |m| m.len()),
        p => p.known_len() as u64,
    };
    match p.load(enc) {
        Err(err) => Outcome::Failed { err, raw },
        Ok(article) => {
            let (hash, unchanged, keep_id) = match state.read().unwrap_or_else(PoisonError::into_inner).as_ref() {
                Some(s) => {
                    let hash = state::content_hash(&article);
                    (hash, s.unchanged(&article.id, hash), true)
                }
                None => (0, false, false),
            };
            if unchanged {
                return Outcome::Unchanged { raw, meta: article.url.is_some() || article.date.is_some() };
            }
            let doc = engine.analyze_article(article);
            let Some(opts) = csv else { return Outcome::Done { doc, raw, hash } };
            let mut rows = Vec::with_capacity(rows_len(&doc, opts));
            csv_rows_into(opts, &doc, &mut rows);
            let claims = doc.claims.len() as u64;
            let attributed = doc.claims.iter().filter(|c| !c.attributions.is_empty()).count() as u64;
            Outcome::Rows { rows, id: keep_id.then_some(doc.id), claims, attributed, raw, hash }
        }
    }
}

/// About the length of a document's CSV rows (more with quotes doubled or
/// explanations), so that the buffer is seldom grown.
fn rows_len(doc: &Document, opts: &OutputOptions) -> usize {
    let len = |s: isnad::Span| s.end.saturating_sub(s.start);
    let meta = if opts.meta_columns { doc.url.as_ref().map_or(0, String::len) + doc.date.as_ref().map_or(0, String::len) + 8 } else { 0 };
    let row = doc.id.len() + meta + 64;
    doc.claims
        .iter()
        .map(|c| {
            let sources: usize = c.attributions.iter().map(|a| a.source.name.len() + len(a.source.span) + a.speaker.as_ref().map_or(0, |s| s.name.len())).sum();
            c.attributions.len().max(1) * (row + len(c.span) + c.cue.map_or(0, len)) + sources
        })
        .sum()
}

/// Where the rows go: a CSV writer, which also takes rows written on the
/// workers, or a writer of any format, fed the documents.
enum Sink {
    Csv(CsvWriter<Box<dyn Write + Send>>),
    Any(Box<dyn DocWriter + Send>),
}

impl Sink {
    fn write_doc(&mut self, doc: &Document) -> std::io::Result<()> {
        match self {
            Sink::Csv(w) => w.write_doc(doc),
            Sink::Any(w) => w.write_doc(doc),
        }
    }

    fn write_rows(&mut self, rows: &[u8]) -> std::io::Result<()> {
        match self {
            Sink::Csv(w) => w.write_rows(rows),
            Sink::Any(_) => Err(std::io::Error::other("CSV rows for a writer of another format")),
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Csv(w) => w.finish(),
            Sink::Any(w) => w.finish(),
        }
    }
}

type ErrorsCsv = Option<(AtomicFile, csv::Writer<std::io::BufWriter<std::fs::File>>)>;

/// The writer thread: rows, failures and progress, in input order.
fn write_all(
    rx: std::sync::mpsc::Receiver<Vec<Outcome>>,
    mut writer: Sink,
    mut errors: ErrorsCsv,
    progress: &Progress,
) -> Result<(Tally, ErrorsCsv), CliError> {
    let mut tally = Tally::default();
    for chunk in rx {
        for o in chunk {
            match o {
                Outcome::Done { doc, raw, .. } => {
                    writer.write_doc(&doc)?;
                    tally.articles += 1;
                    tally.bytes += raw;
                    tally.claims += doc.claims.len() as u64;
                    tally.attributed += doc.claims.iter().filter(|c| !c.attributions.is_empty()).count() as u64;
                }
                Outcome::Rows { rows, claims, attributed, raw, .. } => {
                    writer.write_rows(&rows)?;
                    tally.articles += 1;
                    tally.bytes += raw;
                    tally.claims += claims;
                    tally.attributed += attributed;
                }
                Outcome::Unchanged { raw, .. } => {
                    tally.unchanged += 1;
                    tally.bytes += raw;
                }
                Outcome::Failed { err, raw } => {
                    tally.failed += 1;
                    tally.bytes += raw;
                    progress.println(&format!("isnad: {err}"));
                    if let Some((_, w)) = errors.as_mut() {
                        let line = err.origin.line.map_or(String::new(), |l| l.to_string());
                        w.write_record([err.origin.input.as_str(), &line, &err.reason]).map_err(csv_err)?;
                    }
                }
            }
        }
        progress.update(&tally);
    }
    writer.finish()?;
    drop(writer);
    if let Some((_, w)) = errors.as_mut() {
        w.flush()?;
    }
    Ok((tally, errors))
}

fn csv_err(e: csv::Error) -> CliError {
    CliError::msg(format!("errors file: {e}"))
}
