#!/usr/bin/env bash
# The clean-up benchmark (docs/PERFORMANCE.md, "Clean-up against rate limits"): TaskCleaner cleans a mixed set of
# tasks on all four services through the emulator, which enforces a token bucket per service.
#
#   bash benchmarks/cleanup.sh            # 3,200 tasks at 50 requests/s per service, three scenarios (~4 minutes)
#   bash benchmarks/cleanup.sh --smoke    # 40 tasks, the known-limit scenario only (CI: seconds)
#   bash benchmarks/cleanup.sh --build    # rebuild the benchmarks jar first
#
# Writes benchmarks/target/cleanup-report.md; exits non-zero if a task was left in a wrong state.
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS=(); BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) ARGS+=(--tasks 10 --scenarios known --stop-seconds 1) ;;
    --build) BUILD=1 ;;
    *) ARGS+=("$1") ;;
  esac
  shift
done
JAR=benchmarks/target/benchmarks.jar
if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then
  ./mvnw -q -B -pl benchmarks -am package -DskipTests >&2
fi
java -cp "$JAR" dev.migsdk.bench.cleanup.CleanupBenchmark --out benchmarks/target/cleanup-report.md "${ARGS[@]}"
