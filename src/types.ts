/**
 * Shapes shared by the admin UI, mirrored from what the PHP shell hands over.
 * The engine's own shapes (facts, policy, verdict) live in src/support-window/types.ts.
 */

/**
 * Internal dependencies
 */
import type { SiteFacts, SupportPolicy } from './support-window';

/** Vendor and community URLs (php/Vendor_Links.php); null where no URL is known. */
/**
 * The vendor's and community URLs (php/Vendor_Links.php). Each is null when a filter
 * removed it: the page then names the place without a link.
 */
export interface VendorLinks {
	/** Where tickets are sent; null: the ticket is copied or downloaded. */
	helpdesk: string | null;
	contact: string | null;
	/** Pre-sale questions (H1): the contact page by default, as no chat address is public. */
	liveChat: string | null;
	/** The vendor's published support policy (A1). */
	supportPolicy?: string | null;
	documentation: string | null;
	updateGuide: string | null;
	weCare: string | null;
	weLab: string | null;
	wordpressForums: string | null;
	woocommerceForums: string | null;
	/**
	 * The free Dokan (Lite) forum on WordPress.org, and where Dokan Pro is bought
	 * (E1, C1); null when a filter removed one, and the page then names the place
	 * without a link (src/components/eligibility-help).
	 */
	dokanForum: string | null;
	buyPro: string | null;
}

/**
 * One change of an installed version (php/Facts/History.php), as `history` lists them,
 * newest first, in the app data and in `GET …/site-check?report=1`.
 */
export interface HistoryEntry {
	/** When the change was seen (ISO 8601 UTC). */
	at: string;
	/** A checked component's slug, else a plugin's main file or a theme's folder. */
	slug: string;
	name: string;
	/** Version before; null when it was installed. */
	from: string | null;
	/** Version after; null when it was removed. */
	to: string | null;
}

/**
 * `window.dokanSupportCheck`, printed by php/Admin_Page.php on the Support Check
 * screen only (the app data closure built in php/Plugin.php).
 */
export interface AppData {
	/** REST route of the facts, relative to the REST root. */
	restPath: string;
	/**
	 * Installed versions read when the page loaded, latest versions as already known (no
	 * request); null while nothing at all is known (the page then runs the first check).
	 * Read by parseSiteFacts() (src/site-facts.ts) before anything uses them.
	 */
	facts: unknown;
	/** Changes of installed versions, newest first (at most 50). */
	history?: HistoryEntry[];
	/** The support policy (filter `dokan_support_check_policy`); validated by the engine. */
	policy: SupportPolicy;
	links: VendorLinks;
	settings: { purchaseEmail: string };
	/** Unix time (seconds) a ticket was last opened from this site; 0 = never. */
	lastTicketAt: number;
	pageUrl: string;
	/**
	 * The site's time zone (Settings → General) as wp_timezone_string() gives it: a
	 * zone name (`Europe/Paris`) or a fixed offset (`+05:30`). Dates are shown in it.
	 */
	timeZone: string;
	/** update-core.php, plugins.php, plugin-install.php: in Network Admin on a network. */
	updateCoreUrl: string;
	pluginsUrl: string;
	/** Where a required plugin is installed (plugin-install.php, in Network Admin on a network). */
	pluginInstallUrl?: string;
	siteHealthUrl: string;
	/**
	 * WooCommerce's status report (`admin.php?page=wc-status`, in the current site's
	 * admin, also on a network); null when WooCommerce is not active there.
	 */
	wcStatusUrl?: string | null;
}

declare global {
	interface Window {
		dokanSupportCheck?: AppData;
	}
}

/* -------------------------------------------------------------------------
 * The site report's environment: `GET site-check?report=1` (php/Report/).
 * Read by parseEnvironment() and parseHistory() (src/report/parse.ts); shown by
 * the Report tab (src/components/report-tab) and written into the report.
 * ---------------------------------------------------------------------- */

/** One line of a section, shaped like a field of core's Site Health Info tab. */
export interface EnvironmentField {
	/** Label for people (core's labels come translated by WordPress). */
	label: string;
	/** Value for people, plain text; a list is one "name: value" per line. */
	value: string;
	/** Machine value in English where WordPress gives one (what Site Health copies); else `value`. */
	debug: string;
	/** Present (and true) when WordPress marks the field private: the redacted report leaves it out. */
	private?: true;
}

/** One section: `{ label, fields }`, fields keyed as their source keys them. */
export interface EnvironmentSection {
	label: string;
	fields: Record< string, EnvironmentField >;
}

/**
 * Sections keyed as core keys them (`wp-core`, `wp-dropins`, `wp-active-theme`,
 * `wp-parent-theme`, `wp-themes-inactive`, `wp-mu-plugins`, `wp-plugins-active`,
 * `wp-plugins-inactive`, `wp-media`, `wp-server`, `wp-database`, `wp-constants`,
 * `wp-filesystem`, and any section another plugin adds to Site Health), in core's
 * order, without `wp-paths-sizes` and without this plugin's own Site Health section;
 * then, when the plugin is installed:
 * - `dokan-woocommerce`: `database_version`, `order_storage` (debug `hpos` | `posts`),
 *   `order_sync` (debug `on` | `off`);
 * - `dokan-pro-licence`: `license` (debug `active` | `inactive` | `unknown`; never the key),
 *   `module_count`, `active_modules` (debug: ids joined by ", ", or `none`);
 * - `dokan-template-overrides` (WooCommerce or Dokan installed): `count` (debug `N`,
 *   or `>200` when the list is cut); with WooCommerce's `templates/` read, `outdated`
 *   (debug `N`, or `>=N` when the list was cut before every template was compared), else,
 *   WooCommerce installed, `woocommerce_templates` (debug `unreadable (WooCommerce
 *   overrides not listed)`); then one field per file, keyed `<theme folder>/<path in the
 *   theme>`: first the copies WooCommerce loads instead of its own templates, found as
 *   WooCommerce finds them (child theme `T`, child `woocommerce/T`, parent `T`, parent
 *   `woocommerce/T`: a parent's copy the child hides and a theme's own partials are not
 *   listed), debug the declared `@version` or `none`, followed by
 *   ` (outdated, WooCommerce has X)` when older than WooCommerce's or undeclared; then
 *   every `.php` under the themes' `dokan/` (or the folder Dokan's `dokan_template_path`
 *   filter names; a parent's copy the child hides left out), debug the declared
 *   `@version` or `none`.
 * In `wp-core`, `dotorg_communication` reads "not checked" (the report sends no request).
 */
export type SiteEnvironment = Record< string, EnvironmentSection >;

/** What `GET site-check?report=1` answers: the facts, the environment and the change history. */
export type SiteReportFacts = SiteFacts & {
	environment: SiteEnvironment;
	history: HistoryEntry[];
};
