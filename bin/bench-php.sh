#!/usr/bin/env bash
# Prints the PHP side's performance figures on a running local site (issue 4's budget):
#   1. warm GET site-check vs core's GET /wp/v2/settings, same site, same run (goal <= 1.2x);
#      then the report (site-check?report=1): its time, the environment's own cost on top
#      of the plain route, its size, and the requests it sent (goal 0; from the offline
#      stand-in's outbound-requests.log);
#   2. an admin page that is not ours (the dashboard), plugin active vs inactive:
#      added DB queries (goal 0) and added ms (goal <= 1); core's WP_Debug_Data not loaded;
#   3. the front page, plugin active vs inactive: added queries, scripts, styles (goal 0).
#
#   bin/bench-php.sh [6.1|6.8|7.1] [rounds]     (DSC_ENV=dev by default; the site must be running)
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"

branch="${1:-${WP_VERSION:-$DEFAULT_WP_BRANCH}}"
rounds="${2:-25}"
site="$( site_dir "$branch" )"
url="$( site_url "$branch" )"
bench="$ROOT_DIR/tests/bench"
[[ -f "$site/wp-load.php" ]] || die "no site for $branch: start it with bin/site.sh start $branch"

session_file="$( mktemp )"
trap 'php "$bench/session.php" "$site" close "$( php -r "echo json_decode(file_get_contents(\$argv[1]), true)[\"token\"] ?? \"\";" "$session_file" )" || true; rm -f "$session_file"' EXIT
php "$bench/session.php" "$site" open >"$session_file"

log "WordPress $( wp_version_of "$site" ) at $url, $rounds rounds each"

echo "== REST: warm GET site-check vs GET /wp/v2/settings, then site-check?report=1 (median over HTTP) =="
php "$bench/rest-timing.php" "$url" "$session_file" "$rounds" "$site/wp-content/outbound-requests.log"

# Loads a page $rounds times per variant, alternating on/off, and prints the medians.
page_bench() {
	local page="$1" results
	results="$( mktemp )"
	for _ in $( seq 1 "$rounds" ); do
		for variant in on off; do
			php "$bench/page-load.php" "$site" "$page" "$variant" "$session_file" 2>&1 >/dev/null \
				| sed -n "s/^RESULT /$variant /p" >>"$results"
		done
	done
	php -r '
		$rows = array( "on" => array(), "off" => array() );
		foreach ( file( $argv[1], FILE_IGNORE_NEW_LINES ) as $line ) {
			list( $variant, $json ) = explode( " ", $line, 2 );
			$rows[ $variant ][] = json_decode( $json, true );
		}
		$median = function ( $values ) { sort( $values ); $n = count( $values ); return $n % 2 ? $values[ intdiv( $n, 2 ) ] : ( $values[ $n / 2 - 1 ] + $values[ $n / 2 ] ) / 2; };
		$summary = array();
		foreach ( $rows as $variant => $list ) {
			if ( ! $list ) { fwrite( STDERR, "no result for $variant\n" ); exit( 1 ); }
			$summary[ $variant ] = array(
				"active"     => $list[0]["active"],
				"ms"         => round( $median( array_column( $list, "ms" ) ), 2 ),
				"queries"    => $median( array_column( $list, "queries" ) ),
				"scripts"    => $median( array_column( $list, "scripts" ) ),
				"styles"     => $median( array_column( $list, "styles" ) ),
				"ours"       => $list[0]["ours"],
				"debug_data" => in_array( true, array_column( $list, "debug_data_loaded" ), true ),
			);
		}
		printf( "plugin active:   %.2f ms, %d queries, %d scripts, %d styles, our handles: %s\n", $summary["on"]["ms"], $summary["on"]["queries"], $summary["on"]["scripts"], $summary["on"]["styles"], implode( ",", $summary["on"]["ours"] ) ?: "none" );
		printf( "plugin inactive: %.2f ms, %d queries, %d scripts, %d styles\n", $summary["off"]["ms"], $summary["off"]["queries"], $summary["off"]["scripts"], $summary["off"]["styles"] );
		printf( "WP_Debug_Data loaded with the plugin active: %s\n", $summary["on"]["debug_data"] ? "yes" : "no" );
		printf( "added: %+.2f ms, %+d queries, %+d scripts, %+d styles\n", $summary["on"]["ms"] - $summary["off"]["ms"], $summary["on"]["queries"] - $summary["off"]["queries"], $summary["on"]["scripts"] - $summary["off"]["scripts"], $summary["on"]["styles"] - $summary["off"]["styles"] );
		if ( ! $summary["on"]["active"] || $summary["off"]["active"] ) { fwrite( STDERR, "the on/off switch did not work\n" ); exit( 1 ); }
	' "$results"
	rm -f "$results"
}

echo "== Admin page not ours (dashboard), plugin active vs inactive (medians, in-process load) =="
page_bench admin
echo "== Front page, plugin active vs inactive =="
page_bench front
