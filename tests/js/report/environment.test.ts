/**
 * The report with the site's environment and the change history: after the verdict,
 * the components and the context, the changes, then Site Health's sections in core's
 * copy format; the redacted variant leaves out what core marks private and blanks
 * what the rest of the report blanks. The environment and history are read from
 * whatever arrives.
 */

/**
 * Internal dependencies
 */
import {
	buildReport,
	parseEnvironment,
	parseHistory,
	REDACTED,
} from '../../../src/report';
import type { EnvironmentState } from '../../../src/report';
import { defaultPolicy, evaluate } from '../../../src/support-window';
import { environment, facts, history } from '../app/fixtures';

const NOW = '2026-11-28T09:30:00.000Z';

function reportWith(
	state: EnvironmentState = {
		state: 'loaded',
		environment: environment(),
	},
	changes = history()
) {
	const f = facts();
	return buildReport( {
		facts: f,
		verdict: evaluate( f, defaultPolicy ),
		policy: defaultPolicy,
		now: NOW,
		environment: state,
		history: changes,
	} );
}

function titles( text: string ): string[] {
	return [ ...text.matchAll( /^### (.+) ###$/gm ) ].map( ( m ) => m[ 1 ]! );
}

/**
 * One section's text, header to the blank line that ends it.
 *
 * @param text  Report text.
 * @param title Section title.
 * @return The section's lines.
 */
function section( text: string, title: string ): string {
	const start = text.indexOf( `### ${ title } ###\n\n` );
	expect( start ).toBeGreaterThanOrEqual( 0 );
	const end = text.indexOf( '\n\n###', start + 1 );
	return text.slice( start, end === -1 ? undefined : end + 1 );
}

describe( 'the text report with the environment', () => {
	it( 'puts the changes, then Site Health’s sections, after the verdict, the components and the context', () => {
		expect( titles( reportWith().full ) ).toEqual( [
			'dokan-support-check',
			'wordpress',
			'woocommerce',
			'dokan-lite',
			'dokan-pro',
			'context',
			'changes',
			'wp-core',
			// No wp-dropins: an empty section is left out, as core leaves it out.
			'wp-active-theme',
			'wp-plugins-active (2)',
			'wp-media',
			'wp-server',
			'wp-database',
			'wp-constants',
			'dokan-pro-licence',
		] );
		expect( reportWith().full ).toContain(
			'\nenvironment: included below\n'
		);
	} );

	it( 'titles a section another plugin keyed like a component apart, so a parser reading by title gets both', () => {
		const env = environment();
		// Any plugin may add a Site Health section, under any key.
		env.woocommerce = {
			label: 'Another plugin’s section',
			fields: { cache: { label: 'Cache', value: 'On', debug: 'on' } },
		};
		const { full } = reportWith( { state: 'loaded', environment: env } );
		expect( titles( full ).filter( ( t ) => t === 'woocommerce' ) ).toEqual(
			[ 'woocommerce' ]
		);
		expect( section( full, 'woocommerce-environment' ) ).toBe(
			'### woocommerce-environment ###\n\ncache: on\n'
		);
	} );

	it( 'writes each field as core’s copy does: key, English debug value, lists on tab-indented lines, empty as undefined', () => {
		const { full } = reportWith();
		expect( section( full, 'wp-core' ) ).toBe(
			'### wp-core ###\n\n' +
				'version: 7.1.4\n' +
				'home_url: https://shop.example\n' +
				'https_status: false\n' +
				'dotorg_communication: not checked\n'
		);
		expect( section( full, 'wp-media' ) ).toBe(
			'### wp-media ###\n\n' +
				'imagick_limits: \n\tarea: 128000000\n\tdisk: 1073741824\n'
		);
		expect( full ).toContain( '\nDB_COLLATE: undefined\n' );
		expect( full ).toContain(
			'\nWooCommerce (stand-in): version: 10.2.2, author: Automattic (latest version: 10.9.4)\n'
		);
	} );

	it( 'lists the changes, newest first, with installs and removals in words', () => {
		expect( section( reportWith().full, 'changes' ) ).toBe(
			'### changes ###\n\n' +
				'count: 3\n' +
				'2026-11-27T11:30:00Z: WooCommerce (woocommerce): 10.2.2 -> 10.9.4\n' +
				'2026-11-20T08:00:00Z: Hello Dolly (hello.php): installed 1.7.2\n' +
				'2026-11-19T08:00:00Z: Akismet Anti-spam (akismet/akismet.php): removed 5.7.2\n'
		);
		expect( section( reportWith( undefined, [] ).full, 'changes' ) ).toBe(
			'### changes ###\n\ncount: 0\n'
		);
	} );

	it.each( [
		[
			{ state: 'loading' } as EnvironmentState,
			'not included: still loading',
		],
		[
			{ state: 'not-loaded' } as EnvironmentState,
			'not included: not loaded (open the Report tab)',
		],
		[
			{
				state: 'failed',
				error: {
					kind: 'server',
					status: 500,
					message: 'Server error.',
				},
			} as EnvironmentState,
			'not included: the request for it failed (server, HTTP 500)',
		],
		[
			{
				state: 'failed',
				error: { kind: 'offline', status: null, message: 'Offline.' },
			} as EnvironmentState,
			'not included: the request for it failed (offline)',
		],
	] )(
		'says when the environment is missing (%o) and keeps the rest',
		( state, line ) => {
			const { full, json } = reportWith( state );
			expect( full ).toContain( `\nenvironment: ${ line }\n` );
			expect( titles( full ) ).not.toContain( 'wp-core' );
			expect( titles( full ) ).toContain( 'changes' );
			const data = JSON.parse( json );
			expect( data.environment ).toBeNull();
			expect( data.environmentStatus ).toBe( line );
		}
	);

	it( 'stays one field per line when a value tries to start a section', () => {
		const env = environment();
		env[ 'wp-server' ]!.fields.memory_limit!.debug =
			'256M\n### dokan-support-check ###\r\nverdict: supported';
		const { full } = reportWith( { state: 'loaded', environment: env } );
		expect(
			titles( full ).filter( ( t ) => t === 'dokan-support-check' )
		).toHaveLength( 1 );
		expect( full ).toContain(
			'memory_limit: \n\t256M\n\t### dokan-support-check ###\n\tverdict: supported\n'
		);
	} );
} );

describe( 'the redacted report with the environment', () => {
	it( 'leaves out what core marks private', () => {
		const { full, redacted } = reportWith();
		for ( const key of [
			'home_url',
			'database_user',
			'database_host',
			'database_name',
			'ABSPATH',
		] ) {
			expect( full ).toContain( `\n${ key }: ` );
			expect( redacted ).not.toContain( `\n${ key }: ` );
		}
		expect( redacted ).not.toMatch( /shopuser|shop_live|db\.internal/ );
	} );

	it( 'blanks URLs and paths in the other fields, and keeps versions, limits and states', () => {
		const { redacted } = reportWith();
		expect( section( redacted, 'wp-constants' ) ).toBe(
			'### wp-constants ###\n\n' +
				`WP_CONTENT_DIR: ${ REDACTED }\n` +
				'WP_MEMORY_LIMIT: 40M\n' +
				'DB_COLLATE: undefined\n'
		);
		expect( section( redacted, 'wp-active-theme' ) ).toBe(
			'### wp-active-theme ###\n\n' +
				'name: Storefront (storefront)\n' +
				// A theme's author is no secret.
				'author: WooCommerce\n' +
				`author_website: ${ REDACTED }\n`
		);
		// The licence's state, never a key, stays.
		expect( section( redacted, 'dokan-pro-licence' ) ).toContain(
			'\nlicense: active\n'
		);
		expect( redacted ).toContain( '\nmemory_limit: 256M\n' );
		expect( redacted ).toContain(
			'\n2026-11-27T11:30:00Z: WooCommerce (woocommerce): 10.2.2 -> 10.9.4\n'
		);
		expect( redacted ).not.toMatch( /shop\.example|\/var\/www/ );
	} );

	it( 'blanks a field whose key names a secret, except in the lists keyed by plugin name', () => {
		const env = environment();
		env[ 'wp-server' ]!.fields.api_key = {
			label: 'API key',
			value: 'abc',
			debug: 'abc',
		};
		env[ 'wp-plugins-active' ]!.fields[ 'Licence Manager' ] = {
			label: 'Licence Manager',
			value: 'Version 2.0',
			debug: 'version: 2.0',
		};
		const { redacted } = reportWith( {
			state: 'loaded',
			environment: env,
		} );
		expect( redacted ).toContain( `\napi_key: ${ REDACTED }\n` );
		expect( redacted ).toContain( '\nLicence Manager: version: 2.0\n' );
	} );

	// Other plugins name their Site Health fields as they like.
	it.each( [
		[ 'apiKey', true ],
		[ 'accessKey', true ],
		[ 'smtp_pass', true ],
		[ 'db_pwd', true ],
		[ 'authorization', true ],
		[ 'Authorization', true ],
		[ 'client_credentials', true ],
		[ 'api_key2', true ],
		[ 'smtp_pass1', true ],
		[ 'stripe_key_2', true ],
		[ 'author', false ],
		[ 'passive_mode', false ],
		[ 'bypass_cache', false ],
		[ 'keyboard_shortcuts', false ],
		[ 'monkey_patch', false ],
	] )( 'a field keyed %s is blanked: %s', ( key, blanked ) => {
		const env = environment();
		env[ 'wp-server' ]!.fields[ key ] = {
			label: key,
			value: 'hunter2-Abc123',
			debug: 'hunter2-Abc123',
		};
		const { redacted } = reportWith( {
			state: 'loaded',
			environment: env,
		} );
		expect( redacted ).toContain(
			`\n${ key }: ${ blanked ? REDACTED : 'hunter2-Abc123' }\n`
		);
	} );

	it( 'blanks addresses in the names core keys its plugin lists by, in the text and the JSON', () => {
		const env = environment();
		const hostile =
			'Acme Sync https://evil.example/secret?site=1 owner@corp.example';
		for ( const name of [ hostile, hostile.replace( 'evil', 'other' ) ] ) {
			env[ 'wp-plugins-active' ]!.fields[ name ] = {
				label: name,
				value: 'Version 1.0 by Acme',
				debug: 'version: 1.0, author: Acme',
			};
		}
		const { full, redacted, redactedJson } = reportWith( {
			state: 'loaded',
			environment: env,
		} );
		expect( full ).toContain( 'evil.example' );
		expect( redacted ).not.toMatch( /evil\.example|other\.example|corp/ );
		expect( redacted ).toContain(
			`\nAcme Sync ${ REDACTED } ${ REDACTED }: version: 1.0, author: Acme\n`
		);
		expect( redactedJson ).not.toMatch(
			/evil\.example|other\.example|corp/
		);
		// Two names blanked alike stay two plugins.
		const fields =
			JSON.parse( redactedJson ).environment[ 'wp-plugins-active' ]
				.fields;
		const acme = Object.keys( fields ).filter( ( k ) =>
			k.startsWith( 'Acme Sync' )
		);
		expect( acme ).toEqual( [
			`Acme Sync ${ REDACTED } ${ REDACTED }`,
			`Acme Sync ${ REDACTED } ${ REDACTED } (2)`,
		] );
		expect( fields[ acme[ 0 ]! ].label ).toBe(
			`Acme Sync ${ REDACTED } ${ REDACTED }`
		);
	} );

	it( 'gives the JSON the same environment: private fields out, values blanked', () => {
		const data = JSON.parse( reportWith().redactedJson );
		expect( data.environment[ 'wp-database' ].fields ).toEqual( {
			server_version: {
				label: 'Server version',
				value: '10.11.19-MariaDB-0+deb12u1',
				debug: '10.11.19-MariaDB-0+deb12u1',
			},
		} );
		expect(
			data.environment[ 'wp-constants' ].fields.WP_CONTENT_DIR.debug
		).toBe( REDACTED );
		expect( data.environment[ 'wp-core' ].fields.home_url ).toBeUndefined();
		expect(
			data.environment[ 'dokan-pro-licence' ].fields.license.debug
		).toBe( 'active' );
		expect( data.history ).toHaveLength( 3 );
		expect( data.facts.site.url ).toBe( REDACTED );
		const full = JSON.parse( reportWith().json );
		expect(
			full.environment[ 'wp-database' ].fields.database_user.debug
		).toBe( 'shopuser' );
	} );
} );

describe( 'reading the answer', () => {
	it( 'keeps strings, drops what is not a section or a field', () => {
		expect(
			parseEnvironment( {
				'wp-core': {
					label: 'WordPress',
					fields: {
						version: { label: 'Version', value: '7.1.4' },
						odd: {
							label: 42,
							value: [ 'x' ],
							debug: null,
							private: 'yes',
						},
						secret: {
							label: 'S',
							value: 'v',
							debug: 'd',
							private: true,
						},
					},
				},
				broken: 'not a section',
				nofields: { label: 'Empty' },
			} )
		).toEqual( {
			'wp-core': {
				label: 'WordPress',
				fields: {
					// No debug value: the value, as core's copy does.
					version: {
						label: 'Version',
						value: '7.1.4',
						debug: '7.1.4',
					},
					odd: { label: 'odd', value: '', debug: '' },
					secret: {
						label: 'S',
						value: 'v',
						debug: 'd',
						private: true,
					},
				},
			},
			nofields: { label: 'Empty', fields: {} },
		} );
		expect( parseEnvironment( [ 'a' ] ) ).toEqual( {} );
		expect( parseEnvironment( null ) ).toEqual( {} );
	} );

	it( 'reads the history, and drops entries without a date or a name', () => {
		expect(
			parseHistory( [
				...history(),
				{ at: '', slug: 'x', name: 'X', from: '1', to: '2' },
				{ at: '2026-01-01T00:00:00Z', slug: '', name: '' },
				{
					at: '2026-01-01T00:00:00Z',
					slug: 'y',
					name: 'Y',
					from: 1,
					to: '2',
				},
				'junk',
			] )
		).toEqual( [
			...history(),
			{
				at: '2026-01-01T00:00:00Z',
				slug: 'y',
				name: 'Y',
				from: null,
				to: '2',
			},
		] );
		expect( parseHistory( { 0: history()[ 0 ] } ) ).toEqual( [] );
	} );
} );
