/**
 * The ticket composer, as a customer goes through it: request type first,
 * outside-the-window updates, the ticket, the advice before sending, and the
 * handoff (copy, download, open the helpdesk and record the time).
 */
import { act, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import apiFetch from '@wordpress/api-fetch';
import { speak } from '@wordpress/a11y';

import { TicketComposer } from '../../../src/ticket';
import type { TicketComposerProps } from '../../../src/ticket';
import type {
	ComponentVerdict,
	SiteFacts,
	SupportVerdict,
} from '../../../src/support-window';
import type { AppData } from '../../../src/types';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

// What WordPress's notices hand to the screen reader (wp.a11y's live regions).
jest.mock( '@wordpress/a11y', () => ( {
	__esModule: true,
	speak: jest.fn(),
	setup: jest.fn(),
} ) );
const heard = ( sentence: RegExp ) =>
	( speak as jest.Mock ).mock.calls.filter( ( [ message ] ) =>
		sentence.test( String( message ) )
	).length;

// Each test walks several steps with real components; a loaded machine needs slack.
jest.setTimeout( 20_000 );

const NOW = 1_795_000_000;
const HOUR = 3600;

function appData( over: Partial< AppData > = {} ): AppData {
	return {
		restPath: '/dokan-support-check/v1/site-check',
		facts: null,
		policy: { vendor: 'Dokan', components: {} },
		links: {
			helpdesk: 'https://help.example/ticket',
			contact: 'https://vendor.example/contact',
			liveChat: 'https://vendor.example/chat',
			documentation: 'https://vendor.example/docs',
			updateGuide: 'https://vendor.example/docs/update',
			weCare: null,
			weLab: null,
			wordpressForums: 'https://wordpress.org/support/forums/',
			woocommerceForums:
				'https://wordpress.org/support/plugin/woocommerce/',
			dokanForum: 'https://wordpress.org/support/plugin/dokan-lite/',
			buyPro: 'https://dokan.co/wordpress/pricing/',
		},
		settings: { purchaseEmail: 'buyer@example.com' },
		lastTicketAt: 0,
		timeZone: '+00:00',
		pageUrl: 'http://site.test/wp-admin/tools.php?page=dokan-support-check',
		updateCoreUrl: 'http://site.test/wp-admin/update-core.php',
		pluginsUrl: 'http://site.test/wp-admin/plugins.php',
		siteHealthUrl: 'http://site.test/wp-admin/site-health.php',
		...over,
	};
}

function component( over: Partial< ComponentVerdict > ): ComponentVerdict {
	return {
		slug: 'dokan-lite',
		name: 'Dokan',
		status: 'latest',
		installed: '4.1.2',
		latest: '4.1.2',
		oldestSupported: '4.1.0',
		basis: 'release-list',
		rule: 'W2',
		reason: 'Dokan 4.1.2 is the latest release (W2).',
		fix: null,
		releasesBehind: 0,
		...over,
	};
}

const supported: SupportVerdict = {
	overall: 'supported',
	components: [ component( {} ) ],
};

const outside: SupportVerdict = {
	overall: 'outside',
	components: [
		component( {} ),
		component( {
			slug: 'woocommerce',
			name: 'WooCommerce',
			status: 'outside',
			installed: '9.0.0',
			latest: '10.4.0',
			rule: 'W1',
			// The engine's sentence (src/status/reasons.ts), which ends with the fix.
			reason: 'WooCommerce 9.0.0 is not the latest version (10.4.0): support requires the latest WooCommerce (W1). Update to 10.4.0 (W3).',
			fix: {
				action: 'update',
				updateTo: '10.4.0',
				screen: 'plugins.php',
			},
		} ),
	],
};

const report = {
	full: '### Verdict ###\noverall: supported\nurl: http://site.test',
	redacted: '### Verdict ###\noverall: supported\nurl: [redacted]',
	json: '{}',
};

let container: HTMLElement;

type Environment = TicketComposerProps[ 'environment' ];

// Notices are also spoken through live regions outside the composer: query inside it.
function ui() {
	return within( container );
}

function readBlob( blob: Blob ): Promise< string > {
	return new Promise( ( resolve ) => {
		const reader = new FileReader();
		reader.onload = () => resolve( String( reader.result ) );
		reader.readAsText( blob );
	} );
}

function renderComposer(
	props: {
		verdict?: SupportVerdict | null;
		data?: AppData;
		facts?: SiteFacts | null;
		environment?: Environment;
	} = {}
) {
	const composer = (
		verdict: SupportVerdict | null,
		environment = props.environment,
		shownReport = report
	) => (
		<TicketComposer
			appData={ props.data ?? appData() }
			facts={ props.facts ?? null }
			verdict={ verdict }
			report={ shownReport }
			environment={ environment }
			now={ () => NOW }
		/>
	);
	const first = props.verdict === undefined ? supported : props.verdict;
	const rendered = render( composer( first ) );
	container = rendered.container;
	// The same composer handed another verdict, as after "Check again", or the
	// report's environment as it arrives (and the report with it).
	return (
		verdict: SupportVerdict | null,
		environment?: Environment,
		shownReport?: typeof report
	) => rendered.rerender( composer( verdict, environment, shownReport ) );
}

function continueButton() {
	return ui().getByRole( 'button', { name: 'Continue' } );
}

// Pasting, not typing: one change per field keeps the tests fast.
async function fillTicket(
	user: ReturnType< typeof userEvent.setup >,
	{
		subject = 'Checkout is blank',
		description = 'The checkout page shows nothing.',
		steps = 'Add a product to the cart and open the checkout.',
	} = {}
) {
	const fields: Array< [ RegExp, string ] > = [
		[ /^Subject/, subject ],
		[ /^Description/, description ],
		[ /^Steps to reproduce/, steps ],
	];
	for ( const [ name, text ] of fields ) {
		if ( text ) {
			await user.click( ui().getByRole( 'textbox', { name } ) );
			await user.paste( text );
		}
	}
}

// Step 1: a covered request, a bug, then Continue.
async function chooseBug( user: ReturnType< typeof userEvent.setup > ) {
	await user.click(
		ui().getByRole( 'radio', { name: 'A bug or a problem in Dokan' } )
	);
	await user.click( continueButton() );
}

async function reachHandoff(
	user: ReturnType< typeof userEvent.setup >,
	fields?: Parameters< typeof fillTicket >[ 1 ]
) {
	await chooseBug( user );
	await fillTicket( user, fields );
	await user.click( continueButton() );
}

// The numbered steps of "Send it".
function handoffSteps(): HTMLElement[] {
	const list = container.querySelector(
		'.dokan-support-check-handoff-steps'
	);
	return list ? within( list as HTMLElement ).getAllByRole( 'listitem' ) : [];
}

const networkFacts: SiteFacts = {
	generatedAt: '2026-11-27T12:00:00Z',
	site: {
		url: 'http://site.test',
		multisite: true,
		locale: 'en_US',
		php: '8.2.36',
		database: 'MariaDB 10.11.19',
		theme: { name: 'Twenty Twenty-Five', version: '1.0' },
	},
	components: [],
};

function ticketText(): string {
	return (
		ui().getByRole( 'textbox', {
			name: 'Ticket text',
		} ) as HTMLTextAreaElement
	 ).value;
}

beforeEach( () => {
	mockedApiFetch.mockReset();
	mockedApiFetch.mockResolvedValue( {} );
} );

describe( 'TicketComposer: request type first', () => {
	it( 'is a region named after its heading', () => {
		renderComposer();
		expect(
			within( document.body ).getByRole( 'region', {
				name: 'Open a support ticket',
			} )
		).toBeInTheDocument();
	} );

	it( 'asks for the request type before anything else, with the channels that are not used (H3)', () => {
		renderComposer();
		expect(
			ui().getByRole( 'heading', {
				name: 'Step 1 of 3: What is the request about?',
			} )
		).toBeInTheDocument();
		expect( ui().getAllByRole( 'radio' ) ).toHaveLength( 13 );
		expect( continueButton() ).toBeDisabled();
		expect(
			ui().getByText(
				/no support on Facebook, WhatsApp, Twitter, by telephone/
			)
		).toBeInTheDocument();
		expect(
			ui().queryByRole( 'textbox', { name: 'Subject' } )
		).not.toBeInTheDocument();
	} );

	it.each( [
		[
			'WordPress in general',
			/WordPress\.org forums serve it \(N4\)/,
			'the WordPress.org forums',
			'https://wordpress.org/support/forums/',
		],
		[
			'WooCommerce in general',
			/WooCommerce support forums serve it \(N5\)/,
			'the WooCommerce support forums',
			'https://wordpress.org/support/plugin/woocommerce/',
		],
		[
			'A question before buying (pre-sale)',
			/live chat, not through the helpdesk \(H1\)/,
			'Dokan’s live chat',
			'https://vendor.example/chat',
		],
		[
			'A copy not bought on dokan.co (nulled or from another source)',
			/Support is only for copies bought on dokan\.co \(E2\)/,
			'dokan.co',
			'https://dokan.co/wordpress/pricing/',
		],
	] )(
		'stops on %p and links where help is, by its name in the sentence',
		async ( label, explanation, place, url ) => {
			const user = userEvent.setup();
			renderComposer();
			await user.click( ui().getByRole( 'radio', { name: label } ) );
			expect( ui().getByText( explanation ) ).toBeInTheDocument();
			const link = ui().getByRole( 'link', {
				name: new RegExp( `^${ place.replace( /\./g, '\\.' ) }` ),
			} );
			expect( link ).toHaveAttribute( 'href', url );
			// Said once: "Where to get help: <the place, linked>."
			const sentence = link.closest( 'p' )!.textContent!;
			expect(
				sentence.startsWith( `Where to get help: ${ place }` )
			).toBe( true );
			expect( sentence.split( place ) ).toHaveLength( 2 );
			expect( continueButton() ).toBeDisabled();
		}
	);

	it( 'sends customisation to a developer or weLab, through the contact page (K2)', async () => {
		const user = userEvent.setup();
		renderComposer();
		await user.click(
			ui().getByRole( 'radio', { name: /^Customising Dokan/ } )
		);
		expect(
			ui().getByText(
				/Hire a developer, or Dokan’s paid weLab team \(K2\)/
			)
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: /Dokan’s contact page/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/contact' );
		expect( continueButton() ).toBeDisabled();
	} );

	it( 'names an SEO expert, without a link (N3)', async () => {
		const user = userEvent.setup();
		renderComposer();
		await user.click(
			ui().getByRole( 'radio', {
				name: 'SEO (search engine optimisation)',
			} )
		);
		expect(
			ui().getByText( 'Where to get help: an SEO expert.' )
		).toBeInTheDocument();
		expect( ui().queryAllByRole( 'link' ) ).toHaveLength( 0 );
	} );

	it( 'lets a covered request go on, and back to choose again', async () => {
		const user = userEvent.setup();
		renderComposer();
		await user.click(
			ui().getByRole( 'radio', { name: 'How to use Dokan' } )
		);
		expect( ui().getByText( /covered \(C3\)/ ) ).toBeInTheDocument();
		await user.click( continueButton() );
		expect(
			ui().getByRole( 'heading', {
				name: 'Step 2 of 3: Describe the problem',
			} )
		).toBeInTheDocument();
		await user.click( ui().getByRole( 'button', { name: 'Back' } ) );
		expect(
			ui().getByRole( 'radio', { name: 'How to use Dokan' } )
		).toBeChecked();
	} );
} );

describe( 'TicketComposer: outside the window', () => {
	it( 'offers no update guide a filter removed, rather than a link that goes nowhere', async () => {
		const user = userEvent.setup();
		const data = appData();
		renderComposer( {
			verdict: outside,
			data: { ...data, links: { ...data.links, updateGuide: null } },
		} );
		await chooseBug( user );

		expect(
			ui().getByRole( 'heading', { name: 'Step 2 of 4: Update first' } )
		).toBeInTheDocument();
		expect(
			ui().queryByText( /How to update Dokan’s plugins/ )
		).not.toBeInTheDocument();
	} );

	it( 'says so first and offers the updates, then goes on once acknowledged (W1-W3)', async () => {
		const user = userEvent.setup();
		renderComposer( { verdict: outside } );
		await chooseBug( user );

		expect(
			ui().getByRole( 'heading', { name: 'Step 2 of 4: Update first' } )
		).toBeInTheDocument();
		expect(
			ui().getByText( 'Your site is outside Dokan’s supported window.' )
		).toBeInTheDocument();
		// What to do is the engine's reason alone: it ends with the fix.
		expect(
			ui().getByText(
				'WooCommerce 9.0.0 is not the latest version (10.4.0): support requires the latest WooCommerce (W1). Update to 10.4.0 (W3).'
			)
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: 'Update WooCommerce' } )
		).toHaveAttribute( 'href', 'http://site.test/wp-admin/plugins.php' );
		expect(
			ui().queryByRole( 'link', { name: 'Update Dokan' } )
		).not.toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: /How to update Dokan’s plugins/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/docs/update' );

		expect( continueButton() ).toBeDisabled();
		await user.click(
			ui().getByRole( 'checkbox', { name: /I understand/ } )
		);
		await user.click( continueButton() );
		expect(
			ui().getByRole( 'textbox', { name: 'Subject' } )
		).toBeInTheDocument();
	} );

	it( 'skips the update step when the site is supported', async () => {
		const user = userEvent.setup();
		renderComposer();
		await chooseBug( user );
		expect(
			ui().getByRole( 'textbox', { name: 'Subject' } )
		).toBeInTheDocument();
	} );
} );

