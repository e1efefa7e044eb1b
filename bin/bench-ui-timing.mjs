/**
 * Times navigation → verdict visible on the Support Check page of the local 7.1 test
 * site (cached facts: an ordinary page load, as an owner opening the page), and prints
 * the median and every run. Run through bin/bench-ui.sh.
 */
/* global MutationObserver -- used inside the page (addInitScript), not in Node. */
import { chromium } from '@playwright/test';

const RUNS = Math.max( 1, Number( process.argv[ 2 ] ) || 7 );
const BASE = process.env.BENCH_URL || 'http://127.0.0.1:8971';
const PAGE = `${ BASE }/wp-admin/tools.php?page=dokan-support-check`;
const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

const browser = await chromium.launch( {
	executablePath: '/usr/bin/chromium',
	args: [ '--no-sandbox', '--disable-gpu' ],
} );
try {
	const context = await browser.newContext();
	// Offline like the browser tests: only the local site answers.
	await context.route(
		( url ) => ! LOOPBACK.test( url.href ),
		( route ) => route.abort( 'internetdisconnected' )
	);
	// Records when the verdict element first appears, relative to navigation start.
	await context.addInitScript( () => {
		const mark = () => {
			const el = document.querySelector(
				'#dokan-support-check-root [data-support-status]'
			);
			if ( el && window.__dscVerdictAt === undefined ) {
				window.__dscVerdictAt = performance.now();
			}
		};
		new MutationObserver( mark ).observe( document, {
			childList: true,
			subtree: true,
		} );
	} );
	const page = await context.newPage();
	await page.goto( `${ BASE }/wp-login.php` );
	await page.fill( '#user_login', 'admin' );
	await page.fill( '#user_pass', 'password' );
	await Promise.all( [
		page.waitForURL( /\/wp-admin\// ),
		page.click( '#wp-submit' ),
	] );

	// Warm-up: fills the facts cache if empty, and PHP's opcache.
	await page.goto( PAGE );
	await page.waitForSelector( '[data-support-status]', { timeout: 60000 } );

	const times = [];
	// The HTML's arrival (WordPress building the admin page), and the verdict after
	// DOMContentLoaded (our own work), to tell server time from ours.
	const server = [];
	const afterDom = [];
	for ( let i = 0; i < RUNS; i++ ) {
		await page.goto( PAGE );
		await page.waitForSelector( '[data-support-status]', {
			timeout: 60000,
		} );
		const [ verdictAt, responseEnd, domContentLoaded ] =
			await page.evaluate( () => {
				const [ nav ] = performance.getEntriesByType( 'navigation' );
				return [
					window.__dscVerdictAt,
					nav.responseEnd,
					nav.domContentLoadedEventEnd,
				];
			} );
		times.push( verdictAt );
		server.push( responseEnd );
		afterDom.push( verdictAt - domContentLoaded );
	}
	const medianOf = ( values ) =>
		[ ...values ].sort( ( a, b ) => a - b )[
			Math.floor( values.length / 2 )
		];
	const median = medianOf( times );
	console.log(
		`navigation → verdict visible (7.1 site, ${ RUNS } runs): median ${ median.toFixed(
			0
		) } ms   goal <= 1000 ms   [${ times
			.map( ( t ) => t.toFixed( 0 ) )
			.join( ', ' ) }]`
	);
	console.log(
		`  of which the admin page's HTML fully received: median ${ medianOf(
			server
		).toFixed( 0 ) } ms; verdict after DOMContentLoaded: median ${ medianOf(
			afterDom
		).toFixed( 0 ) } ms`
	);
} finally {
	await browser.close();
}
