<?php
/**
 * Plugin Name: No mail (local sites and tests only)
 * Description: There is no mail transport on these machines: WordPress's e-mails are dropped instead of failing.
 *
 * @package Dokan_Support_Check
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'pre_wp_mail', '__return_false' );
