/**
 * The request types table: covered types go to the helpdesk (C2-C4); every
 * other one stops the flow and names where help is (N1-N8, K1-K2, H1).
 */
import {
	destinationLink,
	requestTypeById,
	requestTypes,
} from '../../../src/ticket/request-types';
import type { VendorLinks } from '../../../src/types';

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
	dokanForum: 'https://wordpress.org/support/plugin/dokan-lite/',
	buyPro: 'https://dokan.co/wordpress/pricing/',
};

describe( 'requestTypes', () => {
	const types = requestTypes();

	it( 'has unique ids, labels and explanations', () => {
		expect( new Set( types.map( ( t ) => t.id ) ).size ).toBe(
			types.length
		);
		for ( const type of types ) {
			expect( type.label ).not.toBe( '' );
			expect( type.explanation ).not.toBe( '' );
			expect( type.rules.length ).toBeGreaterThan( 0 );
		}
	} );

	it( 'covers exactly installation, usage and bugs (C2-C4), through the helpdesk', () => {
		const covered = types.filter( ( t ) => t.covered );
		expect( covered.map( ( t ) => [ t.id, t.rules[ 0 ] ] ) ).toEqual( [
			[ 'installation', 'C2' ],
			[ 'usage', 'C3' ],
			[ 'bug', 'C4' ],
		] );
		expect( covered.every( ( t ) => t.destination === 'helpdesk' ) ).toBe(
			true
		);
	} );

	it( 'has a not-covered type for each N rule, none going to the helpdesk', () => {
		const notCovered = types.filter( ( t ) => ! t.covered );
		const rules = new Set( notCovered.flatMap( ( t ) => t.rules ) );
		for ( const rule of [
			'N1',
			'N2',
			'N3',
			'N4',
			'N5',
			'N6',
			'N7',
			'N8',
			'K1',
			'K2',
			'H1',
		] ) {
			expect( rules ).toContain( rule );
		}
		expect( notCovered.some( ( t ) => t.destination === 'helpdesk' ) ).toBe(
			false
		);
	} );

	it( 'cites its rules in each explanation', () => {
		for ( const type of types ) {
			expect( type.explanation ).toContain( type.rules[ 0 ] );
		}
	} );

	it.each( [
		[ 'pre-sale', 'live-chat' ],
		[ 'customisation', 'welab-or-developer' ],
		[ 'seo', 'seo-expert' ],
		[ 'wordpress', 'wordpress-forums' ],
		[ 'woocommerce', 'woocommerce-forums' ],
		[ 'nulled', 'genuine-copy' ],
		[ 'excluded-content', 'none' ],
	] )( '%s goes to %s', ( id, destination ) => {
		expect( requestTypeById( id )?.destination ).toBe( destination );
	} );

	it( 'finds nothing for an unknown id', () => {
		expect( requestTypeById( 'teleportation' ) ).toBeUndefined();
	} );
} );

describe( 'destinationLink', () => {
	it( 'links the forums, live chat and helpdesk from the vendor links', () => {
		expect( destinationLink( 'wordpress-forums', links )?.url ).toBe(
			links.wordpressForums
		);
		expect( destinationLink( 'woocommerce-forums', links )?.url ).toBe(
			links.woocommerceForums
		);
		expect( destinationLink( 'live-chat', links )?.url ).toBe(
			links.liveChat
		);
		expect( destinationLink( 'helpdesk', links )?.url ).toBe(
			links.helpdesk
		);
	} );

	it( 'names weLab and weCare and falls back to the contact page when they have no URL', () => {
		expect( destinationLink( 'welab-or-developer', links ) ).toEqual( {
			name: expect.stringContaining( 'weLab' ),
			url: links.contact,
			viaContact: true,
		} );
		expect( destinationLink( 'wecare', links ) ).toEqual( {
			name: expect.stringContaining( 'weCare' ),
			url: links.contact,
			viaContact: true,
		} );
	} );

	it( 'sends pre-sale questions to the contact page, and says so, when the live chat is the contact page (H1)', () => {
		const noChat = { ...links, liveChat: links.contact };
		expect( destinationLink( 'live-chat', noChat ) ).toEqual( {
			name: expect.stringContaining( 'live chat' ),
			url: links.contact,
			viaContact: true,
		} );
	} );

	it( 'uses weLab’s own URL once one is known', () => {
		const withWeLab = { ...links, weLab: 'https://vendor.example/welab' };
		expect( destinationLink( 'welab-or-developer', withWeLab ) ).toEqual( {
			name: expect.stringContaining( 'weLab' ),
			url: 'https://vendor.example/welab',
			viaContact: false,
		} );
	} );

	it( 'names people with no URL, and nothing for `none`', () => {
		expect( destinationLink( 'seo-expert', links ) ).toEqual( {
			name: 'an SEO expert',
			url: null,
			viaContact: false,
		} );
		expect( destinationLink( 'none', links ) ).toBeNull();
	} );
} );
