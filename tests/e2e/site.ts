/**
 * The local test sites the browser tests run against, and a way to change their state
 * through WordPress itself (tests/environment/wp-eval.php), as a person would with
 * wp-admin or WP-CLI.
 */

/**
 * External dependencies
 */
import { execFileSync } from 'child_process';
import path from 'path';

export const ROOT_DIR = path.resolve( __dirname, '../..' );
export const ADMIN = { username: 'admin', password: 'password' };

export interface Site {
	branch: string;
	url: string;
	dir: string;
}

// Ports follow bin/lib.sh: 8900 + major * 10 + minor for DSC_ENV=test.
const PORT_BASE = Number( process.env.DSC_TEST_PORT_BASE ?? 8900 );

export const SITES: Site[] = [ '6.1', '6.8', '7.1' ].map( ( branch ) => {
	const [ major, minor ] = branch.split( '.' ).map( Number ) as [
		number,
		number,
	];
	return {
		branch,
		url: `http://127.0.0.1:${ PORT_BASE + major * 10 + minor }`,
		dir: path.join( ROOT_DIR, '.local/test/sites', branch ),
	};
} );

export function siteFor( branch: string ): Site {
	const site = SITES.find( ( candidate ) => candidate.branch === branch );
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
		[ path.join( ROOT_DIR, 'tests/environment/wp-eval.php' ), site.dir ],
		{ input: code, encoding: 'utf8' }
	);
}
