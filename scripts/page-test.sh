#!/usr/bin/env bash
# The browser test of the HTML report (design §17, issue 18): renders with the command line the
# page of each example framework and of a plan imported from a real UN INFO export (read from
# ../shared/data/external, or $UNSDCF_EXTERNAL, never copied into the project), loads each in
# headless Chromium from Debian's packages (installed here if missing), takes a screenshot and
# dumps the DOM, and checks that the page is not blank and that every chart was drawn
# (scripts/PageCheck.java).
#
#   scripts/page-test.sh [--update-screenshot]
#
# With --update-screenshot it also writes docs/report-screenshot.png, the top of the Kyrgyz page,
# the picture README shows. Needs root (or chromium already installed), Java 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

update=false
[ "${1:-}" = "--update-screenshot" ] && update=true

if ! command -v chromium >/dev/null 2>&1; then
  echo "page-test: installing chromium from the distribution's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

work=target/page-test
rm -rf "$work"
mkdir -p "$work"

if [ ! -f cli/target/unsdcf.jar ] || $update; then
  echo "page-test: building cli/target/unsdcf.jar"
  mvn -B -ntp -q -pl cli -am package -DskipTests -Djacoco.skip=true
fi
mvn -B -ntp -q -pl examples -am compile exec:java \
  -Dexec.mainClass=org.unsdcf.examples.WritePlans -Dexec.args="$work"

external="${UNSDCF_EXTERNAL:-../shared/data/external}"
export_file="$external/uninfo/uninfo_activity-report_KG_KZ_subset.csv"
if [ ! -f "$export_file" ]; then
  echo "page-test: no UN INFO export at $export_file: put shared/ beside the clone or set UNSDCF_EXTERNAL"
  exit 2
fi
# Kazakhstan's 2021-2025 plan, as UN INFO exported it (no indicators: progress is not applicable).
java -jar cli/target/unsdcf.jar import uninfo "$export_file" --country KAZ \
  >"$work/uninfo-kaz.json" 2>"$work/uninfo-kaz.import.log"

status=0
passed=0
failed=0
for plan in kyrgyzstan:2024-06-30 kazakhstan:2024-06-30 uninfo-kaz:2025-06-30; do
  asof="${plan#*:}"
  plan="${plan%%:*}"
  page="$work/$plan.html"
  set +e
  java -jar cli/target/unsdcf.jar report "$work/$plan.json" --as-of "$asof" --out "$page"
  code=$?
  set -e
  # 0 or 1 (the example plans have findings): the page is written either way.
  if [ "$code" -gt 1 ]; then
    echo "page-test: report of $plan exited $code"
    status=1
    failed=$((failed + 1))
    continue
  fi
  profile=$(mktemp -d)
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir="$profile" --window-size=1280,4000)
  url="file://$(pwd)/$page"
  timeout 120 chromium "${flags[@]}" --screenshot="$work/$plan.png" "$url" \
    >"$work/$plan.chromium.log" 2>&1 || { echo "page-test: chromium failed on $plan"; status=1; }
  timeout 120 chromium "${flags[@]}" --dump-dom "$url" >"$work/$plan.dom.html" \
    2>>"$work/$plan.chromium.log" || { echo "page-test: chromium --dump-dom failed on $plan"; status=1; }
  rm -rf "$profile"
  if java scripts/PageCheck.java "$page" "$work/$plan.dom.html" "$work/$plan.png"; then
    passed=$((passed + 1))
  else
    status=1
    failed=$((failed + 1))
  fi
done

if $update && [ $status -eq 0 ]; then
  # README's picture: the top of the Kyrgyz page (facts, progress, indicators), kept small.
  profile=$(mktemp -d)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size=1280,1900 --hide-scrollbars \
    --screenshot=docs/report-screenshot.png "file://$(pwd)/$work/kyrgyzstan.html" \
    >>"$work/kyrgyzstan.chromium.log" 2>&1
  rm -rf "$profile"
  echo "page-test: docs/report-screenshot.png updated"
fi
# One plain summary line, as .ci/run's other runners give.
echo "page-test: $passed passed, $failed failed"
exit $status
