/**
 * Shapes shared by the admin UI, mirrored from what the PHP shell hands over.
 * The engine's own shapes (facts, policy, verdict) live in src/support-window/types.ts.
 */

/**
 * Internal dependencies
 */
import type { SupportPolicy } from './support-window';

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
	/**
	 * The free Dokan (Lite) forum on WordPress.org, and where Dokan Pro is bought
	 * (E1, C1). Not printed by PHP yet: the UI falls back to FREE_FORUM_URL and
	 * BUY_PRO_URL (src/components/eligibility-help).
	 */
	dokanForum?: string | null;
	buyPro?: string | null;
}

/**
 * `window.dokanSupportCheck`, printed by php/Admin_Page.php on the Support Check
 * screen only (the app data closure built in php/Plugin.php).
 */
export interface AppData {
	/** REST route of the facts, relative to the REST root. */
	restPath: string;
	/**
	 * The last facts assembled (cached), or null when none yet; read by
	 * parseSiteFacts() (src/site-facts.ts) before anything uses them.
	 */
	facts: unknown;
	/** The support policy (filter `dokan_support_check_policy`); validated by the engine. */
	policy: SupportPolicy;
	links: VendorLinks;
	settings: { purchaseEmail: string };
	/** Unix time (seconds) a ticket was last opened from this site; 0 = never. */
	lastTicketAt: number;
	pageUrl: string;
	updateCoreUrl: string;
	pluginsUrl: string;
	/**
	 * admin_url( 'plugin-install.php' ) (network_admin_url on a network), where a
	 * required plugin is installed; not printed by PHP yet, so the UI falls back
	 * to the relative `plugin-install.php`.
	 */
	pluginInstallUrl?: string;
	siteHealthUrl: string;
}

declare global {
	interface Window {
		dokanSupportCheck?: AppData;
	}
}
