/**
 * Odd and hostile facts: names and versions holding markup, release lists of the wrong
 * types or of 10,000 entries. The engine decides without throwing (and never claims
 * "supported" on versions it cannot read), the report keeps every string as literal
 * text (JSON parses back to the very same strings), and the badge writes text, never
 * markup.
 */

/**
 * Internal dependencies
 */
import { buildReport } from '../../../src/report';
import { paint } from '../../../src/badge';
import { badgeState } from '../../../src/badge/state';
import { parseSiteFacts } from '../../../src/site-facts';
import { defaultPolicy, evaluate } from '../../../src/support-window';
import type { SiteFacts } from '../../../src/support-window';
import { facts } from '../app/fixtures';

const NOW = '2026-11-28T09:30:00.000Z';

const NAME = 'Woo <img src=x onerror=alert(1)> &lt;script&gt; " onclick="x';
const VERSION = '10.2.2" onmouseover="alert(3)" x="';
const ENTITY_VERSION = '4.1.0 &lt;script&gt;alert(6)&lt;/script&gt;';

function hostileFacts(): SiteFacts {
	const base = facts();
	return {
		...base,
		site: {
			...base.site,
			url: 'javascript:alert(1)//<svg onload=alert(2)>',
			theme: { name: '<script>alert(5)</script>', version: '1.0"><b>' },
		},
		components: base.components.map( ( component ) => {
			if ( component.slug === 'woocommerce' ) {
				return { ...component, name: NAME, installed: VERSION };
			}
			if ( component.slug === 'dokan-lite' ) {
				return { ...component, installed: ENTITY_VERSION };
			}
			return component;
		} ),
	};
}

// As on the page: what arrives is read by parseSiteFacts() first.
function reportFor( raw: SiteFacts ) {
	const siteFacts = parseSiteFacts( raw )!;
	const verdict = evaluate( siteFacts, defaultPolicy );
	return {
		verdict,
		report: buildReport( {
			facts: siteFacts,
			verdict,
			policy: defaultPolicy,
			now: NOW,
		} ),
	};
}

describe( 'hostile names and versions', () => {
	it( 'are unreadable versions to the engine: unknown, never supported', () => {
		const { verdict } = reportFor( hostileFacts() );
		const woo = verdict.components.find(
			( c ) => c.slug === 'woocommerce'
		);
		const lite = verdict.components.find(
			( c ) => c.slug === 'dokan-lite'
		);
		expect( woo?.status ).toBe( 'unknown' );
		expect( lite?.status ).toBe( 'unknown' );
		expect( verdict.overall ).not.toBe( 'supported' );
	} );

	it( 'stay literal in the text report and parse back unchanged from the JSON', () => {
		const { report } = reportFor( hostileFacts() );
		expect( report.full ).toContain( `name: ${ NAME }` );
		expect( report.full ).toContain( `installed: ${ VERSION }` );
		expect( report.full ).toContain( ENTITY_VERSION );
		expect( report.full ).toContain( '<script>alert(5)</script>' );
		const data = JSON.parse( report.json );
		const woo = data.facts.components.find(
			( c: { slug: string } ) => c.slug === 'woocommerce'
		);
		expect( woo.name ).toBe( NAME );
		expect( woo.installed ).toBe( VERSION );
		expect( data.facts.site.theme.name ).toBe(
			'<script>alert(5)</script>'
		);
	} );

	it( 'hide the hostile site address in the redacted report', () => {
		const { report } = reportFor( hostileFacts() );
		expect( report.redacted ).not.toContain( 'javascript:alert(1)' );
		expect( report.redactedJson ).not.toContain( 'javascript:alert(1)' );
		expect( () => JSON.parse( report.redactedJson ) ).not.toThrow();
	} );

	it( 'reach the badge as text, never as markup', () => {
		document.body.innerHTML =
			'<div id="root"><span data-dsc-badge><span class="dsc-badge__icon dashicons-editor-help"></span><span class="dsc-badge__text"></span></span><p class="dsc-badge__detail"></p></div>';
		const siteFacts = hostileFacts();
		const state = badgeState(
			siteFacts,
			defaultPolicy,
			Date.parse( siteFacts.generatedAt )
		);
		paint( document, state );
		const root = document.getElementById( 'root' )!;
		expect( root.querySelectorAll( 'img, script, svg, b' ) ).toHaveLength(
			0
		);
		expect(
			root
				.querySelector( '[data-support-status]' )
				?.getAttribute( 'data-support-status' )
		).toMatch( /^(supported|outside|unknown)$/ );
		expect( root.querySelector( '.dsc-badge__detail' )?.textContent ).toBe(
			state.detail
		);
	} );
} );

describe( 'odd release lists', () => {
	function withLiteReleases( releases: unknown ): SiteFacts {
		const base = facts();
		return {
			...base,
			components: base.components.map( ( component ) =>
				component.slug === 'dokan-lite'
					? {
							...component,
							releases: releases as string[] | null,
						}
					: component
			),
		};
	}

	it( 'decides with a list of 10,000 releases', () => {
		const many: string[] = [ '4.1.2', '4.1.1' ];
		for ( let i = 0; i < 10_000; i++ ) {
			many.push( `3.${ Math.floor( i / 100 ) }.${ i % 100 }` );
		}
		const { verdict, report } = reportFor( withLiteReleases( many ) );
		const lite = verdict.components.find(
			( c ) => c.slug === 'dokan-lite'
		);
		expect( lite?.status ).toBe( 'in-window' );
		expect( lite?.basis ).toBe( 'release-list' );
		expect( report.full ).toContain( '### dokan-lite ###' );
	} );

	it.each( [
		[ 'numbers and objects', [ 4.12, { v: '4.1.1' }, null, [ '4.1.0' ] ] ],
		[ 'a string', '4.1.2, 4.1.1' ],
		[ 'an object', { '4.1.2': 'url' } ],
		[ 'markup', [ '<script>alert(1)</script>', '4.1.2' ] ],
	] )(
		'do not throw with releases of the wrong type (%s)',
		( _label, releases ) => {
			const { verdict, report } = reportFor(
				withLiteReleases( releases )
			);
			const lite = verdict.components.find(
				( c ) => c.slug === 'dokan-lite'
			);
			expect( [ 'latest', 'in-window', 'outside', 'unknown' ] ).toContain(
				lite?.status
			);
			expect( () => JSON.parse( report.json ) ).not.toThrow();
		}
	);
} );
