#!/usr/bin/env bash
# The scale benchmark (bench/README.md): generate N vendors with registries, measure the raw OpenCSV read of
# the same files (the floor), screen them end to end with -Xmx1g and the parallel collector (as the
# launcher runs a long screen), and check every planted flag.
#
#   bench/benchmark.sh [N] [--http] [--seed S] [--keep] [--live-heap]
#
#   N        vendors to generate (default 10000, also with --http: smaller runs over HTTP measure
#            mostly the JIT warming up)
#   --http   serve the registries from a local WireMock stub with a fixed 20 ms delay and screen
#            with SCREENING_REGISTRIES_MODE=http (the organised-crime assessments stay a file)
#   --seed   generator seed (default 42)
#   --keep   keep target/bench/n<N> afterwards (default: keep only the logs)
#   --live-heap  after each phase collect the whole heap and print what stays live (costs a full
#            collection a phase: use it for the memory figures, not the timing)
#   SCREEN_JAVA_OPTS, WIREMOCK_JAVA_OPTS (environment): extra JVM options for the screen run and
#            the stub, e.g. a JFR recording
#   WARM_UP_REQUESTS (environment, --http): requests that warm the stub up before the measured
#            run (default 30000; 0 for a cold stub)
#
# Prints: generation time and file sizes, the floor, the screening run (wall time, phases the job
# logs as `phase=... rows=... seconds=...`, peak heap from the GC log, max RSS), the ratio of the
# run to the floor, and the planted-flag check (exit status 1 when it fails). Works from any
# directory; builds target/vendor-screening.jar and the harness, target/vendor-screening-bench.jar,
# when either is missing.
#   BENCH_JAR, BENCH_HARNESS_JAR (environment): another application jar to screen with (e.g. a
#            baseline build), another harness jar
set -euo pipefail

N=""
HTTP=false
SEED=42
KEEP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --http) HTTP=true ;;
    --seed) SEED="$2"; shift ;;
    --keep) KEEP=true ;;
    --live-heap) SCREEN_JAVA_OPTS="${SCREEN_JAVA_OPTS:-} -Dscreening.benchmark.live-heap=true" ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) N="$1" ;;
  esac
  shift
done
if [ -z "$N" ]; then
  N=10000
fi

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR="${BENCH_JAR:-target/vendor-screening.jar}" # BENCH_JAR: another build, e.g. for runs alternated with a baseline
# the harness (src/bench/java) is not in the application jar: the build packages it on its own
HARNESS="${BENCH_HARNESS_JAR:-target/vendor-screening-bench.jar}"
LAUNCHER=org.springframework.boot.loader.launch.PropertiesLauncher
WORK="target/bench/n$N$($HTTP && echo -http || true)"
DATA="$WORK/data"
OUT="$WORK/reports"

if [ ! -f "$JAR" ] || [ ! -f "$HARNESS" ]; then
  echo "== building $JAR and $HARNESS"
  ./mvnw -B -q -ntp -DskipTests package
fi
rm -rf "$WORK"
mkdir -p "$WORK"
export SCREENING_DATA_DIR="$ROOT/$WORK/db"   # a fresh embedded database for every run
export SCREENING_REPORTS_DIR="$ROOT/$OUT"

run_main() { # run a main class of the harness on the application jar's classes, without starting Spring
  local main="$1"; shift
  java -cp "$JAR" -Dloader.path="$HARNESS" -Dloader.main="$main" "$LAUNCHER" "$@"
}
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

echo "== generate: $N vendors, seed $SEED"
start=$(now)
java -jar "$JAR" generate --vendors "$N" --seed "$SEED" --out "$DATA" | sed 's/^/   /'
echo "generate seconds=$(seconds_since "$start") (whole process, JVM and Spring start included)"
for f in vendors.csv representatives.csv registries/convictions.csv registries/tax-arrears.csv \
  registries/financial-standing.csv registries/organised-crime-assessments.csv expected.csv; do
  printf 'file %-48s rows=%-9s bytes=%s\n' "$f" "$(($(wc -l < "$DATA/$f") - 1))" "$(stat -c %s "$DATA/$f")"
