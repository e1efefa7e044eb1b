/**
 * One row per component: versions, status, the reason with its rule, and the fix.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ComponentVerdict } from '../../support-window';
import { componentStatusLabel } from '../../status/labels';
import { StatusLabel } from '../status-label';
import { fixLabel, fixUrl } from './fix';
import type { UpdateUrls } from './fix';
import './index.scss';

export type { UpdateUrls } from './fix';

interface Props {
	components: ComponentVerdict[];
	urls: UpdateUrls;
	/** Id of the heading that names the table. */
	labelledBy: string;
}

const NONE = '—';

function FixAction( {
	component,
	urls,
}: {
	component: ComponentVerdict;
	urls: UpdateUrls;
} ) {
	const href = fixUrl( component, urls );
	if ( ! href ) {
		return <>{ NONE }</>;
	}
	// What support needs done (W1, E1, outside) leads; the rest is advice.
	const needed =
		component.status === 'outside' ||
		component.rule === 'W1' ||
		component.rule === 'E1';
	return (
		<Button href={ href } variant={ needed ? 'primary' : 'secondary' }>
			{ fixLabel( component ) }
		</Button>
	);
}

/**
 * Renders the components table.
 *
 * @param props            Props.
 * @param props.components Verdicts, one per component.
 * @param props.urls       Where fixes are done.
 * @param props.labelledBy Id of the heading naming the table.
 * @return The table.
 */
export function ComponentTable( { components, urls, labelledBy }: Props ) {
	// Each cell also carries its column's name: narrow screens show it beside the
	// value, where the header row is gone (as core's list tables do).
	const column = {
		installed: __( 'Installed', 'dokan-support-check' ),
		latest: __( 'Latest', 'dokan-support-check' ),
		oldest: __( 'Oldest still supported', 'dokan-support-check' ),
		status: __( 'Status', 'dokan-support-check' ),
		why: __( 'Why', 'dokan-support-check' ),
		fix: __( 'Fix', 'dokan-support-check' ),
	};
	return (
		<table
			className="widefat striped dsc-components"
			aria-labelledby={ labelledBy }
		>
			<thead>
				<tr>
					<th scope="col">
						{ __( 'Component', 'dokan-support-check' ) }
					</th>
					<th scope="col">{ column.installed }</th>
					<th scope="col">{ column.latest }</th>
					<th scope="col">{ column.oldest }</th>
					<th scope="col">{ column.status }</th>
					<th scope="col">{ column.why }</th>
					<th scope="col">{ column.fix }</th>
				</tr>
			</thead>
			<tbody>
				{ components.map( ( component, index ) => (
					<tr
						key={ component.slug || index }
						data-component={ component.slug }
						data-status={ component.status }
					>
						<th scope="row">{ component.name }</th>
						<td data-colname={ column.installed }>
							{ component.installed ?? NONE }
						</td>
						<td data-colname={ column.latest }>
							{ component.latest ?? NONE }
						</td>
						<td data-colname={ column.oldest }>
							{ component.oldestSupported ?? NONE }
						</td>
						<td data-colname={ column.status }>
							<div>
								<StatusLabel
									kind="component"
									status={ component.status }
								/>
								{ component.windowStatus && (
									<span className="dsc-components__would-be">
										{ sprintf(
											/* translators: %s: a status, e.g. "Outside". */
											__(
												'If active: %s',
												'dokan-support-check'
											),
											componentStatusLabel(
												component.windowStatus
											)
										) }
									</span>
								) }
							</div>
						</td>
						<td data-colname={ column.why }>
							<div>
								<p className="dsc-components__reason">
									{ component.reason }
								</p>
								{ component.note && (
									<p className="dsc-components__note">
										{ component.note }
									</p>
								) }
							</div>
						</td>
						<td data-colname={ column.fix }>
							<FixAction component={ component } urls={ urls } />
						</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
