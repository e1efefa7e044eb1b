<?php
/**
 * The plugin's settings: the purchase e-mail and when a ticket was last opened.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * Registers both settings with a REST schema, so the page reads and writes them through
 * core's `/wp/v2/settings` route (core checks the capability and the nonce).
 *
 * On a network both are the network's (SPEC "Multisite": the purchase e-mail is a site
 * option): core's settings route and options.php still read and write them with
 * get_option() / update_option() / delete_option(), and three filters send those to the
 * network's site option, so every site and Network Admin see the same value.
 */
final class Settings {

	const GROUP          = 'dokan_support_check';
	const PURCHASE_EMAIL = 'dokan_support_check_purchase_email';
	const LAST_TICKET_AT = 'dokan_support_check_last_ticket_at';

	/**
	 * Wires the registration. Core registers its own settings on both hooks: `init` for
	 * the options API (so every write, whatever the request, is sanitised), `rest_api_init`
	 * so the settings route sees them.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'register_settings' ) );
		add_action( 'rest_api_init', array( $this, 'register_settings' ) );
		// Core guards its settings route and options.php with `manage_options`, which a
		// network's site administrators hold; ours are for super admins there (Access).
		add_filter( 'rest_request_before_callbacks', array( $this, 'refuse_rest_writes_by_others' ), 10, 3 );
		add_filter( 'rest_request_after_callbacks', array( $this, 'hide_from_others' ), 10, 3 );
		add_filter( 'option_page_capability_' . self::GROUP, array( Access::class, 'capability' ) );
		if ( is_multisite() ) {
			foreach ( array( self::PURCHASE_EMAIL, self::LAST_TICKET_AT ) as $option ) {
				add_filter( 'pre_option_' . $option, array( $this, 'read_network_value' ), 10, 2 );
				add_filter( 'pre_update_option_' . $option, array( $this, 'write_network_value' ), 10, 3 );
			}
			add_filter( 'rest_request_before_callbacks', array( $this, 'clear_network_values' ), 20, 3 );
		}
	}

	/**
	 * On a network: the network's value (a site's own, from before, while there is none).
	 *
	 * @param mixed  $pre    False, or a value another filter chose.
	 * @param string $option Option name.
	 * @return mixed
	 */
	public function read_network_value( $pre, $option ) {
		if ( false !== $pre ) {
			return $pre;
		}
		$value = get_site_option( $option );
		return false === $value ? false : $value;
	}

	/**
	 * On a network: writes the (sanitised) value as the network's, and leaves the site's
	 * own option alone (returning the old value tells update_option() nothing changed).
	 *
	 * @param mixed  $value     New value, already sanitised.
	 * @param mixed  $old_value Value before.
	 * @param string $option    Option name.
	 * @return mixed
	 */
	public function write_network_value( $value, $old_value, $option ) {
		update_site_option( $option, $value );
		return $old_value;
	}

	/**
	 * On a network: a `null` sent to `/wp/v2/settings` clears the setting. Core would call
	 * delete_option(), which has no filter (the network's value would stay): the request
	 * asks for the empty value instead, which update_option() sends to the network's.
	 *
	 * @param mixed            $response Response so far.
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function clear_network_values( $response, $handler, $request ) {
		if ( is_wp_error( $response ) || ! self::is_settings_handler( $handler ) || 'GET' === $request->get_method() ) {
			return $response;
		}
		$params = $request->get_params();
		foreach ( array( self::PURCHASE_EMAIL => '', self::LAST_TICKET_AT => 0 ) as $option => $empty ) {
			if ( array_key_exists( $option, $params ) && null === $params[ $option ] ) {
				$request->set_param( $option, $empty );
			}
		}
		return $response;
	}

	/**
	 * Refuses a write of our settings through `/wp/v2/settings` by anyone Access refuses.
	 *
	 * @param mixed            $response Response so far (a WP_Error stops the request).
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function refuse_rest_writes_by_others( $response, $handler, $request ) {
		if ( is_wp_error( $response ) || ! self::is_settings_handler( $handler ) || 'GET' === $request->get_method() || Access::current_user_can_view() ) {
			return $response;
		}
		if ( array() === array_intersect_key( $request->get_params(), array_flip( array( self::PURCHASE_EMAIL, self::LAST_TICKET_AT ) ) ) ) {
			return $response;
		}
		return new \WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to change the Dokan Support Check settings.', 'dokan-support-check' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Leaves our settings out of what `/wp/v2/settings` answers to anyone Access refuses
	 * (a network's site administrators still get core's own settings).
	 *
	 * @param mixed            $response Response.
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function hide_from_others( $response, $handler, $request ) {
		if ( is_wp_error( $response ) || ! self::is_settings_handler( $handler ) || Access::current_user_can_view() ) {
			return $response;
		}
		// Core's settings controller answers with a plain array; rest_ensure_response() comes later.
		if ( is_array( $response ) ) {
			unset( $response[ self::PURCHASE_EMAIL ], $response[ self::LAST_TICKET_AT ] );
		} elseif ( $response instanceof \WP_REST_Response && is_array( $response->get_data() ) ) {
			$data = $response->get_data();
			unset( $data[ self::PURCHASE_EMAIL ], $data[ self::LAST_TICKET_AT ] );
			$response->set_data( $data );
		}
		return $response;
	}

	/**
	 * Whether a REST request is answered by core's settings controller. Known by its
	 * handler, not by the route as sent: core matches routes case-insensitively, so
	 * `/wp/v2/Settings` reaches the same controller.
	 *
	 * @param mixed $handler Route handler.
	 * @return bool
	 */
	private static function is_settings_handler( $handler ): bool {
		$callback = is_array( $handler ) && isset( $handler['callback'] ) ? $handler['callback'] : null;
		return is_array( $callback ) && isset( $callback[0] ) && $callback[0] instanceof \WP_REST_Settings_Controller;
	}

