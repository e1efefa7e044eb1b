/**
 * Before the fresh sites are made: the plugin's zip, built once from this tree
 * (`npm run plugin-zip`: what build/, php/ and languages/ hold now), for every fresh
 * site's upload test (plugin-zip.spec.ts).
 */

/**
 * External dependencies
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';

/**
 * Internal dependencies
 */
import { test as setup, expect } from './fixtures';
import { ROOT_DIR } from './site';

setup( 'the plugin zip', async () => {
	execFileSync( 'npm', [ 'run', '--silent', 'plugin-zip' ], {
		cwd: ROOT_DIR,
		stdio: [ 'ignore', 'ignore', 'inherit' ],
	} );
	expect(
		existsSync( path.join( ROOT_DIR, 'dokan-support-check.zip' ) )
	).toBe( true );
} );
