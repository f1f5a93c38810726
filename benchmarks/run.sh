#!/usr/bin/env bash
# End-to-end benchmarks of the SDK against the raw-OkHttp floor, cold start, async scale and footprint.
#
#   bash benchmarks/run.sh                 # full run: 3 paired rounds of the five operations (~20 minutes on 2 cores)
#   bash benchmarks/run.sh --smoke         # everything briefly (CI): well under a minute after the build
#   bash benchmarks/run.sh --rounds 5      # more rounds
#   bash benchmarks/run.sh --wait-quiet    # first wait (up to 15 min) for 1-minute load < 0.7
#   bash benchmarks/run.sh --build         # rebuild first (otherwise only when the jar is missing)
#
# Needs only a JDK 17+ (the stub server is a small JVM program in this module; nothing is installed).
# Writes benchmarks/target/report.md. Exits non-zero only when something failed to run; targets that
# are missed are reported in the table, not fatal. JMH microbenchmarks are separate:
#   java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 'SignerBenchmark|PipelineBenchmark|ClientBenchmark'
# The SDK on the JDK transport (sdk-http-jdk) runs beside "sdk" (OkHttp) and "floor" as the impl "sdk-jdk" of
# LoadRunner, e.g. against a running stub (dev.migsdk.bench.stub.StubServer):
#   java -cp benchmarks/target/benchmarks.jar dev.migsdk.bench.e2e.LoadRunner sdk-jdk smc-delete <port> 5000 10000
# (not yet a column of the Suite's paired table).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
COMMAND="bash benchmarks/run.sh $*"
SMOKE=0; ROUNDS=3; WAIT_QUIET=0; BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --rounds) ROUNDS="$2"; shift ;;
    --wait-quiet) WAIT_QUIET=1 ;;
    --build) BUILD=1 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

JAR=benchmarks/target/benchmarks.jar
MODULES="sdk-smc sdk-dts sdk-oms sdk-sms"
need_build=$BUILD
[ -f "$JAR" ] || need_build=1
for m in $MODULES; do [ -f "$m/target/runtime-classpath.txt" ] || need_build=1; done
if [ "$need_build" = 1 ]; then
  echo "building benchmarks (and the runtime classpath of each product module)..." >&2
  ./mvnw -q -B -pl benchmarks -am package dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt -DskipTests >&2
fi

if [ "$WAIT_QUIET" = 1 ]; then
  for _ in $(seq 1 30); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load" 'BEGIN { exit !(l < 0.7) }'; then break; fi
    echo "waiting for a quiet machine (1-minute load $load)..." >&2
    sleep 30
  done
fi

OUT=benchmarks/target/report.md
E2E=benchmarks/target/e2e-report.md
LOAD_BEFORE=$(cat /proc/loadavg)
START=$(date +%s)
ARGS=(--out "$E2E")
if [ "$SMOKE" = 1 ]; then ARGS+=(--smoke); else ARGS+=(--rounds "$ROUNDS"); fi
status=0
java -cp "$JAR" dev.migsdk.bench.e2e.Suite "${ARGS[@]}" > /dev/null || status=$?
LOAD_AFTER=$(cat /proc/loadavg)

{
  echo "## migsdk end-to-end benchmark ($( [ "$SMOKE" = 1 ] && echo smoke || echo "full, $ROUNDS rounds"))"
  echo
  echo "- command: \`$COMMAND\`"
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ), took $(( $(date +%s) - START )) s"
  echo "- machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "- JDK: $(java -version 2>&1 | head -1); $(java -version 2>&1 | sed -n 2p)"
  echo "- load average before / after: $LOAD_BEFORE / $LOAD_AFTER"
  echo "- stub server: a JVM process of its own (dev.migsdk.bench.stub.StubServer), loopback only"
  if [ "$SMOKE" = 1 ]; then
    echo "- smoke mode: sub-second phases and no JIT warm-up, to prove the suite runs; its ratios mean nothing"
  fi
  echo
  [ -f "$E2E" ] && cat "$E2E"
  echo "### Footprint: runtime jars per product module (runtime scope, BouncyCastle excluded)"
  echo
  echo "| module | jars | MB | target ≤ 6.5 MB |"
  echo "|---|---:|---:|---|"
  for m in $MODULES; do
    cp="$m/target/runtime-classpath.txt"
    own=$(ls "$m"/target/"$m"-*.jar 2>/dev/null | grep -v -- '-tests\|-sources\|-javadoc' | head -1 || true)
    files=$( { [ -n "$own" ] && echo "$own"; [ -f "$cp" ] && tr ':' '\n' < "$cp"; } | grep -v '^$' | grep -v bcprov || true)
    n=$(echo "$files" | grep -c . || true)
    bytes=$(echo "$files" | xargs -r stat -c %s | awk '{s+=$1} END {print s+0}')
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }')
    ok=$(awk -v b="$bytes" 'BEGIN { print (b <= 6.5 * 1048576) ? "yes" : "NO" }')
    echo "| $m | $n | $mb | $ok |"
  done
  echo
  echo "Largest jars (sdk-smc):"
  echo
  { ls sdk-smc/target/sdk-smc-*.jar 2>/dev/null | grep -v tests; tr ':' '\n' < sdk-smc/target/runtime-classpath.txt; } \
    | grep -v '^$' | xargs -r ls -l | awk '{printf "- %s %.0f KB\n", $NF, $5/1024}' | sed "s#$HOME/.m2/repository/##; s#$ROOT/##" | sort -k3 -n -r -t' '
} > "$OUT"

cat "$OUT"
if [ "$status" != 0 ]; then
  echo "benchmark run FAILED (exit $status); see the errors above" >&2
fi
exit "$status"
