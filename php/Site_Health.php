<?php
/**
 * The "Dokan Support Check" section of Site Health's Info tab.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

use Dokan_Support_Check\Facts\Site_Facts;

defined( 'ABSPATH' ) || exit;

/**
 * Lists the same facts as the REST route, each field with a human `value` and a machine
 * `debug` value (what "Copy site info to clipboard" copies). Facts only: the verdict is
 * the TypeScript engine's, on the support page. Nothing private: no e-mail, no key, no
 * URL beyond what Site Health already shows.
 *
 * So none of the engine's status labels (Not eligible, Outside, ...) appears here. The
 * two facts behind the page's statuses "Inactive" and "Not installed" are said in the
 * page's words: "inactive" after the version (French "inactif", as the page's "Inactif"),
 * and "Not installed", the page's very string.
 */
final class Site_Health {

	const SECTION = 'dokan-support-check';

	/**
	 * The facts.
	 *
	 * @var Site_Facts
	 */
	private $facts;

	/**
	 * Constructor.
	 *
	 * @param Site_Facts $facts The facts.
	 */
	public function __construct( Site_Facts $facts ) {
		$this->facts = $facts;
	}

	/**
	 * Adds the section.
	 */
	public function register(): void {
		add_filter( 'debug_information', array( $this, 'add_section' ) );
	}

	/**
	 * Adds our section to the Info tab, for those who may see the facts.
	 *
	 * @param mixed $info Sections by key.
	 * @return mixed
	 */
	public function add_section( $info ) {
		if ( ! is_array( $info ) || ! Access::current_user_can_view() ) {
			return $info;
		}
		// What is installed now, with the last stored answers: no request from this screen.
		$facts  = $this->facts->current();
		$fields = array();

		foreach ( $facts['components'] as $component ) {
			$fields[ 'component-' . $component['slug'] ] = array(
				'label' => $component['name'],
				'value' => $this->human_component( $component ),
				'debug' => $this->debug_component( $component ),
			);
		}

		$theme  = $facts['site']['theme'];
		$fields = array_merge(
			$fields,
			array(
				'php'        => array(
					'label' => __( 'PHP version', 'dokan-support-check' ),
					'value' => $facts['site']['php'],
				),
				'database'   => array(
					'label' => __( 'Database server', 'dokan-support-check' ),
					'value' => $facts['site']['database'],
				),
				'theme'      => array(
					'label' => __( 'Active theme', 'dokan-support-check' ),
					'value' => trim( $theme['name'] . ' ' . $theme['version'] ),
				),
				'multisite'  => array(
					'label' => __( 'Multisite', 'dokan-support-check' ),
					'value' => $facts['site']['multisite'] ? __( 'Yes', 'dokan-support-check' ) : __( 'No', 'dokan-support-check' ),
					'debug' => $facts['site']['multisite'],
				),
				'locale'     => array(
					'label' => __( 'Site language', 'dokan-support-check' ),
					'value' => $facts['site']['locale'],
				),
				'checked-at' => array(
					'label' => __( 'Latest versions checked at', 'dokan-support-check' ),
					'value' => $this->last_checked( $facts ),
					'debug' => $this->last_checked( $facts, true ),
				),
			)
		);

		$info[ self::SECTION ] = array(
			'label'       => __( 'Dokan Support Check', 'dokan-support-check' ),
			'description' => __( 'The versions Dokan’s support window is judged on, and where the latest versions came from. The verdict is on the Support Check page.', 'dokan-support-check' ),
			'fields'      => $fields,
		);
		return $info;
	}

	/**
	 * A component for people: "4.1.0, active; latest 4.1.2".
	 *
	 * @param array $component Component facts.
	 * @return string
	 */
	private function human_component( array $component ): string {
		if ( null === $component['installed'] ) {
			return __( 'Not installed', 'dokan-support-check' );
		}
		$installed = '' === $component['installed'] ? __( 'unreadable version', 'dokan-support-check' ) : $component['installed'];
		$state     = $component['active'] ? __( 'active', 'dokan-support-check' ) : __( 'inactive', 'dokan-support-check' );
		if ( null !== $component['latest'] ) {
			/* translators: 1: installed version, 2: "active" or "inactive", 3: latest version, 4: where the latest version comes from, such as "wordpress.org". */
			$text = sprintf( __( '%1$s, %2$s; latest %3$s (%4$s)', 'dokan-support-check' ), $installed, $state, $component['latest'], $component['source'] );
		} else {
			/* translators: 1: installed version, 2: "active" or "inactive". */
			$text = sprintf( __( '%1$s, %2$s; latest version unknown', 'dokan-support-check' ), $installed, $state );
		}
		if ( null !== $component['error'] ) {
			/* translators: %s: why the latest version could not be checked. */
			$text .= ' ' . sprintf( __( '(last check failed: %s)', 'dokan-support-check' ), $component['error'] );
		}
		return $text;
	}

	/**
	 * A component for machines and support agents, in English: "installed=4.1.0; active=yes; ...".
	 *
	 * @param array $component Component facts.
	 * @return string
	 */
	private function debug_component( array $component ): string {
		$parts = array(
			'installed=' . ( null === $component['installed'] ? 'none' : $component['installed'] ),
			'active=' . ( $component['active'] ? 'yes' : 'no' ),
			'latest=' . ( null === $component['latest'] ? 'unknown' : $component['latest'] ),
			'source=' . $component['source'],
			'checked_at=' . ( null === $component['checkedAt'] ? 'never' : $component['checkedAt'] ),
		);
		if ( null !== $component['error'] ) {
			$parts[] = 'error=' . $component['error'];
		}
		return implode( '; ', $parts );
	}

	/**
	 * When the latest versions were last checked (the most recent of the components).
	 *
	 * @param array $facts Facts.
	 * @param bool  $debug Machine format (ISO 8601 UTC, or "never").
	 * @return string
	 */
	private function last_checked( array $facts, bool $debug = false ): string {
		$times = array_filter( array_column( $facts['components'], 'checkedAt' ) );
		if ( array() === $times ) {
			return $debug ? 'never' : __( 'Never: open the Support Check page to check.', 'dokan-support-check' );
		}
		$latest = max( $times );
		if ( $debug ) {
			return $latest;
		}
		$time = strtotime( $latest );
		return false === $time ? $latest : wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $time );
	}
}
