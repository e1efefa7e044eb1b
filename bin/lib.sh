# Shared settings and helpers for the scripts in bin/. Sourced, not run.
# shellcheck shell=bash

ROOT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )/.." && pwd )"
# What npm start and npm test run: the offline WordPress.org, the stand-ins, the installer.
LOCAL_SITE_DIR="$ROOT_DIR/local-site"
# Where the local sites, their databases and Debian's WordPress cores live: outside the
# project. A site inside the plugin's own folder makes WordPress mis-name every other
# plugin (plugin_basename() maps any path under the plugin's symlink target to the
# plugin), which hides real-world bugs. One folder per checkout, so two checkouts never
# share a database or a site.
STATE_DIR="${DSC_STATE_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/dokan-support-check/$( basename "$ROOT_DIR" )-$( printf '%s' "$ROOT_DIR" | md5sum | cut -c1-8 )}"
# Debian's WordPress cores, fetched once per machine (bin/fetch-wordpress.sh) into a cache
# every checkout copies its sites from, as npm keeps one cache of packages: they are
# downloads, never written to afterwards, and fetching them costs half a minute a version.
CORES_DIR="${DSC_CORES_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dokan-support-check/wordpress}"
DEFAULT_WP_BRANCH=7.1
ALL_WP_BRANCHES=( 6.1 6.8 7.1 )
# Every test site: the three versions, and a multisite network for the PHP tests.
ALL_TEST_SITES=( "${ALL_WP_BRANCHES[@]}" multisite )
# "Fresh" sites, for the test that installs the plugin as a store does (the zip, uploaded
# in wp-admin: tests/e2e/plugin-zip.spec.ts): no symlink to this tree, and created anew
# each time they are started. The browser tests start them (tests/e2e/fresh-site.setup.ts).
FRESH_TEST_SITES=( fresh-6.1 fresh-7.1 )

log() {
	printf '\033[1m[dokan-support-check]\033[0m %s\n' "$*" >&2
}

die() {
	log "error: $*"
	exit 1
}

# Debian suite that packages each supported WordPress branch.
wp_suite_for() {
	case "$1" in
		6.1) echo bookworm ;;
		6.8) echo trixie ;;
		7.1) echo sid ;;
		*) die "unknown WP_VERSION '$1' (use 6.1, 6.8 or 7.1)" ;;
	esac
}

# The Debian mirror configured on this machine (deb822 or one-line format).
debian_mirror() {
	local uri
	uri="$( awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true )"
	if [[ -z "$uri" ]]; then
		uri="$( awk '$1 == "deb" && $0 !~ /security/ { for ( i = 2; i <= NF; i++ ) if ( $i ~ /^[a-z]+:\/\// ) { print $i; exit } }' /etc/apt/sources.list 2>/dev/null || true )"
	fi
	[[ -n "$uri" ]] || die "no Debian mirror found in /etc/apt"
	echo "$uri"
}

wp_version_of() {
	php -r 'include $argv[1] . "/wp-includes/version.php"; echo $wp_version;' "$1"
}

# Which set of local services a script works on: "dev" (npm start) or "test" (npm test).
# Each has its own database server, sites and ports, so running the tests never touches
# the site you develop against.
DSC_ENV="${DSC_ENV:-dev}"
# Ports are overridable, so a second checkout can run beside this one.
case "$DSC_ENV" in
	dev) PORT_BASE="${DSC_DEV_PORT_BASE:-8800}" DB_PORT="${DSC_DEV_DB_PORT:-3391}" ;;
	test) PORT_BASE="${DSC_TEST_PORT_BASE:-8900}" DB_PORT="${DSC_TEST_DB_PORT:-3392}" ;;
	*) die "DSC_ENV must be dev or test, not '$DSC_ENV'" ;;
esac
ENV_DIR="$STATE_DIR/$DSC_ENV"
DB_DIR="$ENV_DIR/mariadb"
DB_USER=wordpress
DB_PASSWORD=wordpress
ADMIN_USER=admin
ADMIN_PASSWORD=password

