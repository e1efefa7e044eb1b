<?php
/**
 * The `environment` of the site report (`GET site-check?report=1`).
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Report;

defined( 'ABSPATH' ) || exit;

/**
 * Core's Site Health sections, then what is specific to a Dokan store (WooCommerce's
 * database and orders, Dokan Pro's licence and modules, the theme's template overrides).
 *
 * Built only when the report is asked for: the constructor stores its parts, nothing is
 * hooked, so the plain route and every other screen pay nothing for it.
 */
final class Environment {

	/**
	 * Whether an environment is being built in this request: core's `debug_information`
	 * filter runs other plugins' code in the middle of the build, and any of it may ask
	 * for the report again (an internal REST request, a Site Health section that embeds
	 * it); that inner build gets an empty environment instead of recursing.
	 *
	 * @var bool
	 */
	private static $building = false;

	/**
	 * Core's sections.
	 *
	 * @var Core_Sections
	 */
	private $core;

	/**
	 * WooCommerce's and Dokan Pro's sections.
	 *
	 * @var Store_Sections
	 */
	private $store;

	/**
	 * The theme's template overrides.
	 *
	 * @var Template_Overrides
	 */
	private $templates;

	/**
	 * Constructor.
	 *
	 * @param Core_Sections      $core      Core's sections.
	 * @param Store_Sections     $store     WooCommerce's and Dokan Pro's sections.
	 * @param Template_Overrides $templates The theme's template overrides.
	 */
	public function __construct( Core_Sections $core, Store_Sections $store, Template_Overrides $templates ) {
		$this->core      = $core;
		$this->store     = $store;
		$this->templates = $templates;
	}

	/**
	 * The environment: sections by key, each `{ label, fields: { key: { label, value,
	 * debug, private? } } }` (see Core_Sections for the field shape).
	 *
	 * @param array $components The facts' components (which plugins are installed).
	 * @return array<string, array{label: string, fields: array}>
	 */
	public function build( array $components ): array {
		if ( self::$building ) {
			return array();
		}
		self::$building = true;
		try {
			$sections = $this->core->sections();
			// Ours after core's; these keys are this plugin's (a plugin section of the same key gives way).
			foreach ( $this->store->sections( $components ) as $key => $section ) {
				unset( $sections[ $key ] );
				$sections[ $key ] = $section;
			}
			$templates = $this->templates->section( $components );
			if ( null !== $templates ) {
				unset( $sections['dokan-template-overrides'] );
				$sections['dokan-template-overrides'] = $templates;
			}
		} finally {
			self::$building = false;
		}
		return $sections;
	}

	/**
	 * A component of the facts, by slug.
	 *
	 * @param array  $components The facts' components.
	 * @param string $slug       Component slug.
	 * @return array|null The component; null when the facts do not list it.
	 */
	public static function component( array $components, string $slug ): ?array {
		foreach ( $components as $component ) {
			if ( is_array( $component ) && ( $component['slug'] ?? null ) === $slug ) {
				return $component;
			}
		}
		return null;
	}

	/**
	 * Whether the facts say a component is installed (active or not).
	 *
	 * @param array  $components The facts' components.
	 * @param string $slug       Component slug.
	 * @return bool
	 */
	public static function is_installed( array $components, string $slug ): bool {
		$component = self::component( $components, $slug );
		return isset( $component['installed'] );
	}
}
