<?php
/**
 * Cart Page (stand-in)
 *
 * Stand-in for WooCommerce's templates/cart/cart.php: the header the real template
 * carries, with the `@version` line WooCommerce's status report compares a theme's
 * copy with (yourtheme/woocommerce/cart/cart.php), and no template code.
 *
 * @see     https://woocommerce.com/document/template-structure/
 * @package WooCommerce\Templates
 * @version 10.1.0
 */

defined( 'ABSPATH' ) || exit;
