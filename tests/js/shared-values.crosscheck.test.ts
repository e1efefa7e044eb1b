/**
 * Values the PHP shell and the TypeScript UI both hold, compared: PHP's copies are read
 * by running Debian's `php` on the plugin's own classes (no WordPress: the script
 * defines the few constants the class files need), TypeScript's by importing them.
 *
 * - the default support policy: php/Policy.php `Policy::defaults()` and the engine's
 *   `defaultPolicy`, as whole structures;
 * - how long checked facts stay fresh: `Site_Facts::TTL` (seconds; PHP refetches after
 *   it) and `STALE_AFTER_MS` (the UI calls facts older than that stale);
 * - the longest version string: `Detector::MAX_VERSION_LENGTH` (PHP cuts installed
 *   versions to it) and the engine's `MAX_VERSION_LENGTH` (longer ones are unreadable).
 *
 * Needs `php` on PATH, like the version_compare() cross-check (DSC_SKIP_PHP_CROSSCHECK=1
 * skips both on a machine without PHP).
 */
import { spawnSync } from 'child_process';
import path from 'path';

import { STALE_AFTER_MS } from '../../src/status/labels';
import { defaultPolicy } from '../../src/support-window';
import { MAX_VERSION_LENGTH } from '../../src/support-window/version';

const PLUGIN_DIR = path.resolve( __dirname, '../..' );

// WordPress's own values (wp-includes/default-constants.php), which the class files use.
const PHP_SCRIPT = `
define( 'ABSPATH', '/nonexistent/' );
define( 'MINUTE_IN_SECONDS', 60 );
define( 'HOUR_IN_SECONDS', 60 * MINUTE_IN_SECONDS );
define( 'DAY_IN_SECONDS', 24 * HOUR_IN_SECONDS );
define( 'WEEK_IN_SECONDS', 7 * DAY_IN_SECONDS );
define( 'MONTH_IN_SECONDS', 30 * DAY_IN_SECONDS );
define( 'YEAR_IN_SECONDS', 365 * DAY_IN_SECONDS );
require $argv[1] . '/php/autoload.php';
echo json_encode(
	array(
		'policy'           => Dokan_Support_Check\\Policy::defaults(),
		'ttl'              => Dokan_Support_Check\\Facts\\Site_Facts::TTL,
		'maxVersionLength' => Dokan_Support_Check\\Facts\\Detector::MAX_VERSION_LENGTH,
	)
);
`;

interface PhpValues {
	policy: unknown;
	ttl: number;
	maxVersionLength: number;
}

function phpValues(): PhpValues {
	const run = spawnSync(
		'php',
		[ '-d', 'display_errors=stderr', '-r', PHP_SCRIPT, PLUGIN_DIR ],
		{ encoding: 'utf8', timeout: 30_000 }
	);
	if ( run.error ) {
		throw new Error(
			`Cannot run php (${ run.error.message }): install PHP CLI or set DSC_SKIP_PHP_CROSSCHECK=1.`
		);
	}
	if ( run.status !== 0 ) {
		throw new Error( `php exited with ${ run.status }: ${ run.stderr }` );
	}
	return JSON.parse( run.stdout ) as PhpValues;
}

const describePhp =
	process.env.DSC_SKIP_PHP_CROSSCHECK === '1' ? describe.skip : describe;

describePhp( 'values PHP and TypeScript both hold are the same', () => {
	let php: PhpValues;
	beforeAll( () => {
		php = phpValues();
	} );

	it( 'the default support policy', () => {
		// JSON on both sides: what PHP hands the page is what the engine would use alone.
		expect( php.policy ).toEqual(
			JSON.parse( JSON.stringify( defaultPolicy ) )
		);
	} );

	it( 'how long checked facts stay fresh', () => {
		expect( php.ttl * 1000 ).toBe( STALE_AFTER_MS );
	} );

	it( 'the longest version string read', () => {
		expect( php.maxVersionLength ).toBe( MAX_VERSION_LENGTH );
	} );
} );
