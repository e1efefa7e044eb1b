/**
 * The client-side e-mail check that runs before WordPress's own.
 */
import { isPlausibleEmail } from '../../../src/settings/email';

describe( 'isPlausibleEmail', () => {
	it.each( [
		'buyer@example.com',
		' buyer@example.com ',
		'first.last+dokan@mail.example.co.uk',
		'a@b.co',
	] )( 'accepts %p', ( email ) => {
		expect( isPlausibleEmail( email ) ).toBe( true );
	} );

	it.each( [
		'',
		'buyer',
		'buyer@',
		'@example.com',
		'buyer@example',
		'buyer @example.com',
		'buyer@exa mple.com',
		'buyer@example..com',
		'a@b.c',
		`${ 'a'.repeat( 250 ) }@example.com`,
	] )( 'refuses %p', ( email ) => {
		expect( isPlausibleEmail( email ) ).toBe( false );
	} );
} );

it( 'leaves finer rules to WordPress', () => {
	// is_email() refuses a domain label that starts with a hyphen; the page lets it through.
	expect( isPlausibleEmail( 'buyer@-example.com' ) ).toBe( true );
} );
