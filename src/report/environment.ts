/**
 * The report's environment (core's Site Health sections and the store's own, from
 * `GET site-check?report=1`) and the change history, written as Site Health's "Copy
 * site info to clipboard" writes them (`WP_Debug_Data::format( $info, 'debug' )`).
 * Pure. Reading them from the answer is ./parse.ts (the page needs that first).
 */

/**
 * Internal dependencies
 */
import type {
	EnvironmentField,
	EnvironmentSection,
	HistoryEntry,
	SiteEnvironment,
} from '../types';
import { has } from '../plain-object';
import { REDACTED, isSecretKey, redactText } from './redact';
import type { ReportEntry, ReportSection } from './build';

/*
 * The sections core declares with `show_count` (the same five in WordPress 6.1 to
 * 7.1): their header says how many fields follow, `### wp-plugins-active (4) ###`.
 * PHP hands over labels and fields only, so the list lives here.
 */
const COUNTED = [
	'wp-dropins',
	'wp-themes-inactive',
	'wp-mu-plugins',
	'wp-plugins-active',
	'wp-plugins-inactive',
];

/*
 * Fields that hold only a state word although their key looks secret: the licence
 * state is `active`, `inactive` or `unknown`, never the key (php/Report/Store_Sections).
 */
const STATE_FIELDS = new Set( [ 'dokan-pro-licence/license' ] );

/**
 * How many fields a section's header counts, as core counts them (null: no count).
 *
 * @param key     Section key.
 * @param section The section.
 * @return The count, or null.
 */
export function sectionCount(
	key: string,
	section: EnvironmentSection
): number | null {
	return COUNTED.includes( key )
		? Object.keys( section.fields ).length
		: null;
}

/**
 * A value as core's format() writes it in 'debug' mode: empty is `undefined` (but
 * `0` stays), a list (one "name: value" per line, as PHP flattened core's arrays)
 * becomes core's tab-indented lines under the key.
 *
 * @param value The debug value.
 * @return The value as printed after `key: `.
 */
function debugValue( value: string ): string {
	if ( value === '' ) {
		return 'undefined';
	}
	return /[\r\n]/.test( value )
		? value
				.split( /\r\n|\r|\n/ )
				.map( ( line ) => `\n\t${ line }` )
				.join( '' )
		: value;
}

/**
 * A field's value for public places. A machine key that names a secret (`api_key`,
 * `auth_token`) loses its whole value; the plugin and theme lists are keyed by name
 * ("Licence Manager"), so there only the value's URLs, paths, addresses and keys go.
 *
 * @param section Section key.
 * @param name    Field key.
 * @param value   The value.
 * @param extras  Strings to blank anywhere.
 * @return The value to show.
 */
function blankField(
	section: string,
	name: string,
	value: string,
	extras: string[]
): string {
	if ( STATE_FIELDS.has( `${ section }/${ name }` ) ) {
		return value;
	}
	return ! COUNTED.includes( section ) && isSecretKey( name )
		? REDACTED
		: redactText( value, extras );
}

/**
 * The environment as report sections, in core's copy format: the section key as
 * title, each field's key and English `debug` value. The redacted variant leaves out
 * what core marks private (database user, host and name, ABSPATH, …) and then blanks
 * what the rest of the report blanks (URLs, paths, e-mail addresses, licence keys).
 *
 * @param environment The environment.
 * @param redacted    Whether to redact.
 * @param extras      Strings to blank anywhere (the site's host).
 * @param taken       Titles the report already has: a section another plugin added to
 *                    Site Health under one of them (a component's slug, `context`) is
 *                    titled `<key>-environment`, so that a parser reading sections by
 *                    title gets both.
 * @return Sections; an empty section is left out, as core leaves it out.
 */
export function environmentSections(
	environment: SiteEnvironment,
	redacted: boolean,
	extras: string[] = [],
	taken: string[] = []
): ReportSection[] {
	const sections: ReportSection[] = [];
	for ( const [ key, section ] of Object.entries( environment ) ) {
		const entries: ReportEntry[] = [];
		for ( const [ name, field ] of Object.entries( section.fields ) ) {
			if ( redacted && field.private ) {
				continue;
			}
			const value = redacted
				? blankField( key, name, field.debug, extras )
				: field.debug;
			// Core keys the plugin and theme lists by name, which can hold an address.
			const label = redacted ? redactText( name, extras ) : name;
			entries.push( [ label, debugValue( value ) ] );
		}
		if ( entries.length === 0 ) {
			continue;
		}
		const count = sectionCount( key, section );
		const title = taken.includes( key ) ? `${ key }-environment` : key;
		sections.push( {
			title: count === null ? title : `${ title } (${ count })`,
			entries,
			verbatim: true,
		} );
	}
	return sections;
}

/**
 * The environment for the redacted JSON: private fields left out, values blanked
 * as in the text.
 *
 * @param environment The environment.
 * @param extras      Strings to blank anywhere.
 * @return A new environment.
 */
export function redactEnvironment(
	environment: SiteEnvironment,
	extras: string[]
): SiteEnvironment {
	const out: SiteEnvironment = {};
	for ( const [ key, section ] of Object.entries( environment ) ) {
		const fields: Record< string, EnvironmentField > = {};
		for ( const [ name, field ] of Object.entries( section.fields ) ) {
			if ( field.private ) {
				continue;
			}
			// Names are keys there (plugins, themes): blanked like values, kept apart.
			const blanked = redactText( name, extras );
			let safe = blanked;
			for ( let n = 2; has( fields, safe ); n++ ) {
				safe = `${ blanked } (${ n })`;
			}
			fields[ safe ] = {
				label: redactText( field.label, extras ),
				value: blankField( key, name, field.value, extras ),
				debug: blankField( key, name, field.debug, extras ),
			};
		}
		out[ key ] = { label: section.label, fields };
	}
	return out;
}

/**
 * One change in the report's words (English, like every key and value there).
 *
 * @param entry The change.
 * @return E.g. `WooCommerce (woocommerce): 10.2.2 -> 10.9.4`.
 */
export function changeLine( entry: HistoryEntry ): string {
	const what = `${ entry.name } (${ entry.slug })`;
	if ( entry.from === null ) {
		return `${ what }: installed ${ entry.to ?? 'unknown' }`;
	}
	if ( entry.to === null ) {
		return `${ what }: removed ${ entry.from }`;
	}
	return `${ what }: ${ entry.from } -> ${ entry.to }`;
}

/**
 * The change history as a report section: how many, then one line per change, newest
 * first, keyed by when it was seen.
 *
 * @param history The changes.
 * @return The `changes` section.
 */
export function changesSection( history: HistoryEntry[] ): ReportSection {
	return {
		title: 'changes',
		entries: [
			[ 'count', String( history.length ) ],
			...history.map( ( entry ): ReportEntry => [
				entry.at,
				changeLine( entry ),
			] ),
		],
	};
}
