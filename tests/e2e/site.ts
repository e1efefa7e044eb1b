/**
 * The local test sites the browser tests run against, and a way to change their state
 * through WordPress itself (local-site/wp-eval.php), as a person would with wp-admin or
 * WP-CLI.
 *
 * bin/test-e2e.sh says where the sites are (they live outside the project, see
 * bin/lib.sh) through DSC_SITES_DIR and DSC_PORT_BASE.
 */

/**
 * External dependencies
 */
import { execFileSync } from 'child_process';
import path from 'path';

export const ROOT_DIR = path.resolve( __dirname, '../..' );
export const ADMIN = { username: 'admin', password: 'password' };

export interface Site {
	/**
	 * 6.1, 6.8, 7.1, "multisite" (a 7.1 network), or "fresh-6.1" / "fresh-7.1": sites
	 * without the plugin, for installing it from the zip (FRESH_SITE tests).
	 */
	branch: string;
	url: string;
	dir: string;
}

function fromEnvironment( name: string ): string {
	const value = process.env[ name ];
	if ( ! value ) {
		throw new Error(
			`${ name } is not set: run the browser tests with "npm run test:e2e" (bin/test-e2e.sh).`
		);
	}
	return value;
}

/**
 * Every test site. Ports follow bin/lib.sh: PORT_BASE + major * 10 + minor, 20 more for
 * a fresh site, and PORT_BASE + 99 for the network.
 *
 * @return The sites.
 */
export function testSites(): Site[] {
	const sitesDir = fromEnvironment( 'DSC_SITES_DIR' );
	const portBase = Number( fromEnvironment( 'DSC_PORT_BASE' ) );
	return [ '6.1', '6.8', '7.1', 'multisite', 'fresh-6.1', 'fresh-7.1' ].map(
		( branch ) => {
			const fresh = branch.startsWith( 'fresh-' );
			const [ major, minor ] = branch
				.replace( 'fresh-', '' )
				.split( '.' )
				.map( Number );
			const port =
				branch === 'multisite'
					? portBase + 99
					: portBase +
						( fresh ? 20 : 0 ) +
						( major ?? 0 ) * 10 +
						( minor ?? 0 );
			return {
				branch,
				url: `http://127.0.0.1:${ port }`,
				dir: path.join( sitesDir, branch ),
			};
		}
	);
}

export function siteFor( branch: string ): Site {
	const site = testSites().find(
		( candidate ) => candidate.branch === branch
	);
	if ( ! site ) {
		throw new Error( `No local test site for WordPress ${ branch }` );
	}
	return site;
}

/**
 * Runs PHP inside a booted site (plugins loaded) and returns what it printed.
 *
 * @param site The site.
 * @param code PHP code, without the opening tag.
 * @return Output.
 */
export function wpEval( site: Site, code: string ): string {
	return execFileSync(
		'php',
		[ path.join( ROOT_DIR, 'local-site/wp-eval.php' ), site.dir ],
		{ input: code, encoding: 'utf8' }
	);
}

/**
 * Where the administrator's cookies for a site are saved (by auth.setup.ts).
 *
 * @param branch The site's branch.
 * @return Absolute path.
 */
export function authFile( branch: string ): string {
	return path.join( ROOT_DIR, 'artifacts/e2e/.auth', `${ branch }.json` );
}
