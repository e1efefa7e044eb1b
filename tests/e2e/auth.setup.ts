/**
 * Logs the administrator in once per site, before that site's tests, and saves the
 * cookies every test of the site starts with (playwright.config.ts `storageState`).
 */

/**
 * External dependencies
 */
import { mkdir, writeFile } from 'fs/promises';
import path from 'path';

/**
 * Internal dependencies
 */
import { test as setup, expect, loggedInState } from './fixtures';
import { ADMIN, authFile } from './site';

setup( 'log in as the administrator', async ( { site } ) => {
	const state = await loggedInState( site, ADMIN.username, ADMIN.password );
	expect(
		state.cookies.map( ( cookie ) => cookie.name ).join( ' ' )
	).toMatch( /wordpress_logged_in_/ );
	const file = authFile( site.branch );
	await mkdir( path.dirname( file ), { recursive: true } );
	await writeFile( file, JSON.stringify( state ) );
} );
