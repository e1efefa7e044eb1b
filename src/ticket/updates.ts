/**
 * What brings an outside-the-window site back inside (W1-W3): updates, and
 * the required plugins to install or activate. Read from the engine's verdict:
 * this module never re-decides the window. Pure: no DOM.
 */

/**
 * Internal dependencies
 */
import { fixUrl } from '../components/component-table/fix';
import { neededAction } from '../status/labels';
import type { SupportVerdict } from '../support-window';

export interface NeededUpdate {
	slug: string;
	name: string;
	/** What fixes it: update it, or install or activate a required plugin (W1). */
	action: 'update' | 'install' | 'activate';
	/** The admin screen that performs it; null when none is known. */
	url: string | null;
	/** The engine's reason, citing W1 or W2; it ends with the fix (W3). */
	reason: string;
}

/**
 * The components the verdict puts outside the window, or that the policy needs
 * running and are not, with what fixes each.
 *
 * @param verdict                  The engine's verdict.
 * @param screens                  Admin URLs of the screens that fix things.
 * @param screens.updateCoreUrl    update-core.php.
 * @param screens.pluginsUrl       plugins.php.
 * @param screens.pluginInstallUrl plugin-install.php (relative when PHP gave none).
 * @return One entry per component to fix.
 */
export function neededUpdates(
	verdict: SupportVerdict,
	screens: {
		updateCoreUrl: string;
		pluginsUrl: string;
		pluginInstallUrl?: string;
	}
): NeededUpdate[] {
	const urls = {
		...screens,
		pluginInstallUrl: screens.pluginInstallUrl || 'plugin-install.php',
	};
	return verdict.components.flatMap( ( component ) => {
		const action = neededAction( component );
		return action
			? [
					{
						slug: component.slug,
						name: component.name,
						action,
						url: fixUrl( component, urls ),
						reason: component.reason,
					},
				]
			: [];
	} );
}
