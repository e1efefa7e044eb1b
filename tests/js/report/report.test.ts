/**
 * The site report: Site Health's text format, the verdict first, every component, the
 * context; JSON that parses back; a redacted variant that hides what identifies the site.
 */

/**
 * Internal dependencies
 */
import {
	buildReport,
	redactText,
	reportFileName,
	REDACTED,
} from '../../../src/report';
import { defaultPolicy, evaluate } from '../../../src/support-window';
import { facts } from '../app/fixtures';

const NOW = '2026-11-28T09:30:00.000Z';

function reportFor( siteFacts = facts() ) {
	return buildReport( {
		facts: siteFacts,
		verdict: evaluate( siteFacts, defaultPolicy ),
		policy: defaultPolicy,
		now: NOW,
	} );
}

/**
 * Reads a Site Health style text back into sections of key/value pairs.
 *
 * @param text Report text.
 * @return Sections by title.
 */
function parse( text: string ): Record< string, Record< string, string > > {
	const sections: Record< string, Record< string, string > > = {};
	let current: Record< string, string > = {};
	for ( const line of text.split( '\n' ) ) {
		const header = /^### (.+) ###$/.exec( line );
		if ( header?.[ 1 ] ) {
			current = {};
			sections[ header[ 1 ] ] = current;
		} else if ( line !== '' ) {
			const at = line.indexOf( ': ' );
			current[ line.slice( 0, at ) ] = line.slice( at + 2 );
		}
	}
	return sections;
}

