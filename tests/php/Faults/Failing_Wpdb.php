<?php
/**
 * A database object whose queries fail on demand, sharing the real one's connection.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Faults;

/**
 * Writes matching a pattern (and, optionally, every read) fail as they would when the
 * server refuses them: `query()` returns false and `last_error` says why.
 */
final class Failing_Wpdb extends \wpdb {

	/**
	 * Writes whose SQL matches this fail.
	 *
	 * @var string
	 */
	public $failing_writes = '/(?!)/';

	/**
	 * Whether every other query fails too.
	 *
	 * @var bool
	 */
	public $failing_reads = false;

	/**
	 * Queries refused so far.
	 *
	 * @var string[]
	 */
	public $refused = array();

	/**
	 * A copy of the real object (same connection, same tables) that fails as told.
	 *
	 * @param \wpdb  $real   The real database object.
	 * @param string $writes Regex of the writes that fail.
	 * @param bool   $reads  Whether reads fail too.
	 * @return self
	 */
	public static function standing_in_for( \wpdb $real, string $writes, bool $reads ): self {
		$class = new \ReflectionClass( self::class );
		$fake  = $class->newInstanceWithoutConstructor();
		foreach ( ( new \ReflectionClass( \wpdb::class ) )->getProperties() as $property ) {
			if ( $property->isStatic() || 'result' === $property->getName() ) {
				continue;
			}
			$property->setAccessible( true );
			if ( $property->isInitialized( $real ) ) {
				$property->setValue( $fake, $property->getValue( $real ) );
			}
		}
		foreach ( get_object_vars( $real ) as $name => $value ) {
			if ( ! property_exists( \wpdb::class, $name ) ) {
				$fake->$name = $value; // Tables and fields added at run time.
			}
		}
		$fake->failing_writes = $writes;
		$fake->failing_reads  = $reads;
		return $fake;
	}

	/**
	 * Hands the connection back to the real object: forgets the last result, which this
	 * one may have freed through the shared connection.
	 *
	 * @param \wpdb $real The real database object.
	 */
	public static function hand_back( \wpdb $real ): void {
		$property = new \ReflectionProperty( \wpdb::class, 'result' );
		$property->setAccessible( true );
		$property->setValue( $real, null );
	}

	/**
	 * Runs a query, or refuses it.
	 *
	 * @param string $query SQL.
	 * @return int|bool
	 */
	public function query( $query ) {
		$is_write = (bool) preg_match( '/^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i', (string) $query );
		if ( ( $is_write && preg_match( $this->failing_writes, (string) $query ) ) || ( ! $is_write && $this->failing_reads ) ) {
			$this->refused[]   = (string) $query;
			$this->last_error  = 'Simulated: the database server refused the query.';
			$this->last_result = array();
			$this->num_rows    = 0;
			return false;
		}
		return parent::query( $query );
	}
}
