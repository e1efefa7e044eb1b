<?php
/**
 * The site's environment as WordPress itself describes it for Site Health's Info tab.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Report;

defined( 'ABSPATH' ) || exit;

/**
 * Runs core's `WP_Debug_Data::debug_data()` and returns its sections as plain text.
 *
 * Only the report (`GET site-check?report=1`) calls this; nothing here is hooked, so no
 * other screen or route loads `WP_Debug_Data` or pays for it.
 *
 * Two things in core's code are handled around the call:
 * - `debug_data()` checks that wordpress.org is reachable with one GET to
 *   `https://wordpress.org` (10-second timeout, then a blocking `gethostbyname()` when it
 *   fails). The report short-circuits exactly that request with `pre_http_request` during
 *   the call instead of caching its answer: a cache would still make the first report
 *   wait up to 10 s and send a request the store owner did not ask for, and whether the
 *   site reaches wordpress.org says little to a support agent (the facts already say when
 *   the update services last answered, or why they failed). The answer is not invented:
 *   the field then says it was not checked.
 * - `debug_data()` runs the `debug_information` filter, through which this plugin adds
 *   its own Site Health section. That section repeats the facts the report starts with,
 *   so its callback is unhooked during the call (it would also cost a plugin scan).
 *
 * Shape of each section (documented for the UI in src/types.ts and in the REST schema):
 *
 *     'wp-core' => array(
 *         'label'  => 'WordPress',                       // core's label, in the site's language
 *         'fields' => array(
 *             'version'   => array( 'label' => 'Version', 'value' => '7.1.4', 'debug' => '7.1.4' ),
 *             'home_url'  => array( 'label' => 'Home URL', 'value' => '…', 'debug' => '…', 'private' => true ),
 *         ),
 *     )
 *
 * `value` is the human text (translated where core translates it), `debug` the machine
 * value core puts in its "Copy site info" text (English; `value` where core gives none).
 * Both are plain text: markup removed, entities decoded, a list of name => value pairs
 * written one "name: value" per line. `private` is core's flag, kept only where true.
 */
final class Core_Sections {

	/**
	 * The one URL `debug_data()` requests.
	 */
	const DOTORG_URL = 'https://wordpress.org';

	/**
	 * Sections left out: the directory sizes (core only fills them later, through a slow
	 * REST route of its own; here they would read "Loading…").
	 */
	const LEFT_OUT = array( 'wp-paths-sizes' );

	/**
	 * Our own Site Health callback and the key of its section, left out of the report.
	 *
	 * @var callable|null
	 */
	private $own_section;

	/**
	 * Key of our own Site Health section.
	 *
	 * @var string
	 */
	private $own_section_key;

	/**
	 * Constructor.
	 *
	 * @param callable|null $own_section     The `debug_information` callback that adds this plugin's own section.
	 * @param string        $own_section_key That section's key.
	 */
	public function __construct( $own_section, string $own_section_key ) {
		$this->own_section     = $own_section;
		$this->own_section_key = $own_section_key;
	}

	/**
	 * Core's sections, keyed as core keys them, in core's order.
	 *
	 * @return array<string, array{label: string, fields: array}>
	 */
	public function sections(): array {
		$this->load_core();

		$own_priority = null !== $this->own_section ? has_filter( 'debug_information', $this->own_section ) : false;
		if ( false !== $own_priority ) {
			remove_filter( 'debug_information', $this->own_section, $own_priority );
		}
		// Earliest priority: no other filter (a logger, a stub) sees this request as unanswered.
		add_filter( 'pre_http_request', array( $this, 'answer_reachability_check' ), PHP_INT_MIN, 3 );
		try {
			$info = \WP_Debug_Data::debug_data();
		} finally {
			remove_filter( 'pre_http_request', array( $this, 'answer_reachability_check' ), PHP_INT_MIN );
			if ( false !== $own_priority ) {
				add_filter( 'debug_information', $this->own_section, $own_priority );
			}
		}

		if ( isset( $info['wp-core']['fields']['dotorg_communication'] ) && is_array( $info['wp-core']['fields']['dotorg_communication'] ) ) {
			$info['wp-core']['fields']['dotorg_communication']['value'] = __( 'Not checked by the site report (it sends no request)', 'dokan-support-check' );
			$info['wp-core']['fields']['dotorg_communication']['debug'] = 'not checked';
		}
		// WordPress 6.1 hard-codes this debug value even when uploads are on; 6.8 and later give the setting.
		if ( isset( $info['wp-media']['fields']['file_uploads'] ) && is_array( $info['wp-media']['fields']['file_uploads'] ) ) {
			$info['wp-media']['fields']['file_uploads']['debug'] = (string) ini_get( 'file_uploads' );
		}

		$sections = array();
		foreach ( is_array( $info ) ? $info : array() as $key => $section ) {
			$key = (string) $key;
			if ( in_array( $key, self::LEFT_OUT, true ) || $this->own_section_key === $key ) {
				continue;
			}
			// A section its author marked private is left out of core's copied text as a whole; so here.
			if ( ! is_array( $section ) || ! empty( $section['private'] ) ) {
				continue;
			}
			$sections[ $key ] = array(
				'label'  => self::plain( $section['label'] ?? $key ),
				'fields' => $this->fields( isset( $section['fields'] ) && is_array( $section['fields'] ) ? $section['fields'] : array() ),
			);
		}
		return $sections;
	}

