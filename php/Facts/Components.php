<?php
/**
 * Which products the site check looks for, and how each is recognised.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Facts;

defined( 'ABSPATH' ) || exit;

/**
 * The component definitions: data, extendable through one filter.
 *
 * A definition is an array:
 *
 *     array(
 *         'slug'        => 'dokan-lite',        // Key the policy and the UI use. Required.
 *         'name'        => 'Dokan',             // Shown to people. Required.
 *         'type'        => 'plugin',            // 'plugin' (default) or 'core' (WordPress itself).
 *         'text_domain' => array( 'dokan-lite' ), // Plugin header "Text Domain" values that identify it.
 *         'file'        => 'dokan.php',         // Basename of its main file, in any folder.
 *         'wporg_slug'  => 'dokan-lite',        // Its WordPress.org directory slug, or null when not hosted there.
 *         'source'      => 'wordpress.org',     // Where its "latest" comes from, as a label for people.
 *         'updater'     => null,                // 'appsero' when its own updater is Appsero's (Dokan Pro): its 3-hour cache is read too.
 *         'licensing'   => null,                // Optional, for a licensed product: array(
 *                                               //   'option' => Appsero licence option name,
 *                                               //   'menu'   => where people find the licence page, in words,
 *                                               //   'pages'  => array( since version => admin path ), the page for the installed version ).
 *         'runs_with'   => array(),             // Slugs of the components it loads with: while one is not active, its
 *                                               // updater does not run either, and the facts say so.
 *     )
 *
 * A plugin is recognised when its main file's basename equals `file` (when given) and its
 * header's text domain is one of `text_domain` (when given, and when the header has one):
 * any folder name is fine, so a renamed folder is still found, but a different product
 * that happens to ship a `dokan.php` with another text domain is not.
 */
final class Components {

	/**
	 * Filter that adds or changes component definitions.
	 */
	const FILTER = 'dokan_support_check_components';

	/**
	 * The definitions, defaults first, after the filter, normalised and de-duplicated by slug.
	 *
	 * @return array[] Each with every key documented on the class.
	 */
	public function all(): array {
		/**
		 * Filters the components the site check detects and reports.
		 *
		 * Add the vendor's other products here; each needs at least a slug, a name and a way
		 * to recognise it (text domain and/or main file basename). The policy filter
		 * (`dokan_support_check_policy`) says how far behind each may be.
		 *
		 * @param array[] $components Component definitions (see Components class docblock).
		 */
		$filtered = apply_filters( self::FILTER, self::defaults() );
		if ( ! is_array( $filtered ) ) {
			$filtered = self::defaults();
		}

		$definitions = array();
		foreach ( $filtered as $definition ) {
			$normalised = self::normalise( $definition );
			if ( null !== $normalised && ! isset( $definitions[ $normalised['slug'] ] ) ) {
				$definitions[ $normalised['slug'] ] = $normalised;
			}
		}
		return array_values( $definitions );
	}

	/**
	 * The products of the default policy.
	 *
	 * @return array[]
	 */
	public static function defaults(): array {
		return array(
			array(
				'slug'        => 'wordpress',
				'name'        => 'WordPress',
				'type'        => 'core',
				'text_domain' => array(),
				'file'        => '',
				'wporg_slug'  => null,
				'source'      => 'wordpress.org',
			),
			array(
				'slug'        => 'woocommerce',
				'name'        => 'WooCommerce',
				'type'        => 'plugin',
				'text_domain' => array( 'woocommerce' ),
				'file'        => 'woocommerce.php',
				'wporg_slug'  => 'woocommerce',
				'source'      => 'wordpress.org',
			),
			array(
				'slug'        => 'dokan-lite',
				'name'        => 'Dokan',
				'type'        => 'plugin',
				'text_domain' => array( 'dokan-lite' ),
				'file'        => 'dokan.php',
				'wporg_slug'  => 'dokan-lite',
				'source'      => 'wordpress.org',
			),
			array(
				'slug'        => 'dokan-pro',
				'name'        => 'Dokan Pro',
				'type'        => 'plugin',
				'text_domain' => array( 'dokan' ),
				'file'        => 'dokan-pro.php',
				'wporg_slug'  => null,
				'source'      => 'dokan.co',
				// Dokan Pro updates through Appsero's updater and keeps Appsero's licence
				// under the option name it sets (`set_option_key( 'dokan_pro_license' )` in
				// Dokan Pro's includes/Update.php). Its licence page is Dokan → License:
				// admin.php?page=dokan_updates (Appsero's settings page, 3.x to 4.1); from 4.2
				// the React dashboard's #/license (4.2's includes/Update.php, "@since 4.2.0",
				// adds no settings page). Research: dokan-pro-appsero.md §2b, vendor-links.md §5.
				'updater'     => 'appsero',
				// Dokan Pro loads on Dokan's `dokan_loaded`, which Dokan fires once WooCommerce
				// has loaded (dokan-pro.php, Dokan's dokan-class.php): without both, no updater.
				'runs_with'   => array( 'woocommerce', 'dokan-lite' ),
				'licensing'   => array(
					'option' => 'dokan_pro_license',
					/* translators: the menu path of Dokan Pro's licence page in wp-admin, as Dokan names it. */
					'menu'   => __( 'Dokan → License', 'dokan-support-check' ),
					'pages'  => array(
						'0'   => 'admin.php?page=dokan_updates',
						'4.2' => 'admin.php?page=dokan-dashboard#/license',
					),
				),
			),
		);
	}

