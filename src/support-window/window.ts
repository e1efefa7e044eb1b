/**
 * The supported window of one component (SPEC "The supported window").
 *
 * - With a release list: keep the stable releases (digits and dots), order
 *   them by version (never by date or input order: WordPress and
 *   WooCommerce ship backports on old branches after newer releases) and
 *   count equal versions once (`6.9` = `6.9.0`). The reported `latest`
 *   joins the list when it is stable. The window is the newest release and
 *   the N releases just below it; an installed version not in the list is
 *   placed by comparison. "Releases behind" = known releases newer than the
 *   installed one. Only the N + 1 newest releases are kept in order (a
 *   bounded selection, not a full sort: same result, linear time), and
 *   releases of up to 4 parts below 8192 are keyed by a number (packedKey)
 *   rather than a string (versionKey), which keeps a 20 x 500-release site
 *   under a millisecond.
 * - With only the latest version: assume consecutive patch numbers on the
 *   latest's line (`3.7.28`, N = 2 → `3.7.26`). The line is the version
 *   without its last part, padded to three parts (`6.9` is `6.9.0`, line
 *   `6.9`; `4.7.4.1` has line `4.7.4`). When N reaches below patch 0 the
 *   bottom of the window is unknown: an installed version on the latest
 *   line is still placed (it is fewer than N behind), one on an earlier
 *   line is `unknown`. When the bottom stays on the line, anything older is
 *   `outside`.
 * - Installed pre-release or development build (readable, not stable):
 *   `outside`; unreadable: `unknown`; newer than the newest known release:
 *   `latest` with a note.
 */
import * as messages from './messages';
import { policyNames, releasesBehindFor } from './policy';
import type {
	ComponentFix,
	ComponentVerdict,
	SupportPolicy,
	UpdateScreen,
	WindowBasis,
} from './types';
import {
	isReadableVersion,
	isStableVersion,
	packedKey,
	stableKey,
	stableParts,
	versionKey,
} from './version';

interface Keyed< K > {
	key: K;
	version: string;
}

/** A release with its versionKey(). */
type Release = Keyed< string >;

/** What is known about the window before looking at the installed version. */
interface WindowInfo {
	basis: WindowBasis;
	latest: Release | null;
	oldest: Release | null;
	notes: string[];
	/**
	 * How the window was estimated, said only where it matters: not for a component
	 * that must be the latest (the latest alone decides) nor for one that is the latest.
	 */
	estimateNote?: string;
	/* Release list only. */
	/** Distinct releases newer than the installed version. */
	newer: number;
	/** The list held fewer than N + 1 distinct releases (it may be incomplete). */
	short: boolean;
	oldestKnown: Release | null;
	/* Estimate only. */
	estimate: {
		line: number[];
		patch: number;
	} | null;
}

function isRecord( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}

function trimmed( value: unknown ): string | null {
	return typeof value === 'string' ? value.trim() : null;
}

/**
 * Inserts a release into `top` (newest first, distinct, at most `size`).
 *
 * @param top     Releases kept so far, newest first.
 * @param key     The candidate's key.
 * @param version The candidate.
 * @param size    How many to keep.
 */
