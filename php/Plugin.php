<?php
/**
 * Composition root: builds every service by hand and wires it.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * The plugin: one instance, built once on `plugins_loaded`.
 */
final class Plugin {

	/**
	 * The running instance, so tests and other code can reach the services.
	 *
	 * @var Plugin|null
	 */
	private static $instance = null;

	/**
	 * Built bundles.
	 *
	 * @var Assets
	 */
	public $assets;

	/**
	 * The admin page.
	 *
	 * @var Admin_Page
	 */
	public $admin_page;

	/**
	 * The site's facts (installed and latest versions, context).
	 *
	 * @var Facts\Site_Facts
	 */
	public $facts;

	/**
	 * The site report's environment (built only on `GET site-check?report=1`).
	 *
	 * @var Report\Environment
	 */
	public $environment;

	/**
	 * The REST route serving the facts.
	 *
	 * @var Rest\Site_Check_Controller
	 */
	public $site_check;

	/**
	 * The settings (purchase e-mail, last ticket time).
	 *
	 * @var Settings
	 */
	public $settings;

	/**
	 * The support policy handed to the UI.
	 *
	 * @var Policy
	 */
	public $policy;

	/**
	 * The vendor's and community URLs.
	 *
	 * @var Vendor_Links
	 */
	public $links;

	/**
	 * The Site Health Info section.
	 *
	 * @var Site_Health
	 */
	public $site_health;

	/**
	 * The admin-bar badge and dashboard widget.
	 *
	 * @var Badge
	 */
	public $badge;

	/**
	 * Builds the services; no hooks yet, no side effects.
	 *
	 * @param string $plugin_file Absolute path of the main plugin file.
	 */
	public function __construct( string $plugin_file ) {
		$components        = new Facts\Components();
		$detector          = new Facts\Detector();
		$this->assets      = new Assets( $plugin_file );
		$this->facts       = new Facts\Site_Facts( $components, $detector, new Facts\Release_Data(), new Facts\Store(), new Facts\History() );
		$this->settings    = new Settings();
		$this->policy      = new Policy();
		$this->links       = new Vendor_Links();
		$this->site_health = new Site_Health( $this->facts );
		$this->environment = new Report\Environment(
			new Report\Core_Sections( array( $this->site_health, 'add_section' ), Site_Health::SECTION ),
			new Report\Store_Sections(),
			new Report\Template_Overrides( $components, $detector )
		);
		$this->site_check  = new Rest\Site_Check_Controller( $this->facts, $this->environment );
		$this->admin_page  = new Admin_Page( $this->assets, \Closure::fromCallable( array( $this, 'app_data' ) ) );
		$this->badge       = new Badge( $this->assets, \Closure::fromCallable( array( $this, 'badge_data' ) ) );
	}

	/**
	 * Wires every service into WordPress.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'load_textdomain' ) );
		add_action( 'rest_api_init', array( $this, 'load_textdomain' ) );
		$this->admin_page->register();
		$this->facts->register();
		$this->site_check->register();
		$this->settings->register();
		$this->site_health->register();
		$this->badge->register();
	}

	/**
	 * The data the support page's app starts with, printed as `window.dokanSupportCheck`
	 * on that screen only. The UI codes against exactly these keys:
	 *
	 *     {
	 *       restPath:      'dokan-support-check/v1/site-check',  // for apiFetch( { path } )
	 *       facts:         SiteFacts | null,   // installed versions read now, latest versions as already
	 *                                          // known (no request); null while nothing at all is known
	 *       history:       [ { at, slug, name, from, to } ],   // changes of installed versions, newest first
	 *       policy:        { vendor: string, premium?: string[], components: { [slug]: { releasesBehind: number, required?: boolean } } },
	 *       links:         { helpdesk, contact, liveChat, supportPolicy, documentation,
	 *                        updateGuide, weCare, weLab, wordpressForums, woocommerceForums,
	 *                        dokanForum, buyPro },  // each an http(s) URL or null (Vendor_Links)
	 *       settings:      { purchaseEmail: string },  // '' when not set; saved through /wp/v2/settings
	 *       lastTicketAt:  number,              // Unix time a ticket was last prepared, 0 for never
	 *       pageUrl:       string,              // this page
	 *       timeZone:      string,              // the site's time zone (wp_timezone_string()):
	 *                                          // 'Europe/Paris' or a fixed offset such as '+05:30'
	 *       updateCoreUrl: string,              // update-core.php, in Network Admin on a network
	 *       pluginsUrl:    string,              // plugins.php, in Network Admin on a network
	 *       pluginInstallUrl: string,           // plugin-install.php, in Network Admin on a network
	 *       siteHealthUrl: string,              // Site Health's Info tab
	 *       wcStatusUrl:   string | null        // WooCommerce's status report (admin.php?page=wc-status,
	 *                                          // the current site's admin, also on a network);
	 *                                          // null when WooCommerce is not active there
	 *     }
	 *
	 * Settings are written with core's `/wp/v2/settings` route under the option names
	 * `dokan_support_check_purchase_email` and `dokan_support_check_last_ticket_at`
	 * (network-wide on a network, see Settings).
	 *
	 * @return array
	 */
	public function app_data(): array {
		$facts = $this->facts->for_page();
		return array(
			'restPath'         => $this->site_check->path(),
			'facts'            => $facts,
			'history'          => $this->facts->history(),
			'policy'           => $this->policy->get(),
			'links'            => $this->links->all(),
			'settings'         => array(
				'purchaseEmail' => Settings::purchase_email(),
			),
			'lastTicketAt'     => Settings::last_ticket_at(),
			'pageUrl'          => Admin_Page::url(),
			'timeZone'         => wp_timezone_string(),
			'updateCoreUrl'    => Admin_Page::updates_url( 'update-core.php' ),
			'pluginsUrl'       => Admin_Page::updates_url( 'plugins.php' ),
			'pluginInstallUrl' => Admin_Page::updates_url( 'plugin-install.php' ),
			'siteHealthUrl'    => admin_url( 'site-health.php?tab=debug' ),
			'wcStatusUrl'      => $this->woocommerce_active( $facts ) ? admin_url( 'admin.php?page=wc-status' ) : null,
		);
	}

