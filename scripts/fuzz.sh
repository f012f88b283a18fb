#!/usr/bin/env bash
# Real (coverage-guided) fuzzing of the JSON, UN INFO and IATI readers with Jazzer, outside CI.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Runs each @FuzzTest named (default: all of them) with JAZZER_FUZZ=1 for the given number of
# seconds (default 120): json's PlanReaderFuzzTest, uninfo's ActivityReportReaderFuzzTest for the
# targets csv_read_gives_plans_or_a_read_exception, xlsx_read_gives_plans_or_a_read_exception
# (whole files) and xlsx_sheet_read_gives_plans_or_a_read_exception (the first sheet's XML inside
# an otherwise fixed workbook), and iati's IatiReaderFuzzTest for
# read_gives_entries_or_a_read_exception. The log of each goes to <module>/target/fuzz-<target>.log,
# the generated corpus to <module>/.cifuzz-corpus/ and
# crashing inputs to <module>/src/test/resources/org/unsdcf/<module>/<Class>Inputs/<target>/crash-*,
# where `mvn verify` replays them as regression tests (both are gitignored until reviewed).
set -euo pipefail

seconds="${1:-120}"
shift || true
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  targets=(read_gives_a_whole_plan_or_a_read_exception read_write_read_is_stable
    one_pass_and_diagnosing_reads_agree csv_read_gives_plans_or_a_read_exception
    xlsx_read_gives_plans_or_a_read_exception xlsx_sheet_read_gives_plans_or_a_read_exception
    read_gives_entries_or_a_read_exception)
fi

mkdir -p json/target uninfo/target iati/target
status=0
for target in "${targets[@]}"; do
  module=json
  class=PlanReaderFuzzTest
  case "${target}" in
    csv_read_gives_plans_or_a_read_exception | xlsx_read_gives_plans_or_a_read_exception | \
      xlsx_sheet_read_gives_plans_or_a_read_exception)
      module=uninfo
      class=ActivityReportReaderFuzzTest
      ;;
    read_gives_entries_or_a_read_exception)
      module=iati
      class=IatiReaderFuzzTest
      ;;
  esac
  log="${module}/target/fuzz-${target}.log"
  echo "fuzzing ${target} for ${seconds}s (log: ${log})"
  if ! JAZZER_FUZZ=1 mvn -B -ntp -pl "${module}" -am test \
      -Djacoco.skip=true \
      -Dsurefire.failIfNoSpecifiedTests=false \
      -Dtest="${class}#${target}" \
      -Djazzer.max_duration="${seconds}s" >"${log}" 2>&1; then
    echo "  FAILED: a finding or a build error, see ${log}"
    status=1
  fi
  grep -E '^Done [0-9]+ runs' "${log}" | sed 's/^/  /' || echo "  (no libFuzzer summary in the log)"
done

crashes=$(find json/src/test/resources uninfo/src/test/resources iati/src/test/resources -name 'crash-*' 2>/dev/null | wc -l)
echo "crashing inputs on disk: ${crashes}"
exit "${status}"
