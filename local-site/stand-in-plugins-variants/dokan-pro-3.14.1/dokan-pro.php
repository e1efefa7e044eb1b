<?php
/**
 * Plugin Name: Dokan Pro (stand-in)
 * Plugin URI: https://dokan.co/wordpress/
 * Description: Stand-in for Dokan Pro 3.x in tests: Dokan Pro 3.14.1's header lines as the real plugin ships them, including "TextDomain:" without a space, which WordPress does not read (it falls back to the folder name), and no code. Installed by the tests that need it, in the folder a downloaded zip unpacks to.
 * Version: 3.14.1
 * Author: weDevs
 * Author URI: https://dokan.co/
 * WC requires at least: 8.0.0
 * WC tested up to: 9.4.3
 * License: GPL2
 * TextDomain: dokan
 * Requires Plugins: woocommerce, dokan-lite
 *
 * @package Dokan_Support_Check_Stand_Ins
 */
