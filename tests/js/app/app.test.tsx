/**
 * The support page as a person meets it: the verdict first, then the Status tab with
 * each component and its fix, the check run again on demand, the Report tab with the
 * report and the site's environment, and the ticket tab.
 */

/**
 * External dependencies
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { App } from '../../../src/app';
import {
	allLatest,
	appData,
	environment,
	facts,
	history,
	noUpdateData,
	withChanges,
	withoutPro,
} from './fixtures';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

// The composer is another part's; here we only check what the page hands it.
const mockComposerProps = jest.fn();
jest.mock( '../../../src/ticket', () => ( {
	TicketComposer: ( props: unknown ) => {
		mockComposerProps( props );
		return <p>Ticket composer</p>;
	},
} ) );

const fetchMock = apiFetch as unknown as jest.Mock;
const NOW = Date.parse( '2026-11-27T13:00:00Z' );
const now = () => NOW;

function overallStatus() {
	return within(
		screen.getByRole( 'region', { name: 'Support status' } )
	).getByText(
		( _text, element ) =>
			element?.hasAttribute( 'data-support-status' ) ?? false
	);
}

// jsdom's Blob has no text().
function blobText( blob: Blob ): Promise< string > {
	return new Promise( ( resolve ) => {
		const reader = new FileReader();
		reader.onload = () => resolve( String( reader.result ) );
		reader.readAsText( blob );
	} );
}

/**
 * Renders the page (on its Status tab unless the URL names another) and lets what it
 * does at once settle (a tab named by the URL loads its code).
 *
 * @param ui The page.
 */
async function renderApp( ui: Parameters< typeof render >[ 0 ] ) {
	let result: ReturnType< typeof render > | undefined;
	await act( async () => {
		result = render( ui );
	} );
	return result!;
}

/**
 * Holds the answer to the next request until the test gives it.
 *
 * @return Gives the answer.
 */
function holdNextAnswer() {
	let answer: ( value: unknown ) => void = () => {};
	fetchMock.mockReturnValueOnce(
		new Promise( ( resolve ) => ( answer = resolve ) )
	);
	return ( value: unknown ) => answer( value );
}

/**
 * What `?report=1` answers: the facts, the environment and the history.
 *
 * @param answer  The facts.
 * @param changes The history.
 */
function reportAnswer( answer = facts(), changes = history() ) {
	return { ...answer, environment: environment(), history: changes };
}

/**
 * Answers the routes as the site does: `?report=1` with the facts, the environment
 * and the history; the plain route with the facts.
 *
 * @param answer The facts.
 */
function answerRoutes( answer = facts() ) {
	fetchMock.mockImplementation( ( { path }: { path: string } ) =>
		Promise.resolve(
			path.includes( 'report=1' ) ? reportAnswer( answer ) : answer
		)
	);
}

/**
 * The routes the page asked for, in order.
 *
 * @return Their paths.
 */
function requestedPaths(): string[] {
	return fetchMock.mock.calls.map( ( [ request ] ) => request.path );
}

/**
 * Opens a tab the way a person does (a click) and waits for its content.
 *
 * @param name The tab's name.
 * @return The tab's panel.
 */
async function openTab( name: string ) {
	await userEvent.click( screen.getByRole( 'tab', { name } ) );
	return screen.getByRole( 'tabpanel', { name } );
}

/**
 * Opens the Report tab and waits for the report, with its environment.
 *
 * @return The report's region.
 */
async function openReport() {
	await openTab( 'Report' );
	await screen.findByRole( 'heading', { name: 'Site environment' } );
	return screen.getByRole( 'region', { name: 'Site report' } );
}

function row( name: string ) {
	return screen.getByRole( 'rowheader', { name } ).closest( 'tr' )!;
}

beforeEach( () => {
	fetchMock.mockReset();
	mockComposerProps.mockReset();
	window.history.replaceState( null, '', '#' );
} );

