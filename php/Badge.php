<?php
/**
 * The support badge: an admin-bar node on every admin screen and a dashboard widget.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * Prints the badge's elements and hands the cached facts and the policy to the small
 * `badge` bundle, which runs the engine in the browser: PHP never decides the verdict.
 *
 * Cheap by design: it reads the cached facts only (no REST call, no outbound request,
 * no plugin scan); when they are old the badge says "stale" instead of refreshing.
 */
final class Badge {

	const NODE_ID       = 'dokan-support-check';
	const WIDGET_ID     = 'dokan_support_check';
	const SCRIPT_HANDLE = 'dokan-support-check-badge';

	/**
	 * Built bundles.
	 *
	 * @var Assets
	 */
	private $assets;

	/**
	 * Returns array( 'facts' => array|null, 'policy' => array ) when a badge is shown.
	 *
	 * @var callable
	 */
	private $data;

	/**
	 * Constructor.
	 *
	 * @param Assets   $assets Built bundles.
	 * @param callable $data   Returns the cached facts and the policy.
	 */
	public function __construct( Assets $assets, callable $data ) {
		$this->assets = $assets;
		$this->data   = $data;
	}

	/**
	 * Wires the badge into WordPress.
	 */
	public function register(): void {
		// Late, so the node sits after core's own items.
		add_action( 'admin_bar_menu', array( $this, 'add_node' ), 100 );
		add_action( is_multisite() ? 'wp_network_dashboard_setup' : 'wp_dashboard_setup', array( $this, 'add_widget' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	/**
	 * Whether the badge belongs on this request: administrators, in wp-admin only
	 * (nothing of the plugin loads on the public front end); on a network, super admins in
	 * Network Admin, where plugin updates are made (a site's admin screens show none).
	 *
	 * @return bool
	 */
	public static function applies(): bool {
		return is_admin() && ( ! is_multisite() || is_network_admin() ) && Access::current_user_can_view();
	}

	/**
	 * Adds the admin-bar node. Its words and status are filled in by the bundle.
	 *
	 * @param \WP_Admin_Bar $admin_bar The admin bar.
	 */
	public function add_node( $admin_bar ): void {
		if ( ! self::applies() || ! $this->assets->is_built( 'badge' ) ) {
			return;
		}
		$admin_bar->add_node(
			array(
				'id'    => self::NODE_ID,
				'title' => sprintf(
					'<span class="dsc-badge" data-dsc-badge><span class="ab-icon dsc-badge__icon dashicons-editor-help" aria-hidden="true"></span><span class="ab-label dsc-badge__text">%s</span></span>',
					esc_html__( 'Dokan support', 'dokan-support-check' )
				),
				'href'  => Admin_Page::url(),
			)
		);
	}

	/**
	 * Adds the dashboard widget.
	 */
	public function add_widget(): void {
		if ( ! self::applies() || ! $this->assets->is_built( 'badge' ) ) {
			return;
		}
		wp_add_dashboard_widget(
			self::WIDGET_ID,
			esc_html__( 'Dokan Support Check', 'dokan-support-check' ),
			array( $this, 'render_widget' )
		);
	}

	/**
	 * Prints the widget's body.
	 */
	public function render_widget(): void {
		echo '<div class="dsc-badge-widget">';
		printf(
			'<p class="dsc-badge" data-dsc-badge><span class="dashicons dsc-badge__icon dashicons-editor-help" aria-hidden="true"></span><span class="dsc-badge__text">%s</span></p>',
			esc_html__( 'Dokan support', 'dokan-support-check' )
		);
		echo '<p class="dsc-badge__detail"></p>';
		printf(
			'<p><a href="%s">%s</a></p>',
			esc_url( Admin_Page::url() ),
			esc_html__( 'Open Support Check', 'dokan-support-check' )
		);
		echo '</div>';
	}

	/**
	 * Enqueues the badge bundle with the cached facts, where a badge is shown.
	 */
	public function enqueue(): void {
		if ( ! self::applies() || ( ! is_admin_bar_showing() && ! $this->on_dashboard() ) ) {
			return;
		}
		if ( ! $this->assets->enqueue( 'badge', self::SCRIPT_HANDLE ) ) {
			return;
		}
		$data = (array) call_user_func( $this->data );
		wp_add_inline_script(
			self::SCRIPT_HANDLE,
			'window.dokanSupportCheckBadge = ' . wp_json_encode(
				array(
					'facts'  => $data['facts'] ?? null,
					'policy' => $data['policy'] ?? null,
				)
			) . ';',
			'before'
		);
	}

	/**
	 * Whether the current screen is the dashboard (where the widget is).
	 *
	 * @return bool
	 */
	private function on_dashboard(): bool {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		return null !== $screen && in_array( $screen->id, array( 'dashboard', 'dashboard-network' ), true );
	}
}
