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
	 * The helpdesk, contact and live-chat URLs are the ones Dokan's own plugin uses. No
	 * public URL is known for an update guide, so it is the documentation; none is known
	 * for weCare (priority support) or weLab (customisation), so they are null.
	 *
	 * @return array<string, string|null>
	 */
	public static function defaults(): array {
		return array(
			'helpdesk'          => 'https://wedevs.com/account/tickets/',
			'contact'           => 'https://dokan.co/contact/',
			'liveChat'          => 'https://dokan.co/wordpress/?chat=open',
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
			'weLab'             => null,
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
			 * The dynamic part is the key: helpdesk, contact, liveChat, documentation,
			 * updateGuide, weCare, weLab, wordpressForums, woocommerceForums, dokanForum,
			 * buyPro.
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
