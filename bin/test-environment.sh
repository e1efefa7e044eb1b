#!/usr/bin/env bash
# The README's promise about `npm start`, checked: a first run gives a working site,
# outside the project, that names every plugin as a real install does, and prints its
# URL and login; a second run reuses it; `npm run stop` leaves no process and no open
# port behind.
#
# It runs `npm start` for real, on ports and in a folder of its own (the Debian cores
# already fetched are shared), so a developer's running `npm start` site is never
# touched and the check never has a reason to skip.
set -uo pipefail
export DSC_ENV=dev
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"
cd "$ROOT_DIR"

# Beside the test sites' ports (bin/lib.sh), so a second checkout that moves those moves these.
export DSC_DEV_PORT_BASE=$(( ${DSC_TEST_PORT_BASE:-8900} + 100 ))
export DSC_DEV_DB_PORT=$(( ${DSC_TEST_DB_PORT:-3392} + 100 ))
export DSC_CORES_DIR="$CORES_DIR"
DSC_STATE_DIR="$( mktemp -d /tmp/dsc-environment-check.XXXXXX )"
export DSC_STATE_DIR
source "$ROOT_DIR/bin/lib.sh"
trap 'npm run stop >/dev/null 2>&1; rm -rf "$DSC_STATE_DIR"' EXIT

branch="$DEFAULT_WP_BRANCH"
url="$( site_url "$branch" )"
dir="$( site_dir "$branch" )"

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
outside_project() { [[ "$( realpath "$1" )/" != "$ROOT_DIR/"* ]]; }
eval_in_site() { php "$LOCAL_SITE_DIR/wp-eval.php" "$dir"; }

first="$( npm start 2>&1 )"
check "npm start prints the site URL" grep -qF "Site:      $url/" <<<"$first"
check "npm start prints the admin login" grep -qF "Log in:    $ADMIN_USER / $ADMIN_PASSWORD" <<<"$first"
check "npm start prints where the site's files are" grep -qF "Files:     $dir" <<<"$first"
check "the site answers" test "$( curl -s -o /dev/null -w '%{http_code}' "$url/wp-login.php" )" = 200
jar="$( mktemp )"
curl -s -c "$jar" -b "$jar" -o /dev/null -d "log=$ADMIN_USER&pwd=$ADMIN_PASSWORD&testcookie=1" "$url/wp-login.php"
check "the plugin's page is there for the admin" grep -q 'id="dokan-support-check-root"' < <( curl -s -b "$jar" "$url/wp-admin/tools.php?page=dokan-support-check" )
rm -f "$jar"

# A real install: the site is not inside the plugin's folder, so WordPress names every
# plugin by its own folder (see ENVIRONMENT.md, "Lab fidelity").
check "the site lives outside the project" outside_project "$dir"
names="$( eval_in_site <<'PHP'
echo plugin_basename( WP_PLUGIN_DIR . '/woocommerce/woocommerce.php' ), "\n";
echo plugin_basename( DOKAN_SUPPORT_CHECK_FILE ), "\n";
PHP
)"
check "plugin_basename() names another plugin by its own folder" grep -qx 'woocommerce/woocommerce.php' <<<"$( sed -n 1p <<<"$names" )"
check "plugin_basename() names this plugin by its symlink's folder" grep -qx 'dokan-support-check/dokan-support-check.php' <<<"$( sed -n 2p <<<"$names" )"

second="$( npm start 2>&1 )"
check "a second npm start reuses the running site" bash -c '! grep -q "Creating" <<<"$1" && grep -qF "is running" <<<"$1"' _ "$second"

npm run stop >/dev/null 2>&1
sleep 0.5
check "npm run stop closes the web server's port" port_closed "$( site_port "$branch" )"
check "npm run stop closes the database's port" port_closed "$DB_PORT"
check "npm run stop leaves no process behind" no_process_left

# A server that another run left on the site's port: npm start says so and stops, rather
# than take it for its own and test whatever that server serves.
port="$( site_port "$branch" )"
stranger_root="$( mktemp -d )"
php -S "127.0.0.1:$port" -t "$stranger_root" >/dev/null 2>&1 &
stranger=$!
for _ in $( seq 1 50 ); do
	port_closed "$port" || break
	sleep 0.1
done
refused="$( npm start 2>&1 )"
refused_status=$?
kill "$stranger"
wait "$stranger" 2>/dev/null
rm -rf "$stranger_root"
npm run stop >/dev/null 2>&1
check "npm start refuses a port another process listens on" bash -c '(( $1 != 0 )) && grep -qF "port $2, for the web server of $3, is in use by another process" <<<"$4"' _ "$refused_status" "$port" "$branch" "$refused"
check "and leaves no process behind" no_process_left

echo "environment: $passed passed, $failed failed"
(( failed == 0 ))
