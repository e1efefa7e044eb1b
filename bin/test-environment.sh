#!/usr/bin/env bash
# The README's promise about `npm start`, checked: a first run gives a working site and
# prints its URL and login, a second run reuses it, and `npm run stop` leaves no process
# and no open port behind. Uses the `npm start` (dev) environment, so it leaves alone a
# dev site that is already running rather than stop someone's work.
set -uo pipefail
export DSC_ENV=dev
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"

branch="$DEFAULT_WP_BRANCH"
url="$( site_url "$branch" )"
if group_running "$( site_dir "$branch" ).pgid" || group_running "$DB_DIR/mariadb.pgid"; then
	echo "The npm start site is running: not touching it (stop it to run this check)."
	echo "environment: 0 passed, 0 failed"
	exit 0
fi

passed=0
failed=0
check() {
	local name="$1"
	shift
	if "$@"; then
		passed=$(( passed + 1 ))
		echo "  ✓ $name"
	else
		failed=$(( failed + 1 ))
		echo "  ✗ $name"
	fi
}
port_closed() { ! ( exec 3<>"/dev/tcp/127.0.0.1/$1" ) 2>/dev/null; }
no_process_left() {
	! ps -eo args | grep -v grep | grep -qE "127\.0\.0\.1:$( site_port "$branch" )|--port=$DB_PORT"
}

first="$( npm start 2>&1 )"
check "npm start prints the site URL" grep -qF "Site:      $url/" <<<"$first"
check "npm start prints the admin login" grep -qF "Log in:    $ADMIN_USER / $ADMIN_PASSWORD" <<<"$first"
check "the site answers" test "$( curl -s -o /dev/null -w '%{http_code}' "$url/wp-login.php" )" = 200
jar="$( mktemp )"
curl -s -c "$jar" -b "$jar" -o /dev/null -d "log=$ADMIN_USER&pwd=$ADMIN_PASSWORD&testcookie=1" "$url/wp-login.php"
check "the plugin's page is there for the admin" grep -q 'id="dokan-support-check-root"' < <( curl -s -b "$jar" "$url/wp-admin/tools.php?page=dokan-support-check" )
rm -f "$jar"

second="$( npm start 2>&1 )"
check "a second npm start reuses the running site" bash -c '! grep -q "Creating" <<<"$1" && grep -qF "is running" <<<"$1"' _ "$second"

npm run stop >/dev/null 2>&1
sleep 0.5
check "npm run stop closes the web server's port" port_closed "$( site_port "$branch" )"
check "npm run stop closes the database's port" port_closed "$DB_PORT"
check "npm run stop leaves no process behind" no_process_left

echo "environment: $passed passed, $failed failed"
(( failed == 0 ))
