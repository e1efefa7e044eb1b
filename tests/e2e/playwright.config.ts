/**
 * Browser tests: Debian's Chromium against the local test sites, one project per site.
 * bin/test-e2e.sh says where the sites are; bin/test-all.sh starts them first.
 *
 * What runs where (tags, see fixtures.ts): tests that depend on the WordPress version
 * (rendering, the JSX runtime fallback, React 17 on 6.1, update screens, French, the
 * login form) are tagged EVERY_WP_VERSION and run on 6.1, 6.8 and 7.1; the others
 * (CSRF, hostile data, faults, authorization, ticket logic) run once, on 7.1; tests
 * tagged MULTISITE run on the 7.1 network only; tests tagged FRESH_SITE (installing the
 * plugin from its zip) on the fresh 6.1 and 7.1 sites only, which their `create-` project
 * makes anew each run (fresh-site.setup.ts).
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
import { EVERY_WP_VERSION, FRESH_SITE, MULTISITE } from './fixtures';
import { authFile, testSites } from './site';

const only = process.env.E2E_WP_VERSIONS?.split( /[ ,]+/ ).filter( Boolean );

function tagged( ...tags: string[] ): RegExp {
	return new RegExp( tags.join( '|' ) );
}

/**
 * Which tests a site's project runs.
 *
 * @param branch The site's branch.
 * @return Playwright's grep and grepInvert.
 */
function testsFor(
	branch: string
): Pick< PlaywrightTestProject, 'grep' | 'grepInvert' > {
	if ( branch.startsWith( 'fresh-' ) ) {
		return { grep: tagged( FRESH_SITE.tag ) };
	}
	if ( branch === 'multisite' ) {
		return { grep: tagged( MULTISITE.tag ) };
	}
	return branch === '7.1'
		? { grepInvert: tagged( MULTISITE.tag, FRESH_SITE.tag ) }
		: {
				grep: tagged( EVERY_WP_VERSION.tag ),
				grepInvert: tagged( FRESH_SITE.tag ),
			};
}

const projects: PlaywrightTestProject[] = [];
// Playwright gives its two workers the projects in the order they are listed, one
// project per worker at a time. 7.1's runs every version-independent test and takes as
// long as the other sites together, so it comes first: it starts at once, and 6.1, 6.8
// and the network share the other worker meanwhile (listed in site order, 7.1 only
// started when 6.1 or 6.8 ended, and the run took about 100 s longer).
const sites = testSites()
	.filter( ( site ) => ! only || only.includes( site.branch ) )
	.sort(
		( a, b ) => Number( b.branch === '7.1' ) - Number( a.branch === '7.1' )
	);
if ( sites.some( ( site ) => site.branch.startsWith( 'fresh-' ) ) ) {
	// The zip the fresh sites install, built once from this tree.
	projects.push( {
		name: 'plugin-zip',
		testMatch: /plugin-zip\.setup\.ts$/,
	} );
}
for ( const site of sites ) {
	const metadata = { branch: site.branch };
	const fresh = site.branch.startsWith( 'fresh-' );
	if ( fresh ) {
		// The fresh site is created anew, once the zip is built, before anyone logs in.
		projects.push( {
			name: `create-${ site.branch }`,
			testMatch: /fresh-site\.setup\.ts$/,
			dependencies: [ 'plugin-zip' ],
			metadata,
			use: { baseURL: site.url },
		} );
	}
	projects.push(
		{
			name: `setup-${ site.branch }`,
			testMatch: /auth\.setup\.ts$/,
			dependencies: fresh ? [ `create-${ site.branch }` ] : [],
			metadata,
			use: { baseURL: site.url },
		},
		{
			name: `wp-${ site.branch }`,
			dependencies: [ `setup-${ site.branch }` ],
			metadata,
			use: { baseURL: site.url, storageState: authFile( site.branch ) },
			...testsFor( site.branch ),
		}
	);
}

export default defineConfig( {
	testDir: '.',
	outputDir: '../../artifacts/e2e',
	// Tests change their site's state (plugin versions, options): one at a time per site
	// (every project has `workers: 1`), two sites at a time, each with its own database
	// and web server.
	workers: 2,
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
	projects: projects.map( ( project ) => ( { ...project, workers: 1 } ) ),
} );
