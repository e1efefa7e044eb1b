/**
 * The password detector flags credentials before a ticket leaves the site
 * (S3), without crying wolf on ordinary support prose.
 */
import { findSecrets, hasSecret } from '../../../src/ticket/secrets';

describe( 'findSecrets', () => {
	it.each( [
		'password: hunter2',
		'Password = correct horse',
		'my admin pwd=S3cret!',
		'login admin, pass Tr0ub4dor&3',
		'the password is hunter22',
		'My password for wp-admin is hunter22',
		'The admin password for the staging site: Summer2024!',
		'mon mot de passe est soleil123',
		'le mot de passe du compte admin est soleil123',
		'password for admin@shop.example is S3cret!',
		'password for shop_manager is hunter22',
		'le mot de passe du compte est : soleil123',
		'le mot de passe est « soleil123 »',
		'passwd:abc',
		'mot de passe : soleil123',
		'mdp: azerty',
		'api_key=abcdef123456',
		'token: 9f86d081884c7d659a2feaa0c55ad015',
		'Application password: abcd EFGH 1234 ijkl MNOP 5678',
		'use xK9vB2mQ7rT4wZ1pL8nC to log in',
		'https://example.com/wp-login.php?key=aB3dE5fG7hJ9kL1mN3pQ',
		'pw: Winter2024!',
		'Passwort: Winter2024',
		'das Passwort ist Winter2024',
		'contraseña: Winter2024',
		'la contraseña del admin es Winter2024',
		'senha: Inverno2024',
		'het wachtwoord is Winter2024',
	] )( 'flags %p', ( text ) => {
		expect( hasSecret( text ) ).toBe( true );
	} );

	it.each( [
		'',
		'The checkout page shows a blank screen after I update Dokan.',
		'I tried the password reset page but nothing happens.',
		'The password field for vendors is empty.',
		'Le mot de passe des vendeurs est refusé.',
		'Password reset for customers: nothing arrives.',
		'Password reset for vendors: 500 error',
		'Le mot de passe oublié renvoie : 404',
		'Dokan does not pass the order total which is 150 EUR',
		'The token for the REST API is 401 Unauthorized',
		'The vendor dashboard does not pass the order to WooCommerce.',
		'My passport number field is missing.',
		'Dokan 4.1.2, WooCommerce 10.4.0-rc.1, PHP 8.2.36',
		'Go to /wp-admin/admin.php?page=dokan#/settings and click Save.',
		'The option dokan_selling_settings_commission_type_2 is empty.',
		'Order 123e4567-e89b-12d3-a456-426614174000 fails.',
		'Steps: 1. open the shop 2. add to cart 3. pay',
		'Das Passwort ist falsch.',
		'La contraseña es incorrecta.',
		'The PW field is hidden on mobile.',
	] )( 'does not flag %p', ( text ) => {
		expect( findSecrets( text ) ).toEqual( [] );
	} );

	it( 'reports each match with its kind and position, in order', () => {
		const text =
			'pwd=abc123 then xK9vB2mQ7rT4wZ1pL8nC and abcd efgh ijkl mnop qrst uvwx';
		const matches = findSecrets( text );
		expect( matches.map( ( m ) => m.kind ) ).toEqual( [
			'labelled',
			'token',
			'application-password',
		] );
		expect( matches[ 0 ] ).toEqual( {
			kind: 'labelled',
			index: 0,
			text: 'pwd=abc123',
		} );
		expect( text.slice( matches[ 1 ]?.index ) ).toMatch( /^xK9v/ );
	} );

	it( 'does not report the same text twice', () => {
		expect( findSecrets( 'password: xK9vB2mQ7rT4wZ1pL8nC' ) ).toHaveLength(
			1
		);
		expect( findSecrets( 'my password for wp-admin is hunter22' ) ).toEqual(
			[
				{
					kind: 'labelled',
					index: 3,
					text: 'password for wp-admin is hunter22',
				},
			]
		);
	} );
} );
