/**
 * The support policy as data: the seed's default and the validation of a
 * policy handed over by PHP (the `dokan_support_check_policy`-style filter
 * can return anything, so it arrives as `unknown`).
 */
import { __, sprintf } from '@wordpress/i18n';

import type { SupportPolicy } from './types';

/**
 * The vendor's published policy (POLICY.md W1, W2): Dokan Lite and Pro may
 * be up to 2 releases behind their latest; WordPress and WooCommerce must be
 * the latest. A component the policy does not name must be the latest
 * (0 releases behind, W1): see releasesBehindFor().
 */
export const defaultPolicy: SupportPolicy = Object.freeze( {
	vendor: 'Dokan',
	components: Object.freeze( {
		'dokan-lite': Object.freeze( { releasesBehind: 2 } ),
		'dokan-pro': Object.freeze( { releasesBehind: 2 } ),
		wordpress: Object.freeze( { releasesBehind: 0 } ),
		woocommerce: Object.freeze( { releasesBehind: 0 } ),
	} ),
} );

/** Largest window a policy may ask for (a sanity bound, not a rule). */
export const MAX_RELEASES_BEHIND = 1000;

function isPlainObject( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}

function describe( value: unknown ): string {
	if ( value === null ) {
		return 'null';
	}
	if ( Array.isArray( value ) ) {
		return __( 'a list', 'dokan-support-check' );
	}
	if ( typeof value === 'string' ) {
		return JSON.stringify( value.slice( 0, 40 ) );
	}
	if ( typeof value === 'number' || typeof value === 'boolean' ) {
		return String( value );
	}
	return typeof value;
}

/**
 * Checks a policy that came from outside. Returns the problems found, in
 * plain (translated) words; an empty list means `input` is a valid
 * SupportPolicy. Never throws.
 *
 * @param input Anything, e.g. the decoded value of a PHP filter.
 */
export function validatePolicy( input: unknown ): string[] {
	const errors: string[] = [];
	if ( ! isPlainObject( input ) ) {
		errors.push(
			sprintf(
				/* translators: %s: what was received instead, e.g. null or "a list". */
				__(
					'The support policy must be an object, but it is %s.',
					'dokan-support-check'
				),
				describe( input )
			)
		);
		return errors;
	}
	if ( typeof input.vendor !== 'string' || input.vendor.trim() === '' ) {
		errors.push(
			sprintf(
				/* translators: %s: what was received instead. */
				__(
					'The support policy needs a vendor name ("vendor"), but it is %s.',
					'dokan-support-check'
				),
				describe( input.vendor )
			)
		);
	}
	const components = input.components;
	if ( ! isPlainObject( components ) ) {
		errors.push(
			sprintf(
				/* translators: %s: what was received instead. */
				__(
					'The support policy needs "components", an object keyed by component slug, but it is %s.',
					'dokan-support-check'
				),
				describe( components )
			)
		);
		return errors;
	}
	for ( const slug of Object.keys( components ) ) {
		const entry = components[ slug ];
		if ( slug.trim() === '' ) {
			errors.push(
				__(
					'The support policy names a component with an empty slug.',
					'dokan-support-check'
				)
			);
			continue;
		}
		const behind = isPlainObject( entry )
			? entry.releasesBehind
			: undefined;
		if (
			typeof behind !== 'number' ||
			! Number.isInteger( behind ) ||
			behind < 0 ||
			behind > MAX_RELEASES_BEHIND
		) {
			errors.push(
				sprintf(
					/* translators: 1: component slug, 2: largest allowed number, 3: what was received instead. */
					__(
						'The support policy for "%1$s" needs "releasesBehind", a whole number from 0 to %2$d, but it is %3$s.',
						'dokan-support-check'
					),
					slug,
					MAX_RELEASES_BEHIND,
					describe( isPlainObject( entry ) ? behind : entry )
				)
			);
		}
	}
	return errors;
}

/**
 * How many releases behind the latest a component may be. Components the
 * policy does not name must be the latest (0), like WordPress and
 * WooCommerce under W1.
 *
 * @param policy A valid policy.
 * @param slug   Component slug.
 */
export function releasesBehindFor(
	policy: SupportPolicy,
	slug: string
): number {
	if ( ! Object.prototype.hasOwnProperty.call( policy.components, slug ) ) {
		return 0;
	}
	return policy.components[ slug ]?.releasesBehind ?? 0;
}

/**
 * Whether the policy names the component.
 *
 * @param policy A valid policy.
 * @param slug   Component slug.
 */
export function policyNames( policy: SupportPolicy, slug: string ): boolean {
	return Object.prototype.hasOwnProperty.call( policy.components, slug );
}
