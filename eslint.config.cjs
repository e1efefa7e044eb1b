/**
 * WordPress's lint rules (wp-scripts' flat config), plus what differs for code that is
 * not browser code: the Node scripts in bin/ and the Playwright tests.
 */
const wordpressConfig = require( '@wordpress/scripts/config/eslint.config.cjs' );

module.exports = [
	...wordpressConfig,
	{
		ignores: [ 'build/**', 'artifacts/**', 'vendor/**' ],
	},
	{
		// Command-line tools talk through the console (what they import is declared in
		// package.json like everything else: import/no-extraneous-dependencies stays on).
		files: [ 'bin/**' ],
		rules: {
			'no-console': 'off',
		},
	},
	{
		// Playwright fixtures call `use()`, which is not React's hook of that name.
		files: [ 'tests/e2e/**' ],
		rules: {
			'react-hooks/rules-of-hooks': 'off',
			'no-console': 'off',
		},
	},
];
