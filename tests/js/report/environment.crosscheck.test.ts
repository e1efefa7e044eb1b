/**
 * The report's environment written as WordPress writes Site Health's "Copy site info":
 * the same sections go through core's own `WP_Debug_Data::format( $info, 'debug' )`,
 * run by Debian's `php` from tests/fixtures/wp-debug-data-format.php (a copy that
 * tests/php/Report/Format_Copy_Test.php checks against each test site's core), and
 * through the TypeScript formatter; the texts must be the same.
 *
 * Core is given its sections as core builds them (lists as arrays, `show_count` on
 * the five counted sections); TypeScript as php/Report hands them over (lists
 * flattened to one "name: value" per line). Needs `php` on PATH, like the other
 * cross-checks (DSC_SKIP_PHP_CROSSCHECK=1 skips them on a machine without PHP).
 */
import { spawnSync } from 'child_process';
import path from 'path';

import { environmentSections, formatText } from '../../../src/report';
import type { SiteEnvironment } from '../../../src/types';
import { environment } from '../app/fixtures';

const FORMAT_COPY = path.resolve(
	__dirname,
	'../../fixtures/wp-debug-data-format.php'
);

const PHP_SCRIPT = `
require $argv[1];
echo DSC_Core_Format_Copy::format( json_decode( stream_get_contents( STDIN ), true ), 'debug' );
`;

/** The sections core declares with `show_count`. */
const COUNTED = [
	'wp-dropins',
	'wp-themes-inactive',
	'wp-mu-plugins',
	'wp-plugins-active',
	'wp-plugins-inactive',
];

/**
 * Core's `$info` for the fixture: what php/Report flattened, as core had it.
 *
 * @param env The environment as the REST answer has it.
 * @return Core's array, as JSON.
 */
function coreInfo( env: SiteEnvironment ): unknown {
	return Object.fromEntries(
		Object.entries( env ).map( ( [ key, section ] ) => [
			key,
			{
				label: section.label,
				...( COUNTED.includes( key ) ? { show_count: true } : {} ),
				fields: Object.fromEntries(
					Object.entries( section.fields ).map(
						( [ name, field ] ) => [
							name,
							{
								label: field.label,
								value: field.value,
								// A list: core's one-level array, which PHP flattened.
								debug: field.debug.includes( '\n' )
									? Object.fromEntries(
											field.debug
												.split( '\n' )
												.map( ( line ) =>
													line.split( ': ' )
												)
										)
									: field.debug,
								...( field.private ? { private: true } : {} ),
							},
						]
					)
				),
			},
		] )
	);
}

function coreFormat( env: SiteEnvironment ): string {
	const run = spawnSync(
		'php',
		[ '-d', 'display_errors=stderr', '-r', PHP_SCRIPT, FORMAT_COPY ],
		{
			encoding: 'utf8',
			input: JSON.stringify( coreInfo( env ) ),
			timeout: 30_000,
		}
	);
	if ( run.error ) {
		throw new Error(
			`Cannot run php (${ run.error.message }): install PHP CLI or set DSC_SKIP_PHP_CROSSCHECK=1.`
		);
	}
	if ( run.status !== 0 || run.stderr ) {
		throw new Error( `php exited with ${ run.status }: ${ run.stderr }` );
	}
	return run.stdout;
}

/**
 * The environment without what core marks private (core's copy never has it).
 *
 * @param env The environment.
 * @return A copy without private fields.
 */
function withoutPrivate( env: SiteEnvironment ): SiteEnvironment {
	return Object.fromEntries(
		Object.entries( env ).map( ( [ key, section ] ) => [
			key,
			{
				...section,
				fields: Object.fromEntries(
					Object.entries( section.fields ).filter(
						( [ , field ] ) => ! field.private
					)
				),
			},
		] )
	);
}

const describePhp =
	process.env.DSC_SKIP_PHP_CROSSCHECK === '1' ? describe.skip : describe;

describePhp(
	'the environment as core’s WP_Debug_Data::format() writes it',
	() => {
		it( 'is the same text, section for section, field for field', () => {
			const env = environment();
			const core = coreFormat( env );
			// Core wraps its copy in backticks (for forums' Markdown) and ends each section
			// with a blank line; the report's sections follow its own, without backticks.
			expect( core.startsWith( '`\n' ) && core.endsWith( '\n\n`' ) ).toBe(
				true
			);
			expect(
				formatText(
					environmentSections( withoutPrivate( env ), false )
				) + '\n'
			).toBe( core.slice( 2, -1 ) );
		} );

		it( 'leaves out in the redacted variant exactly the fields core leaves out', () => {
			const env = environment();
			const keys = ( text: string ) =>
				text
					.split( '\n' )
					.filter( ( line ) => /^[^\t#`][^:]*: /.test( line ) )
					.map( ( line ) => line.slice( 0, line.indexOf( ': ' ) ) );
			expect(
				keys( formatText( environmentSections( env, true, [] ) ) )
			).toEqual( keys( coreFormat( env ) ) );
		} );
	}
);
