#!/usr/bin/env bash
# Memory flatness: the job with all rules on generated corpora of several sizes, each in a fresh JVM
# with a fixed heap, and the live set measured by forcing a full collection every PROBE seconds
# (WholeRun -Dcqa.liveProbeSeconds). The target: the same peak (within 10%) for 1 GB and 5 GB.
#
#   benchmarks/run-memory.sh [SIZE ...]          e.g.  benchmarks/run-memory.sh 1GB 5GB
#
# Environment: CQA_BENCH_DIR (default /tmp/cqa-bench; a 5 GB corpus needs about 6 GB free there plus
# its store), CQA_HEAP (default 512m), THREADS (default nproc), PROBE (default 10 seconds),
# SKIP_BUILD=1 to reuse benchmarks/target/benchmarks.jar. Corpora are shared with run-whole.sh
# ($CQA_BENCH_DIR/whole-SIZE, seed 42). Output: $CQA_BENCH_DIR/memory.jsonl and a summary.
set -euo pipefail
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(1GB 5GB)
DIR=${CQA_BENCH_DIR:-/tmp/cqa-bench}
HEAP=${CQA_HEAP:-512m}
THREADS=${THREADS:-$(nproc)}
PROBE=${PROBE:-10}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/benchmarks/target/benchmarks.jar
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f $JAR ]]; then
  (cd "$ROOT" && ./mvnw -q package -pl benchmarks -am -DskipTests)
fi
mkdir -p "$DIR"
OUT=$DIR/memory.jsonl
: > "$OUT"
for size in "${SIZES[@]}"; do
  corpus=$DIR/whole-$size
  if [[ ! -f $corpus/defects.tsv ]]; then
    java -cp "$JAR" dev.corpusqa.bench.CorpusGenerator "$corpus" "$size" 42
  fi
  rm -rf "$DIR/memory-work-$size"
  tf=$(mktemp)
  json=$(/usr/bin/time -f '%e %U %S %M' -o "$tf" java -Xmx"$HEAP" -Xms"$HEAP" -Dcqa.liveProbeSeconds="$PROBE" -cp "$JAR" \
      dev.corpusqa.bench.WholeRun job "$corpus" "$THREADS" "$DIR/memory-work-$size" 2>/dev/null | grep '^{')
  read -r wall user sys rss < "$tf"; rm -f "$tf"
  echo "{\"size\":\"$size\",\"processWall\":$wall,\"cpuSeconds\":$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}'),\"processRssKB\":$rss,\"run\":$json}" | tee -a "$OUT"
  rm -rf "$DIR/memory-work-$size"
done
python3 - "$OUT" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
for r in rows:
    j = r["run"]
    print(f"{r['size']:>6}: {j['bytes'] / 1048576:8.0f} MB, {j['documents']:9d} docs, wall {r['processWall']:7.1f} s, cpu {r['cpuSeconds']:7.1f} s,"
          f" live set (full GC every probe) {j['peakLiveMB']:6.1f} MB, peak heap used {j['peakHeapUsedMB']:6.0f} MB, peak RSS {r['processRssKB'] / 1024:5.0f} MB")
if len(rows) >= 2:
    a, b = rows[0]["run"], rows[-1]["run"]
    print(f"{rows[-1]['size']} / {rows[0]['size']}: bytes {b['bytes'] / a['bytes']:.2f}x, live set {b['peakLiveMB'] / a['peakLiveMB']:.2f}x,"
          f" wall {rows[-1]['processWall'] / rows[0]['processWall']:.2f}x, cpu {rows[-1]['cpuSeconds'] / rows[0]['cpuSeconds']:.2f}x")
PY