describe( 'with cached facts', () => {
	it( 'shows the verdict first, as words, and makes no request', async () => {
		await renderApp( <App appData={ appData() } now={ now } /> );

		const status = overallStatus();
		expect( status ).toHaveAttribute( 'data-support-status', 'outside' );
		expect( status ).toHaveTextContent( 'Outside the supported window' );
		// In the headline (the report's preview below says it too).
		expect(
			within(
				screen.getByRole( 'region', { name: 'Support status' } )
			).getByText(
				/Outside Dokan’s supported window because of: WooCommerce\./
			)
		).toBeInTheDocument();
		expect( fetchMock ).not.toHaveBeenCalled();
		// Headings in order: the verdict, then the Status tab's components and changes.
		expect(
			screen
				.getAllByRole( 'heading', { level: 2 } )
				.map( ( h ) => h.textContent )
		).toEqual( [ 'Support status', 'Components', 'Recent changes' ] );
		expect(
			screen.getByRole( 'tab', { name: 'Status', selected: true } )
		).toBeInTheDocument();
	} );

	it( 'lists each component with versions, status, reason and fix', async () => {
		await renderApp( <App appData={ appData() } now={ now } /> );

		const woo = row( 'WooCommerce' );
		expect( woo ).toHaveAttribute( 'data-component', 'woocommerce' );
		expect( woo ).toHaveAttribute( 'data-status', 'outside' );
		const cells = within( woo )
			.getAllByRole( 'cell' )
			.map( ( c ) => c.textContent );
		expect( cells.slice( 0, 3 ) ).toEqual( [
			'10.2.2',
			'10.9.4',
			'10.9.4',
		] );
		expect( cells[ 3 ] ).toBe( 'Outside' );
		expect( cells[ 4 ] ).toMatch( /W1/ );
		expect(
			within( woo ).getByRole( 'link', {
				name: 'Update WooCommerce to 10.9.4',
			} )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/plugins.php'
		);

		const dokan = row( 'Dokan' );
		expect( dokan ).toHaveAttribute( 'data-status', 'in-window' );
		expect(
			within( dokan ).getByText( 'Supported (not latest)' )
		).toBeInTheDocument();
		expect( within( dokan ).getAllByRole( 'cell' )[ 4 ] ).toHaveTextContent(
			/W2/
		);

		expect( row( 'WordPress' ) ).toHaveAttribute( 'data-status', 'latest' );
		expect( within( row( 'WordPress' ) ).queryByRole( 'link' ) ).toBeNull();
	} );

	it( 'links a WordPress update to the core update screen', async () => {
		await renderApp(
			<App
				appData={ appData( {
					facts: facts( { wordpress: '6.8.12' } ),
				} ) }
				now={ now }
			/>
		);
		expect(
			within( row( 'WordPress' ) ).getByRole( 'link', {
				name: 'Update WordPress to 7.1.4',
			} )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/update-core.php'
		);
	} );

	it( 'says supported when every component is inside', async () => {
		await renderApp(
			<App appData={ appData( { facts: allLatest() } ) } now={ now } />
		);
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'supported'
		);
		expect( overallStatus() ).toHaveTextContent( 'Supported' );
		expect( screen.queryByRole( 'link', { name: /^Update / } ) ).toBeNull();
	} );

	// Dokan Pro's latest comes from its updater, which asks only with the licence active.
	it( 'names the one component that could not be checked, not a server to wait for', async () => {
		const proUnknown = allLatest();
		const pro = proUnknown.components.find(
			( c ) => c.slug === 'dokan-pro'
		)!;
		pro.latest = null;
		pro.releases = null;
		await renderApp(
			<App appData={ appData( { facts: proUnknown } ) } now={ now } />
		);
		expect( overallStatus() ).toHaveTextContent( 'Can’t tell' );
		expect(
			screen.getByRole( 'region', { name: 'Support status' } )
		).toHaveTextContent(
			'Support cannot be confirmed because of: Dokan Pro. The reason given for each component says what could not be checked and what to do; where a server could not be reached, check again later.'
		);
	} );

	it( 'says it cannot tell when there is no update data, never supported', async () => {
		await renderApp(
			<App appData={ appData( { facts: noUpdateData() } ) } now={ now } />
		);
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'unknown'
		);
		expect( overallStatus() ).toHaveTextContent( 'Can’t tell' );
		expect( row( 'WooCommerce' ) ).toHaveAttribute(
			'data-status',
			'unknown'
		);
		// It points to what says what is missing, in words true on the page and in
		// the report (which says the same): each component's reason.
		expect(
			within(
				screen.getByRole( 'region', { name: 'Support status' } )
			).getByText(
				'Support cannot be confirmed because of: WordPress, WooCommerce, Dokan, and Dokan Pro. The reason given for each component says what could not be checked and what to do; where a server could not be reached, check again later.'
			)
		).toBeInTheDocument();
		expect( row( 'WooCommerce' ) ).toHaveTextContent(
			/latest version is not known/
		);
	} );

	// As PHP prints them: assembled at the page load, from answers learnt long before.
	it( 'warns when the latest versions were checked more than 12 hours ago, and says when', async () => {
		const old = facts( {}, new Date( NOW ).toISOString() );
		old.components.forEach(
			( c ) => ( c.checkedAt = '2026-11-26T12:00:00Z' )
		);
		document.documentElement.lang = 'en-GB';
		await renderApp(
			<App appData={ appData( { facts: old } ) } now={ now } />
		);
		const status = within(
			screen.getByRole( 'region', { name: 'Support status' } )
		);
		expect( status.getByText( /more than 12 hours old/ ) ).toBeVisible();
		expect( status.getByText( /^Checked / ) ).toHaveTextContent(
			'Checked 26 Nov 2026, 12:00.'
		);
	} );

	it( 'says no check time when no latest version was ever learnt, not the page load’s', async () => {
		const never = facts( {}, new Date( NOW ).toISOString() );
		never.components = never.components.map( ( c ) => ( {
			...c,
			latest: null,
			releases: null,
			checkedAt: null,
		} ) );
		await renderApp(
			<App appData={ appData( { facts: never } ) } now={ now } />
		);
		const status = screen.getByRole( 'region', { name: 'Support status' } );
		expect( overallStatus() ).toHaveTextContent( 'Can’t tell' );
		expect( status ).not.toHaveTextContent( /Checked / );
		expect( status ).not.toHaveTextContent( /more than 12 hours old/ );
	} );

	it( 'does not warn when a latest version was checked in the last 12 hours', async () => {
		const recent = facts( {}, new Date( NOW ).toISOString() );
		recent.components[ 0 ]!.checkedAt = '2026-11-27T01:30:00Z';
		recent.components
			.slice( 1 )
			.forEach( ( c ) => ( c.checkedAt = '2026-11-20T12:00:00Z' ) );
		await renderApp(
			<App appData={ appData( { facts: recent } ) } now={ now } />
		);
		expect(
			screen.getByRole( 'region', { name: 'Support status' } )
		).not.toHaveTextContent( /more than 12 hours old/ );
	} );

	it( 'hands the composer the facts, the verdict and the report with its environment', async () => {
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		await openTab( 'Open a ticket' );
		expect(
			await screen.findByText( 'Ticket composer' )
		).toBeInTheDocument();
		// The ticket attaches the report: its tab asks for the environment too.
		await waitFor( () =>
			expect(
				mockComposerProps.mock.calls.at( -1 )[ 0 ].report.full
			).toContain( '### wp-core ###' )
		);
		const props = mockComposerProps.mock.calls.at( -1 )[ 0 ];
		// And whether the report has it yet, which the ticket says.
		expect( props.environment ).toBe( 'loaded' );
		expect( props.verdict.overall ).toBe( 'outside' );
		expect( props.facts.site.url ).toBe( 'https://shop.example' );
		expect( props.report.full ).toMatch( /^### dokan-support-check ###/ );
		expect( props.report.redacted ).not.toContain( 'shop.example' );
		expect( props.report.redacted ).not.toContain( 'shopuser' );
		expect( JSON.parse( props.report.json ).verdict.overall ).toBe(
			'outside'
		);
	} );
} );

