<?php
/**
 * Checkout Form (stand-in)
 *
 * Stand-in for WooCommerce's templates/checkout/form-checkout.php: the header the real template
 * carries, with the `@version` line WooCommerce's status report compares a theme's
 * copy with (yourtheme/woocommerce/checkout/form-checkout.php), and no template code.
 *
 * @see     https://woocommerce.com/document/template-structure/
 * @package WooCommerce\Templates
 * @version 9.4.0
 */

defined( 'ABSPATH' ) || exit;
