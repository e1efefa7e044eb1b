/**
 * "Recent changes": every change of an installed version the plugin saw (updates,
 * rollbacks, installs, removals), newest first. What changed since the problem
 * started is an agent's first question.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { readableTime } from '../../readable-time';
import type { HistoryEntry } from '../../types';
import './index.scss';

interface Props {
	history: HistoryEntry[];
	/** The site's time zone (wp_timezone_string()); '' for the browser's. */
	timeZone?: string;
}

/**
 * One change in words.
 *
 * @param entry The change.
 * @return E.g. "WooCommerce 10.2.2 → 10.9.4".
 */
export function changeText( entry: HistoryEntry ): string {
	if ( entry.from === null ) {
		return sprintf(
			/* translators: 1: a plugin, theme or WordPress; 2: the version installed. */
			__( '%1$s %2$s installed', 'dokan-support-check' ),
			entry.name,
			entry.to ?? ''
		);
	}
	if ( entry.to === null ) {
		return sprintf(
			/* translators: 1: a plugin or theme; 2: the version that was removed. */
			__( '%1$s %2$s removed', 'dokan-support-check' ),
			entry.name,
			entry.from
		);
	}
	return sprintf(
		/* translators: 1: a plugin, theme or WordPress; 2: version before; 3: version after. */
		__( '%1$s %2$s → %3$s', 'dokan-support-check' ),
		entry.name,
		entry.from,
		entry.to
	);
}

/**
 * Renders the list of changes, or says there is none yet.
 *
 * @param props          Props.
 * @param props.history  The changes, newest first.
 * @param props.timeZone The site's time zone.
 * @return The section.
 */
export function RecentChanges( { history, timeZone }: Props ) {
	return (
		<section aria-labelledby="dsc-changes-heading">
			<h2 id="dsc-changes-heading">
				{ __( 'Recent changes', 'dokan-support-check' ) }
			</h2>
			{ history.length === 0 ? (
				<p>
					{ __(
						'No change of an installed version has been recorded yet. Updates, installs and removals of WordPress, plugins and themes will be listed here.',
						'dokan-support-check'
					) }
				</p>
			) : (
				<ul className="dsc-changes">
					{ history.map( ( entry, index ) => (
						<li key={ index }>
							<time dateTime={ entry.at }>
								{ readableTime( entry.at, timeZone ) }
							</time>{ ' ' }
							{ changeText( entry ) }
						</li>
					) ) }
				</ul>
			) }
		</section>
	);
}
