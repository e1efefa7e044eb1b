<?php
/**
 * Prints, as JSON, every translatable string of this plugin's PHP files: the gettext
 * calls of WordPress (__, _e, _x, _n, esc_html__ …) with the `dokan-support-check`
 * domain, with their translator comments and file:line references.
 * PHP's own tokenizer reads the files, so any syntax PHP accepts is understood.
 *
 *   php bin/i18n-php-strings.php FILE...
 *
 * @package Dokan_Support_Check
 */

// Function => argument positions of singular, plural, context (null when absent) and domain.
$dsc_functions = array(
	'__'         => array( 0, null, null, 1 ),
	'_e'         => array( 0, null, null, 1 ),
	'esc_html__' => array( 0, null, null, 1 ),
	'esc_html_e' => array( 0, null, null, 1 ),
	'esc_attr__' => array( 0, null, null, 1 ),
	'esc_attr_e' => array( 0, null, null, 1 ),
	'_x'         => array( 0, null, 1, 2 ),
	'_ex'        => array( 0, null, 1, 2 ),
	'esc_html_x' => array( 0, null, 1, 2 ),
	'esc_attr_x' => array( 0, null, 1, 2 ),
	'_n'         => array( 0, 1, null, 3 ),
	'_nx'        => array( 0, 1, 3, 4 ),
	'_n_noop'    => array( 0, 1, null, 2 ),
	'_nx_noop'   => array( 0, 1, 2, 3 ),
);

$dsc_entries = array();
foreach ( array_slice( $argv, 1 ) as $dsc_file ) {
	$dsc_tokens  = token_get_all( (string) file_get_contents( $dsc_file ) );
	$dsc_comment = null;
	$dsc_count   = count( $dsc_tokens );
	for ( $i = 0; $i < $dsc_count; $i++ ) {
		$token = $dsc_tokens[ $i ];
		if ( is_array( $token ) && in_array( $token[0], array( T_COMMENT, T_DOC_COMMENT ), true ) ) {
			if ( preg_match( '/translators:.*/is', $token[1], $m ) ) {
				$dsc_comment = array( trim( preg_replace( array( '#\s*\*/$#', '#\n\s*\*\s?#' ), array( '', ' ' ), $m[0] ) ), $token[2] );
			}
			continue;
		}
		if ( ! is_array( $token ) || T_STRING !== $token[0] || ! isset( $dsc_functions[ $token[1] ] ) ) {
			continue;
		}
		// Read the arguments: string literals (joined when concatenated), or null.
		$j = $i + 1;
		while ( $j < $dsc_count && is_array( $dsc_tokens[ $j ] ) && T_WHITESPACE === $dsc_tokens[ $j ][0] ) {
			$j++;
		}
		if ( '(' !== ( $dsc_tokens[ $j ] ?? null ) ) {
			continue;
		}
		$args  = array();
		$arg   = '';
		$plain = true;
		$depth = 0;
		for ( $j++; $j < $dsc_count; $j++ ) {
			$t = $dsc_tokens[ $j ];
			if ( '(' === $t || '[' === $t ) {
				$depth++;
				$plain = false;
			} elseif ( ( ')' === $t || ']' === $t ) && $depth > 0 ) {
				$depth--;
			} elseif ( ( ',' === $t || ')' === $t ) && 0 === $depth ) {
				$args[] = $plain ? $arg : null;
				$arg    = '';
				$plain  = true;
				if ( ')' === $t ) {
					break;
				}
			} elseif ( is_array( $t ) && T_CONSTANT_ENCAPSED_STRING === $t[0] ) {
				$arg .= eval( 'return ' . $t[1] . ';' ); // phpcs:ignore Squiz.PHP.Eval.Discouraged -- decodes a PHP string literal the tokenizer found.
			} elseif ( is_array( $t ) && in_array( $t[0], array( T_WHITESPACE, T_COMMENT ), true ) || '.' === $t ) {
				continue;
			} else {
				$plain = false;
			}
		}
		list( $single, $plural, $context, $domain_at ) = $dsc_functions[ $token[1] ];
		if ( ( $args[ $domain_at ] ?? null ) !== 'dokan-support-check' || ! is_string( $args[ $single ] ?? null ) ) {
			continue;
		}
		$dsc_entries[] = array(
			'msgid'        => $args[ $single ],
			'msgid_plural' => null === $plural ? null : ( $args[ $plural ] ?? null ),
			'msgctxt'      => null === $context ? null : ( $args[ $context ] ?? null ),
			'comment'      => ( $dsc_comment && $token[2] - $dsc_comment[1] <= 3 ) ? $dsc_comment[0] : null,
			'reference'    => $dsc_file . ':' . $token[2],
		);
		$dsc_comment = null;
	}
}
echo json_encode( $dsc_entries, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