describe( 'checking again', () => {
	it( 'asks the server to refresh, shows the new verdict and announces it', async () => {
		const user = userEvent.setup();
		answerRoutes( allLatest() );
		await renderApp( <App appData={ appData() } now={ now } /> );

		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);

		expect( fetchMock ).toHaveBeenCalledWith( {
			path: 'dokan-support-check/v1/site-check?refresh=1',
			method: 'GET',
		} );
		expect(
			await screen.findByText( 'Site checked: Supported.' )
		).toBeInTheDocument();
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'supported'
		);
		expect(
			screen.getByText( 'Site checked: Supported.' )
		).toHaveAttribute( 'role', 'status' );
	} );

	// Focusable while it checks: a `disabled` button would drop the focus to the
	// body in a browser (support-page.spec.ts checks the focus in Chromium; jsdom
	// keeps the focus on a disabled button, so here the attribute tells).
	it( 'keeps Check again focusable while it checks', async () => {
		const user = userEvent.setup();
		let answer: ( value: unknown ) => void = () => {};
		// The check is held; the report's request that follows it is answered.
		answerRoutes( allLatest() );
		fetchMock.mockReturnValueOnce(
			new Promise( ( resolve ) => ( answer = resolve ) )
		);
		await renderApp( <App appData={ appData() } now={ now } /> );
		const checkAgain = () =>
			screen.getByRole( 'button', { name: 'Check again' } );

		await user.click( checkAgain() );

		expect( checkAgain() ).toHaveAttribute( 'aria-disabled', 'true' );
		expect( checkAgain() ).not.toBeDisabled();
		await act( async () => answer( allLatest() ) );
		await screen.findByText( 'Site checked: Supported.' );
		expect( checkAgain() ).not.toHaveAttribute( 'aria-disabled' );
	} );

	it( 'tells the badge on the same screen, once', async () => {
		const user = userEvent.setup();
		const fresh = allLatest();
		answerRoutes( fresh );
		const listener = jest.fn();
		window.addEventListener( 'dokan-support-check:facts', listener );
		await renderApp(
			<App appData={ appData( { history: [] } ) } now={ now } />
		);

		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);
		await screen.findByText( 'Site checked: Supported.' );
		// The report's answer that follows (it brings the history) repeats the
		// check's facts: they are not taken in, or told, twice.
		await within(
			screen.getByRole( 'region', { name: 'Recent changes' } )
		).findAllByRole( 'listitem' );

		expect( listener ).toHaveBeenCalledTimes( 1 );
		// The facts as read at the boundary: the same facts.
		expect( listener.mock.calls[ 0 ][ 0 ].detail ).toEqual( fresh );
		window.removeEventListener( 'dokan-support-check:facts', listener );
	} );

	it( 'keeps the results and explains a refusal when checked too often (429)', async () => {
		const user = userEvent.setup();
		fetchMock.mockRejectedValueOnce( {
			code: 'dokan_support_check_rate_limited',
			message:
				'The site was checked a moment ago. Try again in 42 seconds.',
			data: { status: 429, retry_after: 42 },
		} );
		await renderApp( <App appData={ appData() } now={ now } /> );

		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);

		expect(
			await screen.findByText(
				'The site was checked a moment ago. Try again in 42 seconds.'
			)
		).toBeInTheDocument();
		expect(
			within(
				screen.getByRole( 'region', { name: 'Support status' } )
			).getByText( /results below are from the previous check/ )
		).toBeInTheDocument();
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
		// Available again (it stays focusable while it checks: `aria-disabled`).
		expect(
			screen.getByRole( 'button', { name: 'Check again' } )
		).not.toHaveAttribute( 'aria-disabled' );
	} );
} );

describe( 'without cached facts', () => {
	it( 'shows that it is checking, then the verdict', async () => {
		const answer = holdNextAnswer();
		await renderApp(
			<App appData={ appData( { facts: null } ) } now={ now } />
		);

		expect(
			screen.getByText(
				/Checking your site against Dokan’s support policy/
			)
		).toBeInTheDocument();
		expect( fetchMock ).toHaveBeenCalledWith( {
			path: 'dokan-support-check/v1/site-check',
			method: 'GET',
		} );
		await act( async () => answer( facts() ) );
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
	} );

	it( 'explains an offline failure and offers to try again', async () => {
		const user = userEvent.setup();
		fetchMock.mockRejectedValueOnce( {
			code: 'fetch_error',
			message: 'You are probably offline.',
		} );
		await renderApp(
			<App appData={ appData( { facts: null } ) } now={ now } />
		);

		// The notice is also spoken (wp.a11y copies its text into a hidden live region
		// outside the page): look for it where a person reads it, in the status region.
		expect(
			await within(
				screen.getByRole( 'region', { name: 'Support status' } )
			).findByText( /you may be offline/ )
		).toBeInTheDocument();
		const answer = holdNextAnswer();
		// From the keyboard: the button stays, and keeps the focus, while it tries.
		const again = screen.getByRole( 'button', { name: 'Try again' } );
		again.focus();
		await user.keyboard( '{Enter}' );
		expect( again ).toHaveFocus();
		await act( async () => answer( facts() ) );
		expect(
			await screen.findByRole( 'rowheader', { name: 'WooCommerce' } )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'button', { name: 'Check again' } )
		).toHaveFocus();
	} );

	it( 'drops the failure’s notice when the Report tab’s answer brings the facts', async () => {
		const user = userEvent.setup();
		fetchMock.mockRejectedValueOnce( {
			code: 'rest_unavailable',
			message: 'Service unavailable.',
			data: { status: 503 },
		} );
		await renderApp(
			<App appData={ appData( { facts: null } ) } now={ now } />
		);
		const status = within(
			screen.getByRole( 'region', { name: 'Support status' } )
		);
		expect(
			await status.findByText( 'Service unavailable.' )
		).toBeInTheDocument();

		answerRoutes();
		await user.click( screen.getByRole( 'tab', { name: 'Report' } ) );
		await screen.findByRole( 'heading', { name: 'Site environment' } );
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
		expect( status.queryByText( 'Service unavailable.' ) ).toBeNull();
		expect( status.queryByText( /from the previous check/ ) ).toBeNull();
	} );

	it( 'works without the screen data PHP prints, with the default policy and route', async () => {
		fetchMock.mockResolvedValueOnce( facts() );
		render( <App appData={ undefined } now={ now } /> );

		expect(
			await screen.findByRole( 'rowheader', { name: 'WooCommerce' } )
		).toBeInTheDocument();
		expect( fetchMock ).toHaveBeenCalledWith( {
			path: '/dokan-support-check/v1/site-check',
			method: 'GET',
		} );
		expect(
			screen.getByRole( 'link', { name: 'Update WooCommerce to 10.9.4' } )
		).toHaveAttribute( 'href', 'plugins.php' );
		// No vendor links without PHP: no composer either.
		expect( screen.queryByText( 'Ticket composer' ) ).toBeNull();
	} );
} );