done
AS_OF="$(cat "$DATA/as-of.txt")"
PARTIES=$(($(wc -l < "$DATA/vendors.csv") - 1))

echo "== floor: the same files read with OpenCSV and nothing else"
run_main se.vendorscreening.generator.benchmark.RawReadFloor "$DATA" | tee "$WORK/floor.txt" | grep total
FLOOR=$(awk '/pass=cold total/ { for (i = 1; i <= NF; i++) if ($i ~ /^seconds=/) { sub("seconds=", "", $i); print $i } }' "$WORK/floor.txt")

if ! java -jar "$JAR" --help 2>/dev/null | grep -qE '^\s+screen\b'; then
  echo "== screen: this build has no screen command yet; stopping after the floor"
  exit 0
fi

WIREMOCK_PID=""
cleanup() {
  if [ -n "$WIREMOCK_PID" ]; then kill "$WIREMOCK_PID" 2>/dev/null || true; fi
  if ! $KEEP; then rm -rf "$DATA" "$WORK/db" "$WORK/wiremock"; fi
}
trap cleanup EXIT

declare -a SCREEN_ENV=()
CHECK_ARGS=()
if $HTTP; then
  WIREMOCK_VERSION=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)
  WIREMOCK_JAR="${WIREMOCK_JAR:-$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar}"
  if [ ! -f "$WIREMOCK_JAR" ]; then
    ./mvnw -B -q -ntp dependency:get -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION"
  fi
  PORT="${WIREMOCK_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18089)}"
  echo "== http: WireMock $WIREMOCK_VERSION on 127.0.0.1:$PORT, fixed delay 20 ms"
  run_main se.vendorscreening.generator.benchmark.WireMockStubs "$DATA" "$WORK/wiremock" 20
  java -Xmx1g ${WIREMOCK_JAVA_OPTS:-} -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --port "$PORT" \
    --root-dir "$WORK/wiremock" --disable-banner --async-response-enabled true \
    --async-response-threads 8 --container-threads 200 --jetty-accept-queue-size 1000 \
    --disable-request-logging --disable-gzip \
    --no-request-journal > "$WORK/wiremock.log" 2>&1 &
  WIREMOCK_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/__admin/health" > /dev/null 2>&1 && break
    sleep 0.5
  done
  # a registry in service is warm: without this the stub's JIT compiles during the measured run
  run_main se.vendorscreening.generator.benchmark.StubWarmUp "http://127.0.0.1:$PORT" "$DATA" \
    "${WARM_UP_REQUESTS:-30000}" | sed 's/^/   stub /'
  SCREEN_ENV=(SCREENING_REGISTRIES_MODE=http "SCREENING_REGISTRIES_HTTP_BASE_URL=http://127.0.0.1:$PORT")
  CHECK_ARGS=(--ignore-rule POSSIBLE_MATCH) # the HTTP protocol has no name search for numbered subjects
fi

cpu_of() { # user + system CPU seconds of a live process
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0
}
# the collector bin/vendor-screening gives a long batch run (docs/launcher.md), unless
# SCREEN_JAVA_OPTS names one (two would stop the JVM)
GC_OPTION=-XX:+UseParallelGC
case "${SCREEN_JAVA_OPTS:-}" in *Use*GC*) GC_OPTION="" ;; esac
echo "== screen: $PARTIES parties, -Xmx1g ${GC_OPTION:-(collector from SCREEN_JAVA_OPTS)}, as-of $AS_OF"
[ -n "$WIREMOCK_PID" ] && WIREMOCK_CPU_START=$(cpu_of "$WIREMOCK_PID")
start=$(now)
set +e
env "${SCREEN_ENV[@]}" /usr/bin/time -v -o "$WORK/time.txt" \
  java -Xmx1g $GC_OPTION -Xlog:gc:file="$WORK/gc.log":time,uptime,level,tags -Dlogging.threshold.console=INFO \
    ${SCREEN_JAVA_OPTS:-} -jar "$JAR" screen \
    --vendors "$DATA/vendors.csv" --representatives "$DATA/representatives.csv" \
    --registries "$DATA/registries" --as-of "$AS_OF" --out "$OUT" --actor benchmark \
    > "$WORK/screen.log" 2>&1
