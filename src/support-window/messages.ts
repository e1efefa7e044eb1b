/**
 * Every sentence the engine writes, translatable (text domain
 * dokan-support-check). Reasons cite POLICY.md rule ids: W1 (latest
 * versions), W2 (plugin window), W3 (update first).
 */
import { __, _n, sprintf } from '@wordpress/i18n';

export function unknownComponentName(): string {
	return __( 'Unknown component', 'dokan-support-check' );
}

export function malformedComponent(): string {
	return __(
		'The facts about this component are malformed, so its support window cannot be checked.',
		'dokan-support-check'
	);
}

export function invalidPolicy( name: string ): string {
	return sprintf(
		/* translators: %s: component name, e.g. Dokan. */
		__(
			'%s: the support policy is invalid, so the support window cannot be checked.',
			'dokan-support-check'
		),
		name
	);
}

export function notInstalled( name: string ): string {
	return sprintf(
		/* translators: %s: component name, e.g. Dokan Pro. */
		__( '%s is not installed.', 'dokan-support-check' ),
		name
	);
}

export function installedUndetected( name: string ): string {
	return sprintf(
		/* translators: %s: component name, e.g. WordPress. */
		__(
			'%s: the installed version could not be detected, so the support window cannot be checked.',
			'dokan-support-check'
		),
		name
	);
}

export function unreadable( name: string, installed: string ): string {
	return sprintf(
		/* translators: 1: component name, 2: the version string as found. */
		__(
			'%1$s: the installed version "%2$s" cannot be read, so the support window cannot be checked.',
			'dokan-support-check'
		),
		name,
		installed
	);
}

export function latestUnknown( name: string, installed: string ): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version. */
		__(
			'%1$s %2$s: the latest version is not known, so the support window cannot be checked.',
			'dokan-support-check'
		),
		name,
		installed
	);
}

export function isLatest( name: string, installed: string ): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version. */
		__(
			'%1$s %2$s is the latest version: supported (W1).',
			'dokan-support-check'
		),
		name,
		installed
	);
}

export function inWindow(
	name: string,
	installed: string,
	behind: number,
	latest: string
): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version, 3: number of releases, 4: latest version. */
		_n(
			'%1$s %2$s is %3$d release behind %4$s: still supported (W2). Update first (W3).',
			'%1$s %2$s is %3$d releases behind %4$s: still supported (W2). Update first (W3).',
			behind,
			'dokan-support-check'
		),
		name,
		installed,
		behind,
		latest
	);
}

export function outsideBehind(
	name: string,
	installed: string,
	behind: number,
	latest: string,
	oldest: string
): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version, 3: number of releases, 4: latest version, 5: oldest supported version. */
		_n(
			'%1$s %2$s is %3$d release behind %4$s: outside the supported window, which ends at %5$s (W2). Update to %4$s (W3).',
			'%1$s %2$s is %3$d releases behind %4$s: outside the supported window, which ends at %5$s (W2). Update to %4$s (W3).',
			behind,
			'dokan-support-check'
		),
		name,
		installed,
		behind,
		latest,
		oldest
	);
}

export function outsideBelow(
	name: string,
	installed: string,
	latest: string,
	oldest: string
): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version, 3: latest version, 4: oldest supported version. */
		__(
			'%1$s %2$s is older than %4$s, the oldest version supported below %3$s: outside the supported window (W2). Update to %3$s (W3).',
			'dokan-support-check'
		),
		name,
		installed,
		latest,
		oldest
	);
}

export function notLatest(
	name: string,
	installed: string,
	latest: string
): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version, 3: latest version. */
		__(
			'%1$s %2$s is not the latest version (%3$s): support requires the latest %1$s (W1). Update to %3$s (W3).',
			'dokan-support-check'
		),
		name,
		installed,
		latest
	);
}

export function preReleaseBelow(
	name: string,
	installed: string,
	latest: string
): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version, 3: latest version. */
		__(
			'%1$s %2$s is a pre-release or development build: the support policy covers released versions only (W1). Update to %3$s (W3).',
			'dokan-support-check'
		),
		name,
		installed,
		latest
	);
}

export function preRelease( name: string, installed: string ): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version. */
		__(
			'%1$s %2$s is a pre-release or development build: the support policy covers released versions only (W1). Install a released version.',
			'dokan-support-check'
		),
		name,
		installed
	);
}

export function estimateCrosses(
	name: string,
	installed: string,
	latest: string,
	allowed: number
): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version, 3: latest version, 4: number of releases allowed behind. */
		_n(
			'%1$s %2$s: only the latest version (%3$s) is known, and counting %4$d release back from it reaches an earlier version line, so the support window cannot be estimated. Update to %3$s to be sure (W3).',
			'%1$s %2$s: only the latest version (%3$s) is known, and counting %4$d releases back from it reaches an earlier version line, so the support window cannot be estimated. Update to %3$s to be sure (W3).',
			allowed,
			'dokan-support-check'
		),
		name,
		installed,
		latest,
		allowed
	);
}

export function listTooShort(
	name: string,
	installed: string,
	oldestKnown: string,
	latest: string
): string {
	return sprintf(
		/* translators: 1: component name, 2: installed version, 3: oldest release in the list, 4: latest version. */
		__(
			'%1$s %2$s is older than every known release (the oldest is %3$s) and the release list is too short to place it, so the support window cannot be checked. Update to %4$s to be sure (W3).',
			'dokan-support-check'
		),
		name,
		installed,
		oldestKnown,
		latest
	);
}

/* Notes. */

export function noteEstimate( line: string ): string {
	return sprintf(
		/* translators: %s: a version line, e.g. 4.1. */
		__(
			'Basis: estimate. No release list is known, so the window was estimated from version numbers, assuming consecutive patch releases on the %s line.',
			'dokan-support-check'
		),
		line
	);
}

export function noteNewerThanKnown(
	installed: string,
	latest: string
): string {
	return sprintf(
		/* translators: 1: installed version, 2: newest known release. */
		__(
			'%1$s is newer than the newest known release (%2$s): stale data?',
			'dokan-support-check'
		),
		installed,
		latest
	);
}

export function noteNotInPolicy(): string {
	return __(
		'The support policy does not name this component, so it must be the latest version (W1).',
		'dokan-support-check'
	);
}

export function noteInactive(): string {
	return __( 'Installed but not active.', 'dokan-support-check' );
}

export function noteDetectionError( error: string ): string {
	return sprintf(
		/* translators: %s: the error reported by the site check. */
		__( 'Detection problem: %s', 'dokan-support-check' ),
		error
	);
}

export function noteLatestAddedToList( latest: string ): string {
	return sprintf(
		/* translators: %s: latest version. */
		__(
			'The release list does not include the reported latest version %s; it was counted as the newest release.',
			'dokan-support-check'
		),
		latest
	);
}

export function noteListNewerThanLatest(
	newest: string,
	latest: string
): string {
	return sprintf(
		/* translators: 1: newest release in the list, 2: reported latest version. */
		__(
			'The release list includes %1$s, newer than the reported latest version %2$s; the window counts from %1$s.',
			'dokan-support-check'
		),
		newest,
		latest
	);
}

export function noteLatestNotStable( latest: string ): string {
	return sprintf(
		/* translators: %s: the reported latest version. */
		__(
			'The reported latest version "%s" is not a stable release, so it was not used.',
			'dokan-support-check'
		),
		latest
	);
}

export function noteListWithoutStable(): string {
	return __(
		'The release list holds no stable release, so it was not used.',
		'dokan-support-check'
	);
}
