/**
 * Words and icons for the statuses, shared by the page and the badge.
 *
 * Pure strings (no React) so that the tiny badge bundle can use them too.
 * Every status is shown as an icon *and* a word: colour alone never carries it.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ComponentStatus, OverallStatus } from '../../support-window';

/** Cached facts older than this are called stale (the badge never refreshes them). */
export const STALE_AFTER_MS = 12 * 60 * 60 * 1000;

/**
 * The overall status in a few words, as the badge and the page headline say it.
 *
 * @param status Overall status.
 * @return Label.
 */
export function overallLabel( status: OverallStatus ): string {
	switch ( status ) {
		case 'supported':
			return __( 'Supported', 'dokan-support-check' );
		case 'outside':
			return __( 'Outside the supported window', 'dokan-support-check' );
		default:
			return __( 'Can’t tell', 'dokan-support-check' );
	}
}

/**
 * A component status in a few words.
 *
 * @param status Component status.
 * @return Label.
 */
export function componentStatusLabel( status: ComponentStatus ): string {
	switch ( status ) {
		case 'latest':
			return __( 'Latest', 'dokan-support-check' );
		case 'in-window':
			return __( 'Supported (not latest)', 'dokan-support-check' );
		case 'outside':
			return __( 'Outside', 'dokan-support-check' );
		case 'not-installed':
			return __( 'Not installed', 'dokan-support-check' );
		default:
			return __( 'Can’t tell', 'dokan-support-check' );
	}
}

/**
 * The Dashicon that goes with a status (dashicons ship with every wp-admin screen,
 * so the icon costs no bytes in our bundles).
 *
 * @param status Overall or component status.
 * @return Dashicon class name, without the `dashicons` base class.
 */
export function statusIcon( status: OverallStatus | ComponentStatus ): string {
	switch ( status ) {
		case 'supported':
		case 'latest':
		case 'in-window':
			return 'dashicons-yes-alt';
		case 'outside':
			return 'dashicons-warning';
		case 'not-installed':
			return 'dashicons-minus';
		default:
			return 'dashicons-editor-help';
	}
}

/**
 * Whether facts generated at `generatedAt` are too old to trust without a new check.
 *
 * @param generatedAt ISO 8601 time the facts were assembled.
 * @param now         Current time in milliseconds.
 * @return True when stale, or when the time cannot be read.
 */
export function isStale( generatedAt: string, now: number ): boolean {
	const time = Date.parse( generatedAt );
	return Number.isNaN( time ) || now - time > STALE_AFTER_MS;
}
