#!/usr/bin/env bash
# Times `isnad check` on a JSON Lines corpus next to ripgrep counting the lines
# that hold its 30 most common cue phrases, and reports MB/s, the ratio
# between the two, peak memory at 1x and 2x the corpus, --jobs determinism,
# and an incremental (--state) second run. Prints a Markdown report.
#
# Corpus: ../shared/corpus/bulk.jsonl.xz when present (unpacked to a
# temporary directory, never into the project), else JSON Lines built from
# seeds/. Usage: scripts/bench.sh [RUNS]   (best of RUNS timings, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg || [ ! -x /usr/bin/time ]; then
    (apt-get update -qq && apt-get install -y -qq ripgrep time) >/dev/null 2>&1 ||
        { echo "bench: needs ripgrep and GNU time (apt-get install ripgrep time)" >&2; exit 2; }
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/isnad-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

cargo build --release --quiet
# A private copy: a shared CARGO_TARGET_DIR may be rebuilt under our feet.
cp "${CARGO_TARGET_DIR:-target}/release/isnad" "$TMP/isnad"
ISNAD="$TMP/isnad"

CORPUS="$TMP/corpus.jsonl"
if [ -f ../shared/corpus/bulk.jsonl.xz ]; then
    xz -dc ../shared/corpus/bulk.jsonl.xz > "$CORPUS"
    ORIGIN="../shared/corpus/bulk.jsonl.xz"
else
    # About 20 MB of JSON Lines: every seed paragraph is an article, repeated.
    for round in $(seq 1 500); do
        ROUND=$round perl -CSD -ne 'chomp; s/\r//g; next if tr/ // < 3; s/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g;
            printf "{\"id\": \"%s-%d-%d\", \"text\": \"%s\"}\n", $ARGV, $ENV{ROUND}, $., $_; close ARGV if eof' seeds/*.txt
    done > "$CORPUS"
    ORIGIN="seeds/ paragraphs, repeated"
fi
cat "$CORPUS" "$CORPUS" > "$TMP/corpus2x.jsonl"
MB=$(awk -v b="$(stat -c %s "$CORPUS")" 'BEGIN { printf "%.1f", b / 1e6 }')
ARTICLES=$(wc -l < "$CORPUS")

"$ISNAD" lexicon export --top 30 --sample "$CORPUS" > "$TMP/cues.txt"

# best_of CMD...: runs CMD $RUNS times; prints "seconds peak_kb cpu_seconds"
# of the fastest run (peak memory: the highest of all runs).
best_of() {
    local best="" mem=0 cpu="" t m u s
    for _ in $(seq 1 "$RUNS"); do
        /usr/bin/time -f "%e %M %U %S" -o "$TMP/time" "$@" > "$TMP/stdout" 2> /dev/null || true
        read -r t m u s < "$TMP/time"
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$t
            cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
        fi
        [ "$m" -gt "$mem" ] && mem=$m
    done
    echo "$best $mem $cpu"
}
rate() { awk -v mb="$1" -v s="$2" 'BEGIN { printf "%.1f", mb / (s > 0 ? s : 0.001) }'; }

