<?php
/**
 * Login Form (stand-in)
 *
 * Stand-in for WooCommerce's templates/myaccount/form-login.php: the header the real template
 * carries, with the `@version` line WooCommerce's status report compares a theme's
 * copy with (yourtheme/woocommerce/myaccount/form-login.php), and no template code.
 *
 * @see     https://woocommerce.com/document/template-structure/
 * @package WooCommerce\Templates
 * @version 9.9.0
 */

defined( 'ABSPATH' ) || exit;
