#!/usr/bin/env bash
# Whole-run benchmark: corpus-qa with all rules on a generated corpus, against a read-and-decode
# floor measured in the same session, plus an incremental re-run over the unchanged corpus.
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
CORPUS=$DIR/corpus-$SIZE
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

for i in $(seq 1 "$RUNS"); do
  measure floor dev.corpusqa.bench.WholeRun floor "$CORPUS" "$THREADS"
  rm -rf "$DIR/work-$SIZE"
  measure job dev.corpusqa.bench.WholeRun job "$CORPUS" "$THREADS" "$DIR/work-$SIZE"
  measure incremental dev.corpusqa.bench.WholeRun job "$CORPUS" "$THREADS" "$DIR/work-$SIZE"
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
for label in ("floor", "job", "incremental"):
    w = med(label, lambda r: r["processWall"]); c = med(label, lambda r: r["cpuSeconds"])
    print(f"{label:12s} wall {w:8.1f} s  {mb / w:7.1f} MB/s  {docs / w:8.0f} docs/s  cpu {c:8.1f} s ({mb / c:6.1f} MB per cpu-s)"
          f"  peak heap {med(label, lambda r: r['run']['peakHeapUsedMB']):6.0f} MB (live after GC {med(label, lambda r: r['run']['peakHeapAfterGcMB']):5.0f} MB)"
          f"  peak RSS {med(label, lambda r: r['processRssKB']) / 1024:6.0f} MB")
fw, jw, iw = (med(l, lambda r: r["processWall"]) for l in ("floor", "job", "incremental"))
fc, jc, ic = (med(l, lambda r: r["cpuSeconds"]) for l in ("floor", "job", "incremental"))
print(f"job / floor: {jw / fw:.1f}x wall, {jc / fc:.1f}x cpu;  incremental / job: {100 * iw / jw:.1f}% wall, {100 * ic / jc:.1f}% cpu")
PY
