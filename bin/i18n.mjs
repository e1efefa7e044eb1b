#!/usr/bin/env node
/**
 * Translation tooling, with nothing but npm packages and Debian's PHP.
 *
 *   node bin/i18n.mjs pot      languages/dokan-support-check.pot from the PHP and the built JS
 *   node bin/i18n.mjs update   merge the .pot into every languages/*.po (translations kept)
 *   node bin/i18n.mjs compile  every .po to .mo (PHP) and to the JSON files that
 *                              wp_set_script_translations() loads (one per built script)
 *   node bin/i18n.mjs check    fail when the .pot is out of date, a .po misses a translation,
 *                              a translation's placeholders differ, or compiled files are stale
 *
 * The JavaScript strings are read from build/ (run `npm run build` first), as WordPress's
 * own tooling does: the JSON file names are derived from the built file's path, and
 * the build keeps the translator comments.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from '@babel/parser';
import gettextParser from 'gettext-parser';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const DOMAIN = 'dokan-support-check';
const LANGUAGES = path.join( ROOT, 'languages' );
const POT = path.join( LANGUAGES, `${ DOMAIN }.pot` );
const PHP_FILES = [
	'dokan-support-check.php',
	'uninstall.php',
	...listFiles( 'php', '.php' ),
];
// Scripts WordPress loads with our translations (the JSX runtime shim has no strings).
const SCRIPTS = listFiles( 'build', '.js' ).filter(
	( file ) => ! file.includes( 'react-jsx-runtime' )
);

// Gettext functions of @wordpress/i18n => positions of msgid, msgid_plural, msgctxt, domain.
const JS_FUNCTIONS = new Map( [
	[ '__', [ 0, null, null, 1 ] ],
	[ '_x', [ 0, null, 1, 2 ] ],
	[ '_n', [ 0, 1, null, 3 ] ],
	[ '_nx', [ 0, 1, 3, 4 ] ],
] );

function listFiles( dir, extension ) {
	const absolute = path.join( ROOT, dir );
	if ( ! fs.existsSync( absolute ) ) {
		return [];
	}
	return fs
		.readdirSync( absolute, { recursive: true } )
		.filter( ( file ) => file.endsWith( extension ) )
		.map( ( file ) =>
			path.posix.join( dir, file.split( path.sep ).join( '/' ) )
		)
		.sort();
}

/** Strings of the main file's header that WordPress translates (name, description). */
function headerStrings() {
	const source = fs.readFileSync(
		path.join( ROOT, 'dokan-support-check.php' ),
		'utf8'
	);
	return [ 'Plugin Name', 'Description', 'Author' ].flatMap( ( header ) => {
		const match = source.match(
			new RegExp( `^\\s*\\*\\s*${ header }:\\s*(.+)$`, 'm' )
		);
		return match
			? [
					{
						msgid: match[ 1 ].trim(),
						comment: `${ header } of the plugin`,
						reference: 'dokan-support-check.php',
					},
				]
			: [];
	} );
}

