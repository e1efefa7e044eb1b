/**
 * wp-scripts' webpack configuration with this plugin's entries.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const TerserPlugin = require(
	require.resolve( 'terser-webpack-plugin', {
		paths: [
			require.resolve( '@wordpress/scripts/config/webpack.config' ),
		],
	} )
);

/*
 * wp-scripts' minifier keeps the `translators:` comments for bin/i18n.mjs, but
 * terser prints each one twice (once for the call and once for the `(0, __)`
 * callee that starts at the same place): a few hundred gzipped bytes on every
 * admin screen. Print each comment once; everything else is wp-scripts' own.
 */
const printed = new Set();
const minimizer = new TerserPlugin( {
	// The set lives in this process: one production build per run (`wp-scripts start`
	// does not minify, so it never meets this).
	parallel: false,
	terserOptions: {
		output: {
			comments: ( _node, comment ) => {
				const id = `${ comment.file }:${ comment.pos }`;
				if (
					! /translators:/i.test( comment.value ) ||
					printed.has( id )
				) {
					return false;
				}
				printed.add( id );
				return true;
			},
		},
		compress: { passes: 2 },
		mangle: { reserved: [ '__', '_n', '_nx', '_x' ] },
	},
	extractComments: false,
} );

module.exports = {
	...defaultConfig,
	optimization: {
		...defaultConfig.optimization,
		minimizer: [ minimizer ],
	},
	entry: {
		// The Support Check page.
		index: './src/index.tsx',
		// The admin-bar badge and dashboard widget (every admin screen: keep it tiny).
		badge: './src/badge/index.ts',
		// React's JSX runtime for WordPress before 6.6, which does not register one.
		'react-jsx-runtime': './src/compat/react-jsx-runtime.ts',
	},
};
