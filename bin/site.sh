#!/usr/bin/env bash
# The local WordPress sites: real WordPress from Debian, MariaDB and PHP's built-in server
# on loopback, offline, with the plugin active.
#
#   bin/site.sh start [6.1 6.8 7.1 multisite fresh-6.1 fresh-7.1 ...]
#                                         start (or reuse) sites; default $WP_VERSION or 7.1;
#                                         a fresh-* site (no plugin) is created anew each time
#   bin/site.sh stop                      stop every process this script started
#   bin/site.sh status                    say what is running
#   bin/site.sh reset <branch>            empty a site's database and install it again
#
# DSC_ENV=dev (default, `npm start`) or DSC_ENV=test (`npm test`) picks the set of sites.
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"

start_database() {
	mkdir -p "$DB_DIR"
	if group_running "$DB_DIR/mariadb.pgid"; then
		return
	fi
	if [[ ! -d "$DB_DIR/data/mysql" ]]; then
		log "Creating the database server's data directory"
		mariadb-install-db --no-defaults --user=root --datadir="$DB_DIR/data" \
			--auth-root-authentication-method=socket --skip-test-db >"$DB_DIR/install.log" 2>&1 \
			|| die "mariadb-install-db failed; see $DB_DIR/install.log"
	fi
	ensure_port_free "$DB_PORT" "MariaDB"
	# The socket path must stay short (sockets are limited to 108 bytes): keep it in /tmp.
	local socket_dir
	socket_dir="$( mktemp -d /tmp/dsc-mariadb.XXXXXX )"
	ln -sfn "$socket_dir/mariadb.sock" "$DB_DIR/mariadb.sock"
	start_group "$DB_DIR/mariadb.pgid" "$DB_DIR/mariadb.log" \
		mariadbd --no-defaults --user=root --datadir="$DB_DIR/data" \
		--socket="$socket_dir/mariadb.sock" --bind-address=127.0.0.1 --port="$DB_PORT" \
		--skip-name-resolve --innodb-buffer-pool-size=64M --skip-log-bin
	wait_for_port "$DB_PORT" "MariaDB" "$DB_DIR/mariadb.pgid" "$DB_DIR/mariadb.log"
	db_query "CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
		GRANT ALL ON *.* TO '$DB_USER'@'127.0.0.1';"
	log "MariaDB is listening on 127.0.0.1:$DB_PORT"
}

