/**
 * What the badge says: the engine's overall verdict on the cached facts, in words.
 * Pure (the clock is passed in).
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { evaluate } from '../support-window';
import type {
	OverallStatus,
	SiteFacts,
	SupportPolicy,
} from '../support-window';
import { isStale, overallLabel } from '../components/status-label/labels';

export interface BadgeState {
	status: OverallStatus;
	/** Short text for the admin bar and the widget headline. */
	label: string;
	/** One sentence for the dashboard widget. */
	detail: string;
	stale: boolean;
}

/**
 * Decides what the badge shows.
 *
 * @param facts  Cached facts, or null when the site was never checked.
 * @param policy The support policy.
 * @param now    Current time (ms).
 * @return The badge's state.
 */
export function badgeState(
	facts: SiteFacts | null,
	policy: SupportPolicy,
	now: number
): BadgeState {
	if ( ! facts ) {
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
			stale: false,
		};
	}
	const verdict = evaluate( facts, policy );
	const stale = isStale( facts.generatedAt, now );
	const label = stale
		? sprintf(
				/* translators: %s: the verdict, e.g. "Supported". */
				__( 'Dokan support: %s (stale)', 'dokan-support-check' ),
				overallLabel( verdict.overall )
			)
		: sprintf(
				/* translators: %s: the verdict, e.g. "Supported". */
				__( 'Dokan support: %s', 'dokan-support-check' ),
				overallLabel( verdict.overall )
			);

	let detail: string;
	if ( verdict.overall === 'supported' ) {
		detail = __(
			'Every installed component is inside Dokan’s supported window.',
			'dokan-support-check'
		);
	} else if ( verdict.overall === 'outside' ) {
		detail = sprintf(
			/* translators: %s: comma-separated component names, e.g. "WordPress, WooCommerce". */
			__( 'Update to get support: %s.', 'dokan-support-check' ),
			verdict.components
				.filter( ( c ) => c.status === 'outside' )
				.map( ( c ) => c.name )
				.join( ', ' )
		);
	} else {
		detail = __(
			'Some versions could not be checked, so support cannot be confirmed.',
			'dokan-support-check'
		);
	}
	if ( stale ) {
		detail +=
			' ' +
			__(
				'This is from a check more than 12 hours old: open Support Check to check again.',
				'dokan-support-check'
			);
	}
	return { status: verdict.overall, label, detail, stale };
}
