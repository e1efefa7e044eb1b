/**
 * The report's environment and the change history, read once from whatever arrived
 * (the `?report=1` answer, or the history PHP printed for the page), so that the rest
 * gets honest types. Apart from the report's formatting: the page needs this first,
 * the formatting only when the Report or ticket tab opens.
 */

/**
 * Internal dependencies
 */
import { isRecord } from '../plain-object';
import type { EnvironmentField, HistoryEntry, SiteEnvironment } from '../types';

function text( value: unknown ): string {
	return typeof value === 'string' ? value : '';
}

function textOrNull( value: unknown ): string | null {
	return typeof value === 'string' ? value : null;
}

/**
 * Reads the environment from anything: strings stay strings, anything else in a
 * field becomes '' (shown as core shows an empty value).
 *
 * @param input `environment` as received.
 * @return Sections in the order received; `{}` when `input` is not an object.
 */
export function parseEnvironment( input: unknown ): SiteEnvironment {
	const environment: SiteEnvironment = {};
	if ( ! isRecord( input ) ) {
		return environment;
	}
	for ( const [ key, raw ] of Object.entries( input ) ) {
		if ( ! isRecord( raw ) ) {
			continue;
		}
		const fields: Record< string, EnvironmentField > = {};
		for ( const [ name, field ] of Object.entries(
			isRecord( raw.fields ) ? raw.fields : {}
		) ) {
			const f = isRecord( field ) ? field : {};
			const value = text( f.value );
			fields[ name ] = {
				label: text( f.label ) || name,
				value,
				debug: typeof f.debug === 'string' ? f.debug : value,
				...( f.private === true ? { private: true as const } : {} ),
			};
		}
		environment[ key ] = { label: text( raw.label ) || key, fields };
	}
	return environment;
}

/**
 * Reads the change history from anything; entries without a date or a name are dropped.
 *
 * @param input `history` as received (or as PHP printed it).
 * @return Entries, newest first as received.
 */
export function parseHistory( input: unknown ): HistoryEntry[] {
	if ( ! Array.isArray( input ) ) {
		return [];
	}
	return input.filter( isRecord ).flatMap( ( raw ) => {
		const entry: HistoryEntry = {
			at: text( raw.at ),
			slug: text( raw.slug ),
			name: text( raw.name ) || text( raw.slug ),
			from: textOrNull( raw.from ),
			to: textOrNull( raw.to ),
		};
		return entry.at && entry.name ? [ entry ] : [];
	} );
}