describe( 'the tabs', () => {
	it( 'are a tab list with one tab stop; arrow keys, Home and End move the selection', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		const tabs = screen.getAllByRole( 'tab' );
		expect( tabs.map( ( t ) => t.textContent ) ).toEqual( [
			'Status',
			'Report',
			'Open a ticket',
		] );
		expect( screen.getByRole( 'tablist' ) ).toHaveAccessibleName(
			'Support Check'
		);
		// One tab stop: the selected tab.
		expect( tabs.map( ( t ) => t.tabIndex ) ).toEqual( [ 0, -1, -1 ] );

		await user.click( tabs[ 0 ]! );
		await user.keyboard( '{ArrowRight}' );
		expect( tabs[ 1 ] ).toHaveFocus();
		expect( tabs[ 1 ] ).toHaveAttribute( 'aria-selected', 'true' );
		expect( tabs.map( ( t ) => t.tabIndex ) ).toEqual( [ -1, 0, -1 ] );
		expect(
			screen.getByRole( 'tabpanel', { name: 'Report' } )
		).toBeVisible();
		await user.keyboard( '{End}' );
		expect( tabs[ 2 ] ).toHaveFocus();
		await user.keyboard( '{ArrowRight}' );
		expect( tabs[ 0 ] ).toHaveFocus();
		await user.keyboard( '{ArrowLeft}' );
		expect( tabs[ 2 ] ).toHaveFocus();
		await user.keyboard( '{Home}' );
		expect( tabs[ 0 ] ).toHaveAttribute( 'aria-selected', 'true' );
		expect(
			screen.getByRole( 'tabpanel', { name: 'Status' } )
		).toBeVisible();
		// Leaving a tab hides its panel; Tab goes from the tab list into the panel.
		expect(
			screen.queryByRole( 'tabpanel', { name: 'Report' } )
		).toBeNull();
		await user.tab();
		expect(
			screen.getByRole( 'tabpanel', { name: 'Status' } )
		).toHaveFocus();
		await screen.findByText( 'Ticket composer' );
	} );

	it( 'put the selected tab in the URL, and follow the URL', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );

		await user.click( screen.getByRole( 'tab', { name: 'Report' } ) );
		expect( window.location.hash ).toBe( '#report' );

		// A link to another tab, or Back and Forward, change the fragment.
		act( () => {
			window.history.replaceState( null, '', '#ticket' );
			window.dispatchEvent( new HashChangeEvent( 'hashchange' ) );
		} );
		expect(
			screen.getByRole( 'tab', { name: 'Open a ticket' } )
		).toHaveAttribute( 'aria-selected', 'true' );
		act( () => {
			window.history.replaceState( null, '', '#' );
			window.dispatchEvent( new PopStateEvent( 'popstate' ) );
		} );
		expect( screen.getByRole( 'tab', { name: 'Status' } ) ).toHaveAttribute(
			'aria-selected',
			'true'
		);
		// wp-admin's own fragments ("Skip to main content") leave the tab alone.
		act( () => {
			window.history.replaceState( null, '', '#wpbody-content' );
			window.dispatchEvent( new HashChangeEvent( 'hashchange' ) );
		} );
		expect( screen.getByRole( 'tab', { name: 'Status' } ) ).toHaveAttribute(
			'aria-selected',
			'true'
		);
		await screen.findByText( 'Ticket composer' );
	} );

	it( 'keep what was typed in a tab when another is opened', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		const region = await openReport();
		await user.click(
			within( region ).getByRole( 'checkbox', {
				name: /Redact for public places/,
			} )
		);
		await user.click( screen.getByRole( 'tab', { name: 'Status' } ) );
		await user.click( screen.getByRole( 'tab', { name: 'Report' } ) );
		expect(
			screen.getByRole( 'checkbox', { name: /Redact for public places/ } )
		).toBeChecked();
	} );

	it( 'open on the Report tab, focused, when the page is opened with #report', async () => {
		window.history.replaceState( null, '', '#report' );
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		const tab = screen.getByRole( 'tab', { name: 'Report' } );
		expect( tab ).toHaveAttribute( 'aria-selected', 'true' );
		expect( tab ).toHaveFocus();
		expect(
			await screen.findByRole( 'heading', { name: 'Site report' } )
		).toBeVisible();
		await screen.findByRole( 'heading', { name: 'Site environment' } );
	} );

	it( 'leave the focus where the person put it while the first check ran, when opened with #report', async () => {
		window.history.replaceState( null, '', '#report' );
		let answerCheck: ( answer: unknown ) => void = () => {};
		fetchMock.mockImplementation( ( { path }: { path: string } ) =>
			path.includes( 'report=1' )
				? Promise.resolve( reportAnswer() )
				: new Promise( ( resolve ) => {
						answerCheck = resolve;
					} )
		);
		await renderApp(
			<App appData={ appData( { facts: null } ) } now={ now } />
		);
		// Somewhere on the admin screen, e.g. the admin menu.
		const elsewhere = document.body.appendChild(
			document.createElement( 'button' )
		);
		try {
			elsewhere.focus();
			await act( async () => answerCheck( facts() ) );
			await screen.findByRole( 'heading', { name: 'Site environment' } );
			expect(
				screen.getByRole( 'tab', { name: 'Report' } )
			).toHaveAttribute( 'aria-selected', 'true' );
			expect( elsewhere ).toHaveFocus();
		} finally {
			elsewhere.remove();
		}
	} );

	it( 'show no ticket tab without the screen data PHP prints', async () => {
		fetchMock.mockResolvedValueOnce( facts() );
		render( <App appData={ undefined } now={ now } /> );
		await screen.findByRole( 'rowheader', { name: 'WooCommerce' } );
		expect(
			screen.getAllByRole( 'tab' ).map( ( t ) => t.textContent )
		).toEqual( [ 'Status', 'Report' ] );
	} );
} );

