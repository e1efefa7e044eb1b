/**
 * Shapes of the support-window engine: the facts it reads (the REST
 * response of GET /wp-json/dokan-support-check/v1/site-check), the policy
 * it applies and the verdict it returns. See SPEC "Contracts".
 */

/** One product found (or looked for) on the site. */
export interface ComponentFacts {
	/** `wordpress`, `woocommerce`, `dokan-lite`, `dokan-pro`, or a filtered-in product. */
	slug: string;
	name: string;
	/** Installed version; null = not installed. */
	installed: string | null;
	active: boolean;
	/** Newest version known; null = unknown. */
	latest: string | null;
	/** Known releases, any order; null = no list known. */
	releases: string[] | null;
	/** Where `latest` / `releases` came from (e.g. `wordpress.org`). */
	source: string;
	/**
	 * When `latest` was learnt (ISO 8601 UTC), not when the site was last looked at: an
	 * old answer is old. Null when unknown (no answer, or Dokan Pro's entry in WordPress's
	 * update data, whose age WordPress does not keep).
	 */
	checkedAt: string | null;
	/** Licence state of a licensed product (Dokan Pro); absent for other components. Never the key. */
	licence?: 'active' | 'inactive' | 'unknown';
	/** Why detection failed, when it did (e.g. a release-list fetch timed out). */
	error?: string | null;
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

export interface ComponentPolicy {
	/** How many releases below the latest are still supported (0 = must be latest). */
	releasesBehind: number;
}

export interface SupportPolicy {
	vendor: string;
	components: Record< string, ComponentPolicy >;
}

export type OverallStatus = 'supported' | 'outside' | 'unknown';

export type ComponentStatus =
	'latest' | 'in-window' | 'outside' | 'unknown' | 'not-installed';

/**
 * How the window was counted: from a list of releases, estimated from the
 * latest version number alone, or not at all.
 */
export type WindowBasis = 'release-list' | 'estimate' | 'none';

/** Rule ids of POLICY.md cited by a verdict. */
export type WindowRule = 'W1' | 'W2';

/** The admin screen that performs an update. */
export type UpdateScreen = 'update-core.php' | 'plugins.php';

export interface ComponentFix {
	/** Version to update to; null when no released version is known to fix it. */
	updateTo: string | null;
	screen: UpdateScreen | null;
}

export interface ComponentVerdict {
	slug: string;
	name: string;
	status: ComponentStatus;
	installed: string | null;
	/** Newest stable release known (the one the window counts from). */
	latest: string | null;
	/** Oldest version still inside the window; null when it cannot be known. */
	oldestSupported: string | null;
	basis: WindowBasis;
	/** W1 (must be / is the latest) or W2 (plugin window); null when undecided. */
	rule: WindowRule | null;
	/** Translated, human sentence citing the rule (and W3's "update first"). */
	reason: string;
	/** Extra context: estimate basis, stale data, inactive plugin, detection error. */
	note?: string;
	/** What fixes it; null when nothing needs doing or nothing is known. */
	fix: ComponentFix | null;
	/** Releases newer than the installed one, when known exactly. */
	releasesBehind: number | null;
}

export interface SupportVerdict {
	overall: OverallStatus;
	components: ComponentVerdict[];
	/** Set when the policy or the facts could not be used at all. */
	error?: string;
}