	/**
	 * Whether WooCommerce is active on the current site (or network-wide), found in any
	 * folder as the facts find it; its status report exists only then. No request.
	 *
	 * @param array|null $facts The page's facts; null before the first check, when what is
	 *                          installed is read here instead.
	 * @return bool
	 */
	private function woocommerce_active( ?array $facts ): bool {
		$facts       = $facts ?? $this->facts->current();
		$woocommerce = Report\Environment::component( (array) ( $facts['components'] ?? array() ), 'woocommerce' );
		return ! empty( $woocommerce['installed'] ) && true === ( $woocommerce['active'] ?? false );
	}

	/**
	 * What the badge's bundle needs on every admin screen: the cached facts only (no
	 * request, no plugin scan) and the policy the engine applies to them.
	 *
	 * @return array{facts: array|null, policy: array}
	 */
	public function badge_data(): array {
		return array(
			'facts'  => $this->facts->cached(),
			'policy' => $this->policy->get(),
		);
	}

	/**
	 * Loads the PHP translations shipped in languages/ (WordPress.org language packs win),
	 * in wp-admin and for REST requests only: the public front end shows nothing of ours.
	 */
	public function load_textdomain(): void {
		if ( ! self::speaks_here() || is_textdomain_loaded( 'dokan-support-check' ) ) {
			return;
		}
		load_plugin_textdomain( 'dokan-support-check', false, dirname( plugin_basename( DOKAN_SUPPORT_CHECK_FILE ) ) . '/languages' );
	}

	/**
	 * Whether this request may show words of ours: wp-admin does, and so do REST requests
	 * to our routes and to core's settings route (which serves our settings). The public
	 * front end does not, nor do the REST requests a store's shoppers make (WooCommerce's
	 * cart and checkout): WordPress before 6.7 reads a plugin's translations as soon as it
	 * is asked to load them.
	 *
	 * @return bool
	 */
	public static function speaks_here(): bool {
		if ( is_admin() ) {
			return true;
		}
		// WordPress sets `rest_route` when it serves a REST request, before `rest_api_init`.
		$route = isset( $GLOBALS['wp'] ) ? $GLOBALS['wp']->query_vars['rest_route'] ?? '' : '';
		return doing_action( 'rest_api_init' ) && is_string( $route )
			&& 1 === preg_match( '#^/(dokan-support-check/|wp/v2/settings/?$)#', $route );
	}

	/**
	 * On activation: the badge's snapshot from what is installed and what WordPress already
	 * knows, so it has a verdict from the first minute; no request. (Runs in the activation
	 * request, after `plugins_loaded`: the plugin may not be booted yet.)
	 */
	public static function activate(): void {
		$plugin = null !== self::$instance ? self::$instance : new self( DOKAN_SUPPORT_CHECK_FILE );
		$plugin->facts->rebuild_snapshot();
	}

	/**
	 * Builds and registers the plugin once. Hooked to `plugins_loaded`.
	 */
	public static function boot(): void {
		if ( null !== self::$instance ) {
			return;
		}
		self::$instance = new self( DOKAN_SUPPORT_CHECK_FILE );
		self::$instance->register();
	}

	/**
	 * The running instance, or null before `plugins_loaded`.
	 *
	 * @return Plugin|null
	 */
	public static function instance(): ?Plugin {
		return self::$instance;
	}
}
