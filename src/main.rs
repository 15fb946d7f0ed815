//! The `isnad` command: a thin layer over the library that turns errors into
//! messages and exit codes.

mod cli;

use std::process::ExitCode;

// Articles are allocated on one thread and freed on another: glibc's malloc
// locks its arenas for that, mimalloc does not (a tenth of the batch time).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`isnad check … | head`) is not an error.
            if err.chain().any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)) {
                return ExitCode::SUCCESS;
            }
            eprintln!("isnad: {err}");
            ExitCode::from(2)
        }
    }
}
