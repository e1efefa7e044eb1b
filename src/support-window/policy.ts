/**
 * The support policy as data: the seed's default, and the check of a policy
 * handed over by PHP (the `dokan_support_check_policy` filter can return
 * anything). Problems are named sentences here (messages.ts has the words),
 * so that the badge can check a policy without carrying the sentences.
 */
import type { SupportPolicy, Why } from './types';

/**
 * The vendor's published policy: Dokan Lite and Pro may be up to 2 releases
 * behind their latest, WordPress and WooCommerce must be the latest (W1,
 * W2); a Dokan site runs WordPress, WooCommerce and Dokan (required), and
 * premium support is for Dokan Pro, the product bought on dokan.co (E1, C1).
 * php/Policy.php hands the UI the same default.
 */
export const defaultPolicy: SupportPolicy = Object.freeze( {
	vendor: 'Dokan',
	premium: Object.freeze( [ 'dokan-pro' ] ) as string[],
	components: Object.freeze( {
		'dokan-lite': Object.freeze( { releasesBehind: 2, required: true } ),
		'dokan-pro': Object.freeze( { releasesBehind: 2 } ),
		wordpress: Object.freeze( { releasesBehind: 0, required: true } ),
		woocommerce: Object.freeze( { releasesBehind: 0, required: true } ),
	} ),
} );

/** Largest window a policy may ask for (a sanity bound, not a rule). */
export const MAX_RELEASES_BEHIND = 1000;

/**
 * Whether a value is a plain object (not null, not a list).
 *
 * @param value Anything.
 */
export function isRecord( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}

// The checks of a valid policy, shared by isValidPolicy() (all the badge
// needs) and policyProblems() (which says what is wrong).
const okVendor = ( v: unknown ) => typeof v === 'string' && v.trim() !== '';
const okBehind = ( n: unknown ): n is number =>
	Number.isInteger( n ) &&
	( n as number ) >= 0 &&
	( n as number ) <= MAX_RELEASES_BEHIND;
const okRequired = ( r: unknown ) => r === undefined || typeof r === 'boolean';
const okPremium = ( list: unknown ): list is string[] | undefined =>
	list === undefined ||
	( Array.isArray( list ) && list.every( ( s ) => typeof s === 'string' ) );
const has = ( components: object, slug: string ) =>
	Object.prototype.hasOwnProperty.call( components, slug );

/**
 * Whether a policy that came from outside is a valid SupportPolicy.
 *
 * @param p Anything, e.g. the decoded value of a PHP filter.
 */
export function isValidPolicy( p: unknown ): p is SupportPolicy {
	return (
		isRecord( p ) &&
		okVendor( p.vendor ) &&
		isRecord( p.components ) &&
		Object.entries( p.components ).every(
			( [ slug, e ] ) =>
				slug.trim() !== '' &&
				isRecord( e ) &&
				okBehind( e.releasesBehind ) &&
				okRequired( e.required )
		) &&
		okPremium( p.premium ) &&
		( p.premium ?? [] ).every( ( s ) => has( p.components as object, s ) )
	);
}

/**
 * What is wrong with a policy that came from outside, as sentences of
 * messages.ts; none when isValidPolicy() says it is valid.
 *
 * @param input Anything, e.g. the decoded value of a PHP filter.
 */
export function policyProblems( input: unknown ): Why[] {
	if ( ! isRecord( input ) ) {
		return [ [ 'policyNotObject', { got: input } ] ];
	}
	const problems: Why[] = [];
	const { vendor, components, premium } = input;
	if ( ! okVendor( vendor ) ) {
		problems.push( [ 'policyVendor', { got: vendor } ] );
	}
	if ( ! isRecord( components ) ) {
		return [ ...problems, [ 'policyComponents', { got: components } ] ];
	}
	for ( const [ slug, entry ] of Object.entries( components ) ) {
		const behind = isRecord( entry ) ? entry.releasesBehind : entry;
		if ( slug.trim() === '' ) {
			problems.push( [ 'policyEmptySlug' ] );
		} else if ( ! isRecord( entry ) || ! okBehind( behind ) ) {
			const got = { got: behind };
			problems.push( [ 'policyBehind', slug, MAX_RELEASES_BEHIND, got ] );
		} else if ( ! okRequired( entry.required ) ) {
			problems.push( [
				'policyRequired',
				slug,
				{ got: entry.required },
			] );
		}
	}
	if ( ! okPremium( premium ) ) {
		return [ ...problems, [ 'policyPremium', { got: premium } ] ];
	}
	for ( const slug of premium ?? [] ) {
		if ( ! has( components, slug ) ) {
			problems.push( [ 'policyPremiumSlug', slug ] );
		}
	}
	return problems;
}