# A site is named by its WordPress branch (6.1, 6.8, 7.1), or "multisite": a network of
# two sites on the default branch, for the tests that must see multisite behaviour, or
# "fresh-<branch>": a site without the plugin (see FRESH_TEST_SITES).
# 6.1 -> 8861, 6.8 -> 8868, 7.1 -> 8871, fresh-6.1 -> 8881, fresh-7.1 -> 8891,
# multisite -> 8899 (dev); 89xx for tests. tests/e2e/site.ts follows the same rule.
site_port() {
	if [[ "$1" == multisite ]]; then
		echo $(( PORT_BASE + 99 ))
		return
	fi
	local branch="${1#fresh-}" offset=0
	local major="${branch%%.*}" minor="${branch#*.}"
	is_fresh "$1" && offset=20
	echo $(( PORT_BASE + offset + major * 10 + minor ))
}
is_fresh() { [[ "$1" == fresh-* ]]; }
site_branch() {
	case "$1" in
		multisite) echo "$DEFAULT_WP_BRANCH" ;;
		*) echo "${1#fresh-}" ;;
	esac
}
site_dir() { echo "$ENV_DIR/sites/$1"; }
site_url() { echo "http://127.0.0.1:$( site_port "$1" )"; }
site_db() { echo "wp_${DSC_ENV}_${1//[.-]/}"; }

# Starts a command in its own session (so its process group can be stopped as a whole,
# workers included) and records the group id in a file.
start_group() {
	local pidfile="$1" logfile="$2"
	shift 2
	setsid "$@" >>"$logfile" 2>&1 < /dev/null &
	echo $! >"$pidfile"
}

group_running() {
	local pidfile="$1"
	[[ -f "$pidfile" ]] && kill -0 -- "-$( cat "$pidfile" )" 2>/dev/null
}

# Stops a process group started by start_group: TERM, then KILL after 10 s.
stop_group() {
	local pidfile="$1" name="$2" pgid
	[[ -f "$pidfile" ]] || return 0
	pgid="$( cat "$pidfile" )"
	if kill -0 -- "-$pgid" 2>/dev/null; then
		kill -TERM -- "-$pgid" 2>/dev/null || true
		for _ in $( seq 1 100 ); do
			kill -0 -- "-$pgid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL -- "-$pgid" 2>/dev/null || true
		log "Stopped $name"
	fi
	rm -f "$pidfile"
}

# Refuses a port another process already listens on: wait_for_port() below would take
# that process (a server left by another run, say) for the one just started.
ensure_port_free() {
	local port="$1" what="$2"
	if ( exec 3<>"/dev/tcp/127.0.0.1/$port" ) 2>/dev/null; then
		die "port $port, for $what, is in use by another process: stop it, or move this checkout's ports (README, DSC_*_PORT*)"
	fi
}

# Whether the process start_group started is still running. The process itself, not its
# group: the group exists only once setsid has run, a moment after the start. An exited
# process that has not been reaped yet (state Z) is not running.
process_running() {
	local pid state
	pid="$( cat "$1" 2>/dev/null )" || return 1
	state="$( sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null )" || return 1
	[[ -n "$state" && "${state:0:1}" != Z ]]
}

# Waits while the server just started (start_group's pid file) is running and not yet
# listening: a server that exits fails at once, with its log; a busy machine only makes
# a running one slower. One that runs and never listens is given up on after 60 s.
wait_for_port() {
	local port="$1" what="$2" pidfile="$3" logfile="$4"
	for _ in $( seq 1 600 ); do
		( exec 3<>"/dev/tcp/127.0.0.1/$port" ) 2>/dev/null && return 0
		process_running "$pidfile" || die "$what stopped before listening on port $port; see $logfile"
		sleep 0.1
	done
	die "$what did not start listening on port $port in 60 s; see $logfile"
}

db_query() {
	mariadb --no-defaults --protocol=socket --socket="$DB_DIR/mariadb.sock" -uroot -e "$1"
}
