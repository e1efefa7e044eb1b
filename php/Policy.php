<?php
/**
 * The support policy handed to the UI's engine.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * Policy is data: which vendor, which components make a site eligible and which it must
 * run, and how many releases behind each component may be.
 * PHP only hands it over; the TypeScript engine validates it and decides.
 */
final class Policy {

	/**
	 * Filter that replaces or changes the policy.
	 */
	const FILTER = 'dokan_support_check_policy';

	/**
	 * The vendor's published policy (POLICY.md E1, W1-W2; SPEC "Eligibility"): support is for
	 * Dokan Pro's buyers (`premium`), a Dokan site runs WordPress, WooCommerce and Dokan Lite
	 * (`required`), Dokan two releases behind at most, WordPress and WooCommerce the latest.
	 * The TypeScript engine's `defaultPolicy` is the same data: a jest test compares the two
	 * (tests/js/shared-values.crosscheck.test.ts).
	 *
	 * @return array
	 */
	public static function defaults(): array {
		return array(
			'vendor'     => 'Dokan',
			'premium'    => array( 'dokan-pro' ),
			'components' => array(
				'dokan-lite'  => array(
					'releasesBehind' => 2,
					'required'       => true,
				),
				'dokan-pro'   => array( 'releasesBehind' => 2 ),
				'wordpress'   => array(
					'releasesBehind' => 0,
					'required'       => true,
				),
				'woocommerce' => array(
					'releasesBehind' => 0,
					'required'       => true,
				),
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
		 * Shape: array( 'vendor' => 'Dokan', 'premium' => array( 'dokan-pro' ),
		 * 'components' => array( '<slug>' => array( 'releasesBehind' => 2, 'required' => true ) ) );
		 * `premium` and `required` are optional (SPEC "Contracts").
		 * Components added with `dokan_support_check_components` need an entry here to be judged.
		 *
		 * @param array $policy Policy.
		 */
		$policy = apply_filters( self::FILTER, self::defaults() );
		return is_array( $policy ) ? $policy : self::defaults();
	}
}
