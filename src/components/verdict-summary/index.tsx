/**
 * The page's headline: the overall verdict, what it means, and when it was checked.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { SiteFacts, SupportVerdict } from '../../support-window';
import { StatusLabel } from '../status-label';
import './index.scss';

interface Props {
	verdict: SupportVerdict;
	facts: SiteFacts;
}

/**
 * The sentence under the headline.
 *
 * @param verdict The verdict.
 * @return Explanation citing the policy's rules.
 */
function explanation( verdict: SupportVerdict ): string {
	if ( verdict.error ) {
		return verdict.error;
	}
	if ( verdict.overall === 'supported' ) {
		return __(
			'Every installed component is inside Dokan’s supported window (W1, W2). You can open a support ticket.',
			'dokan-support-check'
		);
	}
	if ( verdict.overall === 'outside' ) {
		const names = verdict.components
			.filter( ( component ) => component.status === 'outside' )
			.map( ( component ) => component.name )
			.join( ', ' );
		return sprintf(
			/* translators: %s: comma-separated component names, e.g. "WordPress, WooCommerce". */
			__(
				'Outside Dokan’s supported window because of: %s. Update first (W3): support covers only the latest WordPress and WooCommerce and recent Dokan versions (W1, W2).',
				'dokan-support-check'
			),
			names
		);
	}
	return __(
		'Some versions could not be checked (for example the latest versions are unknown because WordPress.org could not be reached), so support cannot be confirmed. Check again later; the report below shows what is missing.',
		'dokan-support-check'
	);
}

/**
 * Renders the verdict headline.
 *
 * @param props         Props.
 * @param props.verdict What the engine decided.
 * @param props.facts   The facts it decided from.
 * @return The headline.
 */
export function VerdictSummary( { verdict, facts }: Props ) {
	const checked = new Date( facts.generatedAt );
	return (
		<div className={ `dsc-verdict dsc-verdict--${ verdict.overall }` }>
			<p
				className="dsc-verdict__status"
				data-support-status={ verdict.overall }
			>
				<StatusLabel kind="overall" status={ verdict.overall } />
			</p>
			<p className="dsc-verdict__explanation">
				{ explanation( verdict ) }
			</p>
			{ ! Number.isNaN( checked.getTime() ) && (
				<p className="dsc-verdict__checked">
					{ sprintf(
						/* translators: %s: date and time of the site check. */
						__( 'Checked %s.', 'dokan-support-check' ),
						checked.toLocaleString()
					) }
				</p>
			) }
		</div>
	);
}
