/**
 * wp-scripts' webpack configuration with this plugin's entries.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

module.exports = {
	...defaultConfig,
	entry: {
		// The Support Check page.
		index: './src/index.tsx',
		// The admin-bar badge and dashboard widget (every admin screen: keep it tiny).
		badge: './src/badge/index.ts',
		// React's JSX runtime for WordPress before 6.6, which does not register one.
		'react-jsx-runtime': './src/compat/react-jsx-runtime.ts',
	},
};
