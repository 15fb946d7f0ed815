//! The `isnad` command: a thin layer over the library that turns errors into
//! messages and exit codes.

mod cli;

use std::process::ExitCode;

// Articles are allocated on one thread and freed on another: glibc's malloc
// locks its arenas for that, mimalloc does not (a tenth of the batch time).
#[global_allocator]
static ALLOC: MiMalloc = MiMalloc;

/// mimalloc through its plain entry points wherever the alignment asked for
/// is a word's or less, as the standard library uses `malloc`: the aligned
/// ones, which the `mimalloc` crate takes for every call, cost more (almost
/// every allocation asks for 8 bytes or less).
struct MiMalloc;

/// An alignment every mimalloc block has: its blocks are whole words.
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: every mimalloc block is aligned to a word at least (block sizes
// are whole words from a word-aligned start), so the plain functions meet
// `layout` where its alignment is at most a word; the aligned ones do for
// any alignment. `mi_free` frees the blocks of both, `mi_realloc` keeps the
// word alignment.
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            libmimalloc_sys::mi_malloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            libmimalloc_sys::mi_zalloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

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
