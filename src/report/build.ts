/**
 * The site report for support agents: Site Health's "copy site info" style (plain
 * text, `### section ###` headers, `key: value` lines, English keys), starting with the
 * verdict, then every component, then the context; and the same as JSON. Pure: the
 * caller passes the time.
 */

/**
 * Internal dependencies
 */
import type { ApiError } from '../api';
import type {
	ComponentFix,
	SiteFacts,
	SupportPolicy,
	SupportVerdict,
} from '../support-window';
import { verdictSummary } from '../status/summary';
import type { HistoryEntry, SiteEnvironment } from '../types';
import {
	changesSection,
	environmentSections,
	redactEnvironment,
} from './environment';
import { REDACTED, isSecretKey, redactText } from './redact';

/** One `key: value` line; the value is already a string. */
export type ReportEntry = [ key: string, value: string ];

export interface ReportSection {
	/** Shown as `### title ###`. */
	title: string;
	entries: ReportEntry[];
	/**
	 * Values already in core's copy format (a list on tab-indented lines): printed as
	 * they are, not joined onto one line.
	 */
	verbatim?: boolean;
}

/**
 * Where the environment stands: `loaded` (it is in the report), `loading`, not asked
 * for yet, or why it could not be had.
 */
export type EnvironmentState =
	| { state: 'loaded'; environment: SiteEnvironment }
	| { state: 'loading' | 'not-loaded' }
	| { state: 'failed'; error: ApiError };

export interface ReportInput {
	facts: SiteFacts | null;
	verdict: SupportVerdict | null;
	policy: SupportPolicy;
	/** When the report is built (ISO 8601); passed in to keep this pure. */
	now: string;
	/** The site's environment (`?report=1`); left out of the report when not given. */
	environment?: EnvironmentState;
	/** The change history, newest first; no `changes` section when not given. */
	history?: HistoryEntry[];
}

export interface Report {
	/** Plain text, everything in it. */
	full: string;
	/** Plain text for public places. */
	redacted: string;
	/** JSON, everything in it. */
	json: string;
	/** JSON for public places. */
	redactedJson: string;
}

/** Keys whose values are machine words or versions, never personal: kept as they are. */
const SAFE_KEYS = new Set( [
	'verdict',
	'status',
	'window status',
	'premium',
	'slug',
	'installed',
	'latest',
	'oldest supported',
	'releases behind',
	'basis',
	'rule',
	'active',
	'fix',
	'multisite',
	'locale',
	'php',
	'database',
	'facts generated',
	'checked',
	'report generated',
	'policy vendor',
	'window',
] );

const NOT_SET = 'none';

/**
 * A fix as one line: `update to 4.1.2 (plugins.php)`, `install
 * (plugin-install.php)`, `activate (plugins.php)`.
 *
 * @param fix The fix.
 * @return The line.
 */
function fixLine( fix: ComponentFix ): string {
	const what =
		fix.action === 'update'
			? `update to ${ orNone( fix.updateTo ) }`
			: fix.action;
	return `${ what } (${ orNone( fix.screen ) })`;
}

function orNone( value: string | null | undefined ): string {
	return value === null || value === undefined || value === ''
		? NOT_SET
		: value;
}

// Where null means it cannot be known, not that there is none: "oldest
// supported: none" would read as "no version is supported".
function orUnknown( value: string | number | null ): string {
	return value === null ? 'unknown' : String( value );
}

/**
 * The report's sections.
 *
 * @param input What the page knows.
 * @return Sections in order: verdict, one per component, context.
 */
export function reportSections( input: ReportInput ): ReportSection[] {
	const { facts, verdict, policy, now } = input;
	const sections: ReportSection[] = [];

	const summary: ReportEntry[] = [
		[ 'verdict', verdict ? verdict.overall : 'unknown' ],
		[ 'policy vendor', policy.vendor ],
		[
			'window',
			Object.entries( policy.components )
				.map(
					( [ slug, rule ] ) =>
						`${ slug } ${ rule.releasesBehind } behind${
							rule.required ? ' (required)' : ''
						}`
				)
				.join( ', ' ) || NOT_SET,
		],
		[ 'premium', policy.premium?.join( ', ' ) || NOT_SET ],
		[ 'facts generated', orNone( facts?.generatedAt ) ],
		[ 'report generated', now ],
	];
	if ( verdict?.error ) {
		summary.push( [ 'error', verdict.error ] );
	} else if ( verdict && verdict.overall !== 'supported' ) {
		// Why, in the page's words: what an agent answers first (E1, W1-W3).
		summary.push( [ 'reason', verdictSummary( verdict, policy ) ] );
	}
	if ( ! facts ) {
		summary.push( [ 'note', 'The site check has not run yet.' ] );
	}
	if ( input.environment ) {
		summary.push( [ 'environment', environmentLine( input.environment ) ] );
	}
	sections.push( { title: 'dokan-support-check', entries: summary } );

	for ( const component of verdict?.components ?? [] ) {
		const raw = facts?.components.find(
			( c ) => c.slug === component.slug
		);
		const entries: ReportEntry[] = [
			[ 'name', component.name ],
			[ 'status', component.status ],
			...( component.windowStatus
				? [ [ 'window status', component.windowStatus ] as ReportEntry ]
				: [] ),
			[ 'installed', orNone( component.installed ) ],
			[ 'latest', orUnknown( component.latest ) ],
			[ 'oldest supported', orUnknown( component.oldestSupported ) ],
			[ 'releases behind', orUnknown( component.releasesBehind ) ],
			[ 'basis', component.basis ],
			[ 'rule', orNone( component.rule ) ],
			[ 'reason', component.reason ],
		];
		if ( component.note ) {
			entries.push( [ 'note', component.note ] );
		}
		if ( component.fix ) {
			entries.push( [ 'fix', fixLine( component.fix ) ] );
		}
		if ( raw ) {
			entries.push(
				[ 'active', String( raw.active ) ],
				[ 'source', raw.source ],
				[ 'checked', orUnknown( raw.checkedAt ) ]
			);
			if ( raw.error ) {
				entries.push( [ 'detection error', raw.error ] );
			}
		}
		sections.push( { title: component.slug || 'component', entries } );
	}

	if ( facts ) {
		const { site } = facts;
		sections.push( {
			title: 'context',
			entries: [
				[ 'site url', site.url ],
				[ 'multisite', String( site.multisite ) ],
				[ 'locale', site.locale ],
				[ 'php', site.php ],
				[ 'database', site.database ],
				[
					'theme',
					`${ site.theme.name } ${ site.theme.version }`.trim(),
				],
			],
		} );
	}
	// What changed since the problem started: an agent's first question.
	if ( input.history ) {
		sections.push( changesSection( input.history ) );
	}
	return sections;
}