const notEligible: SupportVerdict = {
	overall: 'not-eligible',
	components: [
		component( {} ),
		component( {
			slug: 'dokan-pro',
			name: 'Dokan Pro',
			status: 'not-installed',
			installed: null,
			rule: null,
			reason: 'Dokan Pro is not installed.',
		} ),
	],
};

const proPolicy = {
	vendor: 'Dokan',
	premium: [ 'dokan-pro' ],
	components: {
		'dokan-lite': { releasesBehind: 2, required: true },
		'dokan-pro': { releasesBehind: 2 },
	},
};

describe( 'TicketComposer: a site premium support does not cover (E1, C1)', () => {
	it.each( [
		'Installing or configuring Dokan',
		'How to use Dokan',
		'A bug or a problem in Dokan',
	] )(
		'stops a covered request (%s) and says where help is',
		async ( label ) => {
			const user = userEvent.setup();
			renderComposer( {
				verdict: notEligible,
				data: appData( { policy: proPolicy } ),
			} );
			await user.click( ui().getByRole( 'radio', { name: label } ) );
			expect(
				ui().getByText(
					'The helpdesk takes tickets from Dokan Pro customers only.'
				)
			).toBeInTheDocument();
			expect(
				ui().getByText(
					/verified customers of Dokan Pro, bought on dokan\.co \(E1, C1\)/
				)
			).toBeInTheDocument();
			expect(
				ui().getByRole( 'link', {
					name: /the Dokan forum on WordPress\.org/,
				} )
			).toHaveAttribute(
				'href',
				'https://wordpress.org/support/plugin/dokan-lite/'
			);
			expect(
				ui().getByRole( 'link', { name: /Dokan Pro on dokan\.co/ } )
			).toHaveAttribute( 'href', 'https://dokan.co/wordpress/pricing/' );
			expect(
				ui().getByRole( 'link', { name: /Dokan’s live chat/ } )
			).toHaveAttribute( 'href', 'https://vendor.example/chat' );
			expect( continueButton() ).toBeDisabled();
		}
	);

	it( 'still sends pre-sale questions to the live chat (H1)', async () => {
		const user = userEvent.setup();
		renderComposer( {
			verdict: notEligible,
			data: appData( { policy: proPolicy } ),
		} );
		await user.click(
			ui().getByRole( 'radio', {
				name: 'A question before buying (pre-sale)',
			} )
		);
		expect(
			ui().getByText( /live chat, not through the helpdesk \(H1\)/ )
		).toBeInTheDocument();
		expect(
			ui().queryByText(
				'The helpdesk takes tickets from Dokan Pro customers only.'
			)
		).not.toBeInTheDocument();
		expect( continueButton() ).toBeDisabled();
	} );

	it( 'offers to activate Dokan Pro when it is installed but not active', async () => {
		const user = userEvent.setup();
		const inactive: SupportVerdict = {
			overall: 'not-eligible',
			components: [
				component( {
					slug: 'dokan-pro',
					name: 'Dokan Pro',
					status: 'inactive',
					windowStatus: 'latest',
					rule: 'E1',
				} ),
			],
		};
		renderComposer( {
			verdict: inactive,
			data: appData( { policy: proPolicy } ),
		} );
		await user.click(
			ui().getByRole( 'radio', { name: 'How to use Dokan' } )
		);
		expect(
			ui().getByText( /Dokan Pro is installed but not active/ )
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: 'Activate Dokan Pro' } )
		).toHaveAttribute( 'href', 'http://site.test/wp-admin/plugins.php' );
		expect( continueButton() ).toBeDisabled();
	} );
} );

