//! Folding a chunk of bytes at a time: 32 with AVX2, 16 with SSE2 (the
//! x86_64 baseline), or in portable lanes, all three tested equal; and the
//! byte-level tests of what a run may hold.

use super::*;

/// Sixteen lanes of 0 or 1 as the bits of an integer, lane 0 the lowest:
/// one `pmovmskb` on x86_64 (SSE2 is part of its baseline), the lanes
/// compared in the register the compiler built them in.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn lane_bits(lanes: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_setzero_si128};
    // SAFETY: SSE2 is enabled on every x86_64 target; the load reads the
    // sixteen bytes of `lanes` and takes any alignment.
    let zero = unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(lanes.as_ptr().cast()), _mm_setzero_si128())) };
    !(zero as u32) & 0xFFFF
}

/// Sixteen lanes of 0 or 1 as the bits of an integer, lane 0 the lowest
/// (a multiplication gathers eight lanes into a byte).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
pub(crate) fn lane_bits(lanes: &[u8; 16]) -> u32 {
    lane_bits_portable(lanes)
}

/// [`lane_bits`] without vector instructions, for every target.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
pub(super) fn lane_bits_portable(lanes: &[u8; 16]) -> u32 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let half = |h: &[u8]| (u64::from_le_bytes(h.try_into().expect("eight lanes")).wrapping_mul(GATHER) >> 56) as u32;
    half(&lanes[..8]) | half(&lanes[8..]) << 8
}

/// Sixteen bytes of the fast path of [`normalize`], read at once: `w` is
/// the byte before the chunk, the chunk, which starts on a character, and
/// the two bytes after it. Returns the chunk folded as the fast path folds
/// (ASCII capitals lowered, «'» → «"»; أ إ آ → ا, ة → ه, ى → ي, as in
/// [`ARABIC_FOLD`]), the bytes of its run characters (bits), and the lead
/// bytes of its two-byte run characters (bits). The run characters are
/// ASCII other than white space, the letters and marks of U+0600 to U+063F
/// that fold to a character of the same length, and ف to ي; and a single
/// space or newline before one of them (not meant first in a run). Only
/// the bytes of run characters before the first other byte are meant.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(super) fn fold_chunk(w: &[u8; 19]) -> ([u8; 16], u32, u32) {
    use std::arch::x86_64::*;
    // SAFETY: SSE2, all these intrinsics need, is part of the x86_64
    // baseline; the loads read the sixteen bytes of `lanes` and the store
    // writes the sixteen of `out`, at any alignment.
    unsafe {
        let load = |k: usize| {
            let lanes: &[u8; 16] = w[k..k + 16].try_into().expect("sixteen bytes");
            _mm_loadu_si128(lanes.as_ptr().cast())
        };
        let (p, x, y) = (load(0), load(1), load(2));
        let all = |b: u8| _mm_set1_epi8(b as i8);
        let eq = |v: __m128i, b: u8| _mm_cmpeq_epi8(v, all(b));
        // lo <= v <= hi as unsigned bytes: v - lo + 0x80 below hi - lo + 1 + 0x80, signed.
        let within = |v: __m128i, lo: u8, hi: u8| _mm_cmplt_epi8(_mm_add_epi8(v, all(0x80u8.wrapping_sub(lo))), all((hi - lo + 1) ^ 0x80));
        let (or, and) = (|a, b| _mm_or_si128(a, b), |a, b| _mm_and_si128(a, b));
        let ascii = _mm_cmpgt_epi8(x, _mm_set1_epi8(-1));
        let space = or(eq(x, b' '), eq(x, b'\n'));
        let ascii_kept = _mm_andnot_si128(or(eq(x, b' '), within(x, b'\t', b'\r')), ascii);
        let (d8, d9) = (eq(x, 0xD8), eq(x, 0xD9));
        // D8 80 to D8 BF but the marks U+0610 to U+061A and U+061C; D9 81 to D9 8A.
        let lead = or(_mm_andnot_si128(or(within(y, 0x90, 0x9A), eq(y, 0x9C)), d8), and(d9, within(y, 0x81, 0x8A)));
        let mut v = _mm_xor_si128(x, and(within(x, b'A', b'Z'), all(0x20)));
        v = _mm_xor_si128(v, and(eq(x, b'\''), all(b'\'' ^ b'"')));
        // ة (D8 A9) → ه (D9 87); ى (D9 89) → ي (D9 8A); أ إ آ (D8 A2 A3 A5) → ا (D8 A7).
        let (p8, p9) = (eq(p, 0xD8), eq(p, 0xD9));
        v = _mm_xor_si128(v, and(and(d8, eq(y, 0xA9)), all(0xD8 ^ 0xD9)));
        v = _mm_xor_si128(v, and(and(p8, eq(x, 0xA9)), all(0xA9 ^ 0x87)));
        v = _mm_xor_si128(v, and(and(p9, eq(x, 0x89)), all(0x89 ^ 0x8A)));
        v = _mm_xor_si128(v, and(and(p8, or(or(eq(x, 0xA2), eq(x, 0xA3)), eq(x, 0xA5))), _mm_xor_si128(x, all(0xA7))));
        let mut out = [0u8; 16];
        _mm_storeu_si128(out.as_mut_ptr().cast(), v);
        let bits = |m| _mm_movemask_epi8(m) as u32;
        let (kept, lead, space) = (bits(ascii_kept), bits(lead), bits(space));
        (out, run_bits(kept.into(), lead.into(), space.into(), w) as u32, lead)
    }
}

