/**
 * Builders for support-window tests, and the real release histories
 * (copied as-is from the shared fixtures into tests/fixtures/releases).
 */
import dokanLite from '../../fixtures/releases/dokan-lite.json';
import woocommerce from '../../fixtures/releases/woocommerce.json';
import wordpress from '../../fixtures/releases/wordpress.json';

import { say } from '../../../src/status/reasons';
import type {
	ComponentFacts,
	SiteFacts,
	SupportPolicy,
} from '../../../src/support-window';
import { policyProblems } from '../../../src/support-window/policy';

export const SITE: SiteFacts[ 'site' ] = {
	url: 'https://shop.example',
	multisite: false,
	locale: 'fr_FR',
	php: '8.2.36',
	database: 'MariaDB 10.11.19',
	theme: { name: 'Storefront', version: '4.6.1' },
};

const NAMES: Record< string, string > = {
	wordpress: 'WordPress',
	woocommerce: 'WooCommerce',
	'dokan-lite': 'Dokan',
	'dokan-pro': 'Dokan Pro',
};

export function component(
	slug: string,
	fields: Partial< ComponentFacts > = {}
): ComponentFacts {
	return {
		slug,
		name: NAMES[ slug ] ?? slug,
		installed: null,
		active: true,
		latest: null,
		releases: null,
		source: 'wordpress.org',
		checkedAt: '2026-11-27T11:58:00Z',
		...fields,
	};
}

export function site( ...components: ComponentFacts[] ): SiteFacts {
	return { generatedAt: '2026-11-27T12:00:00Z', site: SITE, components };
}

/**
 * The policy without `premium` and `required`, as another vendor's filter
 * may hand it over: the plain rules (plugins not installed or not active do
 * not count). The windows are the default's.
 */
export const plainPolicy: SupportPolicy = {
	vendor: 'Dokan',
	components: {
		'dokan-lite': { releasesBehind: 2 },
		'dokan-pro': { releasesBehind: 2 },
		wordpress: { releasesBehind: 0 },
		woocommerce: { releasesBehind: 0 },
	},
};

export function policyWith(
	components: Record< string, number >
): SupportPolicy {
	return {
		vendor: 'Dokan',
		components: Object.fromEntries(
			Object.entries( components ).map( ( [ slug, n ] ) => [
				slug,
				{ releasesBehind: n },
			] )
		),
	};
}

/**
 * What is wrong with a policy, in the words evaluate() gives as its `error`.
 *
 * @param input Anything, e.g. the decoded value of a PHP filter.
 */
export const validatePolicy = ( input: unknown ) =>
	policyProblems( input ).map( say );

interface Dated {
	version: string;
	date?: string;
	date_upper_bound?: string;
}

/** Releases as listed in a fixture file (newest date first). */
export const history = {
	wordpress: ( wordpress.releases as Dated[] ).map( ( r ) => r.version ),
	woocommerce: [
		...( woocommerce.releases as Dated[] ),
		...( woocommerce.newer_or_backport_versions_without_release_date as Dated[] ),
	].map( ( r ) => r.version ),
	dokanLite: ( dokanLite.releases as Dated[] ).map( ( r ) => r.version ),
};

/**
 * The releases of a fixture that were out on a given day (ISO date), in the
 * file's order (by date, newest first): a snapshot of what a site would
 * have seen then.
 *
 * @param file  A fixture.
 * @param until Last day included.
 */
export function releasedBy(
	file: 'wordpress' | 'woocommerce' | 'dokanLite',
	until: string
): string[] {
	let source: Dated[];
	if ( file === 'wordpress' ) {
		source = wordpress.releases as Dated[];
	} else if ( file === 'woocommerce' ) {
		source = [
			...( woocommerce.releases as Dated[] ),
			...( woocommerce.newer_or_backport_versions_without_release_date as Dated[] ),
		];
	} else {
		source = dokanLite.releases as Dated[];
	}
	return source
		.filter( ( r ) => ( r.date ?? r.date_upper_bound ?? '' ) <= until )
		.map( ( r ) => r.version );
}

/**
 * A deterministic shuffle (the engine must not care about input order).
 *
 * @param list Items.
 * @param seed Any integer.
 */
export function shuffled< T >( list: readonly T[], seed = 1 ): T[] {
	const out = [ ...list ];
	let state = Math.abs( Math.floor( seed ) ) % 2147483647 || 1;
	for ( let i = out.length - 1; i > 0; i-- ) {
		state = ( state * 48271 ) % 2147483647; // Park-Miller.
		const j = state % ( i + 1 );
		[ out[ i ], out[ j ] ] = [ out[ j ] as T, out[ i ] as T ];
	}
	return out;
}
