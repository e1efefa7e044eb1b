<?php
/**
 * The Template for displaying product archives, including the main shop page which is a post type archive (stand-in)
 *
 * Stand-in for WooCommerce's templates/archive-product.php: the header the real template
 * carries, with the `@version` line WooCommerce's status report compares a theme's
 * copy with (yourtheme/woocommerce/archive-product.php), and no template code.
 *
 * @see     https://woocommerce.com/document/template-structure/
 * @package WooCommerce\Templates
 * @version 8.6.0
 */

defined( 'ABSPATH' ) || exit;