STATUS=$?
set -e
WALL=$(seconds_since "$start")
SCREEN_CPU=$(awk -F: '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/time.txt")
echo "load $(uptime | sed 's/.*load average: //') (1, 5, 15 min) on $(nproc) cores; screen process cpu_seconds=$SCREEN_CPU"
if [ -n "$WIREMOCK_PID" ]; then
  echo "wiremock cpu_seconds=$(awk -v a="$WIREMOCK_CPU_START" -v b="$(cpu_of "$WIREMOCK_PID")" 'BEGIN { printf "%.2f", b - a }') during the screen run"
fi
echo "screen exit_status=$STATUS wall_seconds=$WALL parties=$PARTIES parties_per_second=$(awk -v p="$PARTIES" -v s="$WALL" 'BEGIN { printf "%.0f", p / s }')"
grep -E 'phase=' "$WORK/screen.log" | sed 's/^.* - //; s/^/   /' || echo "   (the screen job logged no phase= lines)"
# vendors: the N generated; parties: vendors and their subcontractors (the rows of vendors.csv)
grep -E 'phase=screen[A-Za-z]*PartiesStep ' "$WORK/screen.log" | tail -1 | sed 's/^.* - //' \
  | awk -v v="$N" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] } }
      f["seconds"] > 0 { printf "screening step: %d parties (%d vendors) in %.2f s = %.0f parties/s, %.0f vendors/s\n", f["rows"], v, f["seconds"], f["rows"] / f["seconds"], v / f["seconds"] }' || true
grep -E 'Loaded .* records|Wrote run folder|completed: \{' "$WORK/screen.log" | sed 's/^\([0-9:.]*\) [A-Z]* *[A-Za-z]* - /   \1 /' || true
echo "   screen.log: $(grep -c ' WARN ' "$WORK/screen.log" || true) WARN lines, $(grep -c ' ERROR ' "$WORK/screen.log" || true) ERROR lines"
grep -iE 'in.?flight' "$WORK/screen.log" | tail -3 | sed 's/^.* - /   client: /' || true
PEAK_HEAP=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | awk -F'[M>-]+' '{ if ($1 > m) m = $1 } END { print m + 0 }')
# after young, mixed and full collections only (a Remark or Cleanup pause frees nothing itself)
LIVE_HEAP=$(grep -E 'Pause (Young|Full)' "$WORK/gc.log" | grep -oE '[0-9]+M->[0-9]+M' | awk -F'[M>-]+' '{ if ($2 > m) m = $2 } END { print m + 0 }')
RSS=$(awk -F: '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$WORK/time.txt")
echo "memory peak_heap_mb=$PEAK_HEAP max_heap_after_gc_mb=$LIVE_HEAP max_rss_mb=$RSS (from $WORK/gc.log, /usr/bin/time)"
# the same per phase: what the import (with the registries loading beside it), the checks and the
# reports each keep on the heap
run_main se.vendorscreening.generator.benchmark.GcPhases "$WORK/screen.log" "$WORK/gc.log" \
  > "$WORK/gc-phases.txt" || true
sed 's/^/   /' "$WORK/gc-phases.txt"
echo "== phases: rows, seconds, rows a second, peak heap (largest heap before a collection in the phase;"
echo "   the registries load on their own thread while the import runs)"
awk '
  function fields(line,   i, kv) { delete f; for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] } }
  function row(label, rows, seconds, heap) {
    printf "   %-46s %10d %8.2f %10.0f %8s\n", label, rows, seconds, (seconds > 0 ? rows / seconds : 0), (heap > 0 ? heap : "-")
  }
  BEGIN {
    name["screenImportStep"] = "import"; name["screenPartiesStep"] = "checks"
    name["graphSignalsStep"] = "graph"
    name["flagSubcontractorsStep"] = "subcontractors"; name["completeScreenRunStep"] = "decisions (counts)"
    name["writeReportsStep"] = "reports (5 files)"
    printf "   %-46s %10s %8s %10s %8s\n", "phase", "rows", "seconds", "rows/s", "heap MB"
  }
  FNR == NR { if ($1 == "memory") { fields(); peak[f["phase"]] = f["heap_before_gc_max_mb"] } next }
  / Loaded [^ ]+: [0-9]+ records, [0-9]+ rejected rows in [0-9.]+ s/ {
    # 12:00:00.000 INFO  LoadedExtract - Loaded FILE: N records, R rejected rows in S s, sha256 …
    sub(/^.* Loaded /, ""); sub(/:$/, "", $1)
    row("registry load: " $1, $2, $8, 0)
    next
  }
  / phase=[^ ]+ rows=/ {
    sub(/^.* - /, ""); fields()
    row(f["phase"] in name ? name[f["phase"]] " (" f["phase"] ")" : f["phase"], f["rows"], f["seconds"], peak[f["phase"]])
  }