function keepNewest< K extends string | number >(
	top: Keyed< K >[],
	key: K,
	version: string,
	size: number
): void {
	const last = top[ top.length - 1 ];
	if ( top.length >= size && last && key <= last.key ) {
		return;
	}
	let low = 0;
	let high = top.length;
	while ( low < high ) {
		const mid = Math.floor( ( low + high ) / 2 );
		const kept = ( top[ mid ] as Keyed< K > ).key;
		if ( kept === key ) {
			return; // Same version already kept (the first one seen wins).
		}
		if ( kept > key ) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	top.splice( low, 0, { key, version } );
	if ( top.length > size ) {
		top.pop();
	}
}

interface Scan< K > {
	/** The `size` newest distinct releases, newest first. */
	top: Keyed< K >[];
	/** Distinct releases newer than the installed version. */
	newer: number;
	oldestKnown: Keyed< K > | null;
	/** Newest release of the list itself (without the reported latest). */
	listNewest: Keyed< K > | null;
	reportedKey: K | null;
}

/**
 * One pass over a release list. `keyOf` gives a release's key, null for an
 * entry that is not a stable release (skipped), undefined when this kind of
 * key cannot represent the entry (then the pass gives up: null).
 *
 * @param list         Releases, any order.
 * @param reported     The reported latest version, counted first.
 * @param size         N + 1.
 * @param installedKey Key of the installed version.
 * @param keyOf        Key function.
 */
/* eslint-disable no-bitwise -- Hashing and masking are bit operations. */
/*
 * A small open-addressing hash set of packed keys (non-negative doubles
 * below 2^52), reused between lists: counting the distinct releases newer
 * than the installed one this way is several times cheaper than a Set of
 * numbers or a sort. EMPTY marks a free slot.
 */
const EMPTY = -1;
let table = new Float64Array( 1024 );
let mask = 0;

function resetPackedSet( capacity: number ): void {
	let size = 16;
	while ( size < capacity * 2 ) {
		size *= 2;
	}
	if ( table.length < size ) {
		table = new Float64Array( size );
	}
	table.fill( EMPTY, 0, size );
	mask = size - 1;
}

/**
 * Adds a packed key; true when it was not there yet.
 *
 * @param key A packedKey() (>= 0).
 */
function addPacked( key: number ): boolean {
	const high = Math.floor( key / 67108864 ); // 2^26
	const low = key - high * 67108864;
	// Murmur3's 32-bit finaliser: every input bit reaches the low bits.
	let hash = Math.imul( high, 0x9e3779b1 ) ^ low;
	hash = Math.imul( hash ^ ( hash >>> 16 ), 0x85ebca6b );
	hash = Math.imul( hash ^ ( hash >>> 13 ), 0xc2b2ae35 );
	let slot = ( hash ^ ( hash >>> 16 ) ) & mask;
	for (;;) {
		const kept = table[ slot ];
		if ( kept === EMPTY ) {
			table[ slot ] = key;
			return true;
		}
		if ( kept === key ) {
			return false;
		}
		slot = ( slot + 1 ) & mask;
	}
}
/* eslint-enable no-bitwise */

function scan< K extends string | number >(
	list: unknown[],
	reported: string | null,
	size: number,
	installedKey: K | null,
	keyOf: ( version: string ) => K | null | undefined
): Scan< K > | null {
	const top: Keyed< K >[] = [];
	const newer = new Set< K >(); // General keys.
	let newerPacked = -1; // Distinct packed keys; -1 until the set is reset.
	// Kept as key + version pairs, not objects: no allocation per entry.
	let oldestKey: K | null = null;
	let oldestVersion = '';
	let newestKey: K | null = null;
	let newestVersion = '';
	let reportedKey: K | null = null;
	const count = list.length;
	for ( let i = -1; i < count; i++ ) {
		const version = trimmed( i === -1 ? reported : list[ i ] );
		if ( version === null ) {
			continue;
		}
		const key = keyOf( version );
		if ( key === undefined ) {
			return null;
		}
		if ( key === null ) {
			continue;
		}
		if ( i === -1 ) {
			reportedKey = key; // Counted first: it wins ties.
		} else if ( newestKey === null || key > newestKey ) {
			newestKey = key;
			newestVersion = version;
		}
		if ( installedKey !== null && key > installedKey ) {
			if ( typeof key === 'number' ) {
				if ( newerPacked === -1 ) {
					resetPackedSet( count + 1 );
					newerPacked = 0;
				}
				if ( addPacked( key ) ) {
					newerPacked++;
				}
			} else {
				newer.add( key );
			}
		}
		if ( oldestKey === null || key < oldestKey ) {
			oldestKey = key;
			oldestVersion = version;
		}
		keepNewest( top, key, version, size );
	}
	return {
		top,
		newer: newer.size + Math.max( 0, newerPacked ),
		oldestKnown:
			oldestKey === null
				? null
				: { key: oldestKey, version: oldestVersion },
		listNewest:
			newestKey === null
				? null
				: { key: newestKey, version: newestVersion },
		reportedKey,
	};
}

function packedOrUndefined( version: string ): number | null | undefined {
	const key = packedKey( version );
	if ( key >= 0 ) {
		return key;
	}
	return stableKey( version ) === null ? null : undefined;
}

function withVersionKey( release: Keyed< unknown > | null ): Release | null {
	return release
		? { key: versionKey( release.version ), version: release.version }
		: null;
}

function fromList(
	list: unknown[],
	reported: string | null,
	allowed: number,
	installed: string | null
): WindowInfo | null {
	const size = allowed + 1;
	// Fast path: small stable versions as numbers; else the general keys.
	const installedPacked = installed === null ? -1 : packedKey( installed );
	const result: Scan< number > | Scan< string > | null =
		( installed === null || installedPacked >= 0
			? scan(
					list,
					reported,
					size,
					installed === null ? null : installedPacked,
					packedOrUndefined
				)
			: null ) ??
		scan(
			list,
			reported,
			size,
			installed === null ? null : versionKey( installed ),
			stableKey
		);
	if ( ! result || ! result.listNewest ) {
		return null;
	}
	const { top, listNewest } = result;
	const notes: string[] = [];
	if ( reported !== null && result.reportedKey !== null ) {
		if ( result.reportedKey > listNewest.key ) {
			notes.push( messages.noteLatestAddedToList( reported ) );
		} else if ( result.reportedKey < listNewest.key ) {
			notes.push(
				messages.noteListNewerThanLatest( listNewest.version, reported )
			);
		}
	}
	const short = top.length < size;
	return {
		basis: 'release-list',
		latest: withVersionKey( top[ 0 ] ?? null ),
		oldest: short ? null : withVersionKey( top[ size - 1 ] ?? null ),
		notes,
		newer: result.newer,
		short,
		oldestKnown: withVersionKey( result.oldestKnown ),
		estimate: null,
	};
}

function fromLatest( latest: string, allowed: number ): WindowInfo | null {
	const parts = stableParts( latest );
	if ( parts === null ) {
		return null;
	}
	while ( parts.length < 3 ) {
		parts.push( 0 );
	}
	const patch = parts.pop() as number;
	const line = parts;
	let oldest: Release | null = null;
	if ( allowed === 0 ) {
		oldest = { key: versionKey( latest ), version: latest };
	} else if ( patch - allowed >= 0 ) {
		const version = [ ...line, patch - allowed ].join( '.' );
		oldest = { key: versionKey( version ), version };
	}
	return {
		basis: 'estimate',
		latest: { key: versionKey( latest ), version: latest },
		oldest,
		notes: [],
		estimateNote:
			allowed === 0
				? undefined
				: messages.noteEstimate( line.join( '.' ) ),
		newer: 0,
		short: false,
		oldestKnown: null,
		estimate: { line, patch },
	};
}

function windowInfo(
	releases: unknown,
	latest: string | null,
	allowed: number,
	installed: string | null
): WindowInfo {
	const notes: string[] = [];
	if ( latest !== null && latest !== '' && ! isStableVersion( latest ) ) {
		notes.push( messages.noteLatestNotStable( latest ) );
	}
	if ( Array.isArray( releases ) ) {
		const info = fromList( releases, latest, allowed, installed );
		if ( info ) {
			info.notes.unshift( ...notes );
			return info;
		}
		notes.push( messages.noteListWithoutStable() );
	}
	if ( isStableVersion( latest ) ) {
		const info = fromLatest( latest, allowed );
		if ( info ) {
			info.notes.unshift( ...notes );
			return info;
		}
	}
	return {
		basis: 'none',
		latest: null,
		oldest: null,
		notes,
		newer: 0,
		short: false,
		oldestKnown: null,
		estimate: null,
	};
}

type Decision = Pick<
	ComponentVerdict,
	'status' | 'rule' | 'reason' | 'releasesBehind'
> & { notes?: string[] };

function decideStable(
	name: string,
	installed: string,
	installedKey: string,
	info: WindowInfo,
	allowed: number
): Decision {
	const latest = info.latest;
	if ( latest === null ) {
		return {
			status: 'unknown',
			rule: null,
			reason: messages.latestUnknown( name, installed ),
			releasesBehind: null,
		};
	}
	if ( installedKey >= latest.key ) {
		return {
			status: 'latest',
			rule: 'W1',
			reason: messages.isLatest( name, installed ),
			releasesBehind: 0,
			notes:
				installedKey > latest.key
					? [
							messages.noteNewerThanKnown(
								installed,
								latest.version
							),
						]
					: [],
		};
	}
	const outsideRule = allowed === 0 ? 'W1' : 'W2';
	const outside = ( behind: number | null ): Decision => {
		let reason: string;
		if ( allowed === 0 ) {
			reason = messages.notLatest( name, installed, latest.version );
		} else if ( behind !== null && info.oldest ) {
			reason = messages.outsideBehind(
				name,
				installed,
				behind,
				latest.version,
				info.oldest.version
			);
		} else {
			reason = messages.outsideBelow(
				name,
				installed,
				latest.version,
				info.oldest?.version ?? latest.version
			);
		}
		return {
			status: 'outside',
			rule: outsideRule,
			reason,
			releasesBehind: behind,
		};
	};
	const inside = ( behind: number ): Decision => ( {
		status: 'in-window',
		rule: 'W2',
		reason: messages.inWindow( name, installed, behind, latest.version ),
		releasesBehind: behind,
	} );

	if ( info.basis === 'release-list' ) {
		const behind = info.newer;
		if ( info.oldest ) {
			return installedKey >= info.oldest.key
				? inside( behind )
				: outside( behind );
		}
		// The list is shorter than the window: place what is above its end.
		const oldestKnown = info.oldestKnown;
		if ( oldestKnown && installedKey >= oldestKnown.key ) {
			return inside( behind );
		}
		return {
			status: 'unknown',
			rule: null,
			reason: messages.listTooShort(
				name,
				installed,
				oldestKnown?.version ?? latest.version,
				latest.version
			),
			releasesBehind: null,
		};
	}

	// Estimate from the latest version number.
	const estimate = info.estimate;
	const parts = stableParts( installed );
	if ( estimate === null || parts === null ) {
		return {
			status: 'unknown',
			rule: null,
			reason: messages.latestUnknown( name, installed ),
			releasesBehind: null,
		};
	}
	const { line, patch } = estimate;
	const onLine = line.every( ( part, i ) => ( parts[ i ] ?? 0 ) === part );
	if ( onLine ) {
		const behind = patch - ( parts[ line.length ] ?? 0 );
		return behind <= allowed ? inside( behind ) : outside( behind );
	}
	if ( info.oldest ) {
		// Older than the whole latest line, and the window ends on that line.
		return outside( null );
	}
	return {
		status: 'unknown',
		rule: null,
		reason: messages.estimateCrosses(
			name,
			installed,
			latest.version,
			allowed
		),
		releasesBehind: null,
	};
}

function screenFor( slug: string ): UpdateScreen {
	return slug === 'wordpress' ? 'update-core.php' : 'plugins.php';
}

function describeInstalled( value: unknown ): string | null {
	if ( typeof value === 'string' ) {
		return value;
	}
	if ( value === null || value === undefined ) {
		return null;
	}
	if ( typeof value === 'number' || typeof value === 'boolean' ) {
		return String( value );
	}
	return Array.isArray( value ) ? '[array]' : `[${ typeof value }]`;
}

/**
 * A verdict that cannot be decided, for a component whose facts are
 * missing, malformed, or whose policy is invalid.
 *
 * @param raw    The component's facts, as received.
 * @param reason Builds the reason from the component's name.
 */
export function undecided(
	raw: unknown,
	reason: ( name: string ) => string
): ComponentVerdict {
	const facts = isRecord( raw ) ? raw : {};
	const slug = typeof facts.slug === 'string' ? facts.slug : '';
	const name = nameOf( facts, slug );
	return {
		slug,
		name,
		status: 'unknown',
		installed: describeInstalled( facts.installed ),
		latest: typeof facts.latest === 'string' ? facts.latest : null,
		oldestSupported: null,
		basis: 'none',
		rule: null,
		reason: reason( name ),
		fix: null,
		releasesBehind: null,
	};
}

function nameOf( facts: Record< string, unknown >, slug: string ): string {
	if ( typeof facts.name === 'string' && facts.name.trim() !== '' ) {
		return facts.name.trim();
	}
	return slug !== '' ? slug : messages.unknownComponentName();
}

/**
 * Decides one component. Never throws, whatever `raw` is.
 *
 * @param raw    One entry of SiteFacts.components (validated here).
 * @param policy A valid policy.
 */
export function evaluateComponent(
	raw: unknown,
	policy: SupportPolicy
): ComponentVerdict {
	if ( ! isRecord( raw ) || typeof raw.slug !== 'string' ) {
		return undecided( raw, () => messages.malformedComponent() );
	}
	const slug = raw.slug;
	const name = nameOf( raw, slug );
	const installedRaw = raw.installed;
	const installed = trimmed( installedRaw );
	const reportedLatest = trimmed( raw.latest );

	const notes: string[] = [];
	if ( ! policyNames( policy, slug ) ) {
		notes.push( messages.noteNotInPolicy() );
	}
	if ( installed !== null && raw.active === false ) {
		notes.push( messages.noteInactive() );
	}
	if ( typeof raw.error === 'string' && raw.error.trim() !== '' ) {
		notes.push( messages.noteDetectionError( raw.error.trim() ) );
	}

	const verdict = (
		fields: Pick< ComponentVerdict, 'status' | 'rule' | 'reason' > &
			Partial< ComponentVerdict >,
		info: WindowInfo | null,
		extraNotes: string[] = []
	): ComponentVerdict => {
		const allNotes = [
			...( info?.notes ?? [] ),
			...( info?.estimateNote && fields.status !== 'latest'
				? [ info.estimateNote ]
				: [] ),
			...extraNotes,
			...notes,
		];
		const result: ComponentVerdict = {
			slug,
			name,
			status: fields.status,
			installed: fields.installed ?? installed,
			latest: info?.latest?.version ?? reportedLatest,
			oldestSupported: info?.oldest?.version ?? null,
			basis: info?.basis ?? 'none',
			rule: fields.rule,
			reason: fields.reason,
			fix: fields.fix ?? null,
			releasesBehind: fields.releasesBehind ?? null,
		};
		if ( allNotes.length > 0 ) {
			result.note = allNotes.join( ' ' );
		}
		return result;
	};

	if ( installedRaw === null ) {
		if ( slug === 'wordpress' ) {
			// WordPress is always installed: a missing version is missing data.
			return verdict(
				{
					status: 'unknown',
					rule: null,
					reason: messages.installedUndetected( name ),
				},
				null
			);
		}
		return verdict(
			{
				status: 'not-installed',
				rule: null,
				reason: messages.notInstalled( name ),
			},
			null
		);
	}
	if ( installed === null ) {
		return verdict(
			{
				status: 'unknown',
				rule: null,
				reason: messages.installedUndetected( name ),
				installed: describeInstalled( installedRaw ),
			},
			null
		);
	}
	if ( ! isReadableVersion( installed ) ) {
		return verdict(
			{
				status: 'unknown',
				rule: null,
				reason: messages.unreadable( name, installed ),
			},
			null
		);
	}

	const allowed = releasesBehindFor( policy, slug );
	const screen = screenFor( slug );
	const installedKey = versionKey( installed );
	const info = windowInfo( raw.releases, reportedLatest, allowed, installed );
	const latest = info.latest;
	const updateFix: ComponentFix | null = latest
		? { updateTo: latest.version, screen }
		: null;

	if ( ! isStableVersion( installed ) ) {
		// A pre-release or development build: released versions only.
		const below = latest !== null && installedKey < latest.key;
		return verdict(
			{
				status: 'outside',
				rule: 'W1',
				reason:
					below && latest
						? messages.preReleaseBelow(
								name,
								installed,
								latest.version
							)
						: messages.preRelease( name, installed ),
				fix: below ? updateFix : { updateTo: null, screen },
			},
			info
		);
	}

	const decision = decideStable(
		name,
		installed,
		installedKey,
		info,
		allowed
	);
	let fix: ComponentFix | null = null;
	if ( decision.status === 'in-window' || decision.status === 'outside' ) {
		fix = updateFix;
	} else if ( decision.status === 'unknown' ) {
		fix = updateFix;
	}
	return verdict( { ...decision, fix }, info, decision.notes ?? [] );
}