describe( 'the text report', () => {
	it( 'starts with the verdict, then every component, then the context', () => {
		const { full } = reportFor();
		expect(
			full.startsWith(
				'### dokan-support-check ###\n\nverdict: outside\n'
			)
		).toBe( true );
		const titles = [ ...full.matchAll( /^### (.+) ###$/gm ) ].map(
			( m ) => m[ 1 ]
		);
		expect( titles ).toEqual( [
			'dokan-support-check',
			'wordpress',
			'woocommerce',
			'dokan-lite',
			'dokan-pro',
			'context',
		] );
	} );

	it( 'says "unknown" of a latest or oldest supported version it does not know, not "none"', () => {
		const noData = facts( {}, '2026-11-27T12:00:00Z' );
		noData.components = noData.components.map( ( c ) => ( {
			...c,
			latest: null,
			releases: null,
			checkedAt: null,
		} ) );
		const sections = parse( reportFor( noData ).full );
		expect( sections.woocommerce ).toMatchObject( {
			installed: '10.2.2',
			latest: 'unknown',
			'oldest supported': 'unknown',
			checked: 'unknown',
		} );
	} );

	it( 'gives each component its versions, status, rule and fix as key: value lines', () => {
		const sections = parse( reportFor().full );
		expect( sections.woocommerce ).toMatchObject( {
			name: 'WooCommerce',
			status: 'outside',
			installed: '10.2.2',
			latest: '10.9.4',
			'oldest supported': '10.9.4',
			rule: 'W1',
			fix: 'update to 10.9.4 (plugins.php)',
			source: 'wordpress.org',
		} );
		expect( sections[ 'dokan-lite' ] ).toMatchObject( {
			status: 'in-window',
			'oldest supported': '4.1.0',
			'releases behind': '2',
			basis: 'release-list',
			rule: 'W2',
		} );
		expect( sections.context ).toEqual( {
			'site url': 'https://shop.example',
			multisite: 'false',
			locale: 'en_US',
			php: '8.2.36',
			database: 'MariaDB 10.11.19',
			theme: 'Storefront 4.6.1',
		} );
		expect( sections[ 'dokan-support-check' ] ).toMatchObject( {
			'facts generated': '2026-11-27T12:00:00Z',
			'report generated': NOW,
		} );
	} );

	it( 'keeps one value per line even when a message spans lines', () => {
		const f = facts();
		f.components[ 1 ]!.error = 'first line\nsecond line';
		const sections = parse( reportFor( f ).full );
		expect( sections.woocommerce![ 'detection error' ] ).toBe(
			'first line second line'
		);
	} );

	it( 'says when the site has not been checked yet', () => {
		const { full } = buildReport( {
			facts: null,
			verdict: null,
			policy: defaultPolicy,
			now: NOW,
		} );
		expect( parse( full )[ 'dokan-support-check' ] ).toMatchObject( {
			verdict: 'unknown',
			'facts generated': 'none',
			note: 'The site check has not run yet.',
		} );
	} );
} );

describe( 'the JSON report', () => {
	it( 'parses back to the verdict and the facts', () => {
		const data = JSON.parse( reportFor().json );
		expect( data.report ).toBe( 'dokan-support-check' );
		expect( data.verdict.overall ).toBe( 'outside' );
		expect( data.facts.site.url ).toBe( 'https://shop.example' );
		expect( data.generatedAt ).toBe( NOW );
	} );

	it( 'has a redacted variant without the site address', () => {
		const data = JSON.parse( reportFor().redactedJson );
		expect( data.facts.site.url ).toBe( REDACTED );
		expect( data.facts.components[ 1 ].installed ).toBe( '10.2.2' );
		expect( reportFor().redactedJson ).not.toContain( 'shop.example' );
	} );
} );

describe( 'redaction', () => {
	it( 'blanks the site URL but keeps versions, statuses and dates', () => {
		const f = facts();
		f.components[ 2 ]!.error =
			'Could not write /var/www/shop/wp-content/uploads/x.log for admin@shop.example via https://api.example/v1?key=1';
		const { redacted } = reportFor( f );
		const sections = parse( redacted );
		expect( sections.context![ 'site url' ] ).toBe( REDACTED );
		expect( sections.woocommerce ).toMatchObject( {
			installed: '10.2.2',
			latest: '10.9.4',
			status: 'outside',
			checked: '2026-11-27T11:58:00Z',
		} );
		expect( sections[ 'dokan-lite' ]![ 'detection error' ] ).toBe(
			`Could not write ${ REDACTED } for ${ REDACTED } via ${ REDACTED }`
		);
		expect( redacted ).not.toMatch( /shop\.example|\/var\/www|admin@/ );
	} );

	it.each( [
		[
			'a URL',
			'see https://shop.example/wp-admin/ now',
			`see ${ REDACTED } now`,
		],
		[
			'a bare www host',
			'at www.shop.example today',
			`at ${ REDACTED } today`,
		],
		[
			'an e-mail address',
			'from jane.doe+shop@mail.example.org.',
			`from ${ REDACTED }.`,
		],
		[
			'a POSIX path',
			'in /home/jane/public_html/wp-config.php',
			`in ${ REDACTED }`,
		],
		[ 'a Windows path', 'in C:\\inetpub\\wwwroot\\wp', `in ${ REDACTED }` ],
		[
			'a POSIX path with spaces in its folders (the Local app’s sites)',
			'in /Users/jane/Local Sites/acme-shop/app/public and more',
			`in ${ REDACTED } and more`,
		],
		[
			'a Windows path with spaces in its folders',
			'in C:\\Users\\Jane Doe\\Local Sites\\acme-shop\\app ok',
			`in ${ REDACTED } ok`,
		],
		[
			'a grouped licence key',
			'key ABCD-1234-EFGH-5678 ok',
			`key ${ REDACTED } ok`,
		],
		[
			'a UUID licence',
			'licence 3f2b9c1e-7d4a-4c2e-9b1f-0a2b3c4d5e6f',
			`licence ${ REDACTED }`,
		],
		[
			'a long hex key',
			'token a3f9c2e18b7d4e6f9a0b1c2d3e4f5a6b',
			`token ${ REDACTED }`,
		],
	] )( 'blanks %s', ( _what, input, expected ) => {
		expect( redactText( input ) ).toBe( expected );
	} );

	it.each( [
		'WooCommerce 10.2.2 is 7 releases behind 10.9.4 (W1/W2).',
		'Dokan 4.1.0-beta.1 on 2026-11-27T12:00:00Z',
		'release-list dokan-support-check woocommerce-product-bundles',
		'and/or n/a',
	] )( 'leaves ordinary text alone: %s', ( input ) => {
		expect( redactText( input ) ).toBe( input );
	} );

	it( 'blanks extra strings such as the site host anywhere', () => {
		expect(
			redactText( 'host shop.example failed', [ 'shop.example' ] )
		).toBe( `host ${ REDACTED } failed` );
	} );
} );

describe( 'file names', () => {
	it( 'are dated and say when the content is redacted', () => {
		expect( reportFileName( NOW, false, 'txt' ) ).toBe(
			'dokan-support-check-2026-11-28.txt'
		);
		expect( reportFileName( NOW, true, 'json' ) ).toBe(
			'dokan-support-check-2026-11-28-redacted.json'
		);
	} );
} );
