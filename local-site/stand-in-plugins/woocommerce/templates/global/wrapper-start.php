<?php
/**
 * Content wrappers (stand-in)
 *
 * Stand-in for WooCommerce's templates/global/wrapper-start.php: the header the real template
 * carries, with the `@version` line WooCommerce's status report compares a theme's
 * copy with (yourtheme/woocommerce/global/wrapper-start.php), and no template code.
 *
 * @see     https://woocommerce.com/document/template-structure/
 * @package WooCommerce\Templates
 * @version 3.3.0
 */

defined( 'ABSPATH' ) || exit;
