<?php
/**
 * REST route: GET /wp-json/dokan-support-check/v1/site-check.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Rest;

use Dokan_Support_Check\Access;
use Dokan_Support_Check\Lock;
use Dokan_Support_Check\Facts\Site_Facts;
use Dokan_Support_Check\Report\Environment;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Serves the site's facts to administrators (super admins on a network).
 *
 * `GET site-check` reads the installed versions now and answers the latest versions from
 * the stored answers (asking the update services only for a component with no recent
 * answer); `GET site-check?refresh=1` asks them again, at most once a minute for the
 * whole site (429 otherwise); `?report=1` adds what the support report needs: the site's
 * `environment` (built on that request only) and the change `history`. 401 for visitors,
 * 403 for other users.
 */
final class Site_Check_Controller extends \WP_REST_Controller {

	/**
	 * Lock row that spaces forced refreshes.
	 */
	const RATE_LOCK = 'dokan_support_check_refresh_lock';

	/**
	 * Seconds between two forced refreshes.
	 */
	const RATE_WINDOW = 60;

	/**
	 * The facts.
	 *
	 * @var Site_Facts
	 */
	private $facts;

	/**
	 * The report's environment.
	 *
	 * @var Environment
	 */
	private $environment;

	/**
	 * Constructor.
	 *
	 * @param Site_Facts  $facts       The facts.
	 * @param Environment $environment The report's environment.
	 */
	public function __construct( Site_Facts $facts, Environment $environment ) {
		$this->namespace   = 'dokan-support-check/v1';
		$this->rest_base   = 'site-check';
		$this->facts       = $facts;
		$this->environment = $environment;
	}

	/**
	 * Wires the route.
	 */
	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * The route's path under /wp-json/, as the UI's apiFetch uses it.
	 *
	 * @return string
	 */
	public function path(): string {
		return $this->namespace . '/' . $this->rest_base;
	}

