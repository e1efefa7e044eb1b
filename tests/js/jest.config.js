/**
 * Jest configuration: wp-scripts' defaults, with every unit test under tests/js.
 */
const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config' );

// @wordpress/components pulls in packages published as ES modules only, which
// jest (CommonJS) cannot load untransformed.
const ESM_ONLY = [ 'uuid', '@wordpress/theme', '@wordpress/ui' ];

module.exports = {
	...defaultConfig,
	rootDir: '../..',
	testMatch: [ '<rootDir>/tests/js/**/*.test.[jt]s?(x)' ],
	setupFilesAfterEnv: [
		...( defaultConfig.setupFilesAfterEnv || [] ),
		'<rootDir>/tests/js/setup.ts',
	],
	transform: {
		'\\.m?[jt]sx?$':
			require.resolve( '@wordpress/scripts/config/babel-transform' ),
	},
	transformIgnorePatterns: [
		`/node_modules/(?!(${ ESM_ONLY.join( '|' ) })/)`,
	],
};
