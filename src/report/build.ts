/**
 * The site report for support agents: Site Health's "copy site info" style (plain
 * text, `### section ###` headers, `key: value` lines, English keys), starting with the
 * verdict, then every component, then the context; and the same as JSON. Pure: the
 * caller passes the time.
 */

/**
 * Internal dependencies
 */
import type {
	ComponentFix,
	SiteFacts,
	SupportPolicy,
	SupportVerdict,
} from '../support-window';
import { verdictSummary } from '../status/summary';
import { REDACTED, isSecretKey, redactText } from './redact';

/** One `key: value` line; the value is already a string. */
export type ReportEntry = [ key: string, value: string ];

export interface ReportSection {
	/** Shown as `### title ###`. */
	title: string;
	entries: ReportEntry[];
}

export interface ReportInput {
	facts: SiteFacts | null;
	verdict: SupportVerdict | null;
	policy: SupportPolicy;
	/** When the report is built (ISO 8601); passed in to keep this pure. */
	now: string;
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
			[ 'latest', orNone( component.latest ) ],
			[ 'oldest supported', orNone( component.oldestSupported ) ],
			[
				'releases behind',
				component.releasesBehind === null
					? 'unknown'
					: String( component.releasesBehind ),
			],
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
				[ 'checked', orNone( raw.checkedAt ) ]
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
	return sections;
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
								`${ key }: ${ oneLine( value ) }`
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
		title: section.title,
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
	const data = {
		report: 'dokan-support-check',
		format: 1,
		generatedAt: input.now,
		verdict: input.verdict,
		policy: input.policy,
		facts: input.facts,
	};
	return {
		full: formatText( sections ),
		redacted: formatText( redactSections( sections, extras ) ),
		json: JSON.stringify( data, null, 2 ),
		redactedJson: JSON.stringify( redactJson( data, extras ), null, 2 ),
	};
}