describe( 'TicketComposer: a required plugin that does not run (W1)', () => {
	it( 'offers to install or activate it before the ticket', async () => {
		const user = userEvent.setup();
		const verdict: SupportVerdict = {
			overall: 'outside',
			components: [
				component( {
					slug: 'woocommerce',
					name: 'WooCommerce',
					status: 'not-installed',
					installed: null,
					rule: 'W1',
					reason: 'WooCommerce is not installed, and support is for sites running it (W1). Install WooCommerce.',
					fix: {
						action: 'install',
						updateTo: null,
						screen: 'plugin-install.php',
					},
				} ),
				component( {
					status: 'inactive',
					windowStatus: 'in-window',
					installed: '4.1.0',
					rule: 'W1',
					reason: 'Dokan 4.1.0 is installed but not active, and support is for sites running it (W1). Activate Dokan on the Plugins screen.',
					fix: {
						action: 'activate',
						updateTo: null,
						screen: 'plugins.php',
					},
				} ),
			],
		};
		renderComposer( {
			verdict,
			data: appData( {
				pluginInstallUrl:
					'http://site.test/wp-admin/plugin-install.php',
			} ),
		} );
		await chooseBug( user );
		expect(
			ui().getByText(
				'WooCommerce is not installed, and support is for sites running it (W1). Install WooCommerce.'
			)
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: 'Install WooCommerce' } )
		).toHaveAttribute(
			'href',
			'http://site.test/wp-admin/plugin-install.php?s=WooCommerce&tab=search&type=term'
		);
		expect(
			ui().getByText(
				'Dokan 4.1.0 is installed but not active, and support is for sites running it (W1). Activate Dokan on the Plugins screen.'
			)
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: 'Activate Dokan' } )
		).toHaveAttribute( 'href', 'http://site.test/wp-admin/plugins.php' );
	} );
} );

