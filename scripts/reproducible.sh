#!/usr/bin/env bash
# Reproducible build check (design §19/§20): builds the committed tree twice, in two fresh clones at
# different paths, and compares every jar byte for byte. Exits 1 naming each jar that differs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for side in first second-build; do
  git clone --quiet --no-hardlinks "$root" "$work/$side"
  (cd "$work/$side" && mvn -B -ntp -q package -DskipTests -Djacoco.skip=true)
done

status=0
count=0
while IFS= read -r jar; do
  other="$work/second-build/${jar#"$work/first/"}"
  count=$((count + 1))
  if [ ! -f "$other" ]; then
    echo "missing in the second build: ${jar#"$work/first/"}"
    status=1
  elif ! cmp -s "$jar" "$other"; then
    echo "differs between the two builds: ${jar#"$work/first/"}"
    status=1
  fi
done < <(find "$work/first" -path '*/target/*.jar' -not -path '*/target/*/*' | sort)

if [ "$count" -eq 0 ]; then
  echo "reproducible: no jar was built"
  exit 1
fi
[ "$status" -eq 0 ] && echo "reproducible: $count jars identical in two builds"
exit "$status"
