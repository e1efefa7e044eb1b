/**
 * Before a fresh site's tests (FRESH_SITE, see playwright.config.ts): the site is made
 * anew (bin/site.sh removes and re-creates every fresh-* site it starts: WordPress, the
 * stand-in plugins and the offline must-use plugins, and no Dokan Support Check), after
 * plugin-zip.setup.ts built the zip. Each run so installs into a site that never had the
 * plugin.
 */

/**
 * External dependencies
 */
import { execFileSync } from 'child_process';

/**
 * Internal dependencies
 */
import { test as setup, expect } from './fixtures';
import { ROOT_DIR, wpEval } from './site';

// Creating a site copies WordPress and installs it: longer than a page load.
setup.describe.configure( { timeout: 120_000 } );

setup( 'a fresh site without the plugin', async ( { site } ) => {
	execFileSync( 'bash', [ 'bin/site.sh', 'start', site.branch ], {
		cwd: ROOT_DIR,
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	expect(
		wpEval(
			site,
			"echo file_exists( WP_PLUGIN_DIR . '/dokan-support-check' ) ? 'present' : 'absent';"
		)
	).toBe( 'absent' );
} );
