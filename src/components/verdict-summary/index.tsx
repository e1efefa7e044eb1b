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
import type { SupportPolicy, SupportVerdict } from '../../support-window';
import { readableTime } from '../../readable-time';
import { premiumProducts } from '../../status/labels';
import { verdictSummary } from '../../status/summary';
import type { VendorLinks } from '../../types';
import { EligibilityHelp } from '../eligibility-help';
import { StatusLabel } from '../status-label';
import './index.scss';

interface Props {
	verdict: SupportVerdict;
	/** When the verdict's facts were checked (ms since 1970; NaN: not said). */
	checkedAt: number;
	policy: SupportPolicy;
	/** Vendor links; undefined when PHP printed none. */
	links?: VendorLinks;
	pluginsUrl: string;
	/** The site's time zone (wp_timezone_string()); '' for the browser's. */
	timeZone?: string;
}

/**
 * Renders the verdict headline.
 *
 * @param props            Props.
 * @param props.verdict    What the engine decided.
 * @param props.checkedAt  When its facts were checked.
 * @param props.policy     The policy it applied.
 * @param props.links      Vendor links.
 * @param props.pluginsUrl The Plugins screen.
 * @param props.timeZone   The site's time zone.
 * @return The headline.
 */
export function VerdictSummary( {
	verdict,
	checkedAt,
	policy,
	links,
	pluginsUrl,
	timeZone,
}: Props ) {
	return (
		<div className={ `dsc-verdict dsc-verdict--${ verdict.overall }` }>
			<p
				className="dsc-verdict__status"
				data-support-status={ verdict.overall }
			>
				<StatusLabel kind="overall" status={ verdict.overall } />
			</p>
			<p className="dsc-verdict__explanation">
				{ verdictSummary( verdict, policy ) }
			</p>
			{ verdict.overall === 'not-eligible' && (
				<EligibilityHelp
					{ ...premiumProducts( verdict, policy ) }
					links={ links }
					pluginsUrl={ pluginsUrl }
				/>
			) }
			{ ! Number.isNaN( checkedAt ) && (
				<p className="dsc-verdict__checked">
					{ sprintf(
						/* translators: %s: date and time of the site check. */
						__( 'Checked %s.', 'dokan-support-check' ),
						readableTime( checkedAt, timeZone )
					) }
				</p>
			) }
		</div>
	);
}
