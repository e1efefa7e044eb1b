/**
 * The support-window engine: the one place that decides whether a site is
 * inside the vendor's supported window and eligible for its support
 * (POLICY.md E1, C1, W1-W3). Pure: no DOM, no fetch, no clock. Facts are
 * read once at the boundary (src/site-facts.ts). decide.ts holds the
 * statuses (all the badge loads); evaluate() completes them for the page
 * from the windows decide() placed them in (it decides nothing again), and
 * names each reason, which src/status/reasons.ts puts in words.
 */
import { has } from '../plain-object';
import { say } from '../status/reasons';
import type { Why } from '../status/reasons';
import { decide } from './decide';
import type { Decided, Window } from './decide';
import { policyProblems } from './policy';
import type * as T from './types';
import { isReadableVersion, isStableVersion, versionKey } from './version';

export type * from './types';
export { decide } from './decide';
export { defaultPolicy, MAX_RELEASES_BEHIND } from './policy';
export * from './version';

// Why the installed version stands where decide() placed it in its window;
// the window's details go to `verdict`, what is odd about its data to `notes`.
function placed(
	verdict: T.ComponentVerdict,
	notes: Why[],
	c: T.ComponentFacts,
	d: Decided
): Why {
	const [ name, v ] = [ verdict.name, c.installed as string ];
	const status = d.windowStatus ?? d.status;
	const { list, allowed, line, patch, reported, newest } = d.window as Window;
	if ( ! isReadableVersion( v ) ) {
		return [ 'unreadable', name, v ];
	}
	if ( c.latest && ! reported ) {
		notes.push( [ 'noteLatestNotStable', c.latest ] );
	}
	if ( c.releases && ! newest ) {
		notes.push( [ 'noteListWithoutStable' ] );
	} else if ( reported && newest && reported.k > newest.k ) {
		notes.push(
			line
				? [
						'noteListMissesReleases',
						newest.v,
						reported.v,
						line.join( '.' ),
					]
				: [ 'noteLatestAddedToList', reported.v ]
		);
	} else if ( reported && newest && reported.k < newest.k ) {
		notes.push( [ 'noteListNewerThanLatest', newest.v, reported.v ] );
	}
	const [ top, end ] = [ list[ 0 ], list[ list.length - 1 ] ];
	if ( ! top || ! end ) {
		return [ 'latestUnknown', name, v ];
	}
	const k = versionKey( v );
	// The releases above `v`; an estimate knows them on the latest's line only.
	let behind: number | null = list.filter( ( r ) => r.k > k ).length;
	if ( line ) {
		const ours = v.split( '.' ).map( Number );
		const onLine = line.every( ( part, i ) => ( ours[ i ] ?? 0 ) === part );
		behind = onLine ? patch - ( ours[ line.length ] ?? 0 ) : null;
	}
	const oldest = list[ allowed ]?.v ?? null;
	const screen = c.slug === 'wordpress' ? 'update-core.php' : 'plugins.php';
	// A development build newer than every release has none to update to.
	const updateTo = k < top.k ? top.v : null;
	verdict.latest = top.v;
	verdict.oldestSupported = oldest;
	verdict.basis = line ? 'estimate' : 'release-list';
	verdict.fix = { action: 'update', updateTo, screen };
	const count = behind ?? allowed;
	const why = ( sentence: Why[ 0 ] ): Why => {
		return [ sentence, name, v, top.v, oldest ?? top.v, count, end.v ];
	};
	if ( status === 'latest' ) {
		if ( k > top.k ) {
			notes.push( [ 'noteNewerThanKnown', v, top.v ] );
		}
		verdict.fix = null;
		verdict.releasesBehind = 0;
		return why( 'isLatest' );
	}
	if ( line && allowed > 0 && ! newest ) {
		// Said only where the estimate decided, not where the latest alone does
		// (the note on a list that misses releases says it already).
		notes.push( [ 'noteEstimate', line.join( '.' ) ] );
	}
	const stable = isStableVersion( v );
	verdict.releasesBehind = stable && status !== 'unknown' ? behind : null;
	if ( ! stable ) {
		return why( 'preRelease' );
	}
	if ( status === 'unknown' ) {
		return why( line ? 'estimateCrosses' : 'listTooShort' );
	}
	if ( status === 'in-window' ) {
		return why( 'inWindow' );
	}
	if ( allowed === 0 ) {
		return why( 'notLatest' );
	}
	return why( behind === null ? 'outsideBelow' : 'outsideBehind' );
}

