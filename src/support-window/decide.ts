/**
 * The status computation, pure and without a sentence: all the admin-bar
 * badge loads on every screen. explain.ts adds, for the page, the reasons,
 * the fixes and the details (SPEC "The supported window", "Eligibility and
 * running components").
 *
 * The window of a component is its releases, newest first. With a release
 * list: its stable releases ordered by version (never by date: WordPress
 * and WooCommerce ship backports on old branches after newer releases),
 * equal versions once (`6.9` = `6.9.0`), a stable reported latest added.
 * With only the latest: the consecutive patches below it on its line are
 * assumed (`3.7.28`, N = 2: `3.7.27`, `3.7.26`; `6.9` is `6.9.0`), down to
 * patch 0 at most. The newest and the N releases below it are inside; a
 * version below the window's end is outside when the window has N + 1
 * releases, and `unknown` (not a guess) when it is shorter.
 */
import { isValidPolicy } from './policy';
import type * as T from './types';
import { isReadableVersion, isStableVersion, versionKey } from './version';

/** A version with its key, computed once. */
export type Release = { v: string; k: string };
const release = ( v: string ): Release => ( { v, k: versionKey( v ) } );

export interface Window {
	list: Release[];
	/** Estimate only: the latest's line (`3.7` of `3.7.28`) and patch. */
	line: number[] | null;
	patch: number;
	reported: Release | null;
	/** The newest release of the list itself. */
	newest: Release | undefined;
}

// Distinct releases, newest first; the stable sort keeps the first spelling.
function newestFirst( releases: Release[] ): Release[] {
	const sorted = releases.sort( ( a, b ) =>
		a.k < b.k ? 1 : -( a.k > b.k )
	);
	return sorted.filter( ( r, i ) => r.k !== sorted[ i - 1 ]?.k );
}

export function windowOf( c: T.ComponentFacts, allowed: number ): Window {
	const stable = c.releases?.filter( isStableVersion ) ?? [];
	const listed = newestFirst( stable.map( release ) );
	const [ newest ] = listed;
	const reported = isStableVersion( c.latest ) ? release( c.latest ) : null;
	const line = ( reported?.v ?? '-' ).split( '.' ).map( Number );
	if ( newest || ! reported || ! line.every( Number.isSafeInteger ) ) {
		const list = newestFirst(
			reported && newest ? [ reported, ...listed ] : listed
		);
		return { list, line: null, patch: 0, reported, newest };
	}
	while ( line.length < 3 ) {
		line.push( 0 );
	}
	const patch = line.pop() as number;
	const list = [ reported ];
	for ( let p = patch - 1; p >= 0 && p >= patch - allowed; p-- ) {
		list.push( release( [ ...line, p ].join( '.' ) ) );
	}
	return { list, line, patch, reported, newest };
}

/**
 * Where a version stands in a window: a pre-release or development build is
 * outside (the policy covers released versions), an unreadable one unknown.
 *
 * @param v       Installed version.
 * @param w       The window.
 * @param allowed Releases allowed behind.
 */
export function placeIn(
	v: string,
	w: Window,
	allowed: number
): T.WindowStatus {
	const [ top, end ] = [ w.list[ 0 ], w.list[ w.list.length - 1 ] ];
	if ( ! isReadableVersion( v ) || ! top || ! end ) {
		return 'unknown';
	}
	if ( ! isStableVersion( v ) ) {
		return 'outside';
	}
	const k = versionKey( v );
	if ( k >= top.k ) {
		return 'latest';
	}
	const bottom = w.list[ allowed ];
	if ( ! bottom && k < end.k ) {
		return 'unknown';
	}
	return k >= ( bottom ?? end ).k ? 'in-window' : 'outside';
}

export const own = ( policy: T.SupportPolicy, slug: string ) =>
	Object.prototype.hasOwnProperty.call( policy.components, slug );

/**
 * How many releases behind the latest a component may be: a component the
 * policy does not name must be the latest (W1).
 *
 * @param slug   Component slug.
 * @param policy A valid policy.
 */
export function allowedBehind( slug: string, policy: T.SupportPolicy ) {
	return own( policy, slug )
		? ( policy.components[ slug ]?.releasesBehind ?? 0 )
		: 0;
}

