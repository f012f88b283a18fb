#!/usr/bin/env bash
# Runs the JMH benchmarks in a short configuration and writes benchmarks/RESULTS.md.
#
# Build first, from the repository root (this script builds nothing):
#   mvn -B -ntp install -DskipTests
# then:
#   benchmarks/run.sh            # about 8 minutes on 2 cores
#
# Environment: JAVA (default: java), OUT (default: benchmarks/target/results), JMH_EXTRA (more
# JMH options, e.g. "-p dataset=TYPICAL,LARGE" for ReadBenchmark and WriteBenchmark).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
java="${JAVA:-java}"
jar="benchmarks/target/benchmarks.jar"
out="${OUT:-benchmarks/target/results}"
if [[ ! -f "$jar" ]]; then
  echo "run.sh: no $jar: run 'mvn -B -ntp install -DskipTests' first" >&2
  exit 2
fi
mkdir -p "$out"
# A fixed heap, touched before the first iteration: else the first seconds of each fork pay the
# operating system for the heap's fresh pages, and on this machine that doubled some iterations.
heap=(-Xms6g -Xmx6g -XX:+AlwaysPreTouch)

machine="$out/machine.txt"
{
  echo "date (UTC):   $(date -u '+%Y-%m-%d %H:%M')"
  echo "nproc:        $(nproc)"
  echo "memory:       $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "load before:  $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JMH options:  forks 1; see benchmarks/run.sh"
  "$java" -version 2>&1 | sed 's/^/java:         /'
} > "$machine"

# Each group: its own JMH invocation (options differ), all appended to one JSON list.
run() {
  local name="$1"; shift
  echo "== $name: $*" >&2
  "$java" -jar "$jar" -f 1 -jvmArgs "${heap[*]}" -rf json -rff "$out/$name.json" "$@" ${JMH_EXTRA:-}
}

# Read and write of one TYPICAL plan: many short operations, allocation profiled.
run read -wi 5 -w 2 -i 8 -r 2 -prof gc 'ReadBenchmark|WriteBenchmark'
# The HTML report of one TYPICAL plan against its roll-up (design §19: ≤ 2).
run report -wi 5 -w 2 -i 8 -r 2 'ReportBenchmark'
# IATI export against our JSON write of the same TYPICAL plan (design §19: ratio <= 3).
run iati -wi 5 -w 2 -i 8 -r 2 'IatiExportBenchmark'
# IATI import of the TYPICAL export against a raw StAX event scan of the same bytes (design §19:
# scan / import >= 0.5).
run iatiimport -wi 5 -w 2 -i 8 -r 2 'IatiImportBenchmark'
# UN INFO import of the real ECA activity report (read from ../shared, never copied) against a
# raw jackson-dataformat-csv row scan of the same bytes (design §19: >= 0.5).
run uninfo -wi 5 -w 2 -i 8 -r 2 'UninfoImportBenchmark'
# GLOBAL in memory: 160 plans per operation (a read takes seconds: warm up on several).
run global -wi 5 -w 2 -i 8 -r 2 'GlobalBenchmark'
# Streamed GLOBAL against STRESS (ten times GLOBAL): one operation per iteration. A STRESS
# operation streams about 1 GB (tens of seconds), so it runs once, without JMH warm-up; its setup
# streams GLOBAL through the same code first, so the JIT has compiled it.
run portfolio-global -wi 2 -i 4 -p dataset=GLOBAL 'PortfolioBenchmark'
run portfolio-stress -wi 0 -i 1 -p dataset=STRESS 'PortfolioBenchmark'
if [[ -f cli/target/unsdcf.jar ]]; then
  run cli -wi 1 -i 5 'CliBenchmark'
else
  echo "run.sh: skipping CliBenchmark: no cli/target/unsdcf.jar (build the cli module)" >&2
fi

"$java" "${heap[@]}" -cp "$jar" org.unsdcf.benchmarks.RetainedHeap "$out/heap.json"
echo "load after:   $(cut -d' ' -f1-3 /proc/loadavg)" >> "$machine"

"$java" -cp "$jar" org.unsdcf.benchmarks.Results "$out/heap.json" "$machine" benchmarks/analysis.md \
  benchmarks/RESULTS.md \
  "$out/read.json" "$out/report.json" "$out/iati.json" "$out/uninfo.json" "$out/iatiimport.json" "$out/global.json" "$out/portfolio-global.json" "$out/portfolio-stress.json" \
  "$out/cli.json" > /dev/null
echo "run.sh: wrote benchmarks/RESULTS.md" >&2
