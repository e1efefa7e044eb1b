/**
 * The updates that bring an outside-the-window site back inside (W1-W3),
 * read from the engine's verdict: this module never re-decides the window.
 * Pure: no DOM.
 */

/**
 * Internal dependencies
 */
import type { SupportVerdict } from '../support-window';

export interface NeededUpdate {
	slug: string;
	name: string;
	installed: string | null;
	/** Version to update to; null when no released version is known to fix it. */
	updateTo: string | null;
	/** The admin screen that performs it; null when none is known. */
	url: string | null;
	/** The engine's reason, citing W1 or W2. */
	reason: string;
}

/**
 * The components the verdict puts outside the window, with what fixes each.
 *
 * @param verdict               The engine's verdict.
 * @param screens               Admin URLs of the update screens.
 * @param screens.updateCoreUrl update-core.php.
 * @param screens.pluginsUrl    plugins.php.
 * @return One entry per component outside the window.
 */
export function neededUpdates(
	verdict: SupportVerdict,
	screens: { updateCoreUrl: string; pluginsUrl: string }
): NeededUpdate[] {
	return verdict.components
		.filter( ( component ) => component.status === 'outside' )
		.map( ( component ) => {
			let url: string | null = null;
			if ( component.fix?.screen === 'update-core.php' ) {
				url = screens.updateCoreUrl;
			} else if ( component.fix?.screen === 'plugins.php' ) {
				url = screens.pluginsUrl;
			}
			return {
				slug: component.slug,
				name: component.name,
				installed: component.installed,
				updateTo: component.fix?.updateTo ?? null,
				url,
				reason: component.reason,
			};
		} );
}
