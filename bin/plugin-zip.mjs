#!/usr/bin/env node
/**
 * The second half of `npm run plugin-zip`. `wp-scripts plugin-zip` puts package.json's
 * "files" into dokan-support-check.zip, under a dokan-support-check/ folder as WordPress's
 * upload form expects, but npm's file list always adds package.json and README.md: a store
 * needs neither (they are the developers'), so they come out here. Then it says what the
 * zip holds, and fails if anything is outside "files" or the folder.
 *
 *   node bin/plugin-zip.mjs   (after `wp-scripts plugin-zip`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import AdmZip from 'adm-zip';

const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const { name, files } = JSON.parse(
	fs.readFileSync( path.join( ROOT, 'package.json' ), 'utf8' )
);
const file = path.join( ROOT, `${ name }.zip` );
const folder = `${ name }/`;
const ships = ( inside ) =>
	files.some(
		( shipped ) =>
			inside === shipped || inside.startsWith( `${ shipped }/` )
	);

const zip = new AdmZip( file );
const removed = [];
for ( const entry of zip.getEntries() ) {
	const inside = entry.entryName.slice( folder.length );
	if ( [ 'package.json', 'README.md' ].includes( inside ) ) {
		zip.deleteFile( entry.entryName );
		removed.push( inside );
	}
}
zip.writeZip( file );

const entries = new AdmZip( file )
	.getEntries()
	.filter( ( entry ) => ! entry.isDirectory );
const stray = entries.filter(
	( entry ) =>
		! entry.entryName.startsWith( folder ) ||
		! ships( entry.entryName.slice( folder.length ) )
);
for ( const entry of stray ) {
	console.error(
		`  ✗ ${ entry.entryName } is not in package.json's "files"`
	);
}
console.log(
	`${ name }.zip: ${ entries.length } files in ${ folder }, ${ fs.statSync( file ).size } bytes${
		removed.length ? ` (left out: ${ removed.join( ', ' ) })` : ''
	}`
);
process.exit( stray.length ? 1 : 0 );
