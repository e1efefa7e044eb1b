<?php
/**
 * What a support agent asks a Dokan store about WooCommerce and Dokan Pro, read from options.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Report;

use Dokan_Support_Check\Facts\Detector;

defined( 'ABSPATH' ) || exit;

/**
 * WooCommerce's database version and order storage, Dokan Pro's licence state and active
 * modules, read from the options those plugins write (names from their public code; see
 * SPEC "Dokan Pro as it really is"), never by loading or calling their code: the report
 * must describe a site whose plugins are broken too. A plugin that is not installed gives
 * no section.
 *
 * Fields are shaped like Core_Sections' (label, value for people, debug in English).
 */
final class Store_Sections {

	/**
	 * Longest list of Dokan Pro modules reported (Dokan Pro has a few dozen).
	 */
	const MAX_MODULES = 200;

	/**
	 * The sections for the installed plugins.
	 *
	 * @param array $components The facts' components (slug, installed, …).
	 * @return array<string, array{label: string, fields: array}>
	 */
	public function sections( array $components ): array {
		$sections = array();
		if ( Environment::is_installed( $components, 'woocommerce' ) ) {
			$woocommerce                   = Environment::component( $components, 'woocommerce' );
			$sections['dokan-woocommerce'] = array(
				'label'  => __( 'WooCommerce database and orders', 'dokan-support-check' ),
				'fields' => $this->woocommerce_fields( Detector::read_version( $woocommerce['installed'] ?? null ) ),
			);
		}
		if ( Environment::is_installed( $components, 'dokan-pro' ) ) {
			$sections['dokan-pro-licence'] = array(
				'label'  => __( 'Dokan Pro licence and modules', 'dokan-support-check' ),
				'fields' => $this->dokan_pro_fields( Environment::component( $components, 'dokan-pro' ) ),
			);
		}
		return $sections;
	}

	/**
	 * `woocommerce_db_version`; HPOS; the sync between the two storages
	 * (`…_data_sync_enabled`, 'yes'/'no').
	 *
	 * HPOS as the installed WooCommerce decides it. From 8.0 on, only
	 * `woocommerce_custom_orders_table_enabled` = 'yes' puts orders in WooCommerce's own
	 * tables. Before (7.x), WooCommerce also asked its feature flag,
	 * `woocommerce_feature_custom_order_tables_enabled`: a store that turned the feature
	 * off kept the first option at 'yes' and its orders in posts.
	 *
	 * @param string|null $installed The installed WooCommerce version; null when it cannot
	 *                               be read (then read as a current one).
	 * @return array
	 */
	private function woocommerce_fields( ?string $installed ): array {
		$db_version = get_option( 'woocommerce_db_version' );
		$db_version = is_scalar( $db_version ) ? sanitize_text_field( (string) $db_version ) : '';
		$hpos       = 'yes' === get_option( 'woocommerce_custom_orders_table_enabled' );
		if ( $hpos && null !== $installed && version_compare( $installed, '8.0', '<' ) ) {
			$hpos = 'yes' === get_option( 'woocommerce_feature_custom_order_tables_enabled' );
		}
		$sync = 'yes' === get_option( 'woocommerce_custom_orders_table_data_sync_enabled' );

		return array(
			'database_version' => array(
				'label' => __( 'Database version', 'dokan-support-check' ),
				'value' => '' !== $db_version ? $db_version : __( 'Not recorded', 'dokan-support-check' ),
				'debug' => '' !== $db_version ? $db_version : 'none',
			),
			'order_storage'    => array(
				'label' => __( 'Order storage', 'dokan-support-check' ),
				'value' => $hpos ? __( 'High-performance order storage', 'dokan-support-check' ) : __( 'WordPress posts storage', 'dokan-support-check' ),
				'debug' => $hpos ? 'hpos' : 'posts',
			),
			'order_sync'       => array(
				'label' => __( 'Order data sync between the two storages (compatibility mode)', 'dokan-support-check' ),
				'value' => $sync ? _x( 'On', 'order data sync', 'dokan-support-check' ) : _x( 'Off', 'order data sync', 'dokan-support-check' ),
				'debug' => $sync ? 'on' : 'off',
			),
		);
	}

	/**
	 * The licence state the facts give Dokan Pro's row (php/Facts/Appsero.php read it:
	 * the option Dokan Pro names, or Appsero's default one, on the network's main site), so
	 * that the report and the verdict never disagree; the key itself is never read into
	 * the report. Then the module ids in `dokan_pro_active_modules`.
	 *
	 * @param array|null $pro Dokan Pro's component in the facts.
	 * @return array
	 */
	private function dokan_pro_fields( ?array $pro ): array {
		$states = array(
			'active'   => _x( 'Active', 'licence state', 'dokan-support-check' ),
			'inactive' => _x( 'Inactive', 'licence state', 'dokan-support-check' ),
			'unknown'  => _x( 'Can’t tell', 'licence state', 'dokan-support-check' ),
		);
		$state = $pro['licence'] ?? null;
		$state = is_string( $state ) && isset( $states[ $state ] ) ? $state : 'unknown';

		$stored  = get_option( 'dokan_pro_active_modules' );
		$modules = array();
		foreach ( is_array( $stored ) ? $stored : array() as $module ) {
			if ( is_string( $module ) && '' !== trim( $module ) ) {
				$modules[] = sanitize_text_field( $module );
			}
		}
		$count     = count( $modules );
		$listed    = array_slice( $modules, 0, self::MAX_MODULES );
		$list      = implode( ', ', $listed ) . ( $count > self::MAX_MODULES ? ', …' : '' );
		$no_module = array() === $modules;

		return array(
			'license'        => array(
				'label' => __( 'Licence', 'dokan-support-check' ),
				'value' => $states[ $state ],
				'debug' => $state,
			),
			'module_count'   => array(
				'label' => __( 'Number of active modules', 'dokan-support-check' ),
				'value' => (string) $count,
				'debug' => (string) $count,
			),
			'active_modules' => array(
				'label' => __( 'Active modules', 'dokan-support-check' ),
				'value' => $no_module ? _x( 'None', 'active modules', 'dokan-support-check' ) : $list,
				'debug' => $no_module ? 'none' : $list,
			),
		);
	}
}
