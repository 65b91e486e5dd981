#!/usr/bin/env bash
# The matching benchmark (docs/matching.md): labelled person pairs made from Skatteverket's test
# identities with the typo model, and company names written other ways, run through blocking and
# the matcher with the thresholds of config/rules.yml (and with the matching before December 2026).
# Prints precision and recall of EXCLUDE and of REVIEW-or-EXCLUDE, per typo kind.
#
#   bench/match-benchmark.sh [--seed S] [--persons N] [--sweep] [--examples N]
#
# --sweep also prints the figures for other strong and review thresholds; --examples N prints N
# pairs that were missed or matched wrongly. Builds the jars first when either is missing: the
# benchmark (src/bench/java) is not in the application jar but in target/vendor-screening-bench.jar,
# which runs on the application jar's classes (loader.path, one class loader: the benchmark uses
# the matching's package-private classes).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR=target/vendor-screening.jar
HARNESS=target/vendor-screening-bench.jar
if [[ ! -f "$JAR" || ! -f "$HARNESS" ]]; then
  ./mvnw -B -q -DskipTests package
fi
exec java -cp "$JAR" -Dloader.path="$HARNESS" \
  -Dloader.main=se.vendorscreening.screening.internal.matching.MatchBenchmark \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
