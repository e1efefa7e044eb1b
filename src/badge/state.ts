/**
 * What the badge says: the engine's overall status on the cached facts, in a few
 * words. It runs decide() without the engine's sentences (they stay with the
 * page), so the bundle loaded on every admin screen stays small. Pure (the clock
 * is passed in).
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { parseComponents } from '../site-facts';
import { decide } from '../support-window/decide';
import type { OverallStatus, SupportPolicy } from '../support-window/types';
import { isStale, neededAction, overallLabel } from '../status/labels';

export interface BadgeState {
	status: OverallStatus;
	/** Short text for the admin bar and the widget headline. */
	label: string;
	/** One sentence for the dashboard widget. */
	detail: string;
}

/**
 * Decides what the badge shows.
 *
 * @param input  Cached facts as PHP printed them (read by parseComponents()), or
 *               null when the site was never checked.
 * @param policy The support policy.
 * @param now    Current time (ms).
 * @return The badge's state.
 */
export function badgeState(
	input: unknown,
	policy: SupportPolicy,
	now: number
): BadgeState {
	const components = parseComponents( input );
	if ( ! components ) {
		return {
			status: 'unknown',
			label: __(
				'Dokan support: not checked yet',
				'dokan-support-check'
			),
			detail: __(
				'The site has not been checked yet. Open Support Check to run the check.',
				'dokan-support-check'
			),
		};
	}
	const facts = { components };
	const verdict = decide( facts, policy );
	const stale = isStale( facts, now );
	const format = stale
		? /* translators: %s: the verdict, e.g. "Supported". */
			__( 'Dokan support: %s (stale)', 'dokan-support-check' )
		: /* translators: %s: the verdict, e.g. "Supported". */
			__( 'Dokan support: %s', 'dokan-support-check' );
	const label = sprintf( format, overallLabel( verdict.overall ) );

	const names = ( ...actions: string[] ) =>
		verdict.components
			.filter( ( c ) => actions.includes( neededAction( c ) ?? '' ) )
			.map( ( c ) => c.name )
			.join( ', ' );
	const sentences: string[] = [];
	if ( verdict.overall === 'supported' ) {
		sentences.push(
			__(
				'Every installed component is inside Dokan’s supported window.',
				'dokan-support-check'
			)
		);
	} else if ( verdict.overall === 'not-eligible' ) {
		sentences.push(
			sprintf(
				/* translators: %s: product names, e.g. "Dokan Pro". */
				__(
					'Premium support is for sites running %s (E1); Dokan Lite users get free help on the WordPress.org forum.',
					'dokan-support-check'
				),
				verdict.components
					.filter( ( c ) => policy.premium?.includes( c.slug ) )
					.map( ( c ) => c.name )
					.join( ', ' )
			)
		);
	} else if ( verdict.overall === 'outside' ) {
		const [ update, setUp ] = [
			names( 'update' ),
			names( 'install', 'activate' ),
		];
		if ( update ) {
			sentences.push(
				sprintf(
					/* translators: %s: component names, e.g. "WordPress, WooCommerce". */
					__( 'Update to get support: %s.', 'dokan-support-check' ),
					update
				)
			);
		}
		if ( setUp ) {
			sentences.push(
				sprintf(
					/* translators: %s: component names, e.g. "WooCommerce". */
					__(
						'Install or activate to get support: %s.',
						'dokan-support-check'
					),
					setUp
				)
			);
		}
	} else {
		sentences.push(
			__(
				'Some versions could not be checked, so support cannot be confirmed.',
				'dokan-support-check'
			)
		);
	}
	if ( stale ) {
		sentences.push(
			__(
				'This is from a check more than 12 hours old: open Support Check to check again.',
				'dokan-support-check'
			)
		);
	}
	return {
		status: verdict.overall,
		label,
		detail: sentences.join( ' ' ),
	};
}