	/**
	 * Checks and cleans one definition from the filter.
	 *
	 * @param mixed $definition A definition as given to the filter.
	 * @return array|null Null when it cannot be used (no slug, no name, no way to recognise it).
	 */
	private static function normalise( $definition ): ?array {
		if ( ! is_array( $definition ) ) {
			return null;
		}
		$slug = isset( $definition['slug'] ) && is_string( $definition['slug'] ) ? sanitize_key( $definition['slug'] ) : '';
		$name = isset( $definition['name'] ) && is_string( $definition['name'] ) ? sanitize_text_field( $definition['name'] ) : '';
		$type = isset( $definition['type'] ) && 'core' === $definition['type'] ? 'core' : 'plugin';

		$domains = isset( $definition['text_domain'] ) ? (array) $definition['text_domain'] : array();
		$domains = array_values( array_filter( array_map( 'strval', array_filter( $domains, 'is_scalar' ) ), 'strlen' ) );
		$file    = isset( $definition['file'] ) && is_string( $definition['file'] ) ? basename( $definition['file'] ) : '';
		if ( '' !== $file && '.php' !== substr( $file, -4 ) ) {
			$file = '';
		}

		$wporg_slug = isset( $definition['wporg_slug'] ) && is_string( $definition['wporg_slug'] ) ? sanitize_key( $definition['wporg_slug'] ) : '';
		$source     = isset( $definition['source'] ) && is_string( $definition['source'] ) ? sanitize_text_field( $definition['source'] ) : '';

		if ( '' === $slug || '' === $name || ( 'plugin' === $type && array() === $domains && '' === $file ) ) {
			return null;
		}
		$licensing = null;
		if ( isset( $definition['licensing']['option'] ) && is_string( $definition['licensing']['option'] ) ) {
			$pages = array();
			foreach ( (array) ( $definition['licensing']['pages'] ?? array() ) as $since => $path ) {
				if ( is_string( $path ) && '' !== $path ) {
					$pages[ (string) $since ] = ltrim( $path, '/' );
				}
			}
			$licensing = array(
				'option' => sanitize_key( $definition['licensing']['option'] ),
				'menu'   => isset( $definition['licensing']['menu'] ) && is_string( $definition['licensing']['menu'] ) ? sanitize_text_field( $definition['licensing']['menu'] ) : '',
				'pages'  => $pages,
			);
		}
		return array(
			'slug'        => $slug,
			'name'        => $name,
			'type'        => $type,
			'text_domain' => $domains,
			'file'        => $file,
			'wporg_slug'  => '' === $wporg_slug ? null : $wporg_slug,
			'source'      => '' !== $source ? $source : ( '' !== $wporg_slug ? 'wordpress.org' : 'vendor' ),
			'updater'     => isset( $definition['updater'] ) && 'appsero' === $definition['updater'] ? 'appsero' : null,
			'licensing'   => $licensing,
			'runs_with'   => isset( $definition['runs_with'] ) && is_array( $definition['runs_with'] )
				? array_values( array_filter( array_map( 'sanitize_key', array_filter( $definition['runs_with'], 'is_string' ) ), 'strlen' ) )
				: array(),
		);
	}
}
