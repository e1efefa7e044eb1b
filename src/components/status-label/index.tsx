/**
 * A status as an icon and a word (never colour alone).
 */

/**
 * Internal dependencies
 */
import type { ComponentStatus, OverallStatus } from '../../support-window';
import { componentStatusLabel, overallLabel, statusIcon } from './labels';
import './index.scss';

export {
	componentStatusLabel,
	overallLabel,
	statusIcon,
	isStale,
	STALE_AFTER_MS,
} from './labels';

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
	const text =
		kind === 'overall'
			? overallLabel( status )
			: componentStatusLabel( status );
	return (
		<span className={ `dsc-status dsc-status--${ status }` }>
			<span
				className={ `dashicons ${ statusIcon( status ) }` }
				aria-hidden="true"
			/>
			<span className="dsc-status__text">{ text }</span>
		</span>
	);
}
