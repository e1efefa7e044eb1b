<?php
/**
 * Customer completed order email (stand-in)
 *
 * Stand-in for WooCommerce's templates/emails/customer-completed-order.php: the header the real template
 * carries, with the `@version` line WooCommerce's status report compares a theme's
 * copy with (yourtheme/woocommerce/emails/customer-completed-order.php), and no template code.
 *
 * @see     https://woocommerce.com/document/template-structure/
 * @package WooCommerce\Templates\Emails
 * @version 9.8.0
 */

defined( 'ABSPATH' ) || exit;