' "$WORK/gc-phases.txt" "$WORK/screen.log"
grep -E 'live_heap_mb=' "$WORK/screen.log" | sed 's/^.* - /   live heap after /' || true
# the relationship graph's step on its own line: its seconds, the heap while it ran (GC log) and
# what its log line says (vertices, build and evaluation times, CPU of its thread, heap used); the
# graph is built only with an ownership file or the person signals on (SCREENING_GRAPH_PERSON_SIGNALS=true)
awk '
  function fields(line,   i, kv) { delete f; for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] } }
  FNR == NR { if ($1 == "memory") { fields(); if (f["phase"] == "graphSignalsStep") { before = f["heap_before_gc_max_mb"]; after = f["heap_after_gc_max_mb"] } } next }
  / phase=graphSignalsStep rows=/ { sub(/^.* - /, ""); fields(); rows = f["rows"]; seconds = f["seconds"]; found = 1 }
  / relationship graph: / { sub(/^.* relationship graph: /, ""); graph = $0 }
  END {
    if (!found) { print "phase=graph: this run logged no graph step"; exit }
    printf "phase=graph rows=%s seconds=%s peak_heap_mb=%s heap_after_gc_max_mb=%s\n", rows, seconds, (before == "" ? "-" : before), (after == "" ? "-" : after)
    print "   relationship graph: " (graph == "" ? "not built (no ownership file, person signals off)" : graph)
  }
' "$WORK/gc-phases.txt" "$WORK/screen.log"
echo "ratio whole_run/floor=$(awk -v w="$WALL" -v f="$FLOOR" 'BEGIN { printf "%.1f", w / f }') (floor ${FLOOR}s cold)"
if [ "$STATUS" -ne 0 ] && [ "$STATUS" -ne 2 ]; then
  echo "screen failed; last lines of $WORK/screen.log:"
  grep -v ' WARN ' "$WORK/screen.log" | tail -20
  exit 1
fi

RESULTS=$(find "$OUT" -name results.csv | sort | tail -1)
if [ -z "$RESULTS" ]; then
  echo "check FAILED: no results.csv under $OUT"
  exit 1
fi
echo "== check: $RESULTS against $DATA/expected.csv"
run_main se.vendorscreening.generator.benchmark.BenchmarkCheck "$DATA" "$RESULTS" "${CHECK_ARGS[@]}"
