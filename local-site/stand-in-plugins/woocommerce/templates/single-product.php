<?php
/**
 * The Template for displaying all single products (stand-in)
 *
 * Stand-in for WooCommerce's templates/single-product.php: the header the real template
 * carries, with the `@version` line WooCommerce's status report compares a theme's
 * copy with (yourtheme/woocommerce/single-product.php), and no template code.
 *
 * @see     https://woocommerce.com/document/template-structure/
 * @package WooCommerce\Templates
 * @version 1.6.4
 */

defined( 'ABSPATH' ) || exit;