# The hypervisor's steal time over the whole report: a share of the
# machine's time that neither program got (noise, not code).
steal() { awk '/^cpu / { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
read -r STEAL0 TOTAL0 < <(steal)

read -r RG_S RG_KB RG_CPU < <(best_of rg -c -F -f "$TMP/cues.txt" "$CORPUS")
read -r J1_S J1_KB J1_CPU < <(best_of "$ISNAD" check -q --jobs 1 "$CORPUS")
cp "$TMP/stdout" "$TMP/j1.csv"
read -r JN_S JN_KB JN_CPU < <(best_of "$ISNAD" check -q "$CORPUS")
cp "$TMP/stdout" "$TMP/jn.csv"
"$ISNAD" check -q --jobs 2 "$CORPUS" > "$TMP/j2.csv"
read -r X2_S X2_KB X2_CPU < <(best_of "$ISNAD" check -q "$TMP/corpus2x.jsonl")
ROWS=$(($(wc -l < "$TMP/jn.csv") - 1))
if cmp -s "$TMP/j1.csv" "$TMP/j2.csv" && cmp -s "$TMP/j1.csv" "$TMP/jn.csv"; then SAME=identical; else SAME=DIFFERENT; fi

# Same-minute pairs: ripgrep then isnad, back to back, $RUNS times. The
# machine's speed drifts by the minute; a ratio taken within a pair, then
# the median of the pairs, is steadier than the ratio of two bests taken a
# minute apart.
RATIOS=()
for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e" -o "$TMP/time" rg -c -F -f "$TMP/cues.txt" "$CORPUS" > /dev/null 2>&1 || true
    read -r P_RG < "$TMP/time"
    /usr/bin/time -f "%e" -o "$TMP/time" "$ISNAD" check -q "$CORPUS" > /dev/null 2>&1 || true
    read -r P_IS < "$TMP/time"
    RATIOS+=("$(awk -v a="$P_IS" -v b="$P_RG" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.01) }')")
done
read -r PAIR_MED PAIR_MIN PAIR_MAX < <(printf '%s\n' "${RATIOS[@]}" | sort -g |
    awk '{ r[NR] = $1 } END { m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "%.1f %.1f %.1f\n", m, r[1], r[NR] }')

STATE="$TMP/state"
/usr/bin/time -f "%e %M %U %S" -o "$TMP/time" "$ISNAD" check -q --state "$STATE" "$CORPUS" > "$TMP/inc1.csv"
read -r INC1_S _ U S < "$TMP/time"
INC1_CPU=$(awk -v u="$U" -v s="$S" 'BEGIN { printf "%.2f", u + s }')
/usr/bin/time -f "%e %M %U %S" -o "$TMP/time" "$ISNAD" check -q --state "$STATE" "$CORPUS" > "$TMP/inc2.csv"
read -r INC2_S INC2_KB U S < "$TMP/time"
INC2_CPU=$(awk -v u="$U" -v s="$S" 'BEGIN { printf "%.2f", u + s }')
INC2_ROWS=$(($(wc -l < "$TMP/inc2.csv") - 1))

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
read -r STEAL1 TOTAL1 < <(steal)
STEAL_PCT=$(awk -v s=$((STEAL1 - STEAL0)) -v t=$((TOTAL1 - TOTAL0)) 'BEGIN { printf "%.0f", (t > 0 ? 100 * s / t : 0) }')
CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
cat <<REPORT
## $(date -u +%Y-%m-%d) on $(nproc) cores, ${CPU:-unknown CPU}, $(free -g | awk '/Mem:/ { print $2 }') GB RAM

Corpus: $ORIGIN, $ARTICLES articles, $MB MB of JSON Lines; $ROWS rows written (every claim).
Best of $RUNS runs: wall-clock seconds, CPU seconds (user + system) of that run, peak resident
memory from /usr/bin/time. Load average when the report was written: $LOAD (other work on the
machine inflates wall-clock times; CPU seconds are less sensitive to it).

| run | wall s | MB/s | CPU s | peak memory |
| --- | ---: | ---: | ---: | ---: |
| \`rg -c -F -f\` 30 most common cues | $RG_S | $(rate "$MB" "$RG_S") | $RG_CPU | $((RG_KB / 1024)) MB |
| \`isnad check --jobs 1\` | $J1_S | $(rate "$MB" "$J1_S") | $J1_CPU | $((J1_KB / 1024)) MB |
| \`isnad check\` (all cores) | $JN_S | $(rate "$MB" "$JN_S") | $JN_CPU | $((JN_KB / 1024)) MB |
| \`isnad check\`, corpus doubled | $X2_S | $(rate "$(awk -v m="$MB" 'BEGIN { print 2 * m }')" "$X2_S") | $X2_CPU | $((X2_KB / 1024)) MB |
| \`isnad check --state\`, first run | $INC1_S | $(rate "$MB" "$INC1_S") | $INC1_CPU | |
| \`isnad check --state\`, same inputs again | $INC2_S | $(rate "$MB" "$INC2_S") | $INC2_CPU | $((INC2_KB / 1024)) MB |

- isnad (all cores) / ripgrep: **$(awk -v a="$JN_S" -v b="$RG_S" 'BEGIN { printf "%.1f", a / b }')x** (target at most 6x, aim 4x)
- same-minute pairs (ripgrep, then isnad, $RUNS times): median **${PAIR_MED}x**, range ${PAIR_MIN}-${PAIR_MAX}x
- hypervisor steal time during the report: ${STEAL_PCT}% of the machine's time
- output with --jobs 1, --jobs 2 and all cores: $SAME
- second incremental run: $INC2_ROWS rows written, $(awk -v a="$INC2_S" -v b="$INC1_S" 'BEGIN { printf "%.0f", 100 * a / b }')% of the first run's time
REPORT
