/**
 * Shapes shared by the admin UI, mirrored from what the PHP shell hands over.
 * The engine's own shapes (facts, policy, verdict) live in src/support-window/types.ts.
 */

/**
 * Internal dependencies
 */
import type { SiteFacts, SupportPolicy } from './support-window';

/** Vendor and community URLs (php/Vendor_Links.php); null where no URL is known. */
export interface VendorLinks {
	helpdesk: string;
	contact: string;
	liveChat: string;
	documentation: string;
	updateGuide: string;
	weCare: string | null;
	weLab: string | null;
	wordpressForums: string;
	woocommerceForums: string;
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
	 */
	facts: SiteFacts | null;
	/** Changes of installed versions, newest first (at most 50). */
	history?: HistoryEntry[];
	/** The support policy (filter `dokan_support_check_policy`); validated by the engine. */
	policy: SupportPolicy;
	links: VendorLinks;
	settings: { purchaseEmail: string };
	/** Unix time (seconds) a ticket was last opened from this site; 0 = never. */
	lastTicketAt: number;
	pageUrl: string;
	/** update-core.php, plugins.php, plugin-install.php: in Network Admin on a network. */
	updateCoreUrl: string;
	pluginsUrl: string;
	pluginInstallUrl?: string;
	siteHealthUrl: string;
}

declare global {
	interface Window {
		dokanSupportCheck?: AppData;
	}
}
