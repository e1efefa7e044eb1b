/**
 * The site's environment as people read it: Site Health's sections (and the store's
 * own), each a heading whose button opens its table of fields, as Site Health's Info
 * screen shows them; with links to that screen and to WooCommerce's status report.
 */

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { sectionCount } from '../../report/environment';
import type { SiteEnvironment } from '../../types';
import './index.scss';

interface Props {
	environment: SiteEnvironment;
	/** Site Health's Info screen. */
	siteHealthUrl?: string;
	/** WooCommerce's status report; null or absent when WooCommerce is not active. */
	wcStatusUrl?: string | null;
}

/**
 * Renders the environment.
 *
 * @param props               Props.
 * @param props.environment   The sections.
 * @param props.siteHealthUrl Site Health's Info screen.
 * @param props.wcStatusUrl   WooCommerce's status report.
 * @return The sections.
 */
export function EnvironmentView( {
	environment,
	siteHealthUrl,
	wcStatusUrl,
}: Props ) {
	const [ open, setOpen ] = useState< string[] >( [] );
	const sections = Object.entries( environment ).filter(
		( [ , section ] ) => Object.keys( section.fields ).length > 0
	);

	return (
		<section
			className="dsc-environment"
			aria-labelledby="dsc-environment-heading"
		>
			<h2 id="dsc-environment-heading">
				{ __( 'Site environment', 'dokan-support-check' ) }
			</h2>
			<ul>
				{ siteHealthUrl && (
					<li>
						<a href={ siteHealthUrl }>
							{ __(
								'The same on WordPress’s Site Health Info screen',
								'dokan-support-check'
							) }
						</a>
					</li>
				) }
				{ wcStatusUrl && (
					<li>
						<a href={ wcStatusUrl }>
							{ __(
								'WooCommerce’s system status report',
								'dokan-support-check'
							) }
						</a>
					</li>
				) }
			</ul>
			{ sections.map( ( [ key, section ] ) => {
				const expanded = open.includes( key );
				const count = sectionCount( key, section );
				const id = `dsc-environment-${ key }`;
				return (
					<div key={ key } className="dsc-environment__section">
						<h3>
							<button
								type="button"
								aria-expanded={ expanded }
								aria-controls={ id }
								onClick={ () =>
									setOpen(
										expanded
											? open.filter( ( k ) => k !== key )
											: [ ...open, key ]
									)
								}
							>
								{ count === null
									? section.label
									: `${ section.label } (${ count })` }
							</button>
						</h3>
						<div id={ id } hidden={ ! expanded }>
							<table className="widefat striped">
								<tbody>
									{ Object.entries( section.fields ).map(
										( [ name, field ] ) => (
											<tr key={ name }>
												<th scope="row">
													{ field.label }
												</th>
												<td>{ field.value }</td>
											</tr>
										)
									) }
								</tbody>
							</table>
						</div>
					</div>
				);
			} ) }
		</section>
	);
}
