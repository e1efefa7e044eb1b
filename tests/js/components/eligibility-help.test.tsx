/**
 * Where help is for a site premium support does not cover (E1, C1): the places
 * come from PHP's vendor links (php/Vendor_Links.php), and a place without a
 * URL is named, never linked to a made-up one.
 */

/**
 * External dependencies
 */
import { render, screen, within } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { EligibilityHelp } from '../../../src/components/eligibility-help';
import type { VendorLinks } from '../../../src/types';

const PLUGINS_URL = 'https://shop.example/wp-admin/network/plugins.php';

const links: VendorLinks = {
	helpdesk: 'https://help.example/ticket',
	contact: 'https://vendor.example/contact',
	liveChat: 'https://vendor.example/chat',
	documentation: 'https://vendor.example/docs',
	updateGuide: 'https://vendor.example/docs/update',
	weCare: null,
	weLab: null,
	wordpressForums: 'https://wordpress.org/support/forums/',
	woocommerceForums: 'https://wordpress.org/support/plugin/woocommerce/',
	dokanForum: 'https://forum.example/dokan-lite/',
	buyPro: 'https://vendor.example/pricing/',
};

function list() {
	return within( screen.getByRole( 'list' ) );
}

describe( 'EligibilityHelp', () => {
	it( 'sends questions before buying to the contact page when the live chat has no address of its own (H1)', () => {
		render(
			<EligibilityHelp
				names="Dokan Pro"
				inactive={ false }
				links={ { ...links, liveChat: links.contact } }
				pluginsUrl={ PLUGINS_URL }
			/>
		);
		expect(
			list().getByText( /No address opens the live chat directly/ )
		).toBeInTheDocument();
		expect(
			list().getByRole( 'link', { name: /Dokan’s contact page/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/contact' );
		expect(
			list().queryByRole( 'link', { name: /live chat/ } )
		).not.toBeInTheDocument();
	} );

	it( 'links the free forum, the shop and the live chat PHP names', () => {
		render(
			<EligibilityHelp
				names="Dokan Pro"
				inactive={ false }
				links={ links }
				pluginsUrl={ PLUGINS_URL }
			/>
		);
		expect(
			list().getByRole( 'link', {
				name: /the Dokan forum on WordPress\.org/,
			} )
		).toHaveAttribute( 'href', 'https://forum.example/dokan-lite/' );
		expect(
			list().getByRole( 'link', { name: /Dokan Pro on dokan\.co/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/pricing/' );
		expect(
			list().getByRole( 'link', { name: /Dokan’s live chat/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/chat' );
		// Nothing to activate: Dokan Pro is not installed.
		expect(
			list().queryByRole( 'link', { name: /^Activate/ } )
		).toBeNull();
	} );

	it( 'puts activating Dokan Pro first when it is installed but not active, on the Plugins screen it is given', () => {
		render(
			<EligibilityHelp
				names="Dokan Pro"
				inactive
				links={ links }
				pluginsUrl={ PLUGINS_URL }
			/>
		);
		const items = list().getAllByRole( 'listitem' );
		expect(
			within( items[ 0 ]! ).getByRole( 'link', {
				name: 'Activate Dokan Pro',
			} )
		).toHaveAttribute( 'href', PLUGINS_URL );
		expect( items ).toHaveLength( 4 );
	} );

	it( 'names a place a filter left without a URL, and links nothing made up', () => {
		render(
			<EligibilityHelp
				names="Dokan Pro"
				inactive={ false }
				links={ { ...links, dokanForum: null, buyPro: null } }
				pluginsUrl={ PLUGINS_URL }
			/>
		);
		const [ forum, shop ] = list().getAllByRole( 'listitem' );
		expect( forum ).toHaveTextContent(
			'Using the free Dokan Lite? Its support is the community forum: the Dokan forum on WordPress.org'
		);
		expect( within( forum! ).queryByRole( 'link' ) ).toBeNull();
		expect( shop ).toHaveTextContent(
			'Premium support comes with Dokan Pro, bought on dokan.co (E2): Dokan Pro on dokan.co'
		);
		expect( within( shop! ).queryByRole( 'link' ) ).toBeNull();
		// The live chat still has its URL.
		expect(
			list().getByRole( 'link', { name: /Dokan’s live chat/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/chat' );
	} );

	it( 'names the contact page without a link when a filter removed its URL (H1)', () => {
		render(
			<EligibilityHelp
				names="Dokan Pro"
				inactive={ false }
				links={ { ...links, contact: null, liveChat: null } }
				pluginsUrl={ PLUGINS_URL }
			/>
		);
		const presale = list()
			.getAllByRole( 'listitem' )
			.find( ( item ) => /\(H1\)/.test( item.textContent ?? '' ) )!;
		expect( presale ).toHaveTextContent( /Dokan’s contact page$/ );
		// An <a> without href has no link role: look for the element itself.
		expect( presale.querySelector( 'a' ) ).toBeNull();
	} );

	it( 'without the vendor links at all, still names where help is', () => {
		render(
			<EligibilityHelp
				names="Dokan Pro"
				inactive={ false }
				pluginsUrl={ PLUGINS_URL }
			/>
		);
		expect( list().getAllByRole( 'listitem' ) ).toHaveLength( 2 );
		expect( list().queryAllByRole( 'link' ) ).toEqual( [] );
		expect(
			list().getByText( /the Dokan forum on WordPress\.org/ )
		).toBeInTheDocument();
	} );
} );