describe( 'TicketComposer: the ticket', () => {
	it( 'needs a subject and a description', async () => {
		const user = userEvent.setup();
		renderComposer();
		await chooseBug( user );
		await user.click( continueButton() );
		expect(
			ui().getByText( 'Write a subject and a description first.' )
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'textbox', { name: 'Subject' } )
		).toBeInTheDocument();
		// Gone once both are written: it no longer applies.
		await fillTicket( user, { steps: '' } );
		expect(
			ui().queryByText( 'Write a subject and a description first.' )
		).not.toBeInTheDocument();
		// And not back while the person edits, before Continue says it again.
		await user.clear( ui().getByRole( 'textbox', { name: /^Subject/ } ) );
		expect(
			ui().queryByText( 'Write a subject and a description first.' )
		).not.toBeInTheDocument();
	} );

	it( 'does not go on with a subject alone, or a description of spaces', async () => {
		const user = userEvent.setup();
		renderComposer();
		await chooseBug( user );
		await fillTicket( user, { description: '   ', steps: '' } );
		await user.click( continueButton() );
		expect(
			ui().getByText( 'Write a subject and a description first.' )
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'textbox', { name: /^Description/ } )
		).toBeInTheDocument();
	} );

	it( 'says what is missing each time Continue is pressed, not only the first', async () => {
		const user = userEvent.setup();
		renderComposer();
		await chooseBug( user );
		const before = heard( /Write a subject/ );
		await user.click( continueButton() );
		expect( heard( /Write a subject/ ) ).toBe( before + 1 );
		await user.click( continueButton() );
		expect( heard( /Write a subject/ ) ).toBe( before + 2 );
	} );

	it( 'flags a password as it is typed', async () => {
		const user = userEvent.setup();
		renderComposer();
		await chooseBug( user );
		await fillTicket( user, {
			description: 'Log in as admin, password: hunter2',
		} );
		expect(
			ui().getByText(
				/looks like a password or a secret key, in: Description\./
			)
		).toBeInTheDocument();
	} );

	it( 'names every field that holds a password, as a sentence lists them', async () => {
		const user = userEvent.setup();
		renderComposer();
		await chooseBug( user );
		await fillTicket( user, {
			description: 'Log in as admin, password: hunter2',
			steps: 'Open the shop with pwd=S3cret!',
		} );
		expect(
			ui().getByText(
				/looks like a password or a secret key, in: Description and Steps to reproduce\./
			)
		).toBeInTheDocument();
	} );

	it( 'holds every field, the purchase e-mail and the chosen report', async () => {
		const user = userEvent.setup();
		renderComposer();
		await chooseBug( user );
		await fillTicket( user );
		await user.click(
			ui().getByRole( 'radio', { name: 'Redacted report' } )
		);
		await user.click( continueButton() );

		const text = ticketText();
		expect( text ).toContain( 'Purchase e-mail: buyer@example.com' );
		expect( text ).toContain(
			'Request type: A bug or a problem in Dokan (C4)'
		);
		expect( text ).toContain( 'Subject: Checkout is blank' );
		expect( text ).toContain( 'The checkout page shows nothing.' );
		expect( text ).toContain( 'open the checkout.' );
		expect( text ).toContain( 'url: [redacted]' );
		expect( text ).not.toContain( 'http://site.test' );
	} );
} );

