#!/usr/bin/env bash
# Plugin overhead: what corpus-qa:check adds to `mvn validate` on a 5-file corpus, warm local
# repository. Installs the plugin (and batch-job) from this checkout into ~/.m2 first, writes a
# throw-away project under $CQA_BENCH_DIR (default /tmp/cqa-bench), then runs `mvn -o -q validate`
# RUNS times with the plugin and RUNS times with -Dcorpusqa.skip=true, alternating, and prints the
# medians and their difference: with a fresh store (target/ removed first, as after mvn clean or in
# a CI clone) and with the store and up-to-date state left under target/ by the previous build.
#
#   benchmarks/plugin-overhead.sh [RUNS]        e.g. benchmarks/plugin-overhead.sh 7
set -euo pipefail
RUNS=${1:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CQA_BENCH_DIR:-/tmp/cqa-bench}/plugin-overhead
MVN="$ROOT/mvnw"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$ROOT" && ./mvnw -q -o install -DskipTests -Dinvoker.skip=true -pl plugin -am)
fi
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
rm -rf "$DIR"; mkdir -p "$DIR/corpus"
for i in 1 2 3 4 5; do
  cat > "$DIR/corpus/article-$i.txt" <<TXT
Harbour ferry timetable changes from next month, item $i
By Jordan Avery
Published: 2024-03-1$i

The council confirmed on Tuesday that the harbour ferry will run every twenty minutes at peak times
from April, after a consultation in which residents asked for earlier morning crossings.
Operators said the new timetable needs two more crew members and would be reviewed in the autumn.
TXT
done
cat > "$DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>plugin-overhead</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.corpusqa</groupId><artifactId>corpus-qa-maven-plugin</artifactId><version>$VERSION</version>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
    <configuration><referenceDate>2024-06-01</referenceDate></configuration>
  </plugin></plugins></build>
</project>
POM
cd "$ROOT"  # the wrapper runs from the checkout; -f points at the throw-away project
"$MVN" -f "$DIR/pom.xml" -o -q validate -Dcorpusqa.skip=true >/dev/null 2>&1 || true  # warm the local repository
t() { local s e; s=$(date +%s.%N); "$MVN" -f "$DIR/pom.xml" -o -q validate "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
rm -rf "$DIR/target"
cold=$(t)
if [[ ! -f $DIR/target/corpus-qa/report.json ]]; then
  echo "the plugin did not run; try: (cd $ROOT && ./mvnw -f $DIR/pom.xml -o validate)" >&2
  exit 1
fi
with=(); skip=(); fresh=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$DIR/target"
  fresh+=("$(t)")                     # first build after mvn clean: new store, no state file
  with+=("$(t)")                      # the next build: store and state file left under target/
  skip+=("$(t -Dcorpusqa.skip=true)")
done
python3 - "$cold" "${with[*]}" "${skip[*]}" "${fresh[*]}" <<'PY'
import statistics, sys
cold = float(sys.argv[1]); w, s, f = ([float(x) for x in a.split()] for a in sys.argv[2:5])
mw, ms, mf = statistics.median(w), statistics.median(s), statistics.median(f)
print(f"mvn validate, 5-file corpus, medians of {len(w)}: skipped {ms:.2f} s; "
      f"with the plugin, store and state left by the previous build {mw:.2f} s (added {mw - ms:.2f} s); "
      f"fresh store after mvn clean {mf:.2f} s (added {mf - ms:.2f} s); the very first run {cold:.2f} s")
PY