	/**
	 * Registers the route.
	 */
	public function register_routes(): void {
		register_rest_route(
			$this->namespace,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'context' => $this->get_context_param( array( 'default' => 'view' ) ),
						'refresh' => array(
							'description'       => __( 'Ask the update services again instead of answering from the cache (at most once a minute).', 'dokan-support-check' ),
							'type'              => 'boolean',
							'default'           => false,
							'validate_callback' => 'rest_validate_request_arg',
							'sanitize_callback' => 'rest_sanitize_request_arg',
						),
						'report'  => array(
							'description'       => __( 'Add what the support report needs: the site’s environment (WordPress’s Site Health information and the store’s WooCommerce, Dokan Pro and template details) and the change history.', 'dokan-support-check' ),
							'type'              => 'boolean',
							'default'           => false,
							'validate_callback' => 'rest_validate_request_arg',
							'sanitize_callback' => 'rest_sanitize_request_arg',
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Administrators only: 401 when logged out, 403 otherwise.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( Access::current_user_can_view() ) {
			return true;
		}
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to see this site’s support check.', 'dokan-support-check' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * The facts.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$refresh = (bool) $request['refresh'];
		if ( $refresh && null === Lock::acquire( self::RATE_LOCK, self::RATE_WINDOW ) ) {
			$since = Lock::held_since( self::RATE_LOCK );
			if ( null === $since ) {
				// Nobody holds the lock, yet it could not be taken: the database refuses writes.
				return rest_convert_error_to_response(
					new WP_Error(
						'dokan_support_check_storage_failed',
						__( 'The site’s database did not accept the check (it may be full, read-only or unavailable). Try again later.', 'dokan-support-check' ),
						array( 'status' => 503 )
					)
				);
			}

			$retry_after = max( 1, $since + self::RATE_WINDOW - time() );
			$response    = rest_convert_error_to_response(
				new WP_Error(
					'dokan_support_check_rate_limited',
					sprintf(
						/* translators: %d: number of seconds. */
						_n( 'The site was checked a moment ago. Try again in %d second.', 'The site was checked a moment ago. Try again in %d seconds.', $retry_after, 'dokan-support-check' ),
						$retry_after
					),
					array(
						'status'      => 429,
						'retry_after' => $retry_after,
					)
				)
			);
			$response->header( 'Retry-After', (string) $retry_after );
			return $response;
		}
		$item = $this->facts->get( $refresh );
		if ( $request['report'] ) {
			$switched = self::switched_sites();
			try {
				$environment = $this->environment->build( $item['components'] );
			} catch ( \Throwable $failure ) {
				// Site Health runs every plugin's `debug_information` filter: when one throws,
				// this route's answer names the file the error came from and what it said,
				// instead of the request ending in WordPress's "critical error" page.
				// One that switched to another site of the network and threw before switching
				// back would leave the rest of the request (its shutdown hooks) on that site.
				while ( self::switched_sites() > $switched ) {
					restore_current_blog();
				}
				if ( ini_get( 'log_errors' ) ) {
					// The site's error log still gets the trace, as it would have had the error
					// ended the request.
					error_log( 'Dokan Support Check: the Site Health information could not be gathered: ' . $failure ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
				}
				return self::environment_failed( $failure );
			}
			$item['environment'] = self::json_objects( $environment );
			$item['history']     = $this->facts->history();
		}
		return $this->prepare_item_for_response( $item, $request );
	}

	/**
	 * How deep the current request is in switch_to_blog() calls (0 on a single site).
	 *
	 * @return int
	 */
	private static function switched_sites(): int {
		return is_multisite() ? count( (array) ( $GLOBALS['_wp_switched_stack'] ?? array() ) ) : 0;
	}

	/**
	 * The error for an environment that could not be built: where the code that failed is
	 * (relative to WordPress's folder) and what it said.
	 *
	 * @param \Throwable $failure What was thrown.
	 * @return WP_Error
	 */
	private static function environment_failed( \Throwable $failure ): WP_Error {
		$file  = wp_normalize_path( $failure->getFile() );
		$root  = wp_normalize_path( ABSPATH );
		$where = 0 === strpos( $file, $root ) ? substr( $file, strlen( $root ) ) : wp_basename( $file );
		$said  = wp_html_excerpt( wp_strip_all_tags( $failure->getMessage() ), 300, '…' );
		return new WP_Error(
			'dokan_support_check_environment_failed',
			sprintf(
				/* translators: 1: a file of the site, such as wp-content/plugins/example/example.php; 2: the error it raised. */
				__( 'WordPress’s Site Health information could not be gathered: code in %1$s failed while adding to it (%2$s).', 'dokan-support-check' ),
				$where,
				$said
			),
			array( 'status' => 500 )
		);
	}

	/**
	 * The environment with its maps kept JSON objects: PHP would write an empty (or
	 * number-keyed) array as a JSON list, and the schema promises objects.
	 *
	 * @param array $sections Sections by key.
	 * @return array|\stdClass
	 */
	private static function json_objects( array $sections ) {
		foreach ( $sections as $key => $section ) {
			if ( wp_is_numeric_array( $section['fields'] ) ) {
				$sections[ $key ]['fields'] = (object) $section['fields'];
			}
		}
		return wp_is_numeric_array( $sections ) ? (object) $sections : $sections;
	}

	/**
	 * Shapes the facts for the response.
	 *
	 * @param array           $item    Facts.
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function prepare_item_for_response( $item, $request ) {
		$context = ! empty( $request['context'] ) ? $request['context'] : 'view';
		$data    = $this->add_additional_fields_to_object( $item, $request );
		$data    = $this->filter_response_by_context( $data, $context );
		return rest_ensure_response( $data );
	}

	/**
	 * The facts' JSON schema (SPEC "Contracts"; mirrored by the UI's SiteFacts type).
	 *
	 * @return array
	 */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$nullable_string = array(
			'type'    => array( 'string', 'null' ),
			'context' => array( 'view' ),
		);
		$string          = array(
			'type'    => 'string',
			'context' => array( 'view' ),
		);
		$plain_text      = array( 'type' => 'string' );

		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'dokan-support-check-site-check',
			'type'       => 'object',
			'readonly'   => true,
			'properties' => array(
				'generatedAt' => array_merge(
					$string,
					array(
						'description' => __( 'When these facts were assembled (UTC).', 'dokan-support-check' ),
						'format'      => 'date-time',
					)
				),
				'site'        => array(
					'description' => __( 'Context reported with the components, not judged.', 'dokan-support-check' ),
					'type'        => 'object',
					'context'     => array( 'view' ),
					'properties'  => array(
						'url'       => array_merge( $string, array( 'format' => 'uri' ) ),
						'multisite' => array(
							'type'    => 'boolean',
							'context' => array( 'view' ),
						),
						'locale'    => $string,
						'php'       => $string,
						'database'  => array_merge( $string, array( 'description' => __( 'Database server and version, such as "MariaDB 10.11.19".', 'dokan-support-check' ) ) ),
						'theme'     => array(
							'type'       => 'object',
							'context'    => array( 'view' ),
							'properties' => array(
								'name'    => $string,
								'version' => $string,
							),
						),
					),
				),
				'components'  => array(
					'description' => __( 'The products the support window applies to.', 'dokan-support-check' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'slug'      => $string,
							'name'      => $string,
							'installed' => array_merge( $nullable_string, array( 'description' => __( 'Installed version; null when not installed.', 'dokan-support-check' ) ) ),
							'active'    => array(
								'type'    => 'boolean',
								'context' => array( 'view' ),
							),
							'latest'    => array_merge( $nullable_string, array( 'description' => __( 'Latest version; null when unknown.', 'dokan-support-check' ) ) ),
							'releases'  => array(
								'description' => __( 'Known releases, newest first by version; null when no list is known.', 'dokan-support-check' ),
								'type'        => array( 'array', 'null' ),
								'context'     => array( 'view' ),
								'items'       => array( 'type' => 'string' ),
							),
							'source'    => array_merge( $string, array( 'description' => __( 'Where the latest version comes from.', 'dokan-support-check' ) ) ),
							'checkedAt' => array_merge(
								$nullable_string,
								array(
									'description' => __( 'When the latest version shown was obtained (UTC); null when never.', 'dokan-support-check' ),
									'format'      => 'date-time',
								)
							),
							'error'     => array_merge( $nullable_string, array( 'description' => __( 'Why the last check failed; null when it did not.', 'dokan-support-check' ) ) ),
							'licence'   => array(
								'description' => __( 'The licence state of a licensed product (Dokan Pro), never its key; absent for other components.', 'dokan-support-check' ),
								'type'        => 'string',
								'enum'        => array( 'active', 'inactive', 'unknown' ),
								'context'     => array( 'view' ),
							),
						),
					),
				),
				'history'     => array(
					'description' => __( 'Changes of installed versions, newest first (with report=1 only).', 'dokan-support-check' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'at'   => array_merge( $string, array( 'format' => 'date-time' ) ),
							'slug' => array_merge( $string, array( 'description' => __( 'A checked component’s slug, else a plugin’s main file or a theme’s folder.', 'dokan-support-check' ) ) ),
							'name' => $string,
							'from' => array_merge( $nullable_string, array( 'description' => __( 'Version before; null when it was installed.', 'dokan-support-check' ) ) ),
							'to'   => array_merge( $nullable_string, array( 'description' => __( 'Version after; null when it was removed.', 'dokan-support-check' ) ) ),
						),
					),
				),
				'environment' => array(
					'description'          => __( 'Only with report=1: the site’s environment by section. WordPress’s own Site Health sections keyed as WordPress keys them (wp-core, wp-active-theme, wp-plugins-active, wp-server, wp-database, wp-constants, …, without the directory sizes and without this plugin’s own section), then dokan-woocommerce, dokan-pro-licence and dokan-template-overrides when those plugins are installed.', 'dokan-support-check' ),
					'type'                 => 'object',
					'context'              => array( 'view' ),
					'additionalProperties' => array(
						'type'                 => 'object',
						'properties'           => array(
							'label'  => $plain_text,
							'fields' => array(
								'type'                 => 'object',
								'additionalProperties' => array(
									'type'                 => 'object',
									'properties'           => array(
										'label'   => $plain_text,
										'value'   => array_merge( $plain_text, array( 'description' => __( 'The value for people, in the site’s language, as plain text (a list is one "name: value" per line).', 'dokan-support-check' ) ) ),
										'debug'   => array_merge( $plain_text, array( 'description' => __( 'The value for machines and support agents, in English where WordPress gives one (what Site Health copies); otherwise the same as value.', 'dokan-support-check' ) ) ),
										'private' => array(
											'description' => __( 'Present and true when WordPress marks the field private: a redacted report leaves it out.', 'dokan-support-check' ),
											'type'        => 'boolean',
										),
									),
									'required'             => array( 'label', 'value', 'debug' ),
									'additionalProperties' => false,
								),
							),
						),
						'required'             => array( 'label', 'fields' ),
						'additionalProperties' => false,
					),
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
