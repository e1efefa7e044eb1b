/**
 * Times evaluate() on a site of 20 components, each with a 500-release list
 * (shuffled, with pre-releases and duplicates mixed in), and prints ms per
 * evaluation (median and p95). Goal: under 1 ms. Asserts nothing.
 *
 * Run: node tests/bench/engine.mjs [runs]
 *
 * No build step: the TypeScript sources are transpiled on require with the
 * project's own `typescript` package (no new dependency).
 */
/* eslint-disable no-console -- A command-line script: it prints its figures. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const require = createRequire( import.meta.url );
const ts = require( 'typescript' );

require.extensions[ '.ts' ] = ( module, filename ) => {
	const { outputText } = ts.transpileModule(
		readFileSync( filename, 'utf8' ),
		{
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2020,
				esModuleInterop: true,
			},
			fileName: filename,
		}
	);
	module._compile( outputText, filename );
};

const {
	evaluate,
	defaultPolicy,
} = require( '../../src/support-window/index.ts' );

const COMPONENTS = 20;
const RELEASES = 500;
const runs = Number( process.argv[ 2 ] ) || 2000;

let seed = 20261127;
const random = () => {
	seed = ( seed * 48271 ) % 2147483647; // Park-Miller.
	return seed / 2147483647;
};

function releaseList( major ) {
	const list = [];
	for ( let minor = 0; list.length < RELEASES; minor++ ) {
		for ( let patch = 0; patch < 25 && list.length < RELEASES; patch++ ) {
			const v = `${ major }.${ minor }.${ patch }`;
			list.push( v );
			if ( random() < 0.03 ) {
				list.push( `${ v }-rc.1` ); // Pre-releases are dropped.
			}
			if ( random() < 0.02 ) {
				list.push( patch === 0 ? `${ major }.${ minor }` : v ); // Duplicates.
			}
		}
	}
	// Shuffle: the engine must order by version, not input order.
	for ( let i = list.length - 1; i > 0; i-- ) {
		const j = Math.floor( random() * ( i + 1 ) );
		[ list[ i ], list[ j ] ] = [ list[ j ], list[ i ] ];
	}
	return list;
}

const slugs = [ 'wordpress', 'woocommerce', 'dokan-lite', 'dokan-pro' ];
const components = Array.from( { length: COMPONENTS }, ( _, i ) => {
	const releases = releaseList( i + 1 );
	const newest = `${ i + 1 }.19.24`;
	return {
		slug: slugs[ i ] ?? `vendor-plugin-${ i }`,
		name: `Component ${ i }`,
		installed: i % 3 === 0 ? newest : `${ i + 1 }.${ i % 19 }.${ i % 24 }`,
		active: true,
		latest: newest,
		releases,
		source: 'bench',
		checkedAt: null,
	};
} );
const facts = {
	generatedAt: '2026-11-27T12:00:00Z',
	site: {
		url: 'https://bench.example',
		multisite: false,
		locale: 'en_US',
		php: '8.2.36',
		database: 'MariaDB 10.11.19',
		theme: { name: 'Bench', version: '1.0' },
	},
	components,
};

// Warm up, then measure each evaluation.
for ( let i = 0; i < 200; i++ ) {
	evaluate( facts, defaultPolicy );
}
const times = [];
let sink = 0;
for ( let i = 0; i < runs; i++ ) {
	const start = performance.now();
	const verdict = evaluate( facts, defaultPolicy );
	times.push( performance.now() - start );
	sink += verdict.components.length;
}
times.sort( ( a, b ) => a - b );
const at = ( q ) =>
	times[ Math.min( times.length - 1, Math.floor( q * times.length ) ) ];
const verdict = evaluate( facts, defaultPolicy );
const statuses = {};
for ( const c of verdict.components ) {
	statuses[ c.status ] = ( statuses[ c.status ] ?? 0 ) + 1;
}
console.log(
	`evaluate(): ${ COMPONENTS } components x ${ RELEASES }+ releases, ${ runs } runs (node ${ process.version })`
);
console.log(
	`  median ${ at( 0.5 ).toFixed( 3 ) } ms, p95 ${ at( 0.95 ).toFixed( 3 ) } ms, min ${ ( times[ 0 ] ?? 0 ).toFixed( 3 ) } ms per evaluation (goal < 1 ms)`
);
console.log(
	`  overall ${ verdict.overall }; statuses ${ JSON.stringify( statuses ) }; checked ${ sink / runs } components/run`
);