/// [`fold_chunk`] lane by lane, for every target (the compiler vectorizes it).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
pub(super) fn fold_chunk_portable(w: &[u8; 19]) -> ([u8; 16], u32, u32) {
    let (mut out, mut kept, mut lead, mut space) = ([0u8; 16], [0u8; 16], [0u8; 16], [0u8; 16]);
    for k in 0..16 {
        let (p, x, y) = (w[k], w[k + 1], w[k + 2]);
        kept[k] = u8::from(x < 0x80 && !matches!(x, b' ' | b'\t'..=b'\r'));
        space[k] = u8::from(x == b' ' || x == b'\n');
        lead[k] = u8::from(lead_kept(x, y));
        let mut v = if x.is_ascii_uppercase() { x | 0x20 } else if x == b'\'' { b'"' } else { x };
        v = if (x == 0xD8) & (y == 0xA9) { 0xD9 } else { v };
        v = if (p == 0xD8) & (x == 0xA9) { 0x87 } else { v };
        v = if (p == 0xD9) & (x == 0x89) { 0x8A } else { v };
        v = if (p == 0xD8) & matches!(x, 0xA2 | 0xA3 | 0xA5) { 0xA7 } else { v };
        out[k] = v;
    }
    let lead = lane_bits_portable(&lead);
    (out, run_bits(lane_bits_portable(&kept).into(), lead.into(), lane_bits_portable(&space).into(), w) as u32, lead)
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
pub(super) fn fold_chunk(w: &[u8; 19]) -> ([u8; 16], u32, u32) {
    fold_chunk_portable(w)
}

/// [`fold_chunk`] for thirty-two bytes at once with AVX2: `w` is the byte
/// before the chunk, the chunk and the two bytes after it.
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
pub(super) unsafe fn fold_chunk32(w: &[u8; 35]) -> ([u8; 32], u64, u64) {
    use std::arch::x86_64::*;
    let load = |k: usize| {
        let lanes: &[u8; 32] = w[k..k + 32].try_into().expect("thirty-two bytes");
        // SAFETY: the load reads the thirty-two bytes of `lanes`, at any alignment.
        unsafe { _mm256_loadu_si256(lanes.as_ptr().cast()) }
    };
    let (p, x, y) = (load(0), load(1), load(2));
    let all = |b: u8| _mm256_set1_epi8(b as i8);
    let eq = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, all(b));
    // lo <= v <= hi as unsigned bytes: v - lo + 0x80 below hi - lo + 1 + 0x80, signed.
    let within = |v: __m256i, lo: u8, hi: u8| _mm256_cmpgt_epi8(all((hi - lo + 1) ^ 0x80), _mm256_add_epi8(v, all(0x80u8.wrapping_sub(lo))));
    let (or, and) = (|a, b| _mm256_or_si256(a, b), |a, b| _mm256_and_si256(a, b));
    let ascii = _mm256_cmpgt_epi8(x, _mm256_set1_epi8(-1));
    let space = or(eq(x, b' '), eq(x, b'\n'));
    let ascii_kept = _mm256_andnot_si256(or(eq(x, b' '), within(x, b'\t', b'\r')), ascii);
    let (d8, d9) = (eq(x, 0xD8), eq(x, 0xD9));
    let lead = or(_mm256_andnot_si256(or(within(y, 0x90, 0x9A), eq(y, 0x9C)), d8), and(d9, within(y, 0x81, 0x8A)));
    let mut v = _mm256_xor_si256(x, and(within(x, b'A', b'Z'), all(0x20)));
    v = _mm256_xor_si256(v, and(eq(x, b'\''), all(b'\'' ^ b'"')));
    let (p8, p9) = (eq(p, 0xD8), eq(p, 0xD9));
    v = _mm256_xor_si256(v, and(and(d8, eq(y, 0xA9)), all(0xD8 ^ 0xD9)));
    v = _mm256_xor_si256(v, and(and(p8, eq(x, 0xA9)), all(0xA9 ^ 0x87)));
    v = _mm256_xor_si256(v, and(and(p9, eq(x, 0x89)), all(0x89 ^ 0x8A)));
    v = _mm256_xor_si256(v, and(and(p8, or(or(eq(x, 0xA2), eq(x, 0xA3)), eq(x, 0xA5))), _mm256_xor_si256(x, all(0xA7))));
    let mut out = [0u8; 32];
    // SAFETY: the store writes the thirty-two bytes of `out`, at any alignment.
    unsafe { _mm256_storeu_si256(out.as_mut_ptr().cast(), v) };
    let bits = |m| u64::from(_mm256_movemask_epi8(m) as u32);
    let (kept, lead, space) = (bits(ascii_kept), bits(lead), bits(space));
    (out, run_bits(kept, lead, space, w), lead)
}