	/**
	 * Registers the settings (idempotent).
	 */
	public function register_settings(): void {
		register_setting(
			self::GROUP,
			self::PURCHASE_EMAIL,
			array(
				'type'              => 'string',
				'description'       => __( 'The e-mail address used to buy Dokan on dokan.co; support tickets must come from it.', 'dokan-support-check' ),
				'sanitize_callback' => array( $this, 'sanitize_purchase_email' ),
				'default'           => '',
				'show_in_rest'      => array(
					'name'   => self::PURCHASE_EMAIL,
					// An e-mail address, or '' for "none saved": the page clears the setting
					// by saving ''. Core's `format: email` alone refuses '' (is_email( '' )
					// is false), so the two are alternatives; core validates `anyOf` since 5.6.
					'schema' => array(
						'type'      => 'string',
						'maxLength' => 254,
						'anyOf'     => array(
							array(
								'type'   => 'string',
								'format' => 'email',
							),
							array(
								'type'      => 'string',
								'maxLength' => 0,
							),
						),
					),
				),
			)
		);
		register_setting(
			self::GROUP,
			self::LAST_TICKET_AT,
			array(
				'type'              => 'integer',
				'description'       => __( 'When a support ticket was last prepared from this site (Unix time, 0 for never).', 'dokan-support-check' ),
				'sanitize_callback' => array( $this, 'sanitize_last_ticket_at' ),
				'default'           => 0,
				'show_in_rest'      => array(
					'name'   => self::LAST_TICKET_AT,
					'schema' => array(
						'type'    => 'integer',
						'minimum' => 0,
					),
				),
			)
		);
	}

	/**
	 * Keeps a valid address; an invalid one leaves the saved value as it was and says why.
	 *
	 * The REST route refuses an invalid address before this runs (schema: an e-mail address
	 * or ''); this is the second check, for every other way an option gets written. '' clears
	 * the setting (E3: the ticket then warns that no purchase e-mail is saved).
	 *
	 * @param mixed $value Submitted value.
	 * @return string
	 */
	public function sanitize_purchase_email( $value ): string {
		$value = is_string( $value ) ? trim( $value ) : '';
		if ( '' === $value ) {
			return '';
		}
		$email = sanitize_email( $value );
		if ( '' !== $email && $email === $value && is_email( $email ) ) {
			return $email;
		}
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error(
				self::PURCHASE_EMAIL,
				'dokan_support_check_invalid_email',
				__( 'That is not a valid e-mail address, so the purchase e-mail was not changed.', 'dokan-support-check' )
			);
		}
		return self::purchase_email();
	}

	/**
	 * A Unix time, never negative.
	 *
	 * @param mixed $value Submitted value.
	 * @return int
	 */
	public function sanitize_last_ticket_at( $value ): int {
		return is_numeric( $value ) ? max( 0, (int) $value ) : 0;
	}

	/**
	 * The saved purchase e-mail, or ''.
	 *
	 * @return string
	 */
	public static function purchase_email(): string {
		$value = get_option( self::PURCHASE_EMAIL, '' );
		return is_string( $value ) ? $value : '';
	}

	/**
	 * When a ticket was last prepared (Unix time), or 0.
	 *
	 * @return int
	 */
	public static function last_ticket_at(): int {
		$value = get_option( self::LAST_TICKET_AT, 0 );
		return is_numeric( $value ) ? max( 0, (int) $value ) : 0;
	}
}
