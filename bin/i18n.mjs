#!/usr/bin/env node
/**
 * Translations, with maintained extractors doing the reading:
 *
 *   node bin/i18n.mjs pot      languages/dokan-support-check.pot: the PHP strings and the main
 *                              file's headers (wp-pot), the built scripts' strings (Gutenberg's
 *                              babel-plugin-makepot)
 *   node bin/i18n.mjs update   merge the .pot into every languages/*.po (translations kept)
 *   node bin/i18n.mjs compile  every .po to .mo (gettext-parser) and to the JSON files that
 *                              wp_set_script_translations() loads (one per built script)
 *   node bin/i18n.mjs check    fail when the .pot is out of date, a .po misses a translation,
 *                              a translation's placeholders differ, a French one has an
 *                              ordinary space before : ; ? !, or compiled files are stale
 *
 * The scripts' strings are read from build/ (run `npm run build` first), as WP-CLI's
 * make-pot and make-json do: WordPress finds a script's JSON file by the md5 of the built
 * file's path, and the build keeps the translator comments.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { transformSync } from '@babel/core';
import makepot from '@wordpress/babel-plugin-makepot';
import gettextParser from 'gettext-parser';
import { WP_Pot as WpPot } from 'wp-pot';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
// Both extractors write paths relative to the working directory.
process.chdir( ROOT );

const DOMAIN = 'dokan-support-check';
const POT = `languages/${ DOMAIN }.pot`;
const PHP_FILES = [
	'dokan-support-check.php',
	'uninstall.php',
	'php/**/*.php',
];
// Scripts WordPress loads with our translations (the JSX runtime shim has no strings).
const SCRIPTS = fs.existsSync( 'build' )
	? fs
			.readdirSync( 'build' )
			.filter( ( file ) => file.endsWith( '.js' ) )
			.filter( ( file ) => ! file.includes( 'react-jsx-runtime' ) )
			.map( ( file ) => `build/${ file }` )
			.sort()
	: [];
// Where the text domain is in each gettext call of @wordpress/i18n.
const DOMAIN_ARGUMENT = { __: 1, _x: 2, _n: 3, _nx: 4 };

const keyOf = ( entry ) => `${ entry.msgctxt ?? '' }\u0004${ entry.msgid }`;
const sortEntries = ( a, b ) =>
	( a.msgctxt ?? '' ).localeCompare( b.msgctxt ?? '' ) ||
	a.msgid.localeCompare( b.msgid );

function entriesOf( parsed ) {
	return Object.values( parsed.translations )
		.flatMap( ( byId ) => Object.values( byId ) )
		.filter( ( entry ) => entry.msgid !== '' );
}

/**
 * Webpack writes `(0, r.__)( … )`, which the extractor does not recognise, and the
 * extractor takes every text domain: this names our calls `__( … )` and hides the others.
 *
 * @param {Object} babel       Babel.
 * @param {Object} babel.types Babel's node helpers.
 * @return {Object} A Babel plugin.
 */
function ourGettextCalls( { types: t } ) {
	return {
		visitor: {
			CallExpression( { node } ) {
				let callee = node.callee;
				if ( t.isSequenceExpression( callee ) ) {
					callee = callee.expressions.at( -1 );
				}
				const name = t.isMemberExpression( callee )
					? callee.property.name
					: callee.name;
				if ( ! ( name in DOMAIN_ARGUMENT ) ) {
					return;
				}
				const domain = node.arguments[ DOMAIN_ARGUMENT[ name ] ];
				node.callee = t.identifier(
					t.isStringLiteral( domain, { value: DOMAIN } )
						? name
						: 'notOurTextDomain'
				);
			},
		},
	};
}

let scriptsPot;
/**
 * The built scripts' strings, with `build/<script>.js` references.
 *
 * @return {Object} A parsed .pot.
 */
function extractScripts() {
	if ( scriptsPot ) {
		return scriptsPot;
	}
	const output = path.join(
		fs.mkdtempSync( path.join( os.tmpdir(), 'dsc-i18n-' ) ),
		'scripts.pot'
	);
	// One instance for every script: it gathers them all, and writes them to `output`.
	const extractor = makepot();
	for ( const script of SCRIPTS ) {
		transformSync( fs.readFileSync( script, 'utf8' ), {
			filename: script,
			configFile: false,
			babelrc: false,
			code: false,
			plugins: [ ourGettextCalls, [ () => extractor, { output } ] ],
		} );
	}
	scriptsPot = fs.existsSync( output )
		? gettextParser.po.parse( fs.readFileSync( output ) )
		: { translations: {} };
	fs.rmSync( path.dirname( output ), { recursive: true } );
	return scriptsPot;
}

