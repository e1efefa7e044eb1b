#!/usr/bin/env bash
# Runs the browser tests (Playwright, Debian's Chromium) against the local test sites.
#   bin/test-e2e.sh [playwright args]     E2E_WP_VERSIONS="7.1" limits the sites.
# The test sites must be running (bin/test-all.sh starts them; or
# DSC_ENV=test bash bin/site.sh start 6.1 6.8 7.1 multisite). The fresh sites the zip is
# installed into are made anew by the tests themselves (tests/e2e/fresh-site.setup.ts).
set -euo pipefail
export DSC_ENV="${DSC_ENV:-test}"
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"
# tests/e2e/site.ts finds the sites from these.
export DSC_SITES_DIR="$ENV_DIR/sites" DSC_PORT_BASE="$PORT_BASE"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec npx playwright test --config tests/e2e/playwright.config.ts "$@"
