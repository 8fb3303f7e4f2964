#!/usr/bin/env bash
# Evaluation: runs the job over every labelled dataset in ../shared/eval-data (or $1), prints
# per-category precision / recall / F1 and rates, writes eval-results/metrics.json, and fails when a
# figure drops below its floor in eval/floors/*.json. Without the data it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/eval-data}"
if [ ! -d "$data" ]; then
  echo "evaluation skipped: no evaluation data at $data"
  exit 0
fi
if [ ! -f batch-job/target/corpus-qa.jar ]; then
  ./mvnw -q -DskipTests -pl batch-job -am package
fi
shift || true
exec java -Xmx2g -cp batch-job/target/corpus-qa.jar dev.corpusqa.eval.Evaluate --data "$data" --out eval-results --floors eval/floors "$@"