function buildPot() {
	const php = new WpPot( {
		php: { textdomain: DOMAIN, metadataFile: 'dokan-support-check.php' },
	} )
		.parse( PHP_FILES )
		.generatePot();
	const translations = { '': { '': { msgid: '', msgstr: [ '' ] } } };
	for ( const entry of [
		...entriesOf( gettextParser.po.parse( php ) ),
		// babel-plugin-makepot drops the "translators:" that wp-pot and WP-CLI keep.
		...entriesOf( extractScripts() ).map( ( script ) => ( {
			...script,
			comments: {
				...script.comments,
				extracted:
					script.comments.extracted &&
					`translators: ${ script.comments.extracted }`,
			},
		} ) ),
	] ) {
		const context = entry.msgctxt ?? '';
		translations[ context ] ??= {};
		const existing = translations[ context ][ entry.msgid ];
		const comments = [ existing?.comments, entry.comments ];
		const merged = ( field, separator ) =>
			[
				...new Set(
					comments.flatMap(
						( comment ) =>
							comment?.[ field ]?.split( separator ) ?? []
					)
				),
			]
				.filter( Boolean )
				.join( '\n' );
		translations[ context ][ entry.msgid ] = {
			...entry,
			msgstr: entry.msgid_plural ? [ '', '' ] : [ '' ],
			comments: {
				// wp-pot lists a string's places on one line, comma-separated.
				reference: merged( 'reference', /,\s*|\n/ ),
				extracted: merged( 'extracted', '\n' ),
			},
		};
	}
	return gettextParser.po
		.compile(
			{
				charset: 'utf-8',
				headers: {
					'Project-Id-Version': 'Dokan Support Check',
					'Report-Msgid-Bugs-To': '',
					'MIME-Version': '1.0',
					'Content-Type': 'text/plain; charset=UTF-8',
					'Content-Transfer-Encoding': '8bit',
					'X-Domain': DOMAIN,
				},
				translations,
			},
			{ sort: sortEntries }
		)
		.toString();
}

function poFiles() {
	return fs
		.readdirSync( 'languages' )
		.filter( ( file ) => file.endsWith( '.po' ) )
		.map( ( file ) => `languages/${ file }` );
}

function updatePo( file ) {
	const pot = gettextParser.po.parse( fs.readFileSync( POT ) );
	const po = gettextParser.po.parse( fs.readFileSync( file ) );
	for ( const entry of entriesOf( pot ) ) {
		const old = po.translations[ entry.msgctxt ?? '' ]?.[ entry.msgid ];
		if ( old ) {
			entry.msgstr = old.msgstr;
			entry.comments.translator = old.comments?.translator;
		}
	}
	pot.headers = { ...pot.headers, ...po.headers };
	return gettextParser.po.compile( pot, { sort: sortEntries } ).toString();
}

/**
 * The JED 1.x JSON WordPress reads for one script, holding only that script's strings
 * and those of the chunks it loads itself (build/<entry>-<name>.js, e.g. the page's
 * index-ticket.js): WordPress loads translations per enqueued script, never for a chunk.
 *
 * @param {Object} po     A parsed .po file.
 * @param {string} script A built script's path inside the plugin.
 * @return {string} The JSON.
 */
function scriptJson( po, script ) {
	const files = [
		script,
		...SCRIPTS.filter( ( file ) => isChunkOf( file, script ) ),
	];
	const wanted = new Set(
		entriesOf( extractScripts() )
			.filter( ( entry ) =>
				entry.comments.reference
					.split( '\n' )
					.some( ( place ) =>
						files.some( ( file ) =>
							place.startsWith( `${ file }:` )
						)
					)
			)
			.map( keyOf )
	);
	const messages = {
		'': {
			domain: 'messages',
			lang: po.headers.Language,
			'plural-forms': po.headers[ 'Plural-Forms' ],
		},
	};
	for ( const entry of entriesOf( po ) ) {
		if ( wanted.has( keyOf( entry ) ) && entry.msgstr.some( Boolean ) ) {
			messages[
				entry.msgctxt
					? `${ entry.msgctxt }\u0004${ entry.msgid }`
					: entry.msgid
			] = entry.msgstr;
		}
	}
	return (
		JSON.stringify( {
			'translation-revision-date': po.headers[ 'PO-Revision-Date' ] ?? '',
			generator: 'bin/i18n.mjs',
			domain: 'messages',
			locale_data: { messages },
		} ) + '\n'
	);
}

/**
 * Whether a built file is a chunk that an entry script loads itself (webpack names
 * them `<entry>-<chunk>.js`).
 *
 * @param {string} file  A built script.
 * @param {string} entry Another built script.
 * @return {boolean} Whether `file` is one of `entry`'s chunks.
 */
function isChunkOf( file, entry ) {
	return file !== entry && file.startsWith( entry.replace( /\.js$/, '-' ) );
}

