#!/usr/bin/env bash
# Dumps the `extract` command's output for every page we know (both corpora, Samples, the test
# fixtures, the fuzz seeds) into one folder, so a change meant to be speed-only can be checked
# to change no byte of output:
#   Benchmarks/compare-outputs.sh dump DIR [BINARY]     (BINARY defaults to .build/release/extract)
#   Benchmarks/compare-outputs.sh diff BEFORE AFTER     (exit 1 and a summary when they differ)
set -euo pipefail
cd "$(dirname "$0")/.."
command="${1:?dump DIR [BINARY] | diff BEFORE AFTER}"
case "$command" in
dump)
  out="${2:?output folder}"
  binary="${3:-.build/release/extract}"
  mkdir -p "$out"
  {
    find ../shared/corpus/readability -name '*.html' ! -name expected.html
    find ../shared/corpus/trafilatura-dev -name '*.html'
    find Samples Tests/Fixtures -name '*.html'
    find Fuzz/seeds -type f
  } | sort | while read -r page; do
    name=$(echo "$page" | sed 's|^\.\./shared/corpus/||; s|/|__|g')
    set +e
    "$binary" --quiet --format json "$page" >"$out/$name.json" 2>"$out/$name.err"
    echo "exit $?" >>"$out/$name.err"
    set -e
  done
  echo "$(ls "$out" | grep -c '\.json$') pages dumped to $out"
  ;;
diff)
  before="${2:?before folder}"
  after="${3:?after folder}"
  if diff -rq "$before" "$after"; then
    echo "identical: $(ls "$before" | grep -c '\.json$') pages"
  else
    echo "outputs differ (see diff -r $before $after)"
    exit 1
  fi
  ;;
*)
  echo "unknown command $command" >&2
  exit 64
  ;;
esac
