#!/usr/bin/env bash
# Renders example HTML reports in headless Chromium, saves screenshots at 820 and 400 px, and
# fails when a page logs a console error, a chart has no data marks, or text overflows its
# box, overlaps other text, crosses a reference line or lies on a bar. First checks the check
# on a fixture with planted faults. Skips (exit 0) with a message when Chromium is not installed.
#
# Usage: Tests/BrowserCheck/check-reports.sh
#   PLANCAST=path/to/plancast  the binary to run (default: build it with `swift build`)
#   CHROMIUM=path/to/chromium  the browser (default: chromium or chromium-browser on PATH)
#   PLANCAST_REQUIRE_CHROMIUM=1  fail instead of skipping when Chromium is missing (CI)
set -euo pipefail
cd "$(dirname "$0")/../.."

chromium_bin="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium_bin" ]; then
  if [ "${PLANCAST_REQUIRE_CHROMIUM:-0}" = "1" ]; then
    echo "browser check failed: Chromium not found and PLANCAST_REQUIRE_CHROMIUM=1" >&2
    exit 1
  fi
  echo "browser check skipped: Chromium not found (Debian: apt-get install -y chromium)"
  exit 0
fi

if [ -z "${PLANCAST:-}" ]; then
  swift build --product plancast >/dev/null
  PLANCAST="$(swift build --show-bin-path)/plancast"
fi

out=Tests/BrowserCheck/screenshots
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The example reports: every command that takes --report.
"$PLANCAST" simulate Scenarios/q3-plan.yaml --trials 20000 --report "$out/simulate.html" >/dev/null 2>"$work/log"
"$PLANCAST" compare Scenarios/q3-plan.yaml --trials 20000 --report "$out/compare.html" >/dev/null 2>>"$work/log"
"$PLANCAST" fit Data/example/monthly.csv --column revenue --column won_deals --horizon 6 --backtest 3 \
  --report "$out/fit.html" >/dev/null 2>>"$work/log"
"$PLANCAST" sensitivity Scenarios/bench/bench-quarter.yaml --trials 2000 --seed 1 \
  --report "$out/sensitivity.html" >/dev/null 2>>"$work/log"
"$PLANCAST" optimize Scenarios/bench/bench-quarter.yaml --budget 160000 --evaluations 6 --trials 2000 --seed 1 \
  --report "$out/optimize.html" >/dev/null 2>>"$work/log"

run_chromium() {
  "$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$work/profile" "$@"
}

# Runs check.js on a copy of PAGE (the no-script policy lifted) at WIDTH px and writes the
# verdict's lines to VERDICT.
check_page() {
  local page="$1" width="$2" verdict="$3" copy="$work/$(basename "$1" .html).$2.check.html"
  sed -e '/Content-Security-Policy/d' -e '/<\/body>/d' -e '/<\/html>/d' "$page" >"$copy"
  { echo "<script>"; cat Tests/BrowserCheck/check.js; echo "</script>"; echo "</body></html>"; } >>"$copy"
  # Only the verdict element's text (the dumped DOM also holds the script's source).
  run_chromium --window-size="$width,2000" --dump-dom "file://$copy" 2>/dev/null \
    | awk '/<pre id="browser-check">/ { on = 1 } on { print } on && /<\/pre>/ { exit }' \
    | sed -e 's/.*<pre id="browser-check">//' -e 's/<\/pre>.*//' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g' -e 's/&quot;/"/g' \
    >"$verdict" || true
}

failures=0

# 0. The check itself: it must report the faults planted in a fixture, and only those.
check_page Tests/BrowserCheck/fixtures/collisions.html 820 "$work/self-test.verdict"
if grep -q 'text crosses a reference line: "across a line"' "$work/self-test.verdict" \
  && grep -q 'text lies on a data mark: "on a bar"' "$work/self-test.verdict" \
  && ! grep -q 'hidden\|"clear"' "$work/self-test.verdict"; then
  echo "ok   the check finds labels on reference lines and on bars"
else
  echo "FAIL the check missed a planted fault (or reported a hidden chart):"; sed 's/^/  /' "$work/self-test.verdict"
  failures=$((failures + 1))
fi

for report in simulate compare fit sensitivity optimize; do
  page="$out/$report.html"
  # 1. The report as shipped: screenshots at a desktop and a phone width, and console
  #    messages (CSP violations included).
  run_chromium --window-size=820,2600 --screenshot="$PWD/$out/$report-820.png" "file://$PWD/$page" >/dev/null 2>"$work/$report.screenshot.log" || true
  run_chromium --window-size=400,4200 --screenshot="$PWD/$out/$report-400.png" "file://$PWD/$page" >/dev/null 2>>"$work/$report.screenshot.log" || true
  run_chromium --enable-logging=stderr --v=0 --dump-dom "file://$PWD/$page" >/dev/null 2>"$work/$report.console.log" || true
  if grep -E "CONSOLE|Refused to|Uncaught" "$work/$report.console.log" >"$work/$report.errors"; then
    echo "FAIL $report: console errors:"; sed 's/^/  /' "$work/$report.errors"
    failures=$((failures + 1))
  fi
  # 2. The checking script at a desktop and a phone width.
  for width in 820 400; do
    check_page "$page" "$width" "$work/$report.$width.verdict"
    if grep -q "^OK " "$work/$report.$width.verdict"; then
      echo "ok   $report at ${width}px: $(sed 's/^OK //' "$work/$report.$width.verdict")"
    else
      echo "FAIL $report at ${width}px:"
      if [ -s "$work/$report.$width.verdict" ]; then sed 's/^FAIL /  /' "$work/$report.$width.verdict"; else echo "  the check did not run"; fi
      failures=$((failures + 1))
    fi
  done
done

echo "screenshots: $out/"
if [ "$failures" -gt 0 ]; then
  echo "browser check failed ($failures)"
  exit 1
fi
echo "browser check passed"