/**
 * The rule that needs a component running: W1 (required), E1 (premium).
 *
 * @param slug   Component slug.
 * @param policy A valid policy.
 */
export function neededBy( slug: string, policy: T.SupportPolicy ) {
	if ( own( policy, slug ) && policy.components[ slug ]?.required ) {
		return 'W1';
	}
	return policy.premium?.includes( slug ) ? 'E1' : null;
}

/** A component's status as decide() gives it (all the badge needs). */
export type Decided = Pick<
	T.ComponentVerdict,
	'slug' | 'name' | 'status' | 'windowStatus' | 'rule'
>;

// One component's status and rule. Installed but not active, it is reported
// with what its window would say and does not decide: the policy speaks of
// sites running the plugins.
function judge( c: T.ComponentFacts, policy: T.SupportPolicy ): Decided {
	const undecided = {
		slug: c.slug,
		name: c.name || c.slug,
		status: 'unknown',
		rule: null,
	} as const;
	if ( c.malformed || ( c.installed === null && c.slug === 'wordpress' ) ) {
		return undecided; // WordPress is always installed: no version is missing data.
	}
	const needs = neededBy( c.slug, policy );
	if ( c.installed === null ) {
		const rule = needs === 'W1' ? needs : null;
		return { ...undecided, status: 'not-installed', rule };
	}
	const allowed = allowedBehind( c.slug, policy );
	const status = placeIn( c.installed, windowOf( c, allowed ), allowed );
	// W1: "the latest", and released versions only; W2: a plugin's window.
	const plugin = allowed > 0 && isStableVersion( c.installed );
	let rule: T.WindowRule | null = status === 'unknown' ? null : 'W1';
	if ( status === 'in-window' || ( status === 'outside' && plugin ) ) {
		rule = 'W2';
	}
	if ( c.active ) {
		return { ...undecided, status, rule };
	}
	return {
		...undecided,
		status: 'inactive',
		windowStatus: status,
		rule: needs,
	};
}

/**
 * The verdict, without words. Overall, first match wins (SPEC): `unknown`
 * when the policy or the facts cannot be used; `not-eligible` when the
 * policy names premium products and none is installed and active (E1, C1);
 * `outside` when a running component is outside or a required one does not
 * run (W1); `unknown` when a running one cannot be decided, or the facts do
 * not report a required or premium one; else `supported`. Without `premium`
 * and `required` (another vendor's policy), plugins not installed or not
 * active do not count.
 *
 * @param facts  Parsed site facts.
 * @param policy The policy, checked here: it comes from a PHP filter.
 * @return The verdict, and the required or premium slugs not reported.
 */
export function decide(
	facts: T.SiteFacts,
	policy: T.SupportPolicy
): { overall: T.OverallStatus; components: Decided[]; missing: string[] } {
	if ( ! isValidPolicy( policy ) || facts.components.length === 0 ) {
		return {
			overall: 'unknown',
			components: facts.components.map( ( c ) => ( {
				slug: c.slug,
				name: c.name || c.slug,
				status: 'unknown',
				rule: null,
			} ) ),
			missing: [],
		};
	}
	const components = facts.components.map( ( c ) => judge( c, policy ) );
	const running = components.filter(
		( v ) => v.status !== 'not-installed' && v.status !== 'inactive'
	);
	const reported = ( slug: string ) =>
		components.some( ( v ) => v.slug === slug );
	// Reported, and not running (an entry of the same slug may run).
	const idle = ( slug: string ) =>
		reported( slug ) && ! running.some( ( v ) => v.slug === slug );
	const premium = policy.premium ?? [];
	const required = Object.keys( policy.components ).filter(
		( s ) => neededBy( s, policy ) === 'W1'
	);
	const missing = [ ...new Set( [ ...required, ...premium ] ) ].filter(
		( s ) => ! reported( s )
	);
	let overall: T.OverallStatus = 'supported';
	if ( premium.length > 0 && premium.every( idle ) ) {
		overall = 'not-eligible';
	} else if (
		running.some( ( v ) => v.status === 'outside' ) ||
		required.some( idle )
	) {
		overall = 'outside';
	} else if (
		missing.length > 0 ||
		running.length === 0 ||
		running.some( ( v ) => v.status === 'unknown' )
	) {
		overall = 'unknown'; // Never supported on missing data.
	}
	return { overall, components, missing };
}