describe( 'TicketComposer: before handoff', () => {
	it( 'gives the queue, weCare and site access advice (R1-R4, S1-S5)', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		expect(
			ui().getByText( /24 to 48 hours.*first come, first served \(R3\)/ )
		).toBeInTheDocument();
		expect( ui().getByText( /weCare service \(R4\)/ ) ).toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: /Ask about weCare/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/contact' );
		expect(
			ui().getByText(
				/Back up the whole site first \(S2\).*staging copy.*Never paste passwords/
			)
		).toBeInTheDocument();
		expect(
			ui().queryByText( /A ticket was opened from this site/ )
		).not.toBeInTheDocument();
	} );

	it( 'says while the ticket’s site report waits for the environment, and when it could not be read', async () => {
		const user = userEvent.setup();
		const handTo = renderComposer( { environment: 'loading' } );
		await reachHandoff( user );
		const waiting =
			/environment is still being read: wait a moment before copying/;
		const failed =
			/environment could not be read, so the site report in this ticket goes without it/;
		expect( ui().getByText( waiting ) ).toBeInTheDocument();

		handTo( supported, 'loaded' );
		expect( ui().queryByText( waiting ) ).not.toBeInTheDocument();
		expect( ui().queryByText( failed ) ).not.toBeInTheDocument();

		handTo( supported, 'failed' );
		expect( ui().getByText( failed ) ).toHaveTextContent(
			/Try again on the Report tab/
		);
	} );

	it( 'warns that new messages send a recent ticket to the back of the queue (R5)', async () => {
		const user = userEvent.setup();
		renderComposer( {
			data: appData( {
				lastTicketAt: NOW - 3 * HOUR,
				timeZone: 'Pacific/Auckland',
			} ),
		} );
		await reachHandoff( user );
		// 08:06 UTC, said in the site's zone (UTC+13), not the browser's (UTC here).
		expect(
			ui().getByText( /A ticket was opened from this site on/ )
		).toHaveTextContent( /on Nov 18, 2026, 9:06\sPM/ );
		expect(
			ui().getByText( /sends a pending ticket to the back of the queue/ )
		).toBeInTheDocument();
	} );

	it( 'does not warn about a ticket older than 48 hours', async () => {
		const user = userEvent.setup();
		renderComposer( {
			data: appData( { lastTicketAt: NOW - 49 * HOUR } ),
		} );
		await reachHandoff( user );
		expect(
			ui().queryByText( /A ticket was opened from this site/ )
		).not.toBeInTheDocument();
	} );

	it( 'holds the handoff back while a password is flagged, until the customer says it is not one', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user, { steps: 'log in with pwd=S3cret!' } );
		expect(
			ui().getByText(
				/looks like a password or a secret key, in: Steps to reproduce\. Remove it/
			)
		).toBeInTheDocument();
		const copy = ui().getByRole( 'button', { name: 'Copy the ticket' } );
		expect( copy ).toBeDisabled();
		const warnings = heard( /Remove it: never paste passwords/ );
		await user.click(
			ui().getByRole( 'checkbox', { name: /It is not a password/ } )
		);
		expect( copy ).toBeEnabled();
		// Ticking the box is not a new warning: it is not read out again.
		expect( heard( /Remove it: never paste passwords/ ) ).toBe( warnings );
	} );

	it( 'warns when no purchase e-mail is saved (E2, E3)', async () => {
		const user = userEvent.setup();
		renderComposer( {
			data: appData( { settings: { purchaseEmail: '' } } ),
		} );
		await reachHandoff( user );
		expect(
			ui().getByText( /No purchase e-mail is saved\..*\(E2\).*\(E3\)/ )
		).toBeInTheDocument();
		expect( ticketText() ).toContain( 'Purchase e-mail: (not set)' );
		expect( handoffSteps()[ 0 ]?.textContent ).toMatch(
			/Log in to the helpdesk with the account of the address you used to buy on dokan\.co \(E3\)/
		);
	} );

	it( 'warns again once the purchase e-mail is cleared on the page (E2, E3)', async () => {
		mockedApiFetch.mockResolvedValue( {
			dokan_support_check_purchase_email: '',
		} );
		const user = userEvent.setup();
		renderComposer();
		await user.click(
			ui().getByRole( 'button', { name: 'Clear purchase e-mail' } )
		);
		// The dialog is portalled out of the composer.
		const dialog = within( document.body ).getByRole( 'alertdialog', {
			name: 'Clear the purchase e-mail?',
		} );
		await user.click(
			within( dialog ).getByRole( 'button', {
				name: 'Clear the purchase e-mail',
			} )
		);
		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/wp/v2/settings',
			method: 'POST',
			data: { dokan_support_check_purchase_email: '' },
		} );
		expect(
			await ui().findByText( /Purchase e-mail cleared\./ )
		).toBeInTheDocument();
		mockedApiFetch.mockClear();

		await reachHandoff( user );
		expect(
			ui().getByText( /No purchase e-mail is saved\..*\(E2\).*\(E3\)/ )
		).toBeInTheDocument();
		expect( ticketText() ).toContain( 'Purchase e-mail: (not set)' );
		expect( ticketText() ).not.toContain( 'buyer@example.com' );
	} );

	it( 'on a network, says the recent ticket was opened from the network (R5)', async () => {
		const user = userEvent.setup();
		renderComposer( {
			data: appData( { lastTicketAt: NOW - 3 * HOUR } ),
			facts: networkFacts,
		} );
		await reachHandoff( user );
		expect(
			ui().getByText( /A ticket was opened from this network on/ )
		).toBeInTheDocument();
		expect(
			ui().queryByText( /A ticket was opened from this site/ )
		).not.toBeInTheDocument();
	} );
} );

