/**
 * The verdict in one sentence, citing the policy's rules: the page's headline
 * explanation and the report's `reason` line say the same. Read from the
 * verdict; it decides nothing.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { readableList } from '../readable-list';
import type { SupportPolicy, SupportVerdict } from '../support-window';
import { neededAction, premiumProducts } from './labels';

/**
 * Explains a verdict.
 *
 * @param verdict The verdict.
 * @param policy  The policy it applied.
 * @return A sentence or two.
 */
export function verdictSummary(
	verdict: SupportVerdict,
	policy: SupportPolicy
): string {
	if ( verdict.error ) {
		return verdict.error;
	}
	if ( verdict.overall === 'supported' ) {
		return __(
			'Every installed component is inside Dokan’s supported window (W1, W2). You can open a support ticket.',
			'dokan-support-check'
		);
	}
	if ( verdict.overall === 'not-eligible' ) {
		const premium = premiumProducts( verdict, policy );
		return premium.inactive
			? sprintf(
					/* translators: %s: product names, e.g. "Dokan Pro". */
					__(
						'%s is installed but not active, and Dokan’s premium support is for sites running it (E1, C1). Activate it, then check again.',
						'dokan-support-check'
					),
					premium.names
				)
			: sprintf(
					/* translators: %s: product names, e.g. "Dokan Pro". */
					__(
						'Dokan’s premium support is only for verified customers of %s, bought on dokan.co (E1, C1), and it is not installed here. Free help for Dokan Lite is on the WordPress.org forum. The components below still show what is up to date.',
						'dokan-support-check'
					),
					premium.names
				);
	}
	if ( verdict.overall === 'outside' ) {
		const needed = verdict.components.filter( neededAction );
		const names = readableList( needed.map( ( c ) => c.name ) );
		if ( needed.every( ( c ) => neededAction( c ) === 'update' ) ) {
			return sprintf(
				/* translators: %s: component names, as a list, e.g. "WordPress and WooCommerce". */
				__(
					'Outside Dokan’s supported window because of: %s. Update first (W3): support covers only the latest WordPress and WooCommerce and recent Dokan versions (W1, W2).',
					'dokan-support-check'
				),
				names
			);
		}
		return sprintf(
			/* translators: %s: component names, as a list, e.g. "WooCommerce and Dokan". */
			__(
				'Outside Dokan’s supported window because of: %s. Support is for sites running WordPress, WooCommerce and Dokan (W1): install or activate what is missing, and update what is old (W3).',
				'dokan-support-check'
			),
			names
		);
	}
	// Name what could not be checked: a cause the owner can act on (Dokan Pro's
	// licence, say) is not a server to wait for.
	const unchecked = verdict.components.filter(
		( c ) => c.status === 'unknown'
	);
	if ( unchecked.length > 0 ) {
		return sprintf(
			/* translators: %s: component names, as a list, e.g. "Dokan Pro" or "WordPress and WooCommerce". */
			__(
				'Support cannot be confirmed because of: %s. The reason given for each component says what could not be checked and what to do; where a server could not be reached, check again later.',
				'dokan-support-check'
			),
			readableList( unchecked.map( ( c ) => c.name ) )
		);
	}
	return __(
		'Some versions could not be checked (for example the latest versions are unknown because WordPress.org could not be reached), so support cannot be confirmed. Check again later; the reason given for each component says what could not be checked.',
		'dokan-support-check'
	);
}
