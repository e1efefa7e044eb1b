/**
 * The badge: the engine's verdict on the cached facts, in words and an icon, written into
 * whatever badge elements PHP printed; stale facts are called stale, never refreshed.
 */

/**
 * Internal dependencies
 */
import { badgeState } from '../../../src/badge/state';
import { defaultPolicy } from '../../../src/support-window';
import {
	allLatest,
	facts,
	noUpdateData,
	withChanges,
	withoutPro,
} from '../app/fixtures';

const NOW = Date.parse( '2026-11-27T13:00:00Z' );

function printBadges(): void {
	// What php/Badge.php prints: the admin-bar node's title and the widget body.
	document.body.innerHTML = `
		<a href="/wp-admin/tools.php?page=dokan-support-check"><span class="dsc-badge" data-dsc-badge><span class="ab-icon dsc-badge__icon dashicons-editor-help" aria-hidden="true"></span><span class="ab-label dsc-badge__text">Dokan support</span></span></a>
		<div class="dsc-badge-widget"><p class="dsc-badge" data-dsc-badge><span class="dashicons dsc-badge__icon dashicons-editor-help" aria-hidden="true"></span><span class="dsc-badge__text">Dokan support</span></p><p class="dsc-badge__detail"></p></div>`;
}

describe( 'badgeState', () => {
	it.each( [
		[
			'every component inside',
			allLatest(),
			'supported',
			'Dokan support: Supported',
		],
		[
			'an old WooCommerce',
			facts(),
			'outside',
			'Dokan support: Outside the supported window',
		],
		[
			'no update data',
			noUpdateData(),
			'unknown',
			'Dokan support: Can’t tell',
		],
	] )( '%s', ( _what, siteFacts, status, label ) => {
		const state = badgeState( siteFacts, defaultPolicy, NOW );
		expect( state.status ).toBe( status );
		expect( state.label ).toBe( label );
		expect( state.label ).not.toContain( 'stale' );
	} );

	it( 'says calmly that Dokan Pro is not in use, and where free help is (E1)', () => {
		const state = badgeState( withoutPro(), defaultPolicy, NOW );
		expect( state.status ).toBe( 'not-eligible' );
		expect( state.label ).toBe( 'Dokan support: Dokan Pro not in use' );
		expect( state.detail ).toBe(
			'Premium support is for sites running Dokan Pro (E1); Dokan Lite users get free help on the WordPress.org forum.'
		);
	} );

	it( 'is not eligible either with Dokan Pro installed but not active', () => {
		const inactive = withChanges( { 'dokan-pro': { active: false } } );
		expect( badgeState( inactive, defaultPolicy, NOW ).status ).toBe(
			'not-eligible'
		);
	} );

	it( 'names what to install or activate when a required plugin does not run (W1)', () => {
		const state = badgeState(
			withChanges( {
				woocommerce: { installed: null },
				'dokan-lite': { active: false },
			} ),
			defaultPolicy,
			NOW
		);
		expect( state.status ).toBe( 'outside' );
		expect( state.detail ).toBe(
			'Install or activate to get support: WooCommerce, Dokan.'
		);
	} );

	it( 'reads whatever PHP printed: no list of components is "not checked yet"', () => {
		for ( const printed of [ null, 'facts', { components: 'none' } ] ) {
			expect( badgeState( printed, defaultPolicy, NOW ).label ).toBe(
				'Dokan support: not checked yet'
			);
		}
	} );

	it( 'names what to update when outside', () => {
		expect(
			badgeState( facts( { wordpress: '6.8.12' } ), defaultPolicy, NOW )
				.detail
		).toBe( 'Update to get support: WordPress, WooCommerce.' );
	} );

	it( 'says "not checked yet" without facts, never supported', () => {
		const state = badgeState( null, defaultPolicy, NOW );
		expect( state.status ).toBe( 'unknown' );
		expect( state.label ).toBe( 'Dokan support: not checked yet' );
	} );

	it( 'calls facts stale when no latest version was checked in 12 hours', () => {
		// As PHP keeps them: assembled a moment ago, from answers learnt earlier.
		const checkedAt = ( time: string ) => {
			const old = allLatest();
			old.generatedAt = '2026-11-27T12:59:00Z';
			old.components.forEach( ( c ) => ( c.checkedAt = time ) );
			return old;
		};
		const state = badgeState(
			checkedAt( '2026-11-27T00:59:00Z' ),
			defaultPolicy,
			NOW
		);
		expect( state.label ).toBe( 'Dokan support: Supported (stale)' );
		expect( state.detail ).toMatch( /more than 12 hours old/ );
		expect(
			badgeState(
				checkedAt( '2026-11-27T01:01:00Z' ),
				defaultPolicy,
				NOW
			).label
		).toBe( 'Dokan support: Supported' );
	} );

	it( 'goes by the newest check of a latest version, and says nothing of facts with none', () => {
		const mixed = allLatest();
		mixed.components.forEach(
			( c, i ) =>
				( c.checkedAt =
					i === 0 ? '2026-11-27T12:00:00Z' : '2026-11-20T12:00:00Z' )
		);
		expect( badgeState( mixed, defaultPolicy, NOW ).label ).toBe(
			'Dokan support: Supported'
		);

		const none = allLatest();
		none.generatedAt = '2026-11-01T00:00:00Z';
		none.components.forEach( ( c ) => ( c.checkedAt = null ) );
		expect( badgeState( none, defaultPolicy, NOW ).label ).not.toContain(
			'stale'
		);
	} );
} );

