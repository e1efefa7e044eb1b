/**
 * Browser tests: Debian's Chromium against the local test sites, one project per site.
 * bin/test-e2e.sh says where the sites are; bin/test-all.sh starts them first.
 *
 * What runs where (tags, see fixtures.ts): tests that depend on the WordPress version
 * (rendering, the JSX runtime fallback, React 17 on 6.1, update screens, French, the
 * login form) are tagged EVERY_WP_VERSION and run on 6.1, 6.8 and 7.1; the others
 * (CSRF, hostile data, faults, authorization, ticket logic) run once, on 7.1; tests
 * tagged MULTISITE run on the 7.1 network only.
 *
 * Each site's administrator logs in once (auth.setup.ts, a project every other project
 * of the site depends on); tests start from the saved cookies.
 */

/**
 * External dependencies
 */
import { defineConfig } from '@playwright/test';
import type { PlaywrightTestProject } from '@playwright/test';

/**
 * Internal dependencies
 */
import { EVERY_WP_VERSION, MULTISITE } from './fixtures';
import { authFile, testSites } from './site';

const only = process.env.E2E_WP_VERSIONS?.split( /[ ,]+/ ).filter( Boolean );

function tagged( tag: string ): RegExp {
	return new RegExp( tag );
}

const projects: PlaywrightTestProject[] = [];
for ( const site of testSites() ) {
	if ( only && ! only.includes( site.branch ) ) {
		continue;
	}
	const metadata = { branch: site.branch };
	projects.push(
		{
			name: `setup-${ site.branch }`,
			testMatch: /auth\.setup\.ts$/,
			metadata,
			use: { baseURL: site.url },
		},
		{
			name: `wp-${ site.branch }`,
			dependencies: [ `setup-${ site.branch }` ],
			metadata,
			use: { baseURL: site.url, storageState: authFile( site.branch ) },
			...( site.branch === '7.1'
				? { grepInvert: tagged( MULTISITE.tag ) }
				: {
						grep: tagged(
							site.branch === 'multisite'
								? MULTISITE.tag
								: EVERY_WP_VERSION.tag
						),
					} ),
		}
	);
}

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
	projects,
} );
