/**
 * Recent changes: an update made through the Plugins screen ("update now", WordPress's
 * own Plugin_Upgrader; the package is the stand-in at the version on offer, built by
 * the offline must-use plugin) is listed on the Status tab and in the report; one made
 * behind WordPress's back (a plugin's files replaced) is listed after Check again.
 */

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import {
	INSTALLED,
	LATEST,
	PAGE_PATH,
	resetChecks,
	restore,
	setPluginVersions,
} from './support-scenarios';
import { wpEval } from './site';

// A real update: download, unzip, replace the plugin's folder.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

test( 'an update made on the Plugins screen is listed in Recent changes and in the report', async ( {
	page,
	site,
} ) => {
	resetChecks( site );
	// The page reads the installed versions: the history starts from them.
	await page.goto( PAGE_PATH );
	const changes = page.getByRole( 'region', { name: 'Recent changes' } );
	await expect( changes ).toContainText(
		'No change of an installed version has been recorded yet.'
	);
	// PHP printed that; the page's own check (nothing was cached) answers before
	// the update, or it could record its versions after the update's.
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toHaveAttribute( 'data-status', /.+/ );

	await page.goto( '/wp-admin/plugins.php' );
	const notice = page.locator(
		'tr.plugin-update-tr[data-plugin="woocommerce/woocommerce.php"]'
	);
	await expect( notice ).toContainText(
		`There is a new version of WooCommerce (stand-in) available.`
	);
	await notice.locator( 'a.update-link' ).click();
	await expect( notice ).toContainText( 'Updated!' );
	expect(
		wpEval(
			site,
			`echo get_plugin_data( WP_PLUGIN_DIR . '/woocommerce/woocommerce.php', false, false )['Version'];`
		)
	).toBe( LATEST.woocommerce );

	await page.goto( PAGE_PATH );
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toHaveAttribute( 'data-status', 'latest' );
	const change = changes.getByRole( 'listitem' ).first();
	await expect( change ).toContainText(
		`WooCommerce ${ INSTALLED.woocommerce } → ${ LATEST.woocommerce }`
	);
	await expect( change.locator( 'time' ) ).toHaveAttribute(
		'datetime',
		/^\d{4}-\d\d-\d\dT/
	);

	await page.getByRole( 'tab', { name: 'Report' } ).click();
	await expect(
		page.getByRole( 'textbox', { name: 'Report preview' } )
	).toHaveValue(
		new RegExp(
			`\\n### changes ###\\n\\ncount: \\d+\\n[^#]*: WooCommerce \\(woocommerce\\): ${ INSTALLED.woocommerce.replace(
				/\./g,
				'\\.'
			) } -> ${ LATEST.woocommerce.replace( /\./g, '\\.' ) }\\n`
		)
	);
} );

test(
	'a plugin replaced behind WordPress’s back is listed in Recent changes after Check again, without a reload',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH );
		const woocommerce = page.locator( '[data-component="woocommerce"]' );
		await expect( woocommerce ).toHaveAttribute( 'data-status', 'outside' );
		const changes = page.getByRole( 'region', { name: 'Recent changes' } );
		await expect( changes ).toContainText(
			'No change of an installed version has been recorded yet.'
		);

		// As an FTP upload or a hosting panel would: WordPress is not told.
		setPluginVersions( site, { woocommerce: LATEST.woocommerce } );
		await page.getByRole( 'button', { name: 'Check again' } ).click();

		await expect( woocommerce ).toHaveAttribute( 'data-status', 'latest' );
		await expect( changes.getByRole( 'listitem' ).first() ).toContainText(
			`WooCommerce ${ INSTALLED.woocommerce } → ${ LATEST.woocommerce }`
		);
	}
);

test.describe( 'dates', () => {
	// The browser in UTC, the site in Auckland (UTC+13 in November): far enough apart
	// that a date in the wrong zone shows another hour, often another day.
	test.use( { timezoneId: 'UTC' } );

	test(
		'the check’s time and each change’s are in the site’s time zone (Settings → General), not the browser’s',
		EVERY_WP_VERSION,
		async ( { page, site } ) => {
			wpEval(
				site,
				`update_option( 'timezone_string', 'Pacific/Auckland' );`
			);
			try {
				resetChecks( site );
				await page.goto( PAGE_PATH );
				const checked = page.getByText( /^Checked / );
				await expect( checked ).toBeVisible();
				setPluginVersions( site, { woocommerce: LATEST.woocommerce } );
				await page
					.getByRole( 'button', { name: 'Check again' } )
					.click();
				const change = page
					.getByRole( 'region', { name: 'Recent changes' } )
					.getByRole( 'listitem' )
					.first();
				await expect( change ).toContainText(
					`WooCommerce ${ INSTALLED.woocommerce } → ${ LATEST.woocommerce }`
				);

				// The page as it opens: when its facts' latest versions were last checked.
				await page.goto( PAGE_PATH );
				const lastChecked = await page.evaluate( () => {
					const { components } = window.dokanSupportCheck?.facts as {
						components: { checkedAt: string | null }[];
					};
					return components
						.map( ( c ) => c.checkedAt ?? '' )
						.sort()
						.pop();
				} );
				const at = await change
					.locator( 'time' )
					.getAttribute( 'datetime' );
				// What WordPress itself says of these times in the site's zone, in the
				// words the page's English (en-US) date style uses.
				const [ checkedAt, changedAt ] = wpEval(
					site,
					[ lastChecked, at ]
						.map(
							( time ) =>
								`echo wp_date( 'M j, Y, g:i A', strtotime( '${ time }' ) ), "\\n";`
						)
						.join( '\n' )
				)
					.trim()
					.split( '\n' );
				await expect( checked ).toHaveText( `Checked ${ checkedAt }.` );
				await expect( change.locator( 'time' ) ).toHaveText(
					changedAt!
				);
			} finally {
				wpEval( site, `update_option( 'timezone_string', '' );` );
			}
		}
	);
} );