write_wp_config() {
	local branch="$1" dir="$2" salts="" network=""
	for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
		salts+="define( '$key', '$( head -c 48 /dev/urandom | base64 | tr -d '/+=\n' )' );"$'\n'
	done
	if [[ "$branch" == multisite ]]; then
		# install-site.php first installs a single site and the network tables with
		# DSC_INSTALLING_NETWORK defined; from then on the site is a network.
		network="
define( 'WP_ALLOW_MULTISITE', true );
if ( ! defined( 'DSC_INSTALLING_NETWORK' ) ) {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', '127.0.0.1:$( site_port "$branch" )' );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
}"
	fi
	cat >"$dir/wp-config.php" <<CONFIG
<?php
// Written by bin/site.sh for the local $DSC_ENV site "$branch". Web server,
// PHPUnit and scripts all read this file, so they all see the same configuration.
define( 'DB_NAME', '$( site_db "$branch" )' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', '127.0.0.1:$DB_PORT' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$salts
\$table_prefix = 'wp_';

define( 'WP_HOME', '$( site_url "$branch" )' );
define( 'WP_SITEURL', '$( site_url "$branch" )' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$ENV_DIR/sites/$branch-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'FS_METHOD', 'direct' );
// No background updates, and no cron requests fired from page loads: tests stay
// deterministic. (Not WP_AUTO_UPDATE_CORE: Debian's core then hides all core updates.)
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
$network

// Command-line scripts (installer, PHPUnit, local-site/wp-eval.php) have no request:
// they get this site's host, which a multisite network needs to find itself.
if ( 'cli' === PHP_SAPI ) {
	\$_SERVER['HTTP_HOST']   = '127.0.0.1:$( site_port "$branch" )';
	\$_SERVER['SERVER_NAME'] = '127.0.0.1';
}

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
CONFIG
}

create_site() {
	local branch="$1" dir
	dir="$( site_dir "$branch" )"
	[[ -f "$dir/wp-config.php" ]] && return
	bash "$ROOT_DIR/bin/fetch-wordpress.sh" "$( site_branch "$branch" )"
	log "Creating the WordPress $branch site in $dir"
	rm -rf "$dir"
	mkdir -p "$( dirname "$dir" )"
	cp -r "$CORES_DIR/$( site_branch "$branch" )" "$dir"
	mkdir -p "$dir/wp-content/mu-plugins" "$dir/wp-content/uploads"
	# The plugin itself, live from the working tree (the site is outside it: see lib.sh);
	# a fresh site gets it the way a store does, from the zip (tests/e2e/plugin-zip.spec.ts).
	is_fresh "$branch" || ln -sfn "$ROOT_DIR" "$dir/wp-content/plugins/dokan-support-check"
	# The offline answers and the stand-in plugins (see local-site/README.md).
	for mu in "$LOCAL_SITE_DIR"/mu-plugins/*.php; do
		ln -sfn "$mu" "$dir/wp-content/mu-plugins/$( basename "$mu" )"
	done
	cp -r "$LOCAL_SITE_DIR"/stand-in-plugins/* "$dir/wp-content/plugins/"
	write_wp_config "$branch" "$dir"
}

install_site() {
	local branch="$1"
	db_query "CREATE DATABASE IF NOT EXISTS \`$( site_db "$branch" )\`"
	if [[ "$branch" == multisite ]]; then
		php "$LOCAL_SITE_DIR/install-site.php" "$( site_dir "$branch" )" "$ADMIN_USER" "$ADMIN_PASSWORD" --network-tables
	fi
	php "$LOCAL_SITE_DIR/install-site.php" "$( site_dir "$branch" )" "$ADMIN_USER" "$ADMIN_PASSWORD"
}

start_web_server() {
	local branch="$1" dir port
	dir="$( site_dir "$branch" )"
	port="$( site_port "$branch" )"
	if group_running "$dir.pgid"; then
		return
	fi
	ensure_port_free "$port" "the web server of $branch"
	# Several workers, so the browser's parallel requests do not queue behind each other.
	PHP_CLI_SERVER_WORKERS=4 start_group "$dir.pgid" "$dir-server.log" \
		php -d opcache.revalidate_freq=0 -S "127.0.0.1:$port" -t "$dir" "$LOCAL_SITE_DIR/router.php"
	wait_for_port "$port" "PHP's web server" "$dir.pgid" "$dir-server.log"
}

# Removes a site: its web server, database, files and logs.
remove_site() {
	local branch="$1" dir
	dir="$( site_dir "$branch" )"
	stop_group "$dir.pgid" "the web server of $branch"
	db_query "DROP DATABASE IF EXISTS \`$( site_db "$branch" )\`"
	rm -rf "$dir" "$dir-debug.log" "$dir-server.log"
}

# Where a site's administrator starts: the plugin's page (in Network Admin on the
# network), or the zip upload screen on a fresh site.
admin_path() {
	if is_fresh "$1"; then
		echo 'plugin-install.php?tab=upload'
	elif [[ "$1" == multisite ]]; then
		echo 'network/settings.php?page=dokan-support-check'
	else
		echo 'tools.php?page=dokan-support-check'
	fi
}

cmd_start() {
	local branches=( "$@" )
	(( ${#branches[@]} )) || branches=( "${WP_VERSION:-$DEFAULT_WP_BRANCH}" )
	for branch in "${branches[@]}"; do wp_suite_for "$( site_branch "$branch" )" >/dev/null; done

	bash "$ROOT_DIR/bin/install-deps.sh"
	if [[ ! -f "$ROOT_DIR/build/index.asset.php" ]]; then
		log "Building the plugin's scripts"
		( cd "$ROOT_DIR" && npx wp-scripts build >/dev/null )
	fi
	start_database
	for branch in "${branches[@]}"; do
		is_fresh "$branch" && remove_site "$branch"
		create_site "$branch"
		install_site "$branch"
		start_web_server "$branch"
	done
	for branch in "${branches[@]}"; do
		cat <<READY

  WordPress $( wp_version_of "$( site_dir "$branch" )" ) is running $( is_fresh "$branch" && echo 'without Dokan Support Check (fresh: install it from the zip).' || echo 'with Dokan Support Check active.' )
    Site:      $( site_url "$branch" )/
    Admin:     $( site_url "$branch" )/wp-admin/$( admin_path "$branch" )
    Log in:    $ADMIN_USER / $ADMIN_PASSWORD
    Files:     $( site_dir "$branch" )
    Stop with: $( [[ "$DSC_ENV" == dev ]] && echo 'npm run stop' || echo 'DSC_ENV=test bash bin/site.sh stop' )
READY
	done
}

cmd_stop() {
	shopt -s nullglob
	for pidfile in "$ENV_DIR"/sites/*.pgid; do
		stop_group "$pidfile" "the web server of $( basename "$pidfile" .pgid )"
	done
	stop_group "$DB_DIR/mariadb.pgid" "MariaDB"
	# The socket lives in a private directory under /tmp (see start_database).
	if [[ -L "$DB_DIR/mariadb.sock" ]]; then
		rm -rf "$( dirname "$( readlink "$DB_DIR/mariadb.sock" )" )"
		rm -f "$DB_DIR/mariadb.sock"
	fi
}

cmd_status() {
	shopt -s nullglob
	local any=0
	for pidfile in "$ENV_DIR"/sites/*.pgid "$DB_DIR/mariadb.pgid"; do
		if group_running "$pidfile"; then
			echo "running: $pidfile (process group $( cat "$pidfile" ))"
			any=1
		fi
	done
	(( any )) || echo "nothing running ($DSC_ENV)"
}

cmd_reset() {
	local branch="${1:?which site: 6.1, 6.8 or 7.1}"
	db_query "DROP DATABASE IF EXISTS \`$( site_db "$branch" )\`"
	rm -rf "$( site_dir "$branch" )/wp-content/plugins"/{woocommerce,dokan-lite,dokan-pro}
	# The variants tests install (local-site/stand-in-plugins-variants/) go too.
	for variant in "$LOCAL_SITE_DIR"/stand-in-plugins-variants/*/; do
		rm -rf "$( site_dir "$branch" )/wp-content/plugins/$( basename "$variant" )"
	done
	cp -r "$LOCAL_SITE_DIR"/stand-in-plugins/* "$( site_dir "$branch" )/wp-content/plugins/"
	install_site "$branch"
}

case "${1:-}" in
	start) shift; cmd_start "$@" ;;
	stop) cmd_stop ;;
	status) cmd_status ;;
	reset) shift; cmd_reset "$@" ;;
	*) die "usage: bin/site.sh start|stop|status|reset" ;;
esac
