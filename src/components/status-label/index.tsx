/**
 * A status as an icon and a word (never colour alone).
 */

/**
 * Internal dependencies
 */
import type { ComponentStatus, OverallStatus } from '../../support-window';
import {
	componentIcon,
	componentStatusLabel,
	overallIcon,
	overallLabel,
} from '../../status/labels';
import './index.scss';

type Props =
	| { kind: 'overall'; status: OverallStatus }
	| { kind: 'component'; status: ComponentStatus };

/**
 * Renders a status label.
 *
 * @param props        Props.
 * @param props.kind   Whether it is the overall status or a component's.
 * @param props.status The status.
 * @return The label.
 */
export function StatusLabel( { kind, status }: Props ) {
	const [ text, icon ] =
		kind === 'overall'
			? [ overallLabel( status ), overallIcon( status ) ]
			: [ componentStatusLabel( status ), componentIcon( status ) ];
	return (
		<span className={ `dsc-status dsc-status--${ status }` }>
			<span className={ `dashicons ${ icon }` } aria-hidden="true" />
			<span className="dsc-status__text">{ text }</span>
		</span>
	);
}