describe( 'TicketComposer: handoff', () => {
	it( 'first asks to log in to the helpdesk with the account of the saved purchase e-mail, before the button (E3)', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		const [ first ] = handoffSteps();
		expect( first?.textContent ).toMatch(
			/^Log in to the helpdesk with the account of your purchase e-mail, buyer@example\.com \(E3\)\./
		);
		expect( first?.textContent ).toMatch(
			/Bought with another address\? Use that one instead, and save it as the purchase e-mail above\..*Log out first\./
		);
		const open = ui().getByRole( 'link', {
			name: 'Copy the ticket and open the helpdesk',
		} );
		expect(
			// eslint-disable-next-line no-bitwise
			( first as Node ).compareDocumentPosition( open ) &
				Node.DOCUMENT_POSITION_FOLLOWING
		).toBeTruthy();
	} );

	it( 'at Dokan’s contact page (the default helpdesk), asks to give the purchase e-mail in its form (E3)', async () => {
		const user = userEvent.setup();
		const data = appData();
		renderComposer( {
			data: {
				...data,
				links: { ...data.links, helpdesk: data.links.contact },
			},
		} );
		await reachHandoff( user );
		expect( handoffSteps()[ 0 ]?.textContent ).toMatch(
			/^Where Dokan’s contact page asks for your e-mail address, give your purchase e-mail: buyer@example\.com\. Support only answers the address used to buy on dokan\.co \(E3\)\./
		);
		expect( handoffSteps()[ 0 ]?.textContent ).not.toMatch( /Log out/ );
		expect(
			ui().getByRole( 'link', {
				name: 'Copy the ticket and open the helpdesk',
			} )
		).toHaveAttribute( 'href', 'https://vendor.example/contact' );
	} );

	it( 'puts the whole ticket, purchase e-mail first, on the clipboard with the primary button', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		const writeText = jest
			.spyOn( navigator.clipboard, 'writeText' )
			.mockResolvedValue();
		await user.click(
			ui().getByRole( 'link', {
				name: 'Copy the ticket and open the helpdesk',
			} )
		);
		expect( writeText ).toHaveBeenCalledTimes( 1 );
		const copied = String( writeText.mock.calls[ 0 ]?.[ 0 ] );
		expect( copied ).toBe( ticketText() );
		expect( copied.split( '\n' ).slice( 0, 3 ) ).toEqual( [
			'### Dokan support ticket ###',
			'Purchase e-mail: buyer@example.com',
			'Request type: A bug or a problem in Dokan (C4)',
		] );
		expect( copied ).toContain( 'Subject: Checkout is blank' );
		expect( copied ).toContain( 'The checkout page shows nothing.' );
		expect( copied ).toContain(
			'Add a product to the cart and open the checkout.'
		);
		expect( copied ).toContain( '### Site report ###\n### Verdict ###' );
		expect(
			await ui().findByText( 'The ticket is copied to your clipboard.' )
		).toBeInTheDocument();
		writeText.mockRestore();
	} );

	it( 'says both when the browser refuses to copy and the ticket’s time cannot be recorded', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		const writeText = jest
			.spyOn( navigator.clipboard, 'writeText' )
			.mockRejectedValue( new Error( 'Not allowed' ) );
		mockedApiFetch.mockRejectedValue( {
			code: 'fetch_error',
			message: 'You are probably offline.',
		} );
		await user.click(
			ui().getByRole( 'link', {
				name: 'Copy the ticket and open the helpdesk',
			} )
		);
		// Whatever the clipboard held before is not the ticket: that must be said.
		expect(
			await ui().findByText( /^Your browser refused to copy\./ )
		).toBeInTheDocument();
		expect(
			await ui().findByText(
				/^The time of this ticket could not be recorded/
			)
		).toBeInTheDocument();
		writeText.mockRestore();
	} );

	it( 'without a helpdesk link, disables the primary button and says why; copy and download still work', async () => {
		const user = userEvent.setup();
		const data = appData();
		renderComposer( {
			data: { ...data, links: { ...data.links, helpdesk: null } },
		} );
		await reachHandoff( user );
		expect(
			ui().queryByRole( 'link', {
				name: 'Copy the ticket and open the helpdesk',
			} )
		).not.toBeInTheDocument();
		const open = ui().getByRole( 'button', {
			name: 'Copy the ticket and open the helpdesk',
		} );
		expect( open ).toBeDisabled();
		expect( open ).toHaveAccessibleDescription(
			/No helpdesk address is set on this site.*copy or download the ticket and send it yourself/
		);
		expect( handoffSteps() ).toHaveLength( 1 );
		expect( handoffSteps()[ 0 ]?.textContent ).toMatch(
			/^Send the ticket from your purchase e-mail, buyer@example\.com/
		);
		await user.click( open );
		expect( mockedApiFetch ).not.toHaveBeenCalled();
		expect(
			ui().queryByText( /The helpdesk opened in a new tab/ )
		).not.toBeInTheDocument();
		expect(
			ui().getByRole( 'button', { name: 'Copy the ticket' } )
		).toBeEnabled();
		expect(
			ui().getByRole( 'button', { name: 'Download the ticket (.txt)' } )
		).toBeEnabled();
	} );

	it( 'says once that the support policy applies, with its link (A1)', async () => {
		const user = userEvent.setup();
		const data = appData();
		renderComposer( {
			data: {
				...data,
				links: {
					...data.links,
					supportPolicy: 'https://vendor.example/support-policy',
				},
			},
		} );
		expect( ui().queryByText( /\(A1\)/ ) ).not.toBeInTheDocument();
		await reachHandoff( user );
		expect( ui().getAllByText( /\(A1\)/ ) ).toHaveLength( 1 );
		expect(
			ui().getByText(
				/By buying on dokan\.co you accepted Dokan’s support policy, which applies to this ticket \(A1\)\./
			)
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'link', { name: /Dokan’s support policy/ } )
		).toHaveAttribute( 'href', 'https://vendor.example/support-policy' );
	} );

	it( 'copies the ticket', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		const writeText = jest
			.spyOn( navigator.clipboard, 'writeText' )
			.mockResolvedValue();
		Object.defineProperty( window, 'isSecureContext', {
			value: true,
			configurable: true,
		} );
		await user.click(
			ui().getByRole( 'button', { name: 'Copy the ticket' } )
		);
		expect( writeText ).toHaveBeenCalledWith( ticketText() );
		expect(
			await ui().findByText( 'The ticket is copied to your clipboard.' )
		).toBeInTheDocument();
	} );

	it( 'says the ticket is copied only once this copy is done, the second time too', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		Object.defineProperty( window, 'isSecureContext', {
			value: true,
			configurable: true,
		} );
		let finishSecondCopy = () => {};
		const writeText = jest
			.spyOn( navigator.clipboard, 'writeText' )
			.mockResolvedValueOnce()
			.mockImplementationOnce(
				() =>
					new Promise< void >( ( resolve ) => {
						finishSecondCopy = resolve;
					} )
			);
		const copyButton = ui().getByRole( 'button', {
			name: 'Copy the ticket',
		} );
		const copiedText = 'The ticket is copied to your clipboard.';

		await user.click( copyButton );
		expect( await ui().findByText( copiedText ) ).toBeInTheDocument();

		await user.click( copyButton );
		expect( writeText ).toHaveBeenCalledTimes( 2 );
		expect( ui().queryByText( copiedText ) ).not.toBeInTheDocument();
		await act( async () => finishSecondCopy() );
		expect( await ui().findByText( copiedText ) ).toBeInTheDocument();
		writeText.mockRestore();
	} );

	it( 'does not say the ticket is copied once its report has changed under it (the environment arrived)', async () => {
		const user = userEvent.setup();
		const handTo = renderComposer( { environment: 'loading' } );
		await reachHandoff( user );
		Object.defineProperty( window, 'isSecureContext', {
			value: true,
			configurable: true,
		} );
		const writeText = jest
			.spyOn( navigator.clipboard, 'writeText' )
			.mockResolvedValue();
		const copyButton = ui().getByRole( 'button', {
			name: 'Copy the ticket',
		} );
		const copiedText = 'The ticket is copied to your clipboard.';
		await user.click( copyButton );
		expect( await ui().findByText( copiedText ) ).toBeInTheDocument();

		handTo( supported, 'loaded', {
			...report,
			full: `${ report.full }\n\n### wp-core ###\n\nversion: 7.1.4`,
		} );
		// The clipboard holds the report without its environment.
		expect( ui().queryByText( copiedText ) ).not.toBeInTheDocument();

		await user.click( copyButton );
		expect( writeText ).toHaveBeenLastCalledWith(
			expect.stringContaining( '### wp-core ###' )
		);
		expect( await ui().findByText( copiedText ) ).toBeInTheDocument();
		writeText.mockRestore();
	} );

	it( 'downloads the ticket as .txt', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		const blobs: Blob[] = [];
		URL.createObjectURL = jest.fn( ( blob: Blob ) => {
			blobs.push( blob );
			return 'blob:ticket';
		} );
		URL.revokeObjectURL = jest.fn();
		const click = jest
			.spyOn( HTMLAnchorElement.prototype, 'click' )
			.mockImplementation( function ( this: HTMLAnchorElement ) {
				expect( this.download ).toMatch(
					/^dokan-support-ticket-\d{4}-\d\d-\d\d\.txt$/
				);
			} );
		await user.click(
			ui().getByRole( 'button', { name: 'Download the ticket (.txt)' } )
		);
		expect( click ).toHaveBeenCalled();
		expect( await readBlob( blobs[ 0 ] as Blob ) ).toBe( ticketText() );
		click.mockRestore();
	} );

	it( 'opens the helpdesk in a new tab, without invented parameters, and records the time', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		const open = ui().getByRole( 'link', {
			name: 'Copy the ticket and open the helpdesk',
		} );
		expect( open ).toHaveAttribute( 'href', 'https://help.example/ticket' );
		expect( open ).toHaveAttribute( 'target', '_blank' );
		expect( mockedApiFetch ).not.toHaveBeenCalled();

		await user.click( open );
		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/wp/v2/settings',
			method: 'POST',
			data: { dokan_support_check_last_ticket_at: NOW },
		} );
		expect(
			await ui().findByText( /The helpdesk opened in a new tab/ )
		).toBeInTheDocument();
	} );
} );

