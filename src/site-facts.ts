/**
 * The site facts as they arrive (the REST answer, or the copy PHP prints for
 * the page and the badge), read once into the engine's SiteFacts. Whatever
 * the answer holds, the engine then gets honest types: strings trimmed,
 * non-strings dropped from release lists, and a component entry that is not
 * of the contract's shape kept, marked `malformed`, so that it is shown as
 * "can't tell" rather than dropped or guessed. Pure, and without sentences
 * (the badge uses it on every admin screen).
 */

/**
 * Internal dependencies
 */
import { isRecord } from './plain-object';
import type { ComponentFacts, SiteFacts } from './support-window';

function text( value: unknown ): string {
	return typeof value === 'string' ? value.trim() : '';
}

function textOrNull( value: unknown ): string | null {
	return typeof value === 'string' ? value.trim() : null;
}

/**
 * One component entry.
 *
 * @param input The entry as received.
 * @return The component; `malformed` when slug, installed or active are not
 *         of the contract's types (a non-string version is kept as words).
 */
export function parseComponent( input: unknown ): ComponentFacts {
	const raw = isRecord( input ) ? input : {};
	const { installed, releases } = raw;
	const component: ComponentFacts = {
		slug: text( raw.slug ),
		name: text( raw.name ) || text( raw.slug ),
		installed: textOrNull( installed ),
		active: raw.active === true,
		latest: textOrNull( raw.latest ),
		releases: Array.isArray( releases )
			? releases.filter( ( r ) => typeof r === 'string' ).map( text )
			: null,
		source: text( raw.source ),
		checkedAt: textOrNull( raw.checkedAt ),
		// Optional in the contract: kept only when the answer has it.
		...( 'error' in raw ? { error: textOrNull( raw.error ) } : {} ),
	};
	if (
		text( raw.slug ) === '' ||
		typeof raw.active !== 'boolean' ||
		( installed !== null && typeof installed !== 'string' )
	) {
		component.malformed = true;
		if ( typeof installed === 'number' || typeof installed === 'boolean' ) {
			component.installed = String( installed );
		}
	}
	return component;
}

/**
 * Reads the components of site facts from anything: all the badge needs (the
 * `site` part is the page's and the report's).
 *
 * @param input The decoded REST answer, or what PHP printed.
 * @return The components, or null when `input` is not site facts at all.
 */
export function parseComponents( input: unknown ): ComponentFacts[] | null {
	return isRecord( input ) && Array.isArray( input.components )
		? input.components.map( parseComponent )
		: null;
}

/**
 * Reads site facts from anything.
 *
 * @param input The decoded REST answer, or what PHP printed.
 * @return The facts, or null when `input` is not site facts at all (no list
 *         of components).
 */
export function parseSiteFacts( input: unknown ): SiteFacts | null {
	const components = parseComponents( input );
	if ( ! components || ! isRecord( input ) ) {
		return null;
	}
	const site = isRecord( input.site ) ? input.site : {};
	const theme = isRecord( site.theme ) ? site.theme : {};
	return {
		// Other keys (`environment`, `history` of ?report=1) go to the report as they are.
		...input,
		generatedAt: text( input.generatedAt ),
		site: {
			url: text( site.url ),
			multisite: site.multisite === true,
			locale: text( site.locale ),
			php: text( site.php ),
			database: text( site.database ),
			theme: { name: text( theme.name ), version: text( theme.version ) },
		},
		components,
	};
}
