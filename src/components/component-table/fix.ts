/**
 * A component's fix as a link: where it is done and what the button says. No
 * React, so that the ticket's pure modules share it with the table.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ComponentVerdict } from '../../support-window';

/** The admin screens where fixes are done (from PHP, or relative fallbacks). */
export interface UpdateUrls {
	updateCoreUrl: string;
	pluginsUrl: string;
	pluginInstallUrl: string;
}

/**
 * Where a fix is done: WordPress's update screen, the Plugins screen, or the
 * Add Plugins screen searching for the component.
 *
 * @param component The component.
 * @param urls      The admin screens.
 * @return The URL, or null when the verdict names no screen.
 */
export function fixUrl(
	component: ComponentVerdict,
	urls: UpdateUrls
): string | null {
	switch ( component.fix?.screen ) {
		case 'update-core.php':
			return urls.updateCoreUrl;
		case 'plugins.php':
			return urls.pluginsUrl;
		case 'plugin-install.php': {
			const query = new URLSearchParams( {
				s: component.name,
				tab: 'search',
				type: 'term',
			} );
			const join = urls.pluginInstallUrl.includes( '?' ) ? '&' : '?';
			return urls.pluginInstallUrl + join + query.toString();
		}
	}
	return null;
}

/**
 * The words of a fix's button.
 *
 * @param component The component, with a fix.
 * @return The label.
 */
export function fixLabel( component: ComponentVerdict ): string {
	const { fix, name } = component;
	if ( fix?.action === 'install' ) {
		return sprintf(
			/* translators: %s: component name, e.g. WooCommerce. */
			__( 'Install %s', 'dokan-support-check' ),
			name
		);
	}
	if ( fix?.action === 'activate' ) {
		return sprintf(
			/* translators: %s: component name, e.g. Dokan Pro. */
			__( 'Activate %s', 'dokan-support-check' ),
			name
		);
	}
	return fix?.updateTo
		? sprintf(
				/* translators: 1: component name, 2: version to update to. */
				__( 'Update %1$s to %2$s', 'dokan-support-check' ),
				name,
				fix.updateTo
			)
		: sprintf(
				/* translators: %s: component name. */
				__( 'Update %s', 'dokan-support-check' ),
				name
			);
}