describe( 'TicketComposer: when things change under the customer', () => {
	it( 'goes on to the ticket when a new check finds the site back inside the window', async () => {
		const user = userEvent.setup();
		const checkedAgain = renderComposer( { verdict: outside } );
		await chooseBug( user );
		expect(
			ui().getByRole( 'heading', { name: 'Step 2 of 4: Update first' } )
		).toBeInTheDocument();

		// The customer updated in another tab, then pressed "Check again".
		checkedAgain( supported );
		expect(
			ui().getByRole( 'heading', {
				name: 'Step 2 of 3: Describe the problem',
			} )
		).toBeInTheDocument();
		expect(
			ui().getByRole( 'textbox', { name: 'Subject' } )
		).toBeInTheDocument();
		expect(
			ui().queryByText( 'Your site is outside Dokan’s supported window.' )
		).not.toBeInTheDocument();
		await user.click( ui().getByRole( 'button', { name: 'Back' } ) );
		expect(
			ui().getByRole( 'heading', {
				name: 'Step 1 of 3: What is the request about?',
			} )
		).toBeInTheDocument();
	} );

	it( 'warns about the ticket just opened from this page when the customer comes back to send another (R5)', async () => {
		const user = userEvent.setup();
		renderComposer();
		await reachHandoff( user );
		jest.spyOn( navigator.clipboard, 'writeText' ).mockResolvedValue();
		expect(
			ui().queryByText( /A ticket was opened from this site/ )
		).not.toBeInTheDocument();
		await user.click(
			ui().getByRole( 'link', {
				name: 'Copy the ticket and open the helpdesk',
			} )
		);
		// Not about the ticket being sent now, on the step that sends it.
		expect(
			await ui().findByText( 'The ticket is copied to your clipboard.' )
		).toBeInTheDocument();
		expect(
			ui().queryByText( /A ticket was opened from this site/ )
		).not.toBeInTheDocument();
		await user.click( ui().getByRole( 'button', { name: 'Back' } ) );
		await user.click( continueButton() );
		expect(
			ui().getByText( /A ticket was opened from this site on/ )
		).toBeInTheDocument();
	} );

	it( 'puts the focus on each new step’s heading, as the button that led there may be gone', async () => {
		const user = userEvent.setup();
		renderComposer();
		const first = ui().getByRole( 'heading', {
			name: 'Step 1 of 3: What is the request about?',
		} );
		expect( first ).not.toHaveFocus(); // Not on the page's first render.
		await reachHandoff( user );
		expect(
			ui().getByRole( 'heading', {
				name: 'Step 3 of 3: Send the ticket',
			} )
		).toHaveFocus();
		await user.click( ui().getByRole( 'button', { name: 'Back' } ) );
		await user.click( ui().getByRole( 'button', { name: 'Back' } ) );
		expect(
			ui().getByRole( 'heading', {
				name: 'Step 1 of 3: What is the request about?',
			} )
		).toHaveFocus();
	} );
} );
