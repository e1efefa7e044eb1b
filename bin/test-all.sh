#!/usr/bin/env bash
# `npm test`: every test layer, with its own services started and stopped.
#   1. tsc --noEmit, lint, PHP 7.4 syntax  (static checks)
#   2. jest                                (engine and components)
#   3. build, translations, then local test sites for WordPress 6.1, 6.8 and 7.1, and a
#      7.1 multisite network (DSC_ENV=test)
#   4. PHPUnit inside each site            (PHP shell against real WordPress + MariaDB)
#   5. Playwright in Debian's Chromium     (wp-admin on each version and the network; its
#                                          create-fresh-* projects also make fresh 6.1 and 7.1
#                                          sites and build the zip (npm run plugin-zip) to
#                                          install it as a store does: tests/e2e/plugin-zip.spec.ts)
#   6. the debug logs hold no PHP warning from the plugin; `npm start` and `npm run stop`
#      behave as the README says
# The test sites are stopped on exit, pass or fail. Every layer runs even when an
# earlier one failed, so one run shows every problem; the exit status is non-zero
# if any failed. The time each layer took is printed at the end.
set -uo pipefail
# Before lib.sh: it derives every path and port from DSC_ENV.
export DSC_ENV=test
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"

failed=()
times=()
step() {
	local name="$1" started=$SECONDS status=0
	shift
	log "── $name"
	"$@" || status=$?
	times+=( "$( printf '%5ds  %s%s' $(( SECONDS - started )) "$name" "$( (( status )) && echo '  (FAILED)' )" )" )
	(( status == 0 )) || failed+=( "$name" )
	return $status
}
summary() {
	log "── time per layer"
	printf '  %s\n' "${times[@]}" >&2
	printf '%5ds  %s\n' "$SECONDS" "in all" | sed 's/^/  /' >&2
}

start_sites() {
	# A fresh database for every run: tests start from a known state.
	bash bin/site.sh stop
	rm -rf "$ENV_DIR"
	bash bin/site.sh start "${ALL_TEST_SITES[@]}" >/dev/null
}

step "typecheck (tsc --noEmit)" npx tsc --noEmit
step "lint (wp-scripts lint-js)" npx wp-scripts lint-js src tests bin
step "PHP 7.4 syntax of every shipped PHP file" node bin/php74-lint.mjs
step "unit tests (jest)" npx wp-scripts test-unit-js --config tests/js/jest.config.js
if ! step "build" npx wp-scripts build; then
	summary
	exit 1
fi
step "translations (every string has its French translation)" node bin/i18n.mjs check

trap 'bash "$ROOT_DIR/bin/site.sh" stop' EXIT
if ! step "test sites (WordPress 6.1, 6.8, 7.1 and a network)" start_sites; then
	summary
	exit 1
fi
step "PHP tests (PHPUnit)" bash bin/test-php.sh
step "browser tests (Playwright)" bash bin/test-e2e.sh
step "debug logs (no PHP warning from the plugin)" bash bin/check-debug-logs.sh
step "npm start twice, then npm run stop leaves nothing" bash bin/test-environment.sh

summary
if (( ${#failed[@]} )); then
	log "FAILED: ${failed[*]}"
	exit 1
fi
log "All test layers passed."