function phpStrings() {
	const json = execFileSync(
		'php',
		[
			path.join( ROOT, 'bin/i18n-php-strings.php' ),
			...PHP_FILES.filter( ( file ) =>
				fs.existsSync( path.join( ROOT, file ) )
			),
		],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	return JSON.parse( json );
}

/**
 * The callee's function name: `__`, `(0, r.__)` and `r.__` all name `__`.
 *
 * @param {Object} callee The call's callee node.
 * @return {string|null} The name.
 */
function calleeName( callee ) {
	let node = callee;
	if ( node.type === 'SequenceExpression' ) {
		node = node.expressions[ node.expressions.length - 1 ];
	}
	if ( node.type === 'MemberExpression' && ! node.computed ) {
		return node.property.name;
	}
	return node.type === 'Identifier' ? node.name : null;
}

function jsStrings( file ) {
	const code = fs.readFileSync( path.join( ROOT, file ), 'utf8' );
	const ast = parse( code, {
		sourceType: 'unambiguous',
		errorRecovery: true,
	} );
	const translatorComments = ast.comments.filter( ( comment ) =>
		/translators:/i.test( comment.value )
	);
	const entries = [];
	const visit = ( node ) => {
		if ( ! node || typeof node.type !== 'string' ) {
			return;
		}
		if ( node.type === 'CallExpression' ) {
			const positions = JS_FUNCTIONS.get( calleeName( node.callee ) );
			// null: the function has no such argument; undefined: not a string literal.
			const literal = ( index ) => {
				if ( index === null ) {
					return null;
				}
				const argument = node.arguments[ index ];
				return argument?.type === 'StringLiteral'
					? argument.value
					: undefined;
			};
			if ( positions ) {
				const [ single, plural, context, domainAt ] = positions;
				if (
					literal( domainAt ) === DOMAIN &&
					typeof literal( single ) === 'string'
				) {
					entries.push( {
						msgid: literal( single ),
						msgid_plural: literal( plural ) ?? null,
						msgctxt: literal( context ) ?? null,
						comment: null,
						start: node.start,
						reference: file,
					} );
				}
			}
		}
		for ( const key of Object.keys( node ) ) {
			if (
				key === 'loc' ||
				key === 'leadingComments' ||
				key === 'trailingComments'
			) {
				continue;
			}
			const child = node[ key ];
			if ( Array.isArray( child ) ) {
				child.forEach( visit );
			} else if ( child && typeof child === 'object' ) {
				visit( child );
			}
		}
	};
	visit( ast.program );

	// A translator comment belongs to the first gettext call after it (the build keeps
	// these comments in place, right before the call or the sprintf() around it).
	entries.sort( ( a, b ) => a.start - b.start );
	for ( const comment of translatorComments ) {
		const entry = entries.find(
			( candidate ) =>
				candidate.start >= comment.end &&
				candidate.start - comment.end < 200
		);
		if ( entry && ! entry.comment ) {
			entry.comment = comment.value.replace( /^\s*|\s*$/g, '' );
		}
	}
	return entries.map( ( { start, ...entry } ) => entry );
}

const keyOf = ( entry ) => `${ entry.msgctxt ?? '' }\u0004${ entry.msgid }`;

function buildPot() {
	const translations = {};
	for ( const entry of [
		...headerStrings(),
		...phpStrings(),
		...SCRIPTS.flatMap( jsStrings ),
	] ) {
		const context = entry.msgctxt ?? '';
		translations[ context ] ??= {};
		const existing = translations[ context ][ entry.msgid ];
		if ( existing ) {
			const references = new Set(
				existing.comments.reference.split( '\n' )
			);
			references.add( entry.reference );
			existing.comments.reference = [ ...references ].join( '\n' );
			if (
				entry.comment &&
				! existing.comments.extracted.includes( entry.comment )
			) {
				existing.comments.extracted = [
					existing.comments.extracted,
					entry.comment,
				]
					.filter( Boolean )
					.join( '\n' );
			}
			continue;
		}
		translations[ context ][ entry.msgid ] = {
			msgctxt: entry.msgctxt ?? undefined,
			msgid: entry.msgid,
			msgid_plural: entry.msgid_plural ?? undefined,
			msgstr: entry.msgid_plural ? [ '', '' ] : [ '' ],
			comments: {
				reference: entry.reference,
				extracted: entry.comment ?? '',
			},
		};
	}
	translations[ '' ] ??= {};
	translations[ '' ][ '' ] = { msgid: '', msgstr: [ '' ] };
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
			{
				sort: ( a, b ) =>
					( a.msgctxt ?? '' ).localeCompare( b.msgctxt ?? '' ) ||
					a.msgid.localeCompare( b.msgid ),
			}
		)
		.toString();
}

function poFiles() {
	return fs
		.readdirSync( LANGUAGES )
		.filter( ( file ) => file.endsWith( '.po' ) )
		.map( ( file ) => path.join( LANGUAGES, file ) );
}

function entriesOf( parsed ) {
	return Object.values( parsed.translations )
		.flatMap( ( byId ) => Object.values( byId ) )
		.filter( ( entry ) => entry.msgid !== '' );
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
	return gettextParser.po
		.compile( pot, {
			sort: ( a, b ) =>
				( a.msgctxt ?? '' ).localeCompare( b.msgctxt ?? '' ) ||
				a.msgid.localeCompare( b.msgid ),
		} )
		.toString();
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
	const chunks = SCRIPTS.filter( ( file ) =>
		file.startsWith( script.replace( /\.js$/, '-' ) )
	);
	const wanted = new Set(
		[ script, ...chunks ].flatMap( jsStrings ).map( keyOf )
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

function compiledFiles() {
	const files = {};
	for ( const file of poFiles() ) {
		const po = gettextParser.po.parse( fs.readFileSync( file ) );
		const base = file.replace( /\.po$/, '' );
		files[ `${ base }.mo` ] = gettextParser.mo.compile( po );
		for ( const script of SCRIPTS ) {
			if (
				SCRIPTS.some( ( entry ) =>
					script.startsWith( entry.replace( /\.js$/, '-' ) )
				)
			) {
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
 * A .pot without its `#:` file:line references: moving code does not make it stale.
 *
 * @param {string} pot The .pot text.
 * @return {string} The text without reference lines.
 */
function withoutReferences( pot ) {
	return pot.replace( /^#: .*\n/gm, '' );
}

function check() {
	const problems = [];
	if ( ! SCRIPTS.length ) {
		problems.push( 'build/ has no scripts: run `npm run build` first' );
	}
	if (
		! fs.existsSync( POT ) ||
		withoutReferences( fs.readFileSync( POT, 'utf8' ) ) !==
			withoutReferences( buildPot() )
	) {
		problems.push(
			`${ path.relative( ROOT, POT ) } is out of date: run \`npm run i18n\``
		);
	}
	const pot = fs.existsSync( POT )
		? gettextParser.po.parse( fs.readFileSync( POT ) )
		: { translations: {} };
	for ( const file of poFiles() ) {
		const po = gettextParser.po.parse( fs.readFileSync( file ) );
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
			}
		}
	}
	for ( const [ file, content ] of Object.entries( compiledFiles() ) ) {
		if (
			! fs.existsSync( file ) ||
			! fs.readFileSync( file ).equals( content )
		) {
			problems.push(
				`${ path.relative( ROOT, file ) } is stale or missing: run \`npm run i18n\``
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
		fs.mkdirSync( LANGUAGES, { recursive: true } );
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