/**
 * The summary's `environment` line: included, or why not (the report still goes
 * out without it).
 *
 * @param environment Where the environment stands.
 * @return The value.
 */
function environmentLine( environment: EnvironmentState ): string {
	switch ( environment.state ) {
		case 'loaded':
			return 'included below';
		case 'failed':
			return `not included: the request for it failed (${
				environment.error.kind
			}${
				environment.error.status
					? `, HTTP ${ environment.error.status }`
					: ''
			})`;
		case 'loading':
			return 'not included: still loading';
		default:
			return 'not included: not loaded (open the Report tab)';
	}
}

/**
 * Renders sections as Site Health renders its "copy site info" text.
 *
 * @param sections Sections.
 * @return Plain text.
 */
export function formatText( sections: ReportSection[] ): string {
	return (
		sections
			.map(
				( section ) =>
					`### ${ section.title } ###\n\n` +
					section.entries
						.map(
							( [ key, value ] ) =>
								`${ key }: ${
									section.verbatim ? value : oneLine( value )
								}`
						)
						.join( '\n' )
			)
			.join( '\n\n' ) + '\n'
	);
}

// A value spread over several lines would break "one key per line" for parsers.
function oneLine( value: string ): string {
	return value.replace( /\s*[\r\n]+\s*/g, ' ' );
}

/**
 * The redacted copy of the sections: secret keys blanked, free text scrubbed, machine
 * values kept.
 *
 * @param sections Sections.
 * @param extras   Strings to blank wherever they appear (the site's host).
 * @return New sections.
 */
export function redactSections(
	sections: ReportSection[],
	extras: string[]
): ReportSection[] {
	return sections.map( ( section ) => ( {
		...section,
		entries: section.entries.map( ( [ key, value ] ): ReportEntry => {
			if ( key === 'site url' || isSecretKey( key ) ) {
				return [ key, REDACTED ];
			}
			return [
				key,
				SAFE_KEYS.has( key ) ? value : redactText( value, extras ),
			];
		} ),
	} ) );
}

function redactJson( value: unknown, extras: string[], key = '' ): unknown {
	if ( typeof value === 'string' ) {
		return key === 'url' || isSecretKey( key )
			? REDACTED
			: redactText( value, extras );
	}
	if ( Array.isArray( value ) ) {
		return value.map( ( item ) => redactJson( item, extras, key ) );
	}
	if ( typeof value === 'object' && value !== null ) {
		return Object.fromEntries(
			Object.entries( value ).map( ( [ k, v ] ) => [
				k,
				redactJson( v, extras, k ),
			] )
		);
	}
	return value;
}

/**
 * The site's host name, to blank wherever it appears (e.g. inside an error message).
 *
 * @param url Site URL.
 * @return The host, or nothing.
 */
function hostOf( url: string | undefined ): string[] {
	const match = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec( url ?? '' );
	return match?.[ 1 ] ? [ match[ 1 ] ] : [];
}

/**
 * Builds every form of the report.
 *
 * @param input What the page knows.
 * @return Text and JSON, full and redacted.
 */
export function buildReport( input: ReportInput ): Report {
	const sections = reportSections( input );
	const extras = hostOf( input.facts?.site.url );
	const environment =
		input.environment?.state === 'loaded'
			? input.environment.environment
			: null;
	const data = {
		report: 'dokan-support-check',
		format: 1,
		generatedAt: input.now,
		verdict: input.verdict,
		policy: input.policy,
		facts: input.facts,
		...( input.history ? { history: input.history } : {} ),
		...( input.environment
			? {
					environment,
					environmentStatus: environmentLine( input.environment ),
				}
			: {} ),
	};
	// After the verdict, the components, the context and the changes: the environment,
	// as Site Health copies it.
	const taken = sections.map( ( section ) => section.title );
	const full = environment
		? environmentSections( environment, false, [], taken )
		: [];
	const redacted = environment
		? environmentSections( environment, true, extras, taken )
		: [];
	return {
		full: formatText( [ ...sections, ...full ] ),
		redacted: formatText( [
			...redactSections( sections, extras ),
			...redacted,
		] ),
		json: JSON.stringify( data, null, 2 ),
		redactedJson: JSON.stringify(
			{
				// The environment has its own rules (core's private flags); JSON drops
				// the undefined placeholder, which keeps the key's place.
				...( redactJson(
					{ ...data, environment: undefined },
					extras
				) as object ),
				...( input.environment
					? {
							environment:
								environment &&
								redactEnvironment( environment, extras ),
						}
					: {} ),
			},
			null,
			2
		),
	};
}