describe( 'recent changes', () => {
	it( 'lists each change with its date, in words', async () => {
		await renderApp(
			<App appData={ appData( { history: history() } ) } now={ now } />
		);
		const region = screen.getByRole( 'region', { name: 'Recent changes' } );
		const items = within( region )
			.getAllByRole( 'listitem' )
			.map( ( item ) => item.textContent );
		expect( items ).toHaveLength( 3 );
		expect( items[ 0 ] ).toMatch( /WooCommerce 10\.2\.2 → 10\.9\.4$/ );
		expect( items[ 1 ] ).toMatch( /Hello Dolly 1\.7\.2 installed$/ );
		expect( items[ 2 ] ).toMatch( /Akismet Anti-spam 5\.7\.2 removed$/ );
		const time = region.querySelector( 'time' )!;
		expect( time ).toHaveAttribute( 'datetime', '2026-11-27T11:30:00Z' );
		// A date for people, not the machine's string.
		expect( time.textContent ).toMatch( /2026/ );
		expect( time.textContent ).not.toContain( 'T11:30' );
	} );

	// A French admin with an English browser: dates follow the screen, as the words do.
	it( 'says every date in the admin screen’s language, not the browser’s', async () => {
		document.documentElement.lang = 'fr-FR';
		await renderApp(
			<App appData={ appData( { history: history() } ) } now={ now } />
		);
		expect( screen.getByText( /^Checked / ) ).toHaveTextContent(
			/^Checked 27 nov\. 2026, 11:58\.$/
		);
		const region = screen.getByRole( 'region', {
			name: 'Recent changes',
		} );
		expect( region.querySelector( 'time' ) ).toHaveTextContent(
			/^27 nov\. 2026, 11:30$/
		);
	} );

	// As WordPress's own screens show times (Updates' "Last checked on…"): the site's
	// zone, set in Settings → General, whatever the browser's is (UTC in these tests).
	it( 'says every date in the site’s time zone, not the browser’s', async () => {
		document.documentElement.lang = 'en-GB';
		await renderApp(
			<App
				appData={ appData( {
					history: history(),
					timeZone: 'Pacific/Auckland',
				} ) }
				now={ now }
			/>
		);
		// 11:58 and 11:30 UTC on the 27th are past midnight in Auckland (UTC+13).
		expect( screen.getByText( /^Checked / ) ).toHaveTextContent(
			'Checked 28 Nov 2026, 00:58.'
		);
		const region = screen.getByRole( 'region', {
			name: 'Recent changes',
		} );
		expect( region.querySelector( 'time' ) ).toHaveTextContent(
			'28 Nov 2026, 00:30'
		);
	} );

	it( 'says when nothing has changed yet', async () => {
		await renderApp(
			<App appData={ appData( { history: [] } ) } now={ now } />
		);
		const region = screen.getByRole( 'region', { name: 'Recent changes' } );
		expect( within( region ).queryByRole( 'list' ) ).toBeNull();
		expect( region ).toHaveTextContent(
			/No change of an installed version has been recorded yet/
		);
	} );

	it( 'follows the history the report brings', async () => {
		answerRoutes();
		await renderApp(
			<App appData={ appData( { history: [] } ) } now={ now } />
		);
		await openReport();
		await userEvent.click( screen.getByRole( 'tab', { name: 'Status' } ) );
		expect(
			within(
				screen.getByRole( 'region', { name: 'Recent changes' } )
			).getAllByRole( 'listitem' )
		).toHaveLength( 3 );
	} );

	// A check records what changed since the last one (an update over FTP, say); only
	// the report's answer carries the history, so it is asked for once the verdict is in.
	it( 'follows a check again without a reload', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp(
			<App appData={ appData( { history: [] } ) } now={ now } />
		);

		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);

		const region = screen.getByRole( 'region', { name: 'Recent changes' } );
		expect(
			await within( region ).findAllByRole( 'listitem' )
		).toHaveLength( 3 );
		expect( requestedPaths() ).toEqual( [
			'dokan-support-check/v1/site-check?refresh=1',
			'dokan-support-check/v1/site-check?report=1',
		] );
	} );

	it( 'asks for the report again when a tab needs it, if the request after a check failed', async () => {
		const user = userEvent.setup();
		fetchMock.mockResolvedValueOnce( facts() ).mockRejectedValueOnce( {
			code: 'fetch_error',
			message: 'Network error.',
		} );
		await renderApp( <App appData={ appData() } now={ now } /> );
		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);
		await screen.findByText(
			'Site checked: Outside the supported window.'
		);
		await waitFor( () => expect( fetchMock ).toHaveBeenCalledTimes( 2 ) );

		answerRoutes();
		await openReport();
		expect( fetchMock ).toHaveBeenCalledTimes( 3 );
		expect( fetchMock ).toHaveBeenLastCalledWith( {
			path: 'dokan-support-check/v1/site-check?report=1',
			method: 'GET',
		} );
	} );

	it.each( [
		[ 'answers', true ],
		[ 'fails', false ],
	] )(
		'keeps the newest history and environment when an older request for them %s last',
		async ( _outcome, answers ) => {
			const user = userEvent.setup();
			let settleFirst: ( value: unknown ) => void = () => {};
			fetchMock
				// The Report tab's request, still on its way when the check is asked for.
				.mockReturnValueOnce(
					new Promise( ( resolve, reject ) => {
						settleFirst = answers ? resolve : reject;
					} )
				)
				.mockResolvedValueOnce( facts() )
				.mockResolvedValueOnce( reportAnswer() );
			await renderApp(
				<App appData={ appData( { history: [] } ) } now={ now } />
			);
			await openTab( 'Report' );
			await openTab( 'Status' );
			await user.click(
				screen.getByRole( 'button', { name: 'Check again' } )
			);
			const region = screen.getByRole( 'region', {
				name: 'Recent changes',
			} );
			expect(
				await within( region ).findAllByRole( 'listitem' )
			).toHaveLength( 3 );

			await act( async () =>
				settleFirst(
					answers
						? reportAnswer( facts(), [] )
						: { code: 'fetch_error', message: 'Network error.' }
				)
			);
			expect( within( region ).getAllByRole( 'listitem' ) ).toHaveLength(
				3
			);
			await openTab( 'Report' );
			expect(
				screen.getByRole( 'heading', { name: 'Site environment' } )
			).toBeInTheDocument();
			expect( fetchMock ).toHaveBeenCalledTimes( 3 );
		}
	);
} );

