/**
 * What the helpdesk link leads to decides how the handoff asks for the
 * purchase e-mail (E3).
 */
import { handoffKind } from '../../../src/ticket/handoff-kind';

describe( 'handoffKind', () => {
	it( 'is the contact form when the helpdesk is the contact page (the default)', () => {
		expect(
			handoffKind( {
				helpdesk: 'https://dokan.co/contact/',
				contact: 'https://dokan.co/contact/',
			} )
		).toBe( 'contact-form' );
	} );

	it( 'is a login for another helpdesk (a filter’s)', () => {
		expect(
			handoffKind( {
				helpdesk: 'https://wedevs.com/account/tickets/',
				contact: 'https://dokan.co/contact/',
			} )
		).toBe( 'login' );
	} );

	it( 'is none when a filter removed the helpdesk', () => {
		expect(
			handoffKind( {
				helpdesk: null,
				contact: 'https://dokan.co/contact/',
			} )
		).toBe( 'none' );
		expect(
			handoffKind( {
				helpdesk: '',
				contact: 'https://dokan.co/contact/',
			} )
		).toBe( 'none' );
	} );
} );
