/**
 * The ticket text: every field, the chosen report, in the report's layout.
 */
import { requestTypeById } from '../../../src/ticket/request-types';
import type { RequestType } from '../../../src/ticket/request-types';
import {
	buildTicketText,
	ticketFileName,
} from '../../../src/ticket/ticket-text';

const bug = requestTypeById( 'bug' ) as RequestType;

describe( 'buildTicketText', () => {
	const fields = {
		purchaseEmail: ' buyer@example.com ',
		requestType: bug,
		subject: 'Checkout\nfails',
		description: 'The checkout page is blank.\n',
		steps: '1. Add to cart\n2. Pay',
		reportVariant: 'full' as const,
		report: '### Verdict ###\noverall: outside',
	};

	it( 'holds every field and the report, in sections', () => {
		expect( buildTicketText( fields ) ).toBe(
			[
				'### Dokan support ticket ###',
				'Purchase e-mail: buyer@example.com',
				'Request type: A bug or a problem in Dokan (C4)',
				'Subject: Checkout fails',
				'',
				'### Description ###',
				'The checkout page is blank.',
				'',
				'### Steps to reproduce ###',
				'1. Add to cart',
				'2. Pay',
				'',
				'### Site report ###',
				'### Verdict ###',
				'overall: outside',
				'',
			].join( '\n' )
		);
	} );

	it( 'says which report variant is attached', () => {
		expect(
			buildTicketText( { ...fields, reportVariant: 'redacted' } )
		).toContain( '### Site report (redacted) ###' );
	} );

	it( 'says what is missing rather than leaving blanks', () => {
		const text = buildTicketText( {
			...fields,
			purchaseEmail: '',
			steps: '  ',
			report: '',
		} );
		expect( text ).toContain( 'Purchase e-mail: (not set)' );
		expect( text ).toContain( '### Steps to reproduce ###\n(none)\n' );
		expect( text ).toMatch( /### Site report ###\n\(none\)\n$/ );
	} );
} );

describe( 'ticketFileName', () => {
	it( 'is dated', () => {
		expect( ticketFileName( new Date( '2026-11-27T12:00:00Z' ) ) ).toBe(
			'dokan-support-ticket-2026-11-27.txt'
		);
	} );
} );
