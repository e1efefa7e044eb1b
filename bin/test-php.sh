#!/usr/bin/env bash
# Runs the PHP tests (Debian's PHPUnit) inside each local test site.
#   bin/test-php.sh [6.1 6.8 7.1 multisite]   (the test sites must be running: bin/test-all.sh
#   starts them; DSC_ENV=dev runs them in the npm start site instead)
set -euo pipefail
export DSC_ENV="${DSC_ENV:-test}"
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"

branches=( "$@" )
(( ${#branches[@]} )) || branches=( "${ALL_TEST_SITES[@]}" )
status=0
for branch in "${branches[@]}"; do
	log "PHP tests on WordPress $( wp_version_of "$( site_dir "$branch" )" )$( [[ "$branch" == multisite ]] && echo ' (multisite)' )"
	# Tests of one mode only are grouped (@group network, @group single-site), not skipped.
	DSC_SITE_DIR="$( site_dir "$branch" )" phpunit -c "$ROOT_DIR/tests/php/phpunit.xml.dist" \
		--exclude-group "$( [[ "$branch" == multisite ]] && echo single-site || echo network )" || status=1
done
exit $status
