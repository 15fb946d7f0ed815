#!/usr/bin/env bash
# Renders isnad's outputs with real clients, for a person to look at:
#   LibreOffice (headless) opens the --excel CSV and the XLSX and prints them
#   to PDF; pdftoppm turns the first pages into PNG; headless Chromium takes a
#   screenshot of the HTML report. Not part of `cargo test` (heavy, needs
#   desktop packages). Install once (Debian):
#     apt-get update && apt-get install -y --no-install-recommends \
#       libreoffice-calc libreoffice-core poppler-utils chromium fonts-noto-core fonts-dejavu-core
# Usage: scripts/render-check.sh [OUTDIR]   (default: render-out/, git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-render-out}
mkdir -p "$out"
out=$(cd "$out" && pwd)
for tool in soffice pdftoppm chromium; do
  command -v "$tool" >/dev/null || { echo "render-check: $tool is missing (see the apt-get line at the top)" >&2; exit 2; }
done

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/isnad

"$bin" check seeds --excel -o "$out/run-excel.csv"
"$bin" check seeds --format xlsx --explain -o "$out/run.xlsx"
"$bin" check seeds --format html -o "$out/report.html"
"$bin" check seeds --format jsonl -o "$out/run.jsonl"

# LibreOffice needs a writable profile; a throwaway one keeps runs apart.
profile=$(mktemp -d)
# The CSV filter options: comma, double quote, UTF-8 (76), from line 1.
soffice --headless -env:UserInstallation=file://"$profile" --infilter="CSV:44,34,76,1" \
  --convert-to pdf --outdir "$out" "$out/run-excel.csv" >/dev/null
soffice --headless -env:UserInstallation=file://"$profile" \
  --convert-to pdf --outdir "$out" "$out/run.xlsx" >/dev/null
rm -rf "$profile"
# Arabic letters (U+0600-06FF and presentation forms) on page $2 of PDF $1.
arabic() { pdftotext -f "$2" -l "$2" "$1" - | { grep -oP '[\x{0600}-\x{06FF}\x{FB50}-\x{FEFF}]' || true; } | wc -l; }
# Renders the first page of PDF $1 and the page with the most Arabic as $2-*.png.
render() {
  local pdf=$1 tag=$2 pages best=1 most=0 n
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
  for ((p = 1; p <= pages; p++)); do
    n=$(arabic "$pdf" "$p")
    if ((n > most)); then most=$n; best=$p; fi
  done
  if ((most < 500)); then echo "FAIL: $pdf: no page has Arabic text ($most letters at most)" >&2; exit 1; fi
  echo "ok: $pdf: $pages pages, page $best has $most Arabic letters"
  rm -f "$out/$tag"-*.png
  pdftoppm -png -r 70 -f 1 -l 1 "$pdf" "$out/$tag-first"
  pdftoppm -png -r 70 -f "$best" -l "$best" "$pdf" "$out/$tag-arabic"
}
render "$out/run-excel.pdf" csv
render "$out/run.pdf" xlsx

# No network: the report must be self-contained.
udir=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$udir" \
  --screenshot="$out/report.png" --window-size=1400,1800 "file://$out/report.html" >/dev/null 2>&1
# The same with the low-confidence filter on (#low): high-confidence marks dimmed.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$udir" \
  --screenshot="$out/report-low.png" --window-size=1400,1800 "file://$out/report.html#low" >/dev/null 2>&1
# And the page after its script ran: how many rows the filter leaves.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$udir" \
  --dump-dom "file://$out/report.html#low" 2>/dev/null >"$out/report-low.dom.html"
rm -rf "$udir"
shown=$(grep -o '<tr class="row"' "$out/report-low.dom.html" | wc -l || true)
hidden=$(grep -o '<tr class="row hide"' "$out/report-low.dom.html" | wc -l || true)
echo "ok: report filter (confidence below 0.60) shows $shown rows, hides $hidden"

ls -1 "$out"/*.png
echo "look at the PNGs above"