describe( 'the report', () => {
	it( 'is asked for (?report=1) only when its tab opens, and shows that it is loading', async () => {
		const answer = holdNextAnswer();
		await renderApp( <App appData={ appData() } now={ now } /> );
		expect( fetchMock ).not.toHaveBeenCalled();

		await openTab( 'Report' );
		expect(
			await screen.findByText(
				/Reading the site’s environment for the report/
			)
		).toBeInTheDocument();
		expect( fetchMock ).toHaveBeenCalledWith( {
			path: 'dokan-support-check/v1/site-check?report=1',
			method: 'GET',
		} );
		// Meanwhile the report goes out without it, and says so.
		expect(
			(
				screen.getByRole( 'textbox', {
					name: 'Report preview',
				} ) as HTMLTextAreaElement
			 ).value
		).toContain( 'environment: not included: still loading' );

		await act( async () => answer( reportAnswer() ) );
		expect(
			screen.getByRole( 'heading', { name: 'Site environment' } )
		).toBeInTheDocument();
		expect(
			screen.queryByText( /Reading the site’s environment/ )
		).toBeNull();
		expect( fetchMock ).toHaveBeenCalledTimes( 1 );
	} );

	// What the page's live region says (the Status section's, always present).
	const liveRegion = () =>
		within(
			screen.getByRole( 'region', { name: 'Support status' } )
		).getByRole( 'status' );
	const environmentNews = 'The report now includes the site’s environment.';

	it( 'tells a screen reader when the environment has come into the report', async () => {
		const answer = holdNextAnswer();
		await renderApp( <App appData={ appData() } now={ now } /> );

		await openTab( 'Report' );
		await screen.findByText(
			/Reading the site’s environment for the report/
		);
		expect( liveRegion() ).not.toHaveTextContent( environmentNews );

		await act( async () => answer( reportAnswer() ) );
		expect(
			screen.getByRole( 'heading', { name: 'Site environment' } )
		).toBeInTheDocument();
		expect( liveRegion() ).toHaveTextContent( environmentNews );
	} );

	it( 'tells it on the ticket tab too, whose notice asked to wait for it', async () => {
		const answer = holdNextAnswer();
		await renderApp( <App appData={ appData() } now={ now } /> );

		await openTab( 'Open a ticket' );
		await act( async () => answer( reportAnswer() ) );
		expect( liveRegion() ).toHaveTextContent( environmentNews );
	} );

	it( 'does not tell it once the person is back on Status', async () => {
		const answer = holdNextAnswer();
		await renderApp( <App appData={ appData() } now={ now } /> );

		await openTab( 'Report' );
		await screen.findByText(
			/Reading the site’s environment for the report/
		);
		await openTab( 'Status' );
		await act( async () => answer( reportAnswer() ) );
		expect( liveRegion() ).not.toHaveTextContent( environmentNews );
	} );

	it( 'shows the environment by section, each opened by its heading’s button', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp(
			<App
				appData={ appData( {
					wcStatusUrl:
						'https://shop.example/wp-admin/admin.php?page=wc-status',
				} ) }
				now={ now }
			/>
		);
		await openReport();
		const region = screen.getByRole( 'region', {
			name: 'Site environment',
		} );
		const plugins = within( region ).getByRole( 'button', {
			name: 'Active Plugins (2)',
		} );
		expect( plugins ).toHaveAttribute( 'aria-expanded', 'false' );
		// Core's empty sections are left out, as Site Health's copy leaves them out.
		expect(
			within( region ).queryByRole( 'button', { name: /Drop-ins/ } )
		).toBeNull();
		expect(
			within( region ).queryByRole( 'rowheader', {
				name: 'WooCommerce (stand-in)',
			} )
		).toBeNull();

		await user.click( plugins );
		expect( plugins ).toHaveAttribute( 'aria-expanded', 'true' );
		const woo = within( region )
			.getByRole( 'rowheader', { name: 'WooCommerce (stand-in)' } )
			.closest( 'tr' )!;
		expect( woo ).toHaveTextContent(
			'Version 10.2.2 by Automattic (Latest version: 10.9.4)'
		);
		await user.click(
			within( region ).getByRole( 'button', { name: 'Server' } )
		);
		expect(
			within( region )
				.getByRole( 'rowheader', { name: 'PHP memory limit' } )
				.closest( 'tr' )
		).toHaveTextContent( '256M' );

		expect(
			within( region ).getByRole( 'link', {
				name: 'The same on WordPress’s Site Health Info screen',
			} )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/site-health.php?tab=debug'
		);
		expect(
			within( region ).getByRole( 'link', {
				name: 'WooCommerce’s system status report',
			} )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/admin.php?page=wc-status'
		);
	} );

	it( 'links no WooCommerce status report when WooCommerce is not active', async () => {
		answerRoutes();
		await renderApp(
			<App appData={ appData( { wcStatusUrl: null } ) } now={ now } />
		);
		await openReport();
		expect(
			screen.queryByRole( 'link', {
				name: /WooCommerce’s system status/,
			} )
		).toBeNull();
	} );

	it( 'is previewed with the environment, switches to the redacted text, and is copied', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		const region = await openReport();
		const preview = within( region ).getByRole( 'textbox', {
			name: 'Report preview',
		} ) as HTMLTextAreaElement;
		expect( preview.value ).toMatch(
			/^### dokan-support-check ###\n\nverdict: outside/
		);
		expect( preview.value ).toContain( 'site url: https://shop.example' );
		expect( preview.value ).toContain( 'environment: included below' );
		expect( preview.value ).toContain(
			'### wp-plugins-active (2) ###\n\nDokan (stand-in): version: 4.1.0'
		);
		expect( preview.value ).toContain( 'database_user: shopuser' );
		expect( preview.value ).toContain(
			'### changes ###\n\ncount: 3\n2026-11-27T11:30:00Z: WooCommerce (woocommerce): 10.2.2 -> 10.9.4'
		);

		await user.click(
			within( region ).getByRole( 'checkbox', {
				name: /Redact for public places/,
			} )
		);
		expect( preview.value ).toContain( 'site url: [redacted]' );
		// What core marks private is left out.
		expect( preview.value ).not.toMatch(
			/database_user|database_host|database_name|ABSPATH|home_url|shopuser|shop_live/
		);
		expect( preview.value ).toContain( 'WP_CONTENT_DIR: [redacted]' );
		expect( preview.value ).toContain( 'memory_limit: 256M' );

		await user.click(
			within( region ).getByRole( 'button', { name: 'Copy report' } )
		);
		expect( await navigator.clipboard.readText() ).toBe( preview.value );
		expect(
			within( region ).getByText( 'Report copied to the clipboard.' )
		).toHaveAttribute( 'role', 'status' );
	} );

	it( 'says why the environment is missing, still copies the rest, and tries again', async () => {
		const user = userEvent.setup();
		// WordPress's fatal-error handler words its message in HTML.
		fetchMock.mockRejectedValueOnce( {
			code: 'internal_server_error',
			message:
				'<p>There has been a critical error on this website.</p><p><a href="https://wordpress.example/troubleshooting/">Learn more about troubleshooting WordPress.</a></p>',
			data: { status: 500 },
		} );
		await renderApp( <App appData={ appData() } now={ now } /> );
		await openTab( 'Report' );
		const region = screen.getByRole( 'region', { name: 'Site report' } );
		expect(
			await within( region ).findByText(
				'The site’s environment could not be read: There has been a critical error on this website. Learn more about troubleshooting WordPress. The report below has everything else, and says that the environment is missing.'
			)
		).toBeInTheDocument();
		const preview = within( region ).getByRole( 'textbox', {
			name: 'Report preview',
		} ) as HTMLTextAreaElement;
		expect( preview.value ).toContain(
			'environment: not included: the request for it failed (server, HTTP 500)'
		);
		expect( preview.value ).toContain( '### woocommerce ###' );
		await user.click(
			within( region ).getByRole( 'button', { name: 'Copy report' } )
		);
		expect( await navigator.clipboard.readText() ).toBe( preview.value );
		expect(
			await within( region ).findByText(
				'Report copied to the clipboard.'
			)
		).toBeInTheDocument();

		answerRoutes();
		await user.click(
			within( region ).getByRole( 'button', { name: 'Try again' } )
		);
		// The button goes with its notice; the focus goes to the tab's heading.
		expect(
			within( region ).getByRole( 'heading', { name: 'Site report' } )
		).toHaveFocus();
		expect(
			await screen.findByRole( 'heading', { name: 'Site environment' } )
		).toBeInTheDocument();
		expect( preview.value ).toContain( 'environment: included below' );
		// The copy was of the report without its environment: no longer said.
		expect(
			within( region ).queryByText( 'Report copied to the clipboard.' )
		).toBeNull();
	} );

	it( 'checks again on the plain route, keeping the environment shown until the new one comes', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		await openReport();
		const plugins = screen.getByRole( 'button', {
			name: 'Active Plugins (2)',
		} );
		await user.click( plugins );
		fetchMock.mockClear();
		let answer: ( value: unknown ) => void = () => {};
		fetchMock
			.mockResolvedValueOnce( facts() )
			.mockReturnValueOnce(
				new Promise( ( resolve ) => ( answer = resolve ) )
			);

		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);
		await screen.findByText(
			'Site checked: Outside the supported window.'
		);
		expect( requestedPaths() ).toEqual( [
			'dokan-support-check/v1/site-check?refresh=1',
			'dokan-support-check/v1/site-check?report=1',
		] );
		// While the new environment is on its way, the one shown stays, as opened.
		expect( plugins ).toHaveAttribute( 'aria-expanded', 'true' );
		expect(
			screen.queryByText( /Reading the site’s environment/ )
		).toBeNull();

		await act( async () => answer( reportAnswer() ) );
		expect(
			screen.getByRole( 'heading', { name: 'Site environment' } )
		).toBeInTheDocument();
	} );

	// The report runs every plugin's `debug_information` filter: one that fails must
	// not stop the verdict's refresh, even once the page has an environment.
	it( 'checks again when the report cannot be built', async () => {
		const user = userEvent.setup();
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		await openReport();
		fetchMock.mockImplementation( ( { path }: { path: string } ) =>
			path.includes( 'report=1' )
				? Promise.reject( {
						code: 'internal_server_error',
						message:
							'There has been a critical error on this website.',
						data: { status: 500 },
					} )
				: Promise.resolve( allLatest() )
		);

		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);

		expect(
			await screen.findByText( 'Site checked: Supported.' )
		).toBeInTheDocument();
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'supported'
		);
		// The Report tab, still open, says what failed (in the tab: wp.a11y's live
		// region, outside it, repeats the words), after one request, not two.
		expect(
			await within(
				screen.getByRole( 'tabpanel', { name: 'Report' } )
			).findByText( /critical error on this website/ )
		).toBeInTheDocument();
		expect(
			requestedPaths().filter( ( path ) => path.includes( 'report=1' ) )
		).toHaveLength( 2 ); // The tab's first, then the one after the check.
	} );

	it( 'downloads the text and the JSON, with the environment', async () => {
		const user = userEvent.setup();
		const created: Blob[] = [];
		URL.createObjectURL = jest.fn( ( blob: Blob ) => {
			created.push( blob );
			return 'blob:report';
		} );
		URL.revokeObjectURL = jest.fn();
		const clicks: string[] = [];
		jest.spyOn( HTMLAnchorElement.prototype, 'click' ).mockImplementation(
			function ( this: HTMLAnchorElement ) {
				clicks.push( this.download );
			}
		);
		answerRoutes();
		await renderApp( <App appData={ appData() } now={ now } /> );
		await openReport();

		await user.click(
			screen.getByRole( 'button', { name: 'Download .txt' } )
		);
		await user.click(
			screen.getByRole( 'button', { name: 'Download .json' } )
		);

		expect( clicks ).toEqual( [
			'dokan-support-check-2026-11-27.txt',
			'dokan-support-check-2026-11-27.json',
		] );
		expect( created[ 0 ]!.type ).toBe( 'text/plain;charset=utf-8' );
		const data = JSON.parse( await blobText( created[ 1 ]! ) );
		expect( data.verdict.overall ).toBe( 'outside' );
		expect(
			data.environment[ 'wp-server' ].fields.memory_limit.debug
		).toBe( '256M' );
		expect( data.history[ 0 ] ).toMatchObject( {
			slug: 'woocommerce',
			from: '10.2.2',
			to: '10.9.4',
		} );
		// The facts once, without a second copy of the environment.
		expect( data.facts.environment ).toBeUndefined();
	} );
} );

