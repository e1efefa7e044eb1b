/**
 * The badge: on admin screens that are not ours (admin bar, dashboard widget), from the
 * cached facts only, linking to the support page; nothing on the front end.
 */

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { PAGE_PATH, resetChecks, restore } from './support-scenarios';
import { wpEval } from './site';

// Each test rewrites plugins and runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

test(
	'while nothing at all is known the badge says so, and links to the page',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		// WordPress.org and Dokan Pro's update server unreachable: WordPress's own update
		// checks on these admin pages learn nothing either.
		resetChecks( site, 'offline' );
		await page.goto( '/wp-admin/index.php' );
		await page.goto( '/wp-admin/edit.php' );

		const badge = page.locator( '#wpadminbar [data-support-status]' );
		await expect( badge ).toHaveAttribute(
			'data-support-status',
			'unknown'
		);
		await expect( badge ).toHaveText( 'Dokan support: not checked yet' );
		// A link on 6.1, a menu item on newer admin bars: found by its words either way.
		await page
			.locator( '#wpadminbar' )
			.getByText( 'Dokan support: not checked yet' )
			.click();
		await expect( page ).toHaveURL( /page=dokan-support-check/ );
		// The page now runs its first check (and then asks for the report): let its requests
		// end here, or one could still be logging what it asked when the next test reads
		// the log of outbound requests.
		await page.waitForLoadState( 'networkidle' );
	}
);

test(
	'from the first minute: what WordPress and Dokan Pro’s updater learnt on their own gives the badge its verdict',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		const restCalls: string[] = [];
		page.on( 'request', ( request ) => {
			if ( /dokan-support-check(\/|%2F)v1/.test( request.url() ) ) {
				restCalls.push( request.url() );
			}
		} );
		// The log grows with every run on this site: only its new lines are read (the
		// whole of it outgrew the output a child process may print).
		const log = "WP_CONTENT_DIR . '/outbound-requests.log'";
		const logBefore = Number(
			wpEval(
				site,
				`clearstatcache(); echo (int) @filesize( ${ log } );`
			)
		);
		// An ordinary admin page: WordPress checks for updates by itself and Dokan Pro's
		// updater asks its server; the support page is never opened.
		await page.goto( '/wp-admin/edit.php' );
		await page.goto( '/wp-admin/index.php' );

		await expect(
			page.locator( '#wpadminbar [data-support-status]' )
		).toHaveAttribute( 'data-support-status', 'outside' );
		await expect(
			page.locator( '#dokan_support_check [data-support-status]' )
		).toHaveAttribute( 'data-support-status', 'outside' );
		await expect( page.locator( '#dokan_support_check' ) ).toContainText(
			'WooCommerce'
		);
		expect( restCalls ).toEqual( [] );
		// What would have left the machine came from WordPress's own update checks and
		// Dokan Pro's updater; the release lists only our check asks for were not asked.
		const requests = wpEval(
			site,
			`echo (string) @file_get_contents( ${ log }, false, null, ${ logBefore } );`
		);
		expect( requests ).toContain( '/plugins/update-check/' );
		expect( requests ).toContain( 'api.appsero.com' );
		expect( requests ).not.toContain( '/plugins/info/' );
	}
);

test(
	'after a check, the admin bar and the dashboard widget show the verdict without asking the server',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		// The support page runs the first check; the badge reads what it cached.
		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toBeVisible();

		const restCalls: string[] = [];
		page.on( 'request', ( request ) => {
			if (
				/dokan-support-check|rest_route/.test( request.url() ) &&
				request.resourceType() === 'fetch'
			) {
				restCalls.push( request.url() );
			}
		} );
		await page.goto( '/wp-admin/index.php' );

		const barBadge = page.locator( '#wpadminbar [data-support-status]' );
		await expect( barBadge ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
		await expect( barBadge ).toHaveText(
			'Dokan support: Outside the supported window'
		);

		const widget = page.locator( '#dokan_support_check' );
		await expect(
			widget.getByRole( 'heading', { name: 'Dokan Support Check' } )
		).toBeVisible();
		await expect(
			widget.locator( '[data-support-status]' )
		).toHaveAttribute( 'data-support-status', 'outside' );
		await expect( widget ).toContainText( 'WooCommerce' );
		await expect(
			widget.getByRole( 'link', { name: 'Open Support Check' } )
		).toHaveAttribute( 'href', /page=dokan-support-check/ );
		expect( restCalls ).toEqual( [] );
	}
);

test(
	'latest versions checked more than 12 hours ago are called stale, on the badge and on the page, until Check again',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toBeVisible();
		// Thirteen hours pass: every time kept with the answers and the badge's
		// snapshot moves back, as if the check had run then.
		wpEval(
			site,
			`$age = 13 * HOUR_IN_SECONDS;
		$back = function ( $iso ) use ( $age ) { return null === $iso ? null : gmdate( 'Y-m-d\\TH:i:s\\Z', strtotime( $iso ) - $age ); };
		$remote = get_option( 'dokan_support_check_remote' );
		foreach ( $remote as $slug => $record ) {
			if ( ! empty( $record['checkedAt'] ) ) { $remote[ $slug ]['checkedAt'] = (int) $record['checkedAt'] - $age; }
			$remote[ $slug ]['fetchedAt'] = $record['fetchedAt'] - $age;
		}
		update_option( 'dokan_support_check_remote', $remote, false );
		$snapshot = get_option( 'dokan_support_check_snapshot' );
		$snapshot['generatedAt'] = $back( $snapshot['generatedAt'] );
		foreach ( $snapshot['components'] as $i => $component ) {
			$snapshot['components'][ $i ]['checkedAt'] = $back( $component['checkedAt'] );
		}
		update_option( 'dokan_support_check_snapshot', $snapshot, true );`
		);
		const badge = page.locator( '#wpadminbar [data-support-status]' );
		// In the page's status, not in the live region that speaks it.
		const notice = page
			.getByRole( 'region', { name: 'Support status' } )
			.getByText(
				'These results are more than 12 hours old. Check again to see the current state.'
			);

		await page.goto( '/wp-admin/options-general.php' );
		await expect( badge ).toHaveText(
			'Dokan support: Outside the supported window (stale)'
		);
		// The page assembles its facts now, from those answers: they are as old.
		await page.goto( PAGE_PATH );
		await expect( notice ).toBeVisible();
		await expect( badge ).toHaveText(
			'Dokan support: Outside the supported window (stale)'
		);

		await page.getByRole( 'button', { name: 'Check again' } ).click();
		await expect( notice ).toBeHidden();
		await expect( badge ).toHaveText(
			'Dokan support: Outside the supported window'
		);
	}
);

test(
	'nothing of the badge on the front end',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		await page.goto( '/' );
		await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
		await expect( page.locator( '[data-dsc-badge]' ) ).toHaveCount( 0 );
		expect( await page.content() ).not.toContain( 'dokan-support-check' );
	}
);
