#!/usr/bin/env node
/**
 * Checks that every PHP file the plugin ships parses under PHP 7.4, the oldest PHP its
 * header promises. Debian 12 only has PHP 8.2, so this runs PHP 7.4.33 itself, compiled
 * to WebAssembly (npm's @php-wasm/node-7-4), and asks its parser (token_get_all with
 * TOKEN_PARSE) about each file.
 *
 *   node bin/php74-lint.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { getPHPLoaderModule } from '@php-wasm/node-7-4';
import { loadPHPRuntime, PHP } from '@php-wasm/universal';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);

const shipped = [
	'dokan-support-check.php',
	'uninstall.php',
	...fs
		.readdirSync( path.join( ROOT, 'php' ), { recursive: true } )
		.filter( ( file ) => file.endsWith( '.php' ) )
		.map( ( file ) => path.join( 'php', file ) ),
].filter( ( file ) => fs.existsSync( path.join( ROOT, file ) ) );

const php = new PHP( await loadPHPRuntime( await getPHPLoaderModule() ) );
php.mkdirTree( '/plugin' );
shipped.forEach( ( file, index ) =>
	php.writeFile(
		`/plugin/${ index }.php`,
		fs.readFileSync( path.join( ROOT, file ) )
	)
);

const result = await php.run( {
	code: `<?php
		$problems = array();
		foreach ( glob( '/plugin/*.php' ) as $file ) {
			try {
				token_get_all( file_get_contents( $file ), TOKEN_PARSE );
			} catch ( ParseError $error ) {
				$problems[ basename( $file, '.php' ) ] = $error->getMessage() . ' on line ' . $error->getLine();
			}
		}
		echo json_encode( array( 'version' => PHP_VERSION, 'problems' => (object) $problems ) );`,
} );
php.exit();

const { version, problems } = JSON.parse( result.text );
for ( const [ index, message ] of Object.entries( problems ) ) {
	console.error( `  ✗ ${ shipped[ index ] }: ${ message }` );
}
const failed = Object.keys( problems ).length;
console.log(
	`php${ version }-syntax: ${ shipped.length - failed } passed, ${ failed } failed`
);
process.exit( failed ? 1 : 0 );
