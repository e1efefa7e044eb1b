#!/usr/bin/env bash
# `npm run bench`: every performance figure the issues name, measured here and printed.
#   1. the engine on a real site (4 components, <= 100 releases): parse + evaluate
#      (well under a millisecond), then the page and badge bundles, gzipped
#      (budgets 15 KiB and 3 KiB); neither needs a site
#   2. the PHP side on the local 7.1 site: REST timing vs core, added queries and time
#      on an admin page that is not ours, the front end                (issue 4's budget)
#   3. the UI: time to the verdict                                     (issue 5's budget)
# It uses the `npm start` site (WordPress 7.1) and stops it afterwards if it started it.
# Figures, not assertions: nothing here fails on a slow machine.
set -euo pipefail
export DSC_ENV=dev
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"

echo "== Engine =="
node tests/bench/engine.mjs

echo
echo "== Bundles =="
node tests/bench/bundle-sizes.mjs

branch="$DEFAULT_WP_BRANCH"
started=0
if ! group_running "$( site_dir "$branch" ).pgid"; then
	bash bin/site.sh start "$branch" >/dev/null
	started=1
fi
[[ "$started" == 1 ]] && trap 'bash "$ROOT_DIR/bin/site.sh" stop' EXIT

echo
echo "== PHP shell =="
bash bin/bench-php.sh "$branch"

echo
echo "== Admin UI =="
BENCH_URL="$( site_url "$branch" )" bash bin/bench-ui.sh
