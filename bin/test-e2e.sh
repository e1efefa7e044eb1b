#!/usr/bin/env bash
# Runs the browser tests (Playwright, Debian's Chromium) against the local test sites.
#   bin/test-e2e.sh [playwright args]     E2E_WP_VERSIONS="7.1" limits the versions.
# The test sites must be running (bin/test-all.sh starts them; or DSC_ENV=test bin/site.sh start 6.1 6.8 7.1).
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec npx playwright test --config tests/e2e/playwright.config.ts "$@"
