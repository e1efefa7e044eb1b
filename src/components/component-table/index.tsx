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
import { StatusLabel } from '../status-label';
import './index.scss';

export interface UpdateUrls {
	updateCoreUrl: string;
	pluginsUrl: string;
}

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
	const { fix } = component;
	if ( ! fix || ! fix.screen ) {
		return <>{ NONE }</>;
	}
	const href =
		fix.screen === 'update-core.php' ? urls.updateCoreUrl : urls.pluginsUrl;
	const label = fix.updateTo
		? sprintf(
				/* translators: 1: component name, 2: version to update to. */
				__( 'Update %1$s to %2$s', 'dokan-support-check' ),
				component.name,
				fix.updateTo
			)
		: sprintf(
				/* translators: %s: component name. */
				__( 'Update %s', 'dokan-support-check' ),
				component.name
			);
	return (
		<Button
			href={ href }
			variant={ component.status === 'outside' ? 'primary' : 'secondary' }
		>
			{ label }
		</Button>
	);
}

/**
 * Renders the components table.
 *
 * @param props            Props.
 * @param props.components Verdicts, one per component.
 * @param props.urls       Where updates are done.
 * @param props.labelledBy Id of the heading naming the table.
 * @return The table.
 */
export function ComponentTable( { components, urls, labelledBy }: Props ) {
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
					<th scope="col">
						{ __( 'Installed', 'dokan-support-check' ) }
					</th>
					<th scope="col">
						{ __( 'Latest', 'dokan-support-check' ) }
					</th>
					<th scope="col">
						{ __(
							'Oldest still supported',
							'dokan-support-check'
						) }
					</th>
					<th scope="col">
						{ __( 'Status', 'dokan-support-check' ) }
					</th>
					<th scope="col">{ __( 'Why', 'dokan-support-check' ) }</th>
					<th scope="col">{ __( 'Fix', 'dokan-support-check' ) }</th>
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
						<td>{ component.installed ?? NONE }</td>
						<td>{ component.latest ?? NONE }</td>
						<td>{ component.oldestSupported ?? NONE }</td>
						<td>
							<StatusLabel
								kind="component"
								status={ component.status }
							/>
						</td>
						<td>
							<p className="dsc-components__reason">
								{ component.reason }
							</p>
							{ component.note && (
								<p className="dsc-components__note">
									{ component.note }
								</p>
							) }
						</td>
						<td>
							<FixAction component={ component } urls={ urls } />
						</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}
