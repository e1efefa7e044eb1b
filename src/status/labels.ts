/**
 * Words and icons for the statuses, and what a verdict asks of the site, shared
 * by the page and the badge. No React and no engine sentences, so that the badge
 * bundle (every admin screen) stays small. Every status is shown as an icon *and*
 * a word: colour alone never carries it.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { readableList } from '../readable-list';
import type {
	ComponentStatus,
	ComponentVerdict,
	OverallStatus,
	SiteFacts,
	SupportPolicy,
} from '../support-window/types';

/** Latest versions learnt longer ago than this are called stale (the badge never refreshes them). */
export const STALE_AFTER_MS = 12 * 60 * 60 * 1000;

/**
 * The overall status in a few words, as the badge and the page headline say it.
 * Not eligible is said calmly: for a Dokan Lite user it is a fact, not a fault.
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
		case 'not-eligible':
			return __( 'Dokan Pro not in use', 'dokan-support-check' );
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
		case 'inactive':
			return __( 'Inactive', 'dokan-support-check' );
		default:
			return __( 'Can’t tell', 'dokan-support-check' );
	}
}

/**
 * The Dashicon that goes with an overall status (dashicons ship with every
 * wp-admin screen, so an icon costs no bytes in our bundles).
 *
 * @param status Overall status.
 * @return Dashicon class name, without the `dashicons` base class.
 */
export function overallIcon( status: OverallStatus ): string {
	const icons = {
		supported: 'yes-alt',
		outside: 'warning',
		'not-eligible': 'info-outline',
		unknown: 'editor-help',
	};
	return 'dashicons-' + icons[ status ];
}

/**
 * The Dashicon that goes with a component status.
 *
 * @param status Component status.
 * @return Dashicon class name, without the `dashicons` base class.
 */
export function componentIcon( status: ComponentStatus ): string {
	const icons = {
		latest: 'yes-alt',
		'in-window': 'yes-alt',
		outside: 'warning',
		unknown: 'editor-help',
		'not-installed': 'minus',
		inactive: 'minus',
	};
	return 'dashicons-' + icons[ status ];
}

/**
 * When the facts' latest versions were last checked: the newest `checkedAt` of
 * their components, as Site Health's "Latest versions checked at" says. Not
 * `generatedAt`: PHP assembles facts at each page load and REST request, from
 * stored answers that can be days old.
 *
 * @param facts The facts.
 * @return Milliseconds since 1970; 0 when no latest version is known.
 */
export function lastChecked( facts: Pick< SiteFacts, 'components' > ): number {
	// Unknown (null, which Date.parse() reads as "null") or unreadable: NaN, so 0.
	const times = facts.components.map(
		( c ) => Date.parse( c.checkedAt as string ) || 0
	);
	return Math.max( 0, ...times );
}

/**
 * Whether the facts' latest versions are too old to trust without a new check.
 *
 * @param facts The facts.
 * @param now   Current time in milliseconds.
 * @return True when the newest check of a latest version is more than 12 hours
 *         old; false when no latest version is known (nothing to be stale).
 */
export function isStale(
	facts: Pick< SiteFacts, 'components' >,
	now: number
): boolean {
	return now - ( lastChecked( facts ) || now ) > STALE_AFTER_MS;
}

/** What the helpers below read of a component: decide() gives no more. */
type Status = Pick< ComponentVerdict, 'slug' | 'name' | 'status' | 'rule' >;

/** A verdict from evaluate(), or decide()'s statuses. */
interface Statuses {
	components: Status[];
}

/**
 * What a component needs done for support, read from its status (never a
 * second decision): update it when it runs outside its window, install or
 * activate it when the policy requires it running (W1).
 *
 * @param component A component of the verdict.
 * @return The action, or null when support needs nothing done to it.
 */
export function neededAction(
	component: Status
): 'update' | 'install' | 'activate' | null {
	if ( component.status === 'outside' ) {
		return 'update';
	}
	if ( component.rule !== 'W1' ) {
		return null;
	}
	if ( component.status === 'not-installed' ) {
		return 'install';
	}
	return component.status === 'inactive' ? 'activate' : null;
}

/**
 * The premium products of a not-eligible verdict (E1, C1): their names, and
 * whether one is installed but not active (then activating it is the way back).
 *
 * @param verdict The verdict.
 * @param policy  The policy it applied.
 * @return Names (as a list) and whether activating would do.
 */
export function premiumProducts(
	verdict: Statuses,
	policy: SupportPolicy
): { names: string; inactive: boolean } {
	const premium = verdict.components.filter( ( c ) =>
		policy.premium?.includes( c.slug )
	);
	const inactive = premium.filter( ( c ) => c.status === 'inactive' );
	return {
		names: readableList(
			( inactive.length > 0 ? inactive : premium ).map( ( c ) => c.name )
		),
		inactive: inactive.length > 0,
	};
}
