/**
 * The engine's sentences, by name, in translatable words: the engine
 * (src/support-window/) decides and names the reason for each verdict, and
 * evaluate() puts it in these words. Reasons cite POLICY.md's rules. The page
 * loads them; the badge does not.
 */

/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

type Args = ( string | number | { got: unknown } )[];

const TEXT = {
	unknownComponentName: () =>
		__( 'Unknown component', 'dokan-support-check' ),
	installedUndetected: () =>
		/* translators: %s: component name, e.g. WordPress. */
		__(
			'%s: the installed version could not be detected, so the support window cannot be checked.',
			'dokan-support-check'
		),
	notReported: () =>
		/* translators: %s: component slugs, e.g. woocommerce. */
		__(
			'The site check did not report %s, which the support policy names, so support cannot be checked.',
			'dokan-support-check'
		),
	notInstalled: () =>
		/* translators: %s: component name, e.g. Dokan Pro. */
		__( '%s is not installed.', 'dokan-support-check' ),
	requiredMissing: () =>
		/* translators: %1$s: component name, e.g. WooCommerce. */
		__(
			'%1$s is not installed, and support is for sites running it (W1). Install %1$s.',
			'dokan-support-check'
		),
	inactiveNeeded: () =>
		/* translators: 1: component name, 2: installed version, 3: rule id, W1 or E1. */
		__(
			'%1$s %2$s is installed but not active, and support is for sites running it (%3$s). Activate %1$s on the Plugins screen.',
			'dokan-support-check'
		),
	inactiveIgnored: () =>
		/* translators: 1: component name, 2: installed version. */
		__(
			'%1$s %2$s is installed but not active, so it does not count: the support policy speaks of sites running the plugins.',
			'dokan-support-check'
		),
	unreadable: () =>
		/* translators: 1: component name, 2: the version string as found. */
		__(
			'%1$s: the installed version "%2$s" cannot be read, so the support window cannot be checked.',
			'dokan-support-check'
		),
	latestUnknown: () =>
		/* translators: 1: component name, 2: installed version. */
		__(
			'%1$s %2$s: the latest version is not known, so the support window cannot be checked.',
			'dokan-support-check'
		),
	isLatest: () =>
		/* translators: 1: component name, 2: installed version. */
		__(
			'%1$s %2$s is the latest version: supported (W1).',
			'dokan-support-check'
		),
	inWindow: ( a: Args ) =>
		/* translators: 1: component name, 2: installed version, 3: latest version, 5: number of releases. */
		_n(
			'%1$s %2$s is %5$d release behind %3$s: still supported (W2). Update first (W3).',
			'%1$s %2$s is %5$d releases behind %3$s: still supported (W2). Update first (W3).',
			Number( a[ 4 ] ),
			'dokan-support-check'
		),
	outsideBehind: ( a: Args ) =>
		/* translators: 1: component name, 2: installed version, 3: latest version, 4: oldest supported version, 5: number of releases. */
		_n(
			'%1$s %2$s is %5$d release behind %3$s: outside the supported window, which ends at %4$s (W2). Update to %3$s (W3).',
			'%1$s %2$s is %5$d releases behind %3$s: outside the supported window, which ends at %4$s (W2). Update to %3$s (W3).',
			Number( a[ 4 ] ),
			'dokan-support-check'
		),
	outsideBelow: () =>
		/* translators: 1: component name, 2: installed version, 3: latest version, 4: oldest supported version. */
		__(
			'%1$s %2$s is older than %4$s, the oldest version supported below %3$s: outside the supported window (W2). Update to %3$s (W3).',
			'dokan-support-check'
		),
	notLatest: () =>
		/* translators: 1: component name, 2: installed version, 3: latest version. */
		__(
			'%1$s %2$s is not the latest version (%3$s): support requires the latest %1$s (W1). Update to %3$s (W3).',
			'dokan-support-check'
		),
	preRelease: () =>
		/* translators: 1: component name, 2: installed version. */
		__(
			'%1$s %2$s is a pre-release or development build: the support policy covers released versions only (W1). Install a released version.',
			'dokan-support-check'
		),
	estimateCrosses: ( a: Args ) =>
		/* translators: 1: component name, 2: installed version, 3: latest version, 5: number of releases allowed behind. */
		_n(
			'%1$s %2$s: only the latest version (%3$s) is known, and counting %5$d release back from it reaches an earlier version line, so the support window cannot be estimated. Update to %3$s to be sure (W3).',
			'%1$s %2$s: only the latest version (%3$s) is known, and counting %5$d releases back from it reaches an earlier version line, so the support window cannot be estimated. Update to %3$s to be sure (W3).',
			Number( a[ 4 ] ),
			'dokan-support-check'
		),
	listTooShort: () =>
		/* translators: 1: component name, 2: installed version, 3: latest version, 6: oldest release in the list. */
		__(
			'%1$s %2$s is older than every known release (the oldest is %6$s) and the release list is too short to place it, so the support window cannot be checked. Update to %3$s to be sure (W3).',
			'dokan-support-check'
		),
	noComponents: () =>
		__(
			'The site facts list no components, so support cannot be checked.',
			'dokan-support-check'
		),
	invalidPolicy: () =>
		/* translators: %s: component name, e.g. Dokan. */
		__(
			'%s: the support policy is invalid, so the support window cannot be checked.',
			'dokan-support-check'
		),
	invalidPolicyError: () =>
		/* translators: %s: the problems found in the policy. */
		__(
			'The support policy is invalid, so support cannot be checked: %s',
			'dokan-support-check'
		),
	policyNotObject: () =>
		/* translators: %s: what was received instead, e.g. null or "a list". */
		__(
			'The support policy must be an object, but it is %s.',
			'dokan-support-check'
		),
	policyVendor: () =>
		/* translators: %s: what was received instead. */
		__(
			'The support policy needs a vendor name ("vendor"), but it is %s.',
			'dokan-support-check'
		),
	policyComponents: () =>
		/* translators: %s: what was received instead. */
		__(
			'The support policy needs "components", an object keyed by component slug, but it is %s.',
			'dokan-support-check'
		),
	policyEmptySlug: () =>
		__(
			'The support policy names a component with an empty slug.',
			'dokan-support-check'
		),
	policyBehind: () =>
		/* translators: 1: component slug, 2: largest allowed number, 3: what was received instead. */
		__(
			'The support policy for "%1$s" needs "releasesBehind", a whole number from 0 to %2$d, but it is %3$s.',
			'dokan-support-check'
		),
	policyRequired: () =>
		/* translators: 1: component slug, 2: what was received instead. */
		__(
			'The support policy for "%1$s" says "required" is %2$s, but it must be true or false.',
			'dokan-support-check'
		),
	policyPremium: () =>
		/* translators: %s: what was received instead. */
		__(
			'The support policy’s "premium" must be a list of component slugs, but it is %s.',
			'dokan-support-check'
		),
	policyPremiumSlug: () =>
		/* translators: %s: a component slug. */
		__(
			'The support policy names "%s" as premium, but has no component of that slug.',
			'dokan-support-check'
		),
	noteEstimate: () =>
		/* translators: %s: a version line, e.g. 4.1. */
		__(
			'Basis: estimate. No release list is known, so the window was estimated from version numbers, assuming consecutive patch releases on the %s line.',
			'dokan-support-check'
		),
	noteNewerThanKnown: () =>
		/* translators: 1: installed version, 2: newest known release. */
		__(
			'%1$s is newer than the newest known release (%2$s): stale data?',
			'dokan-support-check'
		),
	noteNotInPolicy: () =>
		__(
			'The support policy does not name this component, so it must be the latest version (W1).',
			'dokan-support-check'
		),
	noteWouldBe: () =>
		/* translators: %s: what the support window says of the installed version. */
		__( 'If it were active: %s', 'dokan-support-check' ),
	noteDetectionError: () =>
		/* translators: %s: the error reported by the site check. */
		__( 'Detection problem: %s', 'dokan-support-check' ),
	noteLatestAddedToList: () =>
		/* translators: %s: latest version. */
		__(
			'The release list does not include the reported latest version %s; it was counted as the newest release.',
			'dokan-support-check'
		),
	noteListMissesReleases: () =>
		/* translators: 1: newest release in the list, 2: reported latest version, 3: a version line, e.g. 3.7. */
		__(
			'Basis: estimate. The release list stops at %1$s, more than one release below the reported latest version %2$s, so it misses releases and was not used: the window was estimated from version numbers, assuming consecutive patch releases on the %3$s line.',
			'dokan-support-check'
		),
	noteListNewerThanLatest: () =>
		/* translators: 1: newest release in the list, 2: reported latest version. */
		__(
			'The release list includes %1$s, newer than the reported latest version %2$s; the window counts from %1$s.',
			'dokan-support-check'
		),
	noteLatestNotStable: () =>
		/* translators: %s: the reported latest version. */
		__(
			'The reported latest version "%s" is not a stable release, so it was not used.',
			'dokan-support-check'
		),
	noteListWithoutStable: () =>
		__(
			'The release list holds no stable release, so it was not used.',
			'dokan-support-check'
		),
};

export type Sentence = keyof typeof TEXT;
/** A sentence and its arguments; `got`: a value to describe. */
export type Why = [ Sentence, ...Args ];

// A value found where it does not belong, in a few words.
function describe( value: unknown ): string {
	if ( Array.isArray( value ) ) {
		return __( 'a list', 'dokan-support-check' );
	}
	if ( typeof value === 'string' ) {
		return JSON.stringify( value.slice( 0, 40 ) );
	}
	if ( typeof value === 'number' || typeof value === 'boolean' ) {
		return String( value );
	}
	return value === null ? 'null' : typeof value;
}

/**
 * Puts a named sentence in words.
 *
 * @param why The sentence and its arguments.
 */
export function say( why: Why ): string {
	const [ sentence, ...args ] = why;
	const words = args.map( ( a ) =>
		typeof a === 'object' ? describe( a.got ) : a
	);
	// One call for every sentence, so sprintf cannot type the arguments per template.
	const format = sprintf as (
		template: string,
		...values: unknown[]
	) => string;
	return format( TEXT[ sentence ]( args ), ...words );
}
