#!/usr/bin/env bash
# Time per megabyte on pathological inputs against ordinary articles (the
# seeds), as a Markdown table for BENCHMARKS.md ("Pathological inputs").
# Usage: scripts/pathological.sh [--scale F] [--only NAME]
# A ratio to the seeds above 3, or a growth (quarter size to full size) well
# above 1, means time grows faster than the input.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --example pathological >&2
exe="${CARGO_TARGET_DIR:-target}/release/examples/pathological"
"$exe" "$@"
