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
 * Per site: the settings; the snapshot (single site); the lock rows (they live in the
 * main site's options table); a single site's "site" options and transients, which are
 * ordinary options there.
 */
function dokan_support_check_uninstall_site() {
	$options = array(
		'dokan_support_check_purchase_email',
		'dokan_support_check_last_ticket_at',
		'dokan_support_check_snapshot',
		'dokan_support_check_remote',
		'dokan_support_check_fetch_lock',
		'dokan_support_check_refresh_lock',
	);
	foreach ( $options as $option ) {
		delete_option( $option );
	}
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
	// Network-wide: the facts are shared by every site of the network.
	delete_site_option( 'dokan_support_check_remote' );
	delete_site_option( 'dokan_support_check_snapshot' );
	delete_site_transient( 'dokan_support_check_facts' );
} else {
	dokan_support_check_uninstall_site();
}
