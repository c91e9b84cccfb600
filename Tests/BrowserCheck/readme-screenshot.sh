#!/usr/bin/env bash
# Regenerates the README's report screenshot, docs/images/report.png: the example plan's
# simulate report, top of the page, rendered by headless Chromium.
#
# Usage: Tests/BrowserCheck/readme-screenshot.sh   (PLANCAST and CHROMIUM as in check-reports.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."

chromium_bin="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium_bin" ]; then
  echo "Chromium not found; install it (Debian: apt-get install -y chromium) to regenerate docs/images/report.png" >&2
  exit 1
fi
if [ -z "${PLANCAST:-}" ]; then
  swift build --product plancast >/dev/null
  PLANCAST="$(swift build --show-bin-path)/plancast"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$PLANCAST" simulate Scenarios/q3-plan.yaml --report "$work/report.html" >/dev/null 2>&1
mkdir -p docs/images
"$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile" \
  --force-device-scale-factor=1 --window-size=800,1085 --screenshot="$PWD/docs/images/report.png" "file://$work/report.html" \
  >/dev/null 2>&1
echo "wrote docs/images/report.png"
