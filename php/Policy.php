<?php
/**
 * The support policy handed to the UI's engine.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * Policy is data: which vendor, and how many releases behind each component may be.
 * PHP only hands it over; the TypeScript engine validates it and decides.
 */
final class Policy {

	/**
	 * Filter that replaces or changes the policy.
	 */
	const FILTER = 'dokan_support_check_policy';

	/**
	 * The vendor's published policy (POLICY.md W1-W2): Dokan two releases, WordPress and
	 * WooCommerce the latest.
	 *
	 * @return array
	 */
	public static function defaults(): array {
		return array(
			'vendor'     => 'Dokan',
			'components' => array(
				'dokan-lite'  => array( 'releasesBehind' => 2 ),
				'dokan-pro'   => array( 'releasesBehind' => 2 ),
				'wordpress'   => array( 'releasesBehind' => 0 ),
				'woocommerce' => array( 'releasesBehind' => 0 ),
			),
		);
	}

	/**
	 * The policy after the filter; the defaults when the filter returns no array.
	 *
	 * @return array
	 */
	public function get(): array {
		/**
		 * Filters the support policy the page applies.
		 *
		 * Shape: array( 'vendor' => 'Dokan', 'components' => array( '<slug>' => array( 'releasesBehind' => 2 ) ) ).
		 * Components added with `dokan_support_check_components` need an entry here to be judged.
		 *
		 * @param array $policy Policy.
		 */
		$policy = apply_filters( self::FILTER, self::defaults() );
		return is_array( $policy ) ? $policy : self::defaults();
	}
}
