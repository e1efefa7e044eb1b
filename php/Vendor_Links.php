<?php
/**
 * The vendor's and the community's URLs the UI sends people to.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * URLs as data, each filterable. A service with no known URL is null, and the UI then
 * names the service and points to the contact page: no URL is made up.
 */
final class Vendor_Links {

	/**
	 * Filter for one link: `dokan_support_check_link_{$key}`, e.g. `dokan_support_check_link_helpdesk`.
	 */
	const FILTER_PREFIX = 'dokan_support_check_link_';

	/**
	 * Filter for all links at once.
	 */
	const FILTER = 'dokan_support_check_links';

	/**
	 * The defaults, keyed as the UI reads them.
	 *
	 * Sources (public code and pages, read 2026-11; research notes vendor-links.md):
	 * - helpdesk: where Dokan's own plugin now sends "Get Support". It was
	 *   https://wedevs.com/account/tickets/ (getdokan/dokan includes/Admin/Dashboard/Dashboard.php,
	 *   help menu item `get-support`); issue getdokan/dokan#2433 asked for https://dokan.co/contact/,
	 *   "where users can submit a support request", and PR getdokan/dokan#2559 (merged, "update
	 *   the get support link to correct contact page") made it so; Dokan's later Playwright test
	 *   (tests/pw/tests/e2e/setupGuide.spec.ts) expects dokan.co/contact/ for "Get Support", and
	 *   Dokan's README calls https://dokan.co/contact/ "the Dokan support portal" for customers
	 *   who bought. PR getdokan/dokan#3107 ("updated get support url") does not say its new value.
	 *   The wedevs.com ticket page sits behind a weDevs account login, which a customer who
	 *   bought on dokan.co may not have; the contact page does not. So the helpdesk is the
	 *   contact page, and the ticket step asks for the purchase e-mail in its form (E3).
	 * - Prefilled fields: none of these pages is documented or seen taking a subject, message
	 *   or e-mail from its URL (every link Dokan and weDevs publish carries `utm_*` parameters
	 *   only), so none is added: the ticket is copied and pasted instead.
	 * - liveChat: no public address opens Dokan's pre-sale chat (no Dokan or weDevs code links
	 *   one); pre-sale questions (H1) go to the contact page, and the UI says so.
	 * - supportPolicy: https://dokan.co/support-policy/, the published policy (A1).
	 * - weLab: https://welabs.dev, the custom-development team Dokan Lite itself points to
	 *   (getdokan/dokan src/admin/dashboard/pages/extensions/Services.tsx, "Visit weLabs").
	 * No public URL is known for weCare (priority support, named on the support-policy page),
	 * so it is null and the UI points to the contact page.
	 *
	 * @return array<string, string|null>
	 */
	public static function defaults(): array {
		return array(
			'helpdesk'          => 'https://dokan.co/contact/',
			'contact'           => 'https://dokan.co/contact/',
			'liveChat'          => 'https://dokan.co/contact/',
			'supportPolicy'     => 'https://dokan.co/support-policy/',
			'documentation'     => 'https://dokan.co/docs/wordpress/',
			// W3 says the vendor documents how to update its plugins, but no such page could be
			// established from public sources (checked 2026-11: no public code, Dokan's included,
			// links a page under dokan.co/docs/wordpress/updates/; dokan.co's docs and pages
			// searched for "dokan update plugin" and "how to update dokan pro"). The one page in the
			// docs' "updates" section, /docs/wordpress/updates/license-activation-2/, is about
			// activating the licence that automatic updates need, not about updating, so the
			// documentation's home it is, until the vendor publishes a guide (or a filter says).
			'updateGuide'       => 'https://dokan.co/docs/wordpress/',
			'weCare'            => null,
			'weLab'             => 'https://welabs.dev/',
			'wordpressForums'   => 'https://wordpress.org/support/forums/',
			'woocommerceForums' => 'https://wordpress.org/support/plugin/woocommerce/',
			// Where help is for a site premium support does not cover (E1, C1). Dokan Lite's
			// README (getdokan/dokan, "Support") sends users of the free plugin to its
			// WordPress.org forum; Dokan Lite's own "Buy Now" (getdokan/dokan,
			// src/ProFeatures/components/PricingSection.tsx) goes to the pricing page,
			// without its campaign parameters here.
			'dokanForum'        => 'https://wordpress.org/support/plugin/dokan-lite/',
			'buyPro'            => 'https://dokan.co/wordpress/pricing/',
		);
	}

	/**
	 * Every link, after the filters; each an http(s) URL or null.
	 *
	 * @return array<string, string|null>
	 */
	public function all(): array {
		$links = array();
		foreach ( self::defaults() as $key => $url ) {
			/**
			 * Filters one vendor or community URL the support page links to.
			 *
			 * The dynamic part is the key: helpdesk, contact, liveChat, supportPolicy,
			 * documentation, updateGuide, weCare, weLab, wordpressForums, woocommerceForums,
			 * dokanForum, buyPro. A helpdesk filtered to null or '' leaves the ticket to be
			 * copied or downloaded.
			 *
			 * @param string|null $url URL, or null when the service has none.
			 */
			$links[ $key ] = apply_filters( self::FILTER_PREFIX . $key, $url );
		}
		/**
		 * Filters every vendor or community URL at once (keys as above).
		 *
		 * @param array<string, string|null> $links URLs by key.
		 */
		$filtered = apply_filters( self::FILTER, $links );
		if ( is_array( $filtered ) ) {
			$links = array_merge( $links, array_intersect_key( $filtered, $links ) );
		}
		return array_map( array( self::class, 'clean' ), $links );
	}

	/**
	 * An http(s) URL, or null.
	 *
	 * @param mixed $url Filtered value.
	 * @return string|null
	 */
	private static function clean( $url ): ?string {
		if ( ! is_string( $url ) || '' === trim( $url ) ) {
			return null;
		}
		$url = esc_url_raw( trim( $url ), array( 'http', 'https' ) );
		return '' === $url ? null : $url;
	}
}
