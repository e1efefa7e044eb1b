/**
 * Browser tests: Debian's Chromium against the local test sites, one project per
 * WordPress version. bin/test-e2e.sh starts the sites (DSC_ENV=test) first.
 */

/**
 * External dependencies
 */
import { defineConfig } from '@playwright/test';

/**
 * Internal dependencies
 */
import { SITES } from './site';

const only = process.env.E2E_WP_VERSIONS?.split( /[ ,]+/ ).filter( Boolean );

export default defineConfig( {
	testDir: '.',
	outputDir: '../../artifacts/e2e',
	// Tests change the sites' state (plugin versions, options): one at a time.
	workers: 1,
	fullyParallel: false,
	forbidOnly: !! process.env.CI,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 5_000 },
	reporter: [ [ 'list' ] ],
	use: {
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: SITES.filter(
		( site ) => ! only || only.includes( site.branch )
	).map( ( site ) => ( {
		name: `wp-${ site.branch }`,
		metadata: { branch: site.branch },
		use: { baseURL: site.url },
	} ) ),
} );