describe( 'the badge bundle', () => {
	afterEach( () => {
		delete window.dokanSupportCheckBadge;
		jest.resetModules();
	} );

	it( 'fills every printed badge from the inline data, and follows a new check', () => {
		printBadges();
		window.dokanSupportCheckBadge = { facts: facts(), policy: null };
		jest.isolateModules( () => {
			require( '../../../src/badge' );
		} );

		const badges = document.querySelectorAll( '[data-dsc-badge]' );
		expect( badges ).toHaveLength( 2 );
		badges.forEach( ( badge ) => {
			expect( badge ).toHaveAttribute( 'data-support-status', 'outside' );
			expect( badge ).toHaveTextContent(
				'Dokan support: Outside the supported window'
			);
			// What hovering says where the admin bar hides the words: the words.
			expect( badge.getAttribute( 'title' ) ).toMatch(
				/^Dokan support: Outside the supported window/
			);
			expect( badge.getAttribute( 'title' ) ).toBe(
				badge.querySelector( '.dsc-badge__text' )!.textContent
			);
			const icon = badge.querySelector( '.dsc-badge__icon' )!;
			expect( icon ).toHaveClass( 'dashicons-warning' );
			expect( icon ).not.toHaveClass( 'dashicons-editor-help' );
		} );
		expect(
			document.querySelector( '.dsc-badge__detail' )
		).toHaveTextContent( 'Update to get support: WooCommerce.' );

		window.dispatchEvent(
			new CustomEvent( 'dokan-support-check:facts', {
				detail: allLatest(),
			} )
		);
		badges.forEach( ( badge ) => {
			expect( badge ).toHaveAttribute(
				'data-support-status',
				'supported'
			);
			expect( badge.getAttribute( 'title' ) ).toMatch(
				/^Dokan support: Supported/
			);
		} );
	} );

	it( 'uses the policy it is given', () => {
		printBadges();
		window.dokanSupportCheckBadge = {
			facts: facts(),
			// Another vendor's policy: WooCommerce may be far behind.
			policy: {
				vendor: 'Other',
				components: {
					wordpress: { releasesBehind: 0 },
					woocommerce: { releasesBehind: 5 },
					'dokan-lite': { releasesBehind: 2 },
					'dokan-pro': { releasesBehind: 2 },
				},
			},
		};
		jest.isolateModules( () => {
			require( '../../../src/badge' );
		} );
		expect( document.querySelector( '[data-dsc-badge]' ) ).toHaveAttribute(
			'data-support-status',
			'supported'
		);
	} );

	it( 'marks a site that premium support does not cover, with a calm icon', () => {
		printBadges();
		window.dokanSupportCheckBadge = {
			facts: withoutPro(),
			policy: defaultPolicy,
		};
		jest.isolateModules( () => {
			require( '../../../src/badge' );
		} );
		const badge = document.querySelector( '[data-dsc-badge]' )!;
		expect( badge ).toHaveAttribute(
			'data-support-status',
			'not-eligible'
		);
		expect( badge ).toHaveTextContent(
			'Dokan support: Dokan Pro not in use'
		);
		expect( badge.querySelector( '.dsc-badge__icon' ) ).toHaveClass(
			'dashicons-info-outline'
		);
	} );
} );
