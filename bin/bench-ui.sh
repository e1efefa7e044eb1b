#!/usr/bin/env bash
# Prints the time from navigation to the verdict being visible on a local 7.1 site, median
# of runs (issue 5's goal: <= 1 s). The bundles' gzipped sizes are printed by
# tests/bench/bundle-sizes.mjs, which `npm run bench` runs first.
# Usage: bin/bench-ui.sh [runs]   (builds first; a 7.1 site must be running: BENCH_URL
#        names it, default the 7.1 test site; `npm run bench` uses the `npm start` site).
#        Asserts nothing: it measures.
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"

npx wp-scripts build >/dev/null

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node bin/bench-ui-timing.mjs "${1:-7}"
