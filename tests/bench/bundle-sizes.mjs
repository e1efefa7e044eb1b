/**
 * Prints the gzipped sizes of the two scripts that wp-admin loads: the
 * Support Check page (build/index.js) and the badge (build/badge.js, on every
 * admin screen), against their budgets (15 KiB and 3 KiB, gzipped), and the chunks the
 * page loads after drawing the verdict (build/index-*.js). Builds first
 * (`wp-scripts build`) unless given --no-build. Needs no site. Asserts
 * nothing: it measures.
 *
 * Run: node tests/bench/bundle-sizes.mjs [--no-build]
 */
/* eslint-disable no-console -- A command-line script: it prints its figures. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join( dirname( fileURLToPath( import.meta.url ) ), '../..' );
const BUDGETS = [
	[ 'page JS  (build/index.js)', 'build/index.js', 15 ],
	[ 'badge JS (build/badge.js)', 'build/badge.js', 3 ],
];

if ( ! process.argv.includes( '--no-build' ) ) {
	execFileSync( 'npx', [ 'wp-scripts', 'build' ], {
		cwd: ROOT,
		stdio: 'ignore',
	} );
}

/**
 * Gzipped size as `gzip -9 -c FILE | wc -c` counts it (the gzip command when
 * there is one, so that the figure is the one people measure by hand).
 *
 * @param {string} file Path from the project root.
 * @return {number} Bytes.
 */
function gzipped( file ) {
	const path = join( ROOT, file );
	try {
		return execFileSync( 'gzip', [ '-9', '-c', path ] ).length;
	} catch {
		return gzipSync( readFileSync( path ), { level: 9 } ).length;
	}
}

/**
 * @param {number} bytes Size.
 * @return {string} The size in KiB, two decimals: a budget is never met by rounding.
 */
const kib = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 2 ) } KiB`;

for ( const [ label, file, budget ] of BUDGETS ) {
	const bytes = gzipped( file );
	const verdict = bytes <= budget * 1024 ? 'within' : 'OVER';
	console.log(
		`${ label }, gzip -9: ${ bytes } B (${ kib( bytes ) }), budget ${ budget } KiB (${
			budget * 1024
		} B): ${ verdict }`
	);
}
for ( const chunk of readdirSync( join( ROOT, 'build' ) ) ) {
	if ( /^index-.+\.js$/.test( chunk ) ) {
		const bytes = gzipped( `build/${ chunk }` );
		console.log(
			`  + ${ chunk }, loaded after the verdict, gzip -9: ${ bytes } B (${ kib(
				bytes
			) })`
		);
	}
}
