/**
 * The statuses, without a word: all the admin-bar badge loads, on every
 * screen. The page's evaluate() completes each component from the window it
 * was placed in here. SPEC "The supported window", "Eligibility and running
 * components".
 */
import { has } from '../plain-object';
import { isValidPolicy } from './policy';
import type * as T from './types';
import { isReadableVersion, isStableVersion, versionKey } from './version';

/** A version with its key, computed once. */
type Release = { v: string; k: string };
const release = ( v: string ): Release => ( { v, k: versionKey( v ) } );

// Distinct releases, newest first; the stable sort keeps the first spelling.
function newestFirst( releases: Release[] ): Release[] {
	const sorted = releases.sort( ( a, b ) =>
		a.k < b.k ? 1 : -( a.k > b.k )
	);
	return sorted.filter( ( r, i ) => r.k !== sorted[ i - 1 ]?.k );
}

/*
 * A window: releases newest first, of which the first `allowed` + 1 are
 * inside. With a release list, its stable releases by version (never by
 * date: WordPress and WooCommerce ship backports on old branches after newer
 * releases), a stable reported latest added when nothing can be missing
 * between them (the list reaches the patch just below it, or it is the first
 * of its line). With only the latest (`line` and `patch` say so), or a list
 * that misses releases below it, the consecutive patches below the latest on
 * its line (`3.7.28`, N = 2: `3.7.27`, `3.7.26`; `6.9` is `6.9.0`), down to
 * patch 0.
 */
function windowOf( c: T.ComponentFacts, allowed: number ) {
	const stable = c.releases?.filter( isStableVersion ) ?? [];
	const listed = newestFirst( stable.map( release ) );
	const [ newest ] = listed;
	const reported = isStableVersion( c.latest ) ? release( c.latest ) : null;
	const line = ( reported?.v ?? '-' ).split( '.' ).map( Number );
	const numbered = line.every( Number.isSafeInteger );
	while ( line.length < 3 ) {
		line.push( 0 );
	}
	const patch = line.pop() as number;
	// Nothing missing between list and latest: the list reaches the patch just
	// below it, or it is the first of its line.
	const below = [ ...line, patch - 1 ].join( '.' );
	const joins = newest && ( patch < 1 || versionKey( below ) <= newest.k );
	if ( joins || ! reported || ! numbered ) {
		const all = newest && reported ? [ reported, ...listed ] : listed;
		const list = newestFirst( all );
		return { list, allowed, line: null, patch: 0, reported, newest };
	}
	const list = [ reported ];
	for ( let p = patch - 1; p >= 0 && p >= patch - allowed; p-- ) {
		list.push( release( [ ...line, p ].join( '.' ) ) );
	}
	return { list, allowed, line, patch, reported, newest };
}
export type Window = ReturnType< typeof windowOf >;

/*
 * Where version `v` stands in window `w`. Below the window's end: outside
 * when the window holds all N + 1 releases, else unknown (not a guess). A
 * pre-release or development build is outside: the policy covers releases.
 */
function placeIn( v: string, w: Window ): T.WindowStatus {
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
	const bottom = w.list[ w.allowed ];
	if ( ! bottom && k < end.k ) {
		return 'unknown';
	}
	return k >= ( bottom ?? end ).k ? 'in-window' : 'outside';
}

/** A component as decide() gives it, and the window it was placed in. */
export type Decided = Pick<
	T.ComponentVerdict,
	'slug' | 'name' | 'status' | 'windowStatus' | 'rule'
> & { window?: Window };

const undecided = ( c: T.ComponentFacts ): Decided => ( {
	slug: c.slug,
	name: c.name || c.slug,
	status: 'unknown',
	rule: null,
} );

function judge( c: T.ComponentFacts, policy: T.SupportPolicy ): Decided {
	const { components } = policy;
	const entry = has( components, c.slug ) ? components[ c.slug ] : undefined;
	const premium = policy.premium?.includes( c.slug ) ? 'E1' : null;
	const needs = entry?.required ? 'W1' : premium;
	const { installed } = c;
	// WordPress is always installed: no version is missing data.
	if ( c.malformed || ( installed === null && c.slug === 'wordpress' ) ) {
		return undecided( c );
	}
	if ( installed === null ) {
		const rule = needs === 'W1' ? needs : null;
		return { ...undecided( c ), status: 'not-installed', rule };
	}
	const window = windowOf( c, entry?.releasesBehind ?? 0 );
	const status = placeIn( installed, window );
	// W1: "the latest", and released versions only; W2: a plugin's window.
	const plugin = window.allowed > 0 && isStableVersion( installed );
	let rule: T.WindowRule | null = status === 'unknown' ? null : 'W1';
	if ( status === 'in-window' || ( status === 'outside' && plugin ) ) {
		rule = 'W2';
	}
	if ( c.active ) {
		return { ...undecided( c ), status, rule, window };
	}
	// Installed, not active: it does not decide (the policy speaks of sites
	// running the plugins), but the page says what its window would say.
	return {
		...undecided( c ),
		status: 'inactive',
		windowStatus: status,
		rule: needs,
		window,
	};
}

/**
 * The verdict, without words. Overall, first match wins: `unknown` when the
 * policy or the facts cannot be used; `not-eligible` when the policy names
 * premium products and none runs (E1, C1); `outside` when a running
 * component is outside or a required one does not run (W1); `unknown` when
 * a running one cannot be decided or the facts miss a required or premium
 * one; else `supported`. Without `premium` and `required` (another vendor's
 * policy), plugins not installed or not active do not count.
 *
 * @param facts  Parsed site facts.
 * @param policy The policy, checked here: it comes from a PHP filter.
 * @return The verdict, and the required or premium slugs not reported.
 */
export function decide(
	facts: Pick< T.SiteFacts, 'components' >,
	policy: T.SupportPolicy
): { overall: T.OverallStatus; components: Decided[]; missing: string[] } {
	if ( ! isValidPolicy( policy ) ) {
		const components = facts.components.map( undecided );
		return { overall: 'unknown', components, missing: [] };
	}
	const components = facts.components.map( ( c ) => judge( c, policy ) );
	const slugs = components.map( ( v ) => v.slug );
	const running = components.filter(
		( v ) => v.status !== 'not-installed' && v.status !== 'inactive'
	);
	const statuses = running.map( ( v ) => v.status );
	// Reported, and not running (an entry of the same slug may run).
	const idle = ( slug: string ) =>
		slugs.includes( slug ) && ! running.some( ( v ) => v.slug === slug );
	const premium = policy.premium ?? [];
	const required = Object.keys( policy.components ).filter(
		( s ) => policy.components[ s ]?.required
	);
	const missing = [ ...new Set( [ ...required, ...premium ] ) ].filter(
		( s ) => ! slugs.includes( s )
	);
	const decided = statuses.length > 0 && ! statuses.includes( 'unknown' );
	let overall: T.OverallStatus = 'supported';
	if ( premium.length > 0 && premium.every( idle ) ) {
		overall = 'not-eligible';
	} else if ( statuses.includes( 'outside' ) || required.some( idle ) ) {
		overall = 'outside';
	} else if ( missing.length > 0 || ! decided ) {
		overall = 'unknown'; // Never supported on missing data.
	}
	return { overall, components, missing };
}