// A component's verdict: what decide() said of it, with the window's details,
// its fix, its reason citing POLICY.md's rules and its notes. `policy`: the
// one decide() applied; null when it was invalid.
function explain(
	c: T.ComponentFacts,
	d: Decided,
	policy: T.SupportPolicy | null
): T.ComponentVerdict {
	const name = d.name || say( [ 'unknownComponentName' ] );
	const { installed } = c;
	const verdict: T.ComponentVerdict = {
		slug: c.slug,
		name,
		status: d.status,
		installed,
		latest: c.latest,
		oldestSupported: null,
		basis: 'none',
		rule: d.rule,
		reason: '',
		fix: null,
		releasesBehind: null,
	};
	if ( ! policy ) {
		return { ...verdict, reason: say( [ 'invalidPolicy', name ] ) };
	}
	const notes: Why[] = [];
	let why: Why = [ 'notInstalled', name ];
	if ( c.malformed || ( installed === null && c.slug === 'wordpress' ) ) {
		why = [ 'installedUndetected', name ];
	} else if ( installed === null && d.rule === 'W1' ) {
		why = [ 'requiredMissing', name ];
		const screen = 'plugin-install.php';
		verdict.fix = { action: 'install', updateTo: null, screen };
	} else if ( d.window ) {
		why = placed( verdict, notes, c, d );
	}
	if ( d.status === 'inactive' && installed !== null ) {
		// What it would be goes to a note; the reason says it does not run.
		notes.unshift( [ 'noteWouldBe', say( why ) ] );
		why = d.rule
			? [ 'inactiveNeeded', name, installed, d.rule ]
			: [ 'inactiveIgnored', name, installed ];
		const screen = 'plugins.php';
		verdict.fix = d.rule
			? { action: 'activate', updateTo: null, screen }
			: null;
	}
	if ( ! has( policy.components, c.slug ) ) {
		notes.push( [ 'noteNotInPolicy' ] );
	}
	if ( c.error ) {
		notes.push( [ 'noteDetectionError', c.error ] );
	}
	const note = notes.map( say ).join( ' ' );
	return {
		...verdict,
		reason: say( why ),
		...( d.windowStatus && { windowStatus: d.windowStatus } ),
		...( note && { note } ),
	};
}

/**
 * Decides whether the site is inside the supported window, with reasons.
 *
 * @param facts  Parsed site facts (parseSiteFacts()).
 * @param policy The support policy (the vendor's: `defaultPolicy`).
 * @return The verdict; an unusable policy or facts give `unknown` and `error`.
 */
export function evaluate(
	facts: T.SiteFacts,
	policy: T.SupportPolicy
): T.SupportVerdict {
	const { overall, components: decided, missing } = decide( facts, policy );
	const problems = policyProblems( policy );
	const valid = problems.length === 0 ? policy : null;
	const components = decided.map( ( d, i ) =>
		explain( facts.components[ i ]!, d, valid )
	);
	let error: Why | null = null;
	if ( ! valid ) {
		error = [ 'invalidPolicyError', problems.map( say ).join( ' ' ) ];
	} else if ( components.length === 0 ) {
		error = [ 'noComponents' ];
	} else if ( missing.length > 0 && overall === 'unknown' ) {
		// Said where it is why; an outside or not-eligible site is that anyway.
		error = [ 'notReported', missing.join( ', ' ) ];
	}
	return { overall, components, ...( error && { error: say( error ) } ) };
}
