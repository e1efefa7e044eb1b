/**
 * The badge bundle: fills the admin-bar node and the dashboard widget that
 * php/Badge.php prints, from the cached facts printed with it. Plain DOM and the
 * engine's decision only (no React, no REST call, none of the engine's
 * sentences), so it stays small on every admin screen.
 */

/**
 * Internal dependencies
 */
import { defaultPolicy } from '../support-window/policy';
import type { SiteFacts, SupportPolicy } from '../support-window/types';
import { overallIcon } from '../status/labels';
import { badgeState } from './state';
import type { BadgeState } from './state';
import { FACTS_EVENT } from './event';
import './index.scss';

export interface BadgeData {
	/** The cached facts as PHP printed them (read by parseComponents()); null = never checked. */
	facts: unknown;
	policy: SupportPolicy | null;
}

declare global {
	interface Window {
		dokanSupportCheckBadge?: BadgeData;
	}
}

/**
 * Writes a state into every badge element under `root`.
 *
 * @param root  Where to look (the document).
 * @param state What to show.
 */
export function paint( root: ParentNode, state: BadgeState ): void {
	root.querySelectorAll< HTMLElement >( '[data-dsc-badge]' ).forEach(
		( badge ) => {
			badge.dataset.supportStatus = state.status;
			const icon = badge.querySelector( '.dsc-badge__icon' );
			if ( icon ) {
				// PHP prints one icon class (dashicons-editor-help): swapped for the status's.
				icon.className = icon.className.replace(
					/\bdashicons-[\w-]+/,
					overallIcon( state.status )
				);
			}
			badge
				.querySelectorAll( '.dsc-badge__text' )
				.forEach( ( el ) => ( el.textContent = state.label ) );
			// Where the admin bar hides the words (narrow screens), hovering says them.
			badge.title = state.label;
		}
	);
	// The widget's sentence sits beside its badge, not inside it.
	root.querySelectorAll( '.dsc-badge__detail' ).forEach(
		( el ) => ( el.textContent = state.detail )
	);
}

/**
 * Paints the badges from the printed data, and again whenever the page checks anew.
 *
 * @param data What PHP printed.
 */
export function start( data: BadgeData | undefined ): void {
	const policy = data?.policy ?? defaultPolicy;
	const show = ( facts: unknown ) =>
		paint( document, badgeState( facts, policy, Date.now() ) );
	show( data?.facts ?? null );
	window.addEventListener( FACTS_EVENT, ( event ) =>
		show( ( event as CustomEvent< SiteFacts > ).detail )
	);
}

// The script is printed in the footer, after the admin bar and the widget.
start( window.dokanSupportCheckBadge );
