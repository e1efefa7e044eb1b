/**
 * The support page as a person meets it: the verdict first, each component with its
 * fix, the check run again on demand, and the report.
 */

/**
 * External dependencies
 */
import { act, render, screen, within } from '@testing-library/react';
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
	facts,
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
 * Renders the page and waits, as a person would, for the ticket composer: it
 * loads after the page has drawn the verdict (React.lazy).
 *
 * @param ui The page.
 */
async function renderApp( ui: Parameters< typeof render >[ 0 ] ) {
	const result = render( ui );
	await screen.findByText( 'Ticket composer' );
	return result;
}

function row( name: string ) {
	return screen.getByRole( 'rowheader', { name } ).closest( 'tr' )!;
}

beforeEach( () => {
	fetchMock.mockReset();
	mockComposerProps.mockReset();
	window.location.hash = '';
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
		// Headings in order: status, components, report.
		expect(
			screen
				.getAllByRole( 'heading', { level: 2 } )
				.map( ( h ) => h.textContent )
		).toEqual( [ 'Support status', 'Components', 'Site report' ] );
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
	} );

	it( 'warns when the cached facts are more than 12 hours old', async () => {
		const old = facts( {}, '2026-11-26T12:00:00Z' );
		await renderApp(
			<App appData={ appData( { facts: old } ) } now={ now } />
		);
		expect(
			within(
				screen.getByRole( 'region', { name: 'Support status' } )
			).getByText( /more than 12 hours old/ )
		).toBeInTheDocument();
	} );

	it( 'hands the composer the facts, the verdict and the report', async () => {
		await renderApp( <App appData={ appData() } now={ now } /> );
		expect( screen.getByText( 'Ticket composer' ) ).toBeInTheDocument();
		const props = mockComposerProps.mock.calls.at( -1 )[ 0 ];
		expect( props.verdict.overall ).toBe( 'outside' );
		expect( props.facts.site.url ).toBe( 'https://shop.example' );
		expect( props.report.full ).toMatch( /^### dokan-support-check ###/ );
		expect( props.report.redacted ).not.toContain( 'shop.example' );
		expect( JSON.parse( props.report.json ).verdict.overall ).toBe(
			'outside'
		);
	} );
} );

describe( 'checking again', () => {
	it( 'asks the server to refresh, shows the new verdict and announces it', async () => {
		const user = userEvent.setup();
		fetchMock.mockResolvedValueOnce( allLatest() );
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

	it( 'tells the badge on the same screen', async () => {
		const user = userEvent.setup();
		const fresh = allLatest();
		fetchMock.mockResolvedValueOnce( fresh );
		const listener = jest.fn();
		window.addEventListener( 'dokan-support-check:facts', listener );
		await renderApp( <App appData={ appData() } now={ now } /> );

		await user.click(
			screen.getByRole( 'button', { name: 'Check again' } )
		);
		await screen.findByText( 'Site checked: Supported.' );

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
		expect(
			screen.getByRole( 'button', { name: 'Check again' } )
		).toBeEnabled();
	} );
} );

describe( 'without cached facts', () => {
	it( 'shows that it is checking, then the verdict', async () => {
		let answer: ( value: unknown ) => void = () => {};
		fetchMock.mockReturnValueOnce(
			new Promise( ( resolve ) => ( answer = resolve ) )
		);
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
		fetchMock.mockResolvedValueOnce( facts() );
		await user.click( screen.getByRole( 'button', { name: 'Try again' } ) );
		expect(
			await screen.findByRole( 'rowheader', { name: 'WooCommerce' } )
		).toBeInTheDocument();
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

describe( 'the report', () => {
	it( 'is previewed, switches to the redacted text, and is copied', async () => {
		const user = userEvent.setup();
		await renderApp( <App appData={ appData() } now={ now } /> );
		const region = screen.getByRole( 'region', { name: 'Site report' } );
		const preview = within( region ).getByRole( 'textbox', {
			name: 'Report preview',
		} );
		expect( ( preview as HTMLTextAreaElement ).value ).toMatch(
			/^### dokan-support-check ###\n\nverdict: outside/
		);
		expect( ( preview as HTMLTextAreaElement ).value ).toContain(
			'site url: https://shop.example'
		);

		await user.click(
			within( region ).getByRole( 'checkbox', {
				name: /Redact for public places/,
			} )
		);
		expect( ( preview as HTMLTextAreaElement ).value ).toContain(
			'site url: [redacted]'
		);

		await user.click(
			within( region ).getByRole( 'button', { name: 'Copy report' } )
		);
		expect( await navigator.clipboard.readText() ).toBe(
			( preview as HTMLTextAreaElement ).value
		);
		expect( within( region ).getByRole( 'status' ) ).toHaveTextContent(
			'Report copied to the clipboard.'
		);
	} );

	it( 'downloads the text and the JSON', async () => {
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
		await renderApp( <App appData={ appData() } now={ now } /> );

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
		expect(
			JSON.parse( await blobText( created[ 1 ]! ) ).verdict.overall
		).toBe( 'outside' );
	} );

	it( 'takes focus when the page is opened with #report', async () => {
		window.location.hash = '#report';
		await renderApp( <App appData={ appData() } now={ now } /> );
		expect(
			screen.getByRole( 'heading', { name: 'Site report' } )
		).toHaveFocus();
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
		await renderApp(
			<App
				appData={ appData( {
					facts: withChanges( { 'dokan-pro': { active: false } } ),
				} ) }
				now={ now }
			/>
		);
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