function compiledFiles() {
	const files = {};
	for ( const file of poFiles() ) {
		const po = gettextParser.po.parse( fs.readFileSync( file ) );
		const base = file.replace( /\.po$/, '' );
		files[ `${ base }.mo` ] = gettextParser.mo.compile( po );
		for ( const script of SCRIPTS ) {
			if ( SCRIPTS.some( ( entry ) => isChunkOf( script, entry ) ) ) {
				continue; // A chunk: its strings are in its entry's file.
			}
			// WordPress looks the file up by the md5 of the script's path inside the plugin.
			const hash = createHash( 'md5' ).update( script ).digest( 'hex' );
			files[ `${ base }-${ hash }.json` ] = Buffer.from(
				scriptJson( po, script )
			);
		}
	}
	return files;
}

/**
 * Placeholders of a string: %s, %d, %1$s …
 *
 * @param {string} text The string.
 * @return {string} Its placeholders, sorted.
 */
const placeholders = ( text ) =>
	( text.match( /%(\d+\$)?[sd]/g ) ?? [] ).sort().join( ' ' );

/**
 * A .pot without the line numbers of its references: moving code in a file does not
 * make it stale, moving a string to another file (another script's JSON) does.
 *
 * @param {string} pot The .pot text.
 * @return {string} The text without line numbers.
 */
const withoutLineNumbers = ( pot ) => pot.replace( /^(#: .*):\d+$/gm, '$1' );

function check() {
	const problems = [];
	if ( ! SCRIPTS.length ) {
		problems.push( 'build/ has no scripts: run `npm run build` first' );
	}
	const current = buildPot();
	if (
		! fs.existsSync( POT ) ||
		withoutLineNumbers( fs.readFileSync( POT, 'utf8' ) ) !==
			withoutLineNumbers( current )
	) {
		problems.push( `${ POT } is out of date: run \`npm run i18n\`` );
	}
	const pot = fs.existsSync( POT )
		? gettextParser.po.parse( fs.readFileSync( POT ) )
		: { translations: {} };
	// wp-pot gives a translators: comment to every call up to two lines below it: one
	// that names placeholders ("%s: …", "1: …") on a string without any was meant for a
	// neighbour. (A comment that only gives context is fine on any string.)
	for ( const entry of entriesOf( gettextParser.po.parse( current ) ) ) {
		if (
			/translators:.*(%\d*\$?[sd]|\b\d+:)/s.test(
				entry.comments?.extracted ?? ''
			) &&
			! placeholders( entry.msgid )
		) {
			problems.push(
				`"${ entry.msgid }" has no placeholder but a translators: comment naming some (${ entry.comments.reference }): give its neighbour a line of its own`
			);
		}
	}
	for ( const file of poFiles() ) {
		const po = gettextParser.po.parse( fs.readFileSync( file ) );
		// French puts a no-break space before : ; ? ! so that a line never starts with one.
		const french = /-fr_[A-Z]{2}\.po$/.test( file );
		for ( const entry of entriesOf( pot ) ) {
			const translated =
				po.translations[ entry.msgctxt ?? '' ]?.[ entry.msgid ];
			if ( ! translated || ! translated.msgstr.every( Boolean ) ) {
				problems.push(
					`${ path.basename( file ) }: no translation for "${ entry.msgid }"`
				);
			} else if (
				placeholders( translated.msgstr[ 0 ] ) !==
				placeholders( entry.msgid )
			) {
				problems.push(
					`${ path.basename( file ) }: placeholders differ in "${ entry.msgid }"`
				);
			} else if (
				french &&
				translated.msgstr.some( ( text ) =>
					/ [:;?!](?=\s|$)/.test( text )
				)
			) {
				problems.push(
					`${ path.basename( file ) }: an ordinary space before : ; ? or ! in the translation of "${ entry.msgid }" (use a no-break space)`
				);
			}
		}
	}
	for ( const [ file, content ] of Object.entries( compiledFiles() ) ) {
		if (
			! fs.existsSync( file ) ||
			! fs.readFileSync( file ).equals( content )
		) {
			problems.push(
				`${ file } is stale or missing: run \`npm run i18n\``
			);
		}
	}
	const total = entriesOf( pot ).length;
	if ( problems.length ) {
		console.error(
			problems.map( ( problem ) => `  ✗ ${ problem }` ).join( '\n' )
		);
		console.log(
			`i18n: ${ total } strings, ${ problems.length } problems`
		);
		process.exit( 1 );
	}
	console.log(
		`i18n: ${ total } strings, every one translated in ${ poFiles()
			.map( ( file ) => path.basename( file ) )
			.join( ', ' ) }`
	);
}

switch ( process.argv[ 2 ] ) {
	case 'pot':
		fs.writeFileSync( POT, buildPot() );
		break;
	case 'update':
		for ( const file of poFiles() ) {
			fs.writeFileSync( file, updatePo( file ) );
		}
		break;
	case 'compile':
		for ( const [ file, content ] of Object.entries( compiledFiles() ) ) {
			fs.writeFileSync( file, content );
		}
		break;
	case 'check':
		check();
		break;
	default:
		console.error( 'usage: node bin/i18n.mjs pot|update|compile|check' );
		process.exit( 2 );
}
