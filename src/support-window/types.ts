/**
 * Shapes of the engine (SPEC "Contracts"): the facts it reads (the REST
 * response of GET …/site-check, read once by src/site-facts.ts), the policy
 * it applies and the verdict it returns.
 */

export interface ComponentFacts {
	/** `wordpress`, `woocommerce`, `dokan-lite`, `dokan-pro`, or a filtered-in product. */
	slug: string;
	name: string;
	/** null = not installed. */
	installed: string | null;
	active: boolean;
	/** null = unknown. */
	latest: string | null;
	/** Known releases, any order; null = no list known. */
	releases: string[] | null;
	/** Where `latest` and `releases` came from (e.g. `wordpress.org`). */
	source: string;
	/**
	 * When `latest` was learnt (ISO 8601 UTC), not when the site was last looked at: an
	 * old answer is old. Null when unknown (no answer, or Dokan Pro's entry in WordPress's
	 * update data, whose age WordPress does not keep).
	 */
	checkedAt: string | null;
	/** Licence state of a licensed product (Dokan Pro); absent for other components. Never the key. */
	licence?: 'active' | 'inactive' | 'unknown';
	/** Why detection failed, when it did. */
	error?: string | null;
	/** Set by parseSiteFacts() (never by PHP): the entry was not of this shape. */
	malformed?: boolean;
}

export interface SiteFacts {
	generatedAt: string;
	site: {
		url: string;
		multisite: boolean;
		locale: string;
		php: string;
		database: string;
		theme: { name: string; version: string };
	};
	components: ComponentFacts[];
}

export interface SupportPolicy {
	vendor: string;
	/** Products bought from the vendor: one must run for support (E1, C1). */
	premium?: string[];
	components: Record<
		string,
		/** `releasesBehind`: 0 = must be the latest; `required`: must run (W1). */
		{ releasesBehind: number; required?: boolean }
	>;
}

export type OverallStatus =
	'supported' | 'outside' | 'unknown' | 'not-eligible';
/** Where an installed version stands in its window. */
export type WindowStatus = 'latest' | 'in-window' | 'outside' | 'unknown';
export type ComponentStatus = WindowStatus | 'not-installed' | 'inactive';
export type WindowBasis = 'release-list' | 'estimate' | 'none';
/** POLICY.md rule a component verdict rests on. */
export type WindowRule = 'W1' | 'W2' | 'E1';

export interface ComponentFix {
	action: 'update' | 'install' | 'activate';
	/** For an update: the version to reach; null when none is known to fix it. */
	updateTo: string | null;
	/** The admin screen that does it (install: search there for the name). */
	screen: 'update-core.php' | 'plugins.php' | 'plugin-install.php' | null;
}

export interface ComponentVerdict {
	slug: string;
	name: string;
	status: ComponentStatus;
	/** `inactive` only: its status if it were active (which would decide). */
	windowStatus?: WindowStatus;
	installed: string | null;
	/** Newest stable release known: the window counts from it. */
	latest: string | null;
	/** Oldest version inside the window; null when it cannot be known. */
	oldestSupported: string | null;
	basis: WindowBasis;
	rule: WindowRule | null;
	/** A translated sentence citing the rule. */
	reason: string;
	/** Context: estimate, stale data, what an inactive one would be, errors. */
	note?: string;
	fix: ComponentFix | null;
	/** Releases newer than the installed one: counted in the list, or estimated (`basis`). */
	releasesBehind: number | null;
}

export interface SupportVerdict {
	overall: OverallStatus;
	components: ComponentVerdict[];
	/** Set when the policy or the facts could not be used at all. */
	error?: string;
}
