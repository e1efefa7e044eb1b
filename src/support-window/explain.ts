/**
 * The rest of a verdict, for the page (the badge does not load it): each
 * component's window details, its fix, its reason citing POLICY.md's rules
 * and its note. It reads the statuses decide() gave; it decides nothing
 * again.
 */
import { allowedBehind, own, windowOf } from './decide';
import type { Decided } from './decide';
import { say } from './messages';
import type * as T from './types';
import { isReadableVersion, isStableVersion, versionKey } from './version';

/** A component's words, and its window's details once it has one. */
interface Words {
	why: T.Why;
	notes: T.Why[];
	found: Partial< T.ComponentVerdict >;
}

// Why version `v` of `c` stands where decide() placed it in its window.
function windowWords(
	c: T.ComponentFacts,
	v: string,
	status: T.ComponentStatus,
	allowed: number
): Words {
	const name = c.name || c.slug;
	const notes: T.Why[] = [];
	if ( ! isReadableVersion( v ) ) {
		return { why: [ 'unreadable', name, v ], notes, found: {} };
	}
	const { list, line, patch, reported, newest } = windowOf( c, allowed );
	if ( c.latest && ! reported ) {
		notes.push( [ 'noteLatestNotStable', c.latest ] );
	}
	if ( c.releases && ! newest ) {
		notes.push( [ 'noteListWithoutStable' ] );
	} else if ( reported && newest && reported.k > newest.k ) {
		notes.push( [ 'noteLatestAddedToList', reported.v ] );
	} else if ( reported && newest && reported.k < newest.k ) {
		notes.push( [ 'noteListNewerThanLatest', newest.v, reported.v ] );
	}
	const [ top, end ] = [ list[ 0 ], list[ list.length - 1 ] ];
	if ( ! top || ! end ) {
		return { why: [ 'latestUnknown', name, v ], notes, found: {} };
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
	// A development build newer than every release has no release to go to.
	const updateTo = k < top.k ? top.v : null;
	const found: Partial< T.ComponentVerdict > = {
		latest: top.v,
		oldestSupported: oldest,
		basis: line ? 'estimate' : 'release-list',
		fix: { action: 'update', updateTo, screen },
		releasesBehind: behind,
	};
	// Window sentences take: name, installed, latest, oldest supported,
	// releases behind (or allowed), oldest known release.
	const words = ( sentence: T.Why[ 0 ] ): Words => ( {
		why: [
			sentence,
			name,
			v,
			top.v,
			oldest ?? top.v,
			behind ?? allowed,
			end.v,
		],
		notes,
		found,
	} );
	if ( status === 'latest' ) {
		if ( k > top.k ) {
			notes.push( [ 'noteNewerThanKnown', v, top.v ] );
		}
		return {
			...words( 'isLatest' ),
			found: { ...found, fix: null, releasesBehind: 0 },
		};
	}
	if ( line && allowed > 0 ) {
		// Said only where the estimate decided, not where the latest alone does.
		notes.push( [ 'noteEstimate', line.join( '.' ) ] );
	}
	if ( ! isStableVersion( v ) || status === 'unknown' ) {
		found.releasesBehind = null;
	}
	if ( ! isStableVersion( v ) ) {
		return words( 'preRelease' );
	}
	if ( status === 'unknown' ) {
		return words( line ? 'estimateCrosses' : 'listTooShort' );
	}
	if ( status === 'in-window' ) {
		return words( 'inWindow' );
	}
	if ( allowed === 0 ) {
		return words( 'notLatest' );
	}
	return words( behind === null ? 'outsideBelow' : 'outsideBehind' );
}

/**
 * A verdict that decides nothing.
 *
 * @param c      The component's facts.
 * @param reason Why, in words.
 */
export function undecided(
	c: T.ComponentFacts,
	reason: string
): T.ComponentVerdict {
	return {
		slug: c.slug,
		name: c.name || c.slug || say( [ 'unknownComponentName' ] ),
		status: 'unknown',
		installed: c.installed,
		latest: c.latest,
		oldestSupported: null,
		basis: 'none',
		rule: null,
		reason,
		fix: null,
		releasesBehind: null,
	};
}

/**
 * A component's verdict: its status from decide(), completed.
 *
 * @param c      Its facts.
 * @param d      What decide() said of it.
 * @param policy The valid policy decide() applied.
 */
export function explain(
	c: T.ComponentFacts,
	d: Decided,
	policy: T.SupportPolicy
): T.ComponentVerdict {
	const base = undecided( c, '' );
	const name = base.name;
	const notes: T.Why[] = own( policy, c.slug )
		? []
		: [ [ 'noteNotInPolicy' ] ];
	if ( c.error ) {
		notes.push( [ 'noteDetectionError', c.error ] );
	}
	let words: Words = { why: [ 'notInstalled', name ], notes: [], found: {} };
	if ( c.malformed || ( c.installed === null && c.slug === 'wordpress' ) ) {
		words.why = [ 'installedUndetected', name ];
	} else if ( c.installed === null && d.rule === 'W1' ) {
		const screen = 'plugin-install.php';
		const fix = { action: 'install', updateTo: null, screen } as const;
		words = { ...words, why: [ 'requiredMissing', name ], found: { fix } };
	} else if ( c.installed !== null ) {
		const allowed = allowedBehind( c.slug, policy );
		const status = d.windowStatus ?? d.status;
		words = windowWords( c, c.installed, status, allowed );
	}
	if ( d.status === 'inactive' && c.installed !== null ) {
		// What it would be goes to the note; the reason says it does not run.
		const screen = 'plugins.php';
		const fix = { action: 'activate', updateTo: null, screen } as const;
		words.notes.unshift( [ 'noteWouldBe', say( words.why ) ] );
		words.why = d.rule
			? [ 'inactiveNeeded', name, c.installed, d.rule ]
			: [ 'inactiveIgnored', name, c.installed ];
		words.found = { ...words.found, fix: d.rule ? fix : null };
	}
	const note = [ ...words.notes, ...notes ].map( say ).join( ' ' );
	return {
		...base,
		...d,
		...words.found,
		name,
		reason: say( words.why ),
		...( note ? { note } : {} ),
	};
}
