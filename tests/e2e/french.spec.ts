/**
 * The support page in French: with the site language set to fr_FR, the plugin's own
 * strings (PHP through the .mo, the scripts through the JSON files) are French. Core's
 * French files are not installed, so WordPress's own admin text stays English.
 */

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { expectAdminBarOnOneLine, expectFitsWindow } from './layout';
import { PAGE_PATH, resetChecks, restore } from './support-scenarios';
import { wpEval } from './site';
import type { Site } from './site';

// The translations put a no-break space before « : ; ? ! ».
const NBSP = '\u00a0';

// Each test runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

/**
 * Sets the site language to French.
 *
 * `update_option( 'WPLANG', 'fr_FR' )` alone leaves the option as it was on these sites:
 * sanitize_option() keeps WPLANG unchanged unless get_available_languages() lists the
 * locale, that is unless core's fr_FR.mo is in WP_LANG_DIR, and core's French files are
 * not installed here. WordPress itself reads any value, so the row is then written as is.
 *
 * @param site The site.
 */
function setFrench( site: Site ): void {
	const language = wpEval(
		site,
		`update_option( 'WPLANG', 'fr_FR' );
		if ( 'fr_FR' !== get_option( 'WPLANG' ) ) {
			global $wpdb;
			$wpdb->replace(
				$wpdb->options,
				array( 'option_name' => 'WPLANG', 'option_value' => 'fr_FR', 'autoload' => 'yes' )
			);
			wp_cache_delete( 'alloptions', 'options' );
			wp_cache_delete( 'notoptions', 'options' );
			wp_cache_delete( 'WPLANG', 'options' );
		}
		echo get_option( 'WPLANG' );`
	);
	expect( language ).toBe( 'fr_FR' );
}

test.beforeEach( ( { site } ) => setFrench( site ) );

test.afterEach( ( { site } ) => {
	try {
		wpEval( site, "update_option( 'WPLANG', '' );" );
	} finally {
		restore( site );
	}
} );

test(
	'the support page, its report and ticket, and the badge speak French',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH );

		// PHP: the page's heading and the document title.
		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: 'Vérification de l’assistance Dokan',
			} )
		).toBeVisible();
		await expect( page ).toHaveTitle(
			/^Vérification de l’assistance Dokan/
		);

		// JS: the overall verdict (WooCommerce 10.2.2 is behind 10.9.4 on every site).
		const status = page
			.getByRole( 'region', { name: 'État de l’assistance' } )
			.locator( '[data-support-status]' );
		await expect( status ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
		await expect( status ).toHaveText(
			'Hors de la fenêtre de prise en charge'
		);

		// JS: a component row's reason, citing its rule id.
		const row = page.locator( '[data-component="woocommerce"]' );
		await expect( row ).toHaveAttribute( 'data-status', 'outside' );
		await expect(
			row.getByText(
				`WooCommerce 10.2.2 n’est pas la dernière version (10.9.4)${ NBSP }: l’assistance exige la dernière version de WooCommerce (W1).`,
				{ exact: false }
			)
		).toBeVisible();
		await expect(
			row.getByRole( 'link', {
				name: 'Mettre à jour WooCommerce vers la version 10.9.4',
			} )
		).toHaveAttribute( 'href', /plugins\.php$/ );

		await expect(
			page.getByRole( 'heading', { name: 'Changements récents' } )
		).toBeVisible();

		// JS: the tabs, the report's and the ticket's buttons.
		await expect(
			page.getByRole( 'button', { name: 'Vérifier à nouveau' } )
		).toBeVisible();
		await expect( page.getByRole( 'tab' ) ).toHaveText( [
			'État',
			'Rapport',
			'Ouvrir un ticket',
		] );
		await page.getByRole( 'tab', { name: 'Rapport' } ).click();
		await expect(
			page.getByRole( 'button', { name: 'Copier le rapport' } )
		).toBeVisible();
		// The environment's frame is ours; its sections are core's (English here).
		const environment = page.getByRole( 'region', {
			name: 'Environnement du site',
		} );
		await expect(
			environment.getByRole( 'link', {
				name: 'Les mêmes informations dans l’onglet Infos de la Santé du site de WordPress',
			} )
		).toBeVisible();
		await page.getByRole( 'tab', { name: 'Ouvrir un ticket' } ).click();
		const composer = page.getByRole( 'region', {
			name: 'Ouvrir un ticket de support',
		} );
		await expect( composer ).toBeVisible();
		await expect(
			composer.getByRole( 'radio', {
				name: 'Un bug ou un problème dans Dokan',
			} )
		).toBeVisible();
		await expect(
			composer.getByRole( 'button', { name: 'Continuer' } )
		).toBeVisible();

		// The admin bar badge, on another screen, from the check just made.
		await page.goto( '/wp-admin/index.php' );
		const badge = page.locator( '#wpadminbar [data-support-status]' );
		await expect( badge ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
		await expect( badge ).toHaveText(
			`Assistance Dokan${ NBSP }: Hors de la fenêtre de prise en charge`
		);
	}
);

// French words are longer: the page and the admin bar must still fit a small laptop.
test(
	'in French at 1024 and 1280 px, the components table and the admin bar still fit',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.setViewportSize( { width: 1024, height: 800 } );
		await page.goto( PAGE_PATH );

		await expectFitsWindow(
			page,
			page
				.locator( '[data-component="woocommerce"]' )
				.getByRole( 'link', {
					name: 'Mettre à jour WooCommerce vers la version 10.9.4',
				} )
		);

		// The badge's words, the longest in French, are for screen readers here.
		const bar = page.locator( '#wpadminbar' );
		await expect(
			bar.getByText(
				`Assistance Dokan${ NBSP }: Hors de la fenêtre de prise en charge`
			)
		).toHaveCount( 1 );
		await expectAdminBarOnOneLine( page );

		// From 1280 px the words show, and the admin bar is still one line.
		await page.setViewportSize( { width: 1280, height: 800 } );
		await page.reload();
		const words = bar.getByText(
			`Assistance Dokan${ NBSP }: Hors de la fenêtre de prise en charge`
		);
		expect( ( await words.boundingBox() )?.width ).toBeGreaterThan( 100 );
		await expectAdminBarOnOneLine( page );
	}
);