/// Whether `x y` leads a two-byte run character of [`fold_chunk`].
#[inline]
pub(super) fn lead_kept(x: u8, y: u8) -> bool {
    (x == 0xD8 && !matches!(y, 0x90..=0x9A | 0x9C)) || (x == 0xD9 && matches!(y, 0x81..=0x8A))
}

/// The run bytes of [`fold_chunk`] from its kept ASCII bytes, the lead
/// bytes of its kept two-byte characters and its spaces and newlines: a
/// space or newline counts when a run character starts after it (the one
/// after the chunk read from `w`).
#[inline]
pub(super) fn run_bits(kept: u64, lead: u64, space: u64, w: &[u8]) -> u64 {
    let lanes = w.len() - 3;
    let (x, y) = (w[lanes + 1], w[lanes + 2]);
    let after = u64::from(x < 0x80 && !matches!(x, b' ' | b'\t'..=b'\r') || lead_kept(x, y));
    let starts = kept | lead | after << lanes;
    kept | lead | lead << 1 | space & starts >> 1
}

/// The character at `i` folded into `out` when folding keeps its length,
/// with its length: ASCII other than white space, two-byte characters
/// (see [`fold_two`]), and a lone space or newline (when `mid_run`, after a
/// run character) before one of them. None for any other.
#[inline]
pub(super) fn fold_same_length(bytes: &[u8], i: usize, mid_run: bool, out: &mut [u8]) -> Option<usize> {
    let x = bytes[i];
    match x {
        b' ' | b'\n' if mid_run && starts_kept(bytes, i + 1) => {
            out[0] = x;
            Some(1)
        }
        b' ' | b'\t'..=b'\r' => None,
        0..=0x7F => {
            out[0] = if x == b'\'' { b'"' } else { x.to_ascii_lowercase() };
            Some(1)
        }
        0xC2..=0xDF => {
            // A lead byte of valid UTF-8: its continuation byte follows.
            let f = fold_two(x, bytes[i + 1])?;
            out[..2].copy_from_slice(&f.to_be_bytes());
            Some(2)
        }
        _ => None,
    }
}

/// Whether the character at `i` is one [`fold_same_length`] takes, other
/// than white space.
#[inline]
pub(super) fn starts_kept(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(&x @ 0..=0x7F) => !matches!(x, b' ' | b'\t'..=b'\r'),
        Some(&x @ 0xC2..=0xDF) => bytes.get(i + 1).is_some_and(|&y| fold_two(x, y).is_some()),
        _ => false,
    }
}