	/**
	 * Answers core's reachability GET to https://wordpress.org without sending it. A
	 * response (not a WP_Error) also spares core's `gethostbyname()` lookup.
	 *
	 * @param false|array|\WP_Error $response An answer decided earlier, or false.
	 * @param array                 $args     Request arguments.
	 * @param string                $url      Request URL.
	 * @return false|array|\WP_Error
	 */
	public function answer_reachability_check( $response, $args, $url ) {
		if ( self::DOTORG_URL !== $url || 'GET' !== strtoupper( (string) ( $args['method'] ?? 'GET' ) ) ) {
			return $response;
		}
		return array(
			'headers'  => array(),
			'body'     => '',
			'response' => array(
				'code'    => 200,
				'message' => 'OK',
			),
			'cookies'  => array(),
			'filename' => null,
		);
	}

	/**
	 * Loads what `debug_data()` needs outside wp-admin (REST requests load none of it):
	 * the class; update.php, plugin.php and misc.php (6.1 to 7.1); file.php (7.x's
	 * robots.txt check). None of these files hooks anything when loaded. Core's labels are
	 * in the admin translation file, which REST requests do not load either; core's own
	 * Site Health REST controller loads it the same way.
	 */
	private function load_core(): void {
		foreach ( array( 'class-wp-debug-data', 'update', 'plugin', 'misc', 'file' ) as $file ) {
			require_once ABSPATH . 'wp-admin/includes/' . $file . '.php';
		}
		if ( ! is_admin() ) {
			$locale = determine_locale();
			if ( 'en_US' !== $locale && is_readable( WP_LANG_DIR . "/admin-$locale.mo" ) ) {
				load_textdomain( 'default', WP_LANG_DIR . "/admin-$locale.mo", $locale );
			}
		}
	}

	/**
	 * A section's fields as plain text.
	 *
	 * @param array $fields Core's fields.
	 * @return array<string, array{label: string, value: string, debug: string, private?: true}>
	 */
	private function fields( array $fields ): array {
		$out = array();
		foreach ( $fields as $key => $field ) {
			if ( ! is_array( $field ) ) {
				continue;
			}
			$value       = self::plain( $field['value'] ?? '' );
			$out[ $key ] = array(
				'label' => self::plain( $field['label'] ?? $key ),
				'value' => $value,
				'debug' => array_key_exists( 'debug', $field ) ? self::plain( $field['debug'] ) : $value,
			);
			if ( isset( $field['private'] ) && true === $field['private'] ) {
				$out[ $key ]['private'] = true;
			}
		}
		return $out;
	}

	/**
	 * Any value core or a plugin may put in a section, as plain text: markup removed,
	 * entities decoded (`Loading&hellip;`), booleans as "true"/"false" (as core's copy
	 * writes them), a list of name => value pairs one "name: value" per line.
	 *
	 * @param mixed $value Value.
	 * @return string
	 */
	public static function plain( $value ): string {
		if ( is_bool( $value ) ) {
			return $value ? 'true' : 'false';
		}
		if ( is_array( $value ) ) {
			$lines = array();
			foreach ( $value as $name => $item ) {
				$lines[] = self::plain( $name ) . ': ' . self::plain( $item );
			}
			return implode( "\n", $lines );
		}
		if ( is_int( $value ) || is_float( $value ) ) {
			return (string) $value;
		}
		if ( ! is_string( $value ) ) {
			return '';
		}
		return trim( html_entity_decode( wp_strip_all_tags( $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	}
}
