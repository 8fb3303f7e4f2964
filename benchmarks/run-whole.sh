#!/usr/bin/env bash
# Whole-run benchmark: corpus-qa with all rules on a generated corpus, against a read-and-decode
# floor measured in the same session, plus re-runs: over the unchanged corpus (up-to-date check on,
# the default; and off, through the job), and after 1% of the files changed.
#
#   benchmarks/run-whole.sh [SIZE] [RUNS] [THREADS]     e.g.  benchmarks/run-whole.sh 100MB 3 2
#
# Environment: CQA_BENCH_DIR (default /tmp/cqa-bench: corpora and stores, never committed),
# CQA_HEAP (default 512m), SKIP_BUILD=1 to reuse benchmarks/target/benchmarks.jar.
# Every run is a fresh JVM; /usr/bin/time gives process wall time, CPU time and peak RSS.
# Output: one JSON line per run in $CQA_BENCH_DIR/results-$SIZE.jsonl and a summary of medians.
set -euo pipefail
SIZE=${1:-100MB}
RUNS=${2:-3}
THREADS=${3:-$(nproc)}
DIR=${CQA_BENCH_DIR:-/tmp/cqa-bench}
HEAP=${CQA_HEAP:-512m}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/benchmarks/target/benchmarks.jar

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f $JAR ]]; then
  (cd "$ROOT" && ./mvnw -q package -pl benchmarks -am -DskipTests)
fi
mkdir -p "$DIR"
CORPUS=$DIR/whole-$SIZE  # its own copy: the changed-1pct step appends to 1% of its files
if [[ ! -f $CORPUS/defects.tsv ]]; then
  java -cp "$JAR" dev.corpusqa.bench.CorpusGenerator "$CORPUS" "$SIZE" 42
fi
OUT=$DIR/results-$SIZE.jsonl
: > "$OUT"

measure() { # label, then the java arguments
  local label=$1; shift
  local tf; tf=$(mktemp)
  local json
  json=$(/usr/bin/time -f '%e %U %S %M' -o "$tf" java -Xmx"$HEAP" -Xms"$HEAP" -cp "$JAR" "$@" 2>/dev/null | grep '^{')
  read -r wall user sys rss < "$tf"; rm -f "$tf"
  local line="{\"label\":\"$label\",\"processWall\":$wall,\"cpuSeconds\":$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}'),\"processRssKB\":$rss,\"run\":$json}"
  echo "$line" | tee -a "$OUT"
}

# 1% of the files changed between runs (a line appended), for the "changed" re-run: files chosen
# deterministically, different in each round; the corpus keeps the change, which is what a fresh run
# of the next round then sees
change_one_percent() {
  local round=$1
  find "$CORPUS" -name '*.txt' | sort | awk -v r="$round" 'NR % 100 == r % 100' | while read -r f; do
    printf '\nCorrection: an earlier version of this article misstated a date (round %s).\n' "$round" >> "$f"
  done
}

for i in $(seq 1 "$RUNS"); do
  measure floor dev.corpusqa.bench.WholeRun floor "$CORPUS" "$THREADS"
  rm -rf "$DIR/work-$SIZE"
  measure job dev.corpusqa.bench.WholeRun job "$CORPUS" "$THREADS" "$DIR/work-$SIZE"
  # unchanged corpus: the up-to-date check keeps the last outcome (the default) ...
  measure incremental dev.corpusqa.bench.WholeRun job "$CORPUS" "$THREADS" "$DIR/work-$SIZE"
  # ... and the job itself when that check is off: scan against the stored rows, shared rows, reports
  measure rerun-job dev.corpusqa.bench.WholeRun job-no-skip "$CORPUS" "$THREADS" "$DIR/work-$SIZE"
  change_one_percent "$i"
  measure changed-1pct dev.corpusqa.bench.WholeRun job "$CORPUS" "$THREADS" "$DIR/work-$SIZE"
done

python3 - "$OUT" "$THREADS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def med(label, f):
    v = [f(r) for r in rows if r["label"] == label]
    return statistics.median(v) if v else float("nan")
mb = rows[0]["run"]["bytes"] / 1048576
docs = rows[0]["run"]["documents"]
print(f"\ncorpus {mb:.0f} MB, {docs} documents, {sys.argv[2]} threads, medians of {sum(r['label']=='job' for r in rows)} runs")
for label in ("floor", "job", "incremental", "rerun-job", "changed-1pct"):
    w = med(label, lambda r: r["processWall"]); c = med(label, lambda r: r["cpuSeconds"])
    print(f"{label:12s} wall {w:8.1f} s  {mb / w:7.1f} MB/s  {docs / w:8.0f} docs/s  cpu {c:8.1f} s ({mb / c:6.1f} MB per cpu-s)"
          f"  peak heap {med(label, lambda r: r['run']['peakHeapUsedMB']):6.0f} MB (live after GC {med(label, lambda r: r['run']['peakHeapAfterGcMB']):5.0f} MB)"
          f"  peak RSS {med(label, lambda r: r['processRssKB']) / 1024:6.0f} MB")
fw, jw, iw, rw, cw = (med(l, lambda r: r["processWall"]) for l in ("floor", "job", "incremental", "rerun-job", "changed-1pct"))
fc, jc, ic, rc, cc = (med(l, lambda r: r["cpuSeconds"]) for l in ("floor", "job", "incremental", "rerun-job", "changed-1pct"))
print(f"job / floor: {jw / fw:.1f}x wall, {jc / fc:.1f}x cpu")
print(f"unchanged re-run / job: {100 * iw / jw:.1f}% wall, {100 * ic / jc:.1f}% cpu (up-to-date check); "
      f"{100 * rw / jw:.1f}% wall, {100 * rc / jc:.1f}% cpu (job with the check off)")
print(f"1% of files changed, re-run / job: {100 * cw / jw:.1f}% wall, {100 * cc / jc:.1f}% cpu")
PY