describe( 'eligibility and running components (E1, C1, W1)', () => {
	function statusRegion() {
		return within(
			screen.getByRole( 'region', { name: 'Support status' } )
		);
	}

	it( 'says calmly that premium support needs Dokan Pro, and where help is', async () => {
		await renderApp(
			<App appData={ appData( { facts: withoutPro() } ) } now={ now } />
		);
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'not-eligible'
		);
		expect( overallStatus() ).toHaveTextContent( 'Dokan Pro not in use' );
		expect(
			statusRegion().getByText(
				/only for verified customers of Dokan Pro, bought on dokan\.co \(E1, C1\)/
			)
		).toBeInTheDocument();
		expect(
			statusRegion().getByRole( 'link', {
				name: /the Dokan forum on WordPress\.org/,
			} )
		).toHaveAttribute(
			'href',
			'https://wordpress.org/support/plugin/dokan-lite/'
		);
		expect(
			statusRegion().getByRole( 'link', {
				name: /Dokan Pro on dokan\.co/,
			} )
		).toHaveAttribute( 'href', 'https://dokan.co/wordpress/pricing/' );
		expect(
			statusRegion().getByRole( 'link', { name: /Dokan’s live chat/ } )
		).toHaveAttribute( 'href', 'https://dokan.co/chat' );
		expect(
			statusRegion().queryByRole( 'link', { name: /^Activate/ } )
		).toBeNull();
		// Every component's window is still there.
		expect( row( 'WooCommerce' ) ).toHaveAttribute(
			'data-status',
			'latest'
		);
		expect( row( 'Dokan Pro' ) ).toHaveAttribute(
			'data-status',
			'not-installed'
		);
	} );

	it( 'uses the vendor links PHP prints, when it prints them', async () => {
		const data = appData( { facts: withoutPro() } );
		data.links = {
			...data.links,
			dokanForum: 'https://forum.example/dokan',
			buyPro: 'https://shop.example/pro',
		};
		await renderApp( <App appData={ data } now={ now } /> );
		expect(
			statusRegion().getByRole( 'link', {
				name: /the Dokan forum on WordPress\.org/,
			} )
		).toHaveAttribute( 'href', 'https://forum.example/dokan' );
		expect(
			statusRegion().getByRole( 'link', {
				name: /Dokan Pro on dokan\.co/,
			} )
		).toHaveAttribute( 'href', 'https://shop.example/pro' );
	} );

	it( 'offers to activate Dokan Pro when it is installed but not active', async () => {
		await renderApp(
			<App
				appData={ appData( {
					facts: withChanges( { 'dokan-pro': { active: false } } ),
				} ) }
				now={ now }
			/>
		);
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'not-eligible'
		);
		expect(
			statusRegion().getByText( /Dokan Pro is installed but not active/ )
		).toBeInTheDocument();
		expect(
			statusRegion().getByRole( 'link', { name: 'Activate Dokan Pro' } )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/plugins.php'
		);

		const pro = row( 'Dokan Pro' );
		expect( pro ).toHaveAttribute( 'data-status', 'inactive' );
		const cells = within( pro )
			.getAllByRole( 'cell' )
			.map( ( c ) => c.textContent );
		// Its version, and what its status would be.
		expect( cells[ 0 ] ).toBe( '4.1.1' );
		expect( cells[ 3 ] ).toBe( 'InactiveIf active: Latest' );
		expect( cells[ 4 ] ).toMatch( /not active.*\(E1\)/ );
		expect(
			within( pro ).getByRole( 'link', { name: 'Activate Dokan Pro' } )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/plugins.php'
		);
	} );

	it( 'says a required plugin that is missing puts the site outside, and links its installation (W1)', async () => {
		await renderApp(
			<App
				appData={ appData( {
					facts: withChanges( { woocommerce: { installed: null } } ),
					pluginInstallUrl:
						'https://shop.example/wp-admin/plugin-install.php',
				} ) }
				now={ now }
			/>
		);
		expect( overallStatus() ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
		expect(
			statusRegion().getByText(
				/because of: WooCommerce\. Support is for sites running WordPress, WooCommerce and Dokan \(W1\)/
			)
		).toBeInTheDocument();
		const woo = row( 'WooCommerce' );
		expect( woo ).toHaveAttribute( 'data-status', 'not-installed' );
		expect( within( woo ).getAllByRole( 'cell' )[ 4 ] ).toHaveTextContent(
			'WooCommerce is not installed, and support is for sites running it (W1). Install WooCommerce.'
		);
		expect(
			within( woo ).getByRole( 'link', { name: 'Install WooCommerce' } )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/plugin-install.php?s=WooCommerce&tab=search&type=term'
		);
	} );

	it( 'finds the Add Plugins screen relatively when PHP printed no URL for it', async () => {
		await renderApp(
			<App
				appData={ appData( {
					facts: withChanges( { woocommerce: { installed: null } } ),
				} ) }
				now={ now }
			/>
		);
		expect(
			screen.getByRole( 'link', { name: 'Install WooCommerce' } )
		).toHaveAttribute(
			'href',
			'plugin-install.php?s=WooCommerce&tab=search&type=term'
		);
	} );

	it( 'links the activation of a required plugin that is not active (W1)', async () => {
		await renderApp(
			<App
				appData={ appData( {
					facts: withChanges( { 'dokan-lite': { active: false } } ),
				} ) }
				now={ now }
			/>
		);
		const dokan = row( 'Dokan' );
		expect( dokan ).toHaveAttribute( 'data-status', 'inactive' );
		expect( within( dokan ).getAllByRole( 'cell' )[ 3 ] ).toHaveTextContent(
			'If active: Latest'
		);
		expect(
			within( dokan ).getByRole( 'link', { name: 'Activate Dokan' } )
		).toHaveAttribute(
			'href',
			'https://shop.example/wp-admin/plugins.php'
		);
	} );

	it( 'puts the eligibility in the report and its JSON', async () => {
		const user = userEvent.setup();
		const created: Blob[] = [];
		URL.createObjectURL = jest.fn( ( blob: Blob ) => {
			created.push( blob );
			return 'blob:report';
		} );
		URL.revokeObjectURL = jest.fn();
		jest.spyOn( HTMLAnchorElement.prototype, 'click' ).mockImplementation(
			() => {}
		);
		const inactivePro = withChanges( { 'dokan-pro': { active: false } } );
		answerRoutes( inactivePro );
		await renderApp(
			<App appData={ appData( { facts: inactivePro } ) } now={ now } />
		);
		await openReport();
		const text = (
			screen.getByRole( 'textbox', {
				name: 'Report preview',
			} ) as HTMLTextAreaElement
		 ).value;
		expect( text ).toMatch(
			/^### dokan-support-check ###\n\nverdict: not-eligible\n/
		);
		expect( text ).toContain( '\npremium: dokan-pro\n' );
		expect( text ).toContain(
			'\nreason: Dokan Pro is installed but not active'
		);
		expect( text ).toContain(
			'### dokan-pro ###\n\nname: Dokan Pro\nstatus: inactive\nwindow status: latest\n'
		);
		expect( text ).toContain( '\nfix: activate (plugins.php)\n' );

		await user.click(
			screen.getByRole( 'button', { name: 'Download .json' } )
		);
		const data = JSON.parse( await blobText( created[ 0 ]! ) );
		expect( data.verdict.overall ).toBe( 'not-eligible' );
		expect(
			data.verdict.components.find(
				( c: { slug: string } ) => c.slug === 'dokan-pro'
			)
		).toMatchObject( {
			status: 'inactive',
			windowStatus: 'latest',
			fix: { action: 'activate', screen: 'plugins.php' },
		} );
		expect( data.policy.premium ).toEqual( [ 'dokan-pro' ] );
	} );
} );
