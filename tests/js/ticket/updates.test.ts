/**
 * The updates listed before an outside-the-window ticket come from the
 * verdict, never from a second decision.
 */
import { neededUpdates } from '../../../src/ticket/updates';
import type {
	ComponentVerdict,
	SupportVerdict,
} from '../../../src/support-window';

const screens = {
	updateCoreUrl: 'http://site.test/wp-admin/update-core.php',
	pluginsUrl: 'http://site.test/wp-admin/plugins.php',
};

function component( over: Partial< ComponentVerdict > ): ComponentVerdict {
	return {
		slug: 'dokan-lite',
		name: 'Dokan',
		status: 'latest',
		installed: '4.1.2',
		latest: '4.1.2',
		oldestSupported: '4.1.0',
		basis: 'release-list',
		rule: 'W2',
		reason: 'Dokan 4.1.2 is the latest (W2).',
		fix: null,
		releasesBehind: 0,
		...over,
	};
}

describe( 'neededUpdates', () => {
	it( 'lists only outside components, each with its update screen', () => {
		const verdict: SupportVerdict = {
			overall: 'outside',
			components: [
				component( {} ),
				component( {
					slug: 'woocommerce',
					name: 'WooCommerce',
					status: 'outside',
					installed: '9.0.0',
					latest: '10.4.0',
					reason: 'WooCommerce must be the latest (W1).',
					fix: {
						action: 'update',
						updateTo: '10.4.0',
						screen: 'plugins.php',
					},
				} ),
				component( {
					slug: 'wordpress',
					name: 'WordPress',
					status: 'outside',
					installed: '6.7',
					fix: {
						action: 'update',
						updateTo: '6.8.1',
						screen: 'update-core.php',
					},
				} ),
				component( {
					slug: 'dokan-pro',
					name: 'Dokan Pro',
					status: 'outside',
					installed: '4.2.0-beta.1',
					fix: { action: 'update', updateTo: null, screen: null },
				} ),
			],
		};
		expect( neededUpdates( verdict, screens ) ).toEqual( [
			{
				slug: 'woocommerce',
				name: 'WooCommerce',
				action: 'update',
				url: screens.pluginsUrl,
				reason: 'WooCommerce must be the latest (W1).',
			},
			expect.objectContaining( {
				slug: 'wordpress',
				url: screens.updateCoreUrl,
			} ),
			expect.objectContaining( {
				slug: 'dokan-pro',
				url: null,
			} ),
		] );
	} );

	it( 'is empty when nothing is outside', () => {
		expect(
			neededUpdates(
				{ overall: 'supported', components: [ component( {} ) ] },
				screens
			)
		).toEqual( [] );
	} );

	it( 'adds the required plugins to install or activate (W1), each on its screen', () => {
		const verdict: SupportVerdict = {
			overall: 'outside',
			components: [
				component( {
					slug: 'woocommerce',
					name: 'WooCommerce',
					status: 'not-installed',
					installed: null,
					rule: 'W1',
					fix: {
						action: 'install',
						updateTo: null,
						screen: 'plugin-install.php',
					},
				} ),
				component( {
					status: 'inactive',
					rule: 'W1',
					fix: {
						action: 'activate',
						updateTo: null,
						screen: 'plugins.php',
					},
				} ),
				// Not installed, but nothing requires it: nothing to do.
				component( {
					slug: 'dokan-pro',
					status: 'not-installed',
					rule: null,
				} ),
			],
		};
		expect(
			neededUpdates( verdict, {
				...screens,
				pluginInstallUrl:
					'http://site.test/wp-admin/plugin-install.php',
			} )
		).toEqual( [
			expect.objectContaining( {
				slug: 'woocommerce',
				action: 'install',
				url: 'http://site.test/wp-admin/plugin-install.php?s=WooCommerce&tab=search&type=term',
			} ),
			expect.objectContaining( {
				slug: 'dokan-lite',
				action: 'activate',
				url: screens.pluginsUrl,
			} ),
		] );
	} );
} );
