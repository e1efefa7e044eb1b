#!/usr/bin/env bash
# Prints the UI budget figures (the issue's goals in brackets):
#   - our page JavaScript, gzipped, WordPress's shared scripts excluded  [<= 15 KiB]
#   - the badge bundle, gzipped                  [<= 3 KiB, on the way to 2]
#   - navigation to the verdict being visible on the local 7.1 test site  [<= 1 s], median of runs
#   (the Report and Open a ticket tabs' chunks are printed beside the page's entry)
# Usage: bin/bench-ui.sh [runs]   (builds first; a 7.1 site must be running: BENCH_URL
#        names it, default the 7.1 test site; `npm run bench` uses the `npm start` site).
#        Asserts nothing: it measures.
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"

npx wp-scripts build >/dev/null

gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.2f KiB", b / 1024 }'; }

page_js=$( gz build/index.js )
jsx_runtime=$( gz build/react-jsx-runtime.js )
page_css=$( gz build/index.css )
badge_js=$( gz build/badge.js )
badge_css=$( gz build/badge.css )

echo "page JS (build/index.js, gzip -9):          $page_js B ($( kb "$page_js" ))   goal <= 15 KiB"
echo "  + JSX runtime fallback (WordPress < 6.6):  $jsx_runtime B"
for chunk in build/index-report.js build/index-ticket.js; do
	# Loaded when their tab opens, or when the browser is idle after the verdict.
	echo "  + lazy chunk $chunk:  $( gz "$chunk" ) B"
done
echo "  page CSS (build/index.css):                $page_css B"
echo "badge JS (build/badge.js, gzip -9):         $badge_js B ($( kb "$badge_js" ))   goal <= 3 KiB, on the way to 2"
echo "  badge CSS (build/badge.css):               $badge_css B"

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node bin/bench-ui-timing.mjs "${1:-7}"
