/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * The Support Check page. A first shell: the verdict, report and ticket come next.
 *
 * @return The page.
 */
export function App() {
	return (
		<div className="dokan-support-check">
			<p>{ __( 'Checking your site against Dokan’s support policy…', 'dokan-support-check' ) }</p>
		</div>
	);
}
