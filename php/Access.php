<?php
/**
 * Who may see this plugin's facts, page and settings.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * One answer to "who is an administrator here", used by every screen and route.
 *
 * The facts describe the whole installation (plugins and core are network-wide on a
 * multisite), so on a network only super admins qualify, not a sub-site's administrator.
 */
final class Access {

	/**
	 * The capability that guards every screen, route and setting of the plugin.
	 *
	 * @return string
	 */
	public static function capability(): string {
		return is_multisite() ? 'manage_network_options' : 'manage_options';
	}

	/**
	 * Whether the current user may see the facts.
	 *
	 * @return bool
	 */
	public static function current_user_can_view(): bool {
		return current_user_can( self::capability() );
	}
}
