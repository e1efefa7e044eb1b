/**
 * Times the engine on a real site, the way the page runs it: the REST answer
 * read by parseSiteFacts(), then evaluate() with the default policy. The
 * site is a real one's size: WordPress, WooCommerce and Dokan with their
 * real release histories cut to the 100 releases the PHP side keeps
 * (Release_Data::MAX_RELEASES), Dokan Pro with no list. Prints ms per check
 * (median and p95); there is no goal beyond "well under a millisecond".
 * Asserts nothing.
 *
 * Run: node tests/bench/engine.mjs [runs]
 *
 * No build step: the TypeScript sources are transpiled on require with the
 * project's own `typescript` package.
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
const { parseSiteFacts } = require( '../../src/site-facts.ts' );

const RELEASES = 100;
const runs = Number( process.argv[ 2 ] ) || 5000;

/**
 * A fixture's releases as WordPress.org lists them (newest date first).
 *
 * @param {string} file Fixture name.
 * @return {string[]} Versions.
 */
function releases( file ) {
	const data = require( `../fixtures/releases/${ file }.json` );
	return [
		...data.releases,
		...( data.newer_or_backport_versions_without_release_date ?? [] ),
	]
		.map( ( release ) => release.version )
		.slice( 0, RELEASES );
}

const component = ( slug, name, installed, latest, list, source ) => ( {
	slug,
	name,
	installed,
	active: true,
	latest,
	releases: list,
	source,
	checkedAt: '2026-11-27T11:58:00Z',
	error: null,
} );

// The REST answer as JSON text, as the page receives it.
const answer = JSON.stringify( {
	generatedAt: '2026-11-27T12:00:00Z',
	site: {
		url: 'https://shop.example',
		multisite: false,
		locale: 'en_US',
		php: '8.2.36',
		database: 'MariaDB 10.11.19',
		theme: { name: 'Storefront', version: '4.6.1' },
	},
	components: [
		component(
			'wordpress',
			'WordPress',
			'6.9.4',
			'7.1',
			releases( 'wordpress' ),
			'wordpress.org'
		),
		component(
			'woocommerce',
			'WooCommerce',
			'10.2.2',
			'10.9.4',
			releases( 'woocommerce' ),
			'wordpress.org'
		),
		component(
			'dokan-lite',
			'Dokan',
			'4.1.0',
			'4.1.2',
			releases( 'dokan-lite' ),
			'wordpress.org'
		),
		component(
			'dokan-pro',
			'Dokan Pro',
			'4.1.1',
			'4.1.1',
			null,
			'dokan.co'
		),
	],
} );
const decoded = JSON.parse( answer );
const check = () => evaluate( parseSiteFacts( decoded ), defaultPolicy );

// Warm up, then measure each check.
for ( let i = 0; i < 500; i++ ) {
	check();
}
const times = [];
for ( let i = 0; i < runs; i++ ) {
	const start = performance.now();
	check();
	times.push( performance.now() - start );
}
times.sort( ( a, b ) => a - b );
const at = ( q ) =>
	times[ Math.min( times.length - 1, Math.floor( q * times.length ) ) ];
const verdict = check();
const lists = decoded.components
	.map( ( c ) => `${ c.slug } ${ c.releases?.length ?? 0 }` )
	.join( ', ' );
console.log(
	`parseSiteFacts() + evaluate(): 4 components (releases: ${ lists }), ${ runs } runs (node ${ process.version })`
);
console.log(
	`  median ${ at( 0.5 ).toFixed( 3 ) } ms, p95 ${ at( 0.95 ).toFixed(
		3
	) } ms per check; overall ${ verdict.overall }; ${ verdict.components
		.map( ( c ) => `${ c.slug } ${ c.status }` )
		.join( ', ' ) }`
);
