/**
 * The support policy as data: the seed's default (php/Policy.php hands the UI
 * the same), and the check of a policy from the `dokan_support_check_policy`
 * filter, which can return anything.
 */
import { has, isRecord } from '../plain-object';
import type { Why } from '../status/reasons';
import type { SupportPolicy } from './types';

// Dokan Lite and Pro up to 2 releases behind, WordPress and WooCommerce the
// latest (W1, W2); a Dokan site runs WordPress, WooCommerce and Dokan, and
// premium support is for Dokan Pro, bought on dokan.co (E1, C1).
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

// The checks, shared by isValidPolicy() and policyProblems(). Two functions,
// because the badge (every screen) only needs a yes or no, in fewer bytes.
const okVendor = ( v: unknown ) => typeof v === 'string' && v.trim() !== '';
const okBehind = ( n: unknown ) =>
	Number.isInteger( n ) &&
	( n as number ) >= 0 &&
	( n as number ) <= MAX_RELEASES_BEHIND;
const okRequired = ( r: unknown ) => r === undefined || typeof r === 'boolean';
const okPremium = ( list: unknown ): list is string[] =>
	Array.isArray( list ) && list.every( ( s ) => typeof s === 'string' );

/**
 * Whether a policy that came from outside is a valid SupportPolicy.
 *
 * @param p Anything, e.g. the decoded value of a PHP filter.
 */
export function isValidPolicy( p: unknown ): p is SupportPolicy {
	const {
		vendor,
		components,
		premium = [],
	} = ( isRecord( p ) ? p : {} ) as Record< string, unknown >;
	return (
		okVendor( vendor ) &&
		isRecord( components ) &&
		Object.entries( components ).every(
			( [ slug, e ] ) =>
				slug.trim() !== '' &&
				isRecord( e ) &&
				okBehind( e.releasesBehind ) &&
				okRequired( e.required )
		) &&
		okPremium( premium ) &&
		premium.every( ( s ) => has( components, s ) )
	);
}

/**
 * What is wrong with a policy that came from outside, as sentences of
 * src/status/reasons.ts; none when isValidPolicy() says it is valid.
 *
 * @param input Anything, e.g. the decoded value of a PHP filter.
 */
export function policyProblems( input: unknown ): Why[] {
	if ( ! isRecord( input ) ) {
		return [ [ 'policyNotObject', { got: input } ] ];
	}
	const { vendor, components, premium = [] } = input;
	const problems: Why[] = [];
	if ( ! okVendor( vendor ) ) {
		problems.push( [ 'policyVendor', { got: vendor } ] );
	}
	if ( ! isRecord( components ) ) {
		return [ ...problems, [ 'policyComponents', { got: components } ] ];
	}
	for ( const [ slug, entry ] of Object.entries( components ) ) {
		const behind = isRecord( entry ) ? entry.releasesBehind : entry;
		const required = isRecord( entry ) ? entry.required : undefined;
		if ( slug.trim() === '' ) {
			problems.push( [ 'policyEmptySlug' ] );
		} else if ( ! isRecord( entry ) || ! okBehind( behind ) ) {
			const got = { got: behind };
			problems.push( [ 'policyBehind', slug, MAX_RELEASES_BEHIND, got ] );
		} else if ( ! okRequired( required ) ) {
			problems.push( [ 'policyRequired', slug, { got: required } ] );
		}
	}
	if ( ! okPremium( premium ) ) {
		return [ ...problems, [ 'policyPremium', { got: premium } ] ];
	}
	for ( const slug of premium ) {
		if ( ! has( components, slug ) ) {
			problems.push( [ 'policyPremiumSlug', slug ] );
		}
	}
	return problems;
}
