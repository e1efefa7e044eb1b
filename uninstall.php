<?php
/**
 * Removes everything Dokan Support Check stored, and nothing else.
 *
 * WordPress runs this file when the plugin is deleted from the Plugins screen.
 *
 * @package Dokan_Support_Check
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * Deletes the plugin's options of the current site.
 *
 * Per site: the settings (a network keeps them as site options, and may still hold
 * per-site copies written before); the snapshot, answers and change history (single site);
 * the lock rows (they live in the main site's options table); a single site's "site"
 * options and transients, which are ordinary options there.
 */
function dokan_support_check_uninstall_site() {
	$options = array(
		'dokan_support_check_purchase_email',
		'dokan_support_check_last_ticket_at',
		'dokan_support_check_snapshot',
		'dokan_support_check_remote',
		'dokan_support_check_history',
		'dokan_support_check_inventory',
		'dokan_support_check_fetch_lock',
		'dokan_support_check_refresh_lock',
	);
	foreach ( $options as $option ) {
		delete_option( $option );
	}
	// Cached by 0.1.0, no longer written.
	delete_transient( 'dokan_support_check_facts' );
	delete_site_transient( 'dokan_support_check_facts' );
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $dokan_support_check_site_id ) {
		switch_to_blog( (int) $dokan_support_check_site_id );
		dokan_support_check_uninstall_site();
		restore_current_blog();
	}
	// Network-wide: the facts, the change history and the settings are each network's (an
	// installation may hold several networks; get_sites() above covered all their sites).
	foreach ( get_networks(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $dokan_support_check_network_id ) {
		foreach ( array( 'dokan_support_check_remote', 'dokan_support_check_snapshot', 'dokan_support_check_history', 'dokan_support_check_inventory', 'dokan_support_check_purchase_email', 'dokan_support_check_last_ticket_at', '_site_transient_dokan_support_check_facts', '_site_transient_timeout_dokan_support_check_facts' ) as $dokan_support_check_option ) {
			delete_network_option( (int) $dokan_support_check_network_id, $dokan_support_check_option );
		}
	}
	delete_site_transient( 'dokan_support_check_facts' ); // And the object cache's copy, if any.
} else {
	dokan_support_check_uninstall_site();
}
