/**
 * The Support Check page: the verdict first, always in view, then three tabs as in
 * Site Health: Status (each component, the recent changes), Report (the report and
 * the site's environment) and Open a ticket (the ticket composer). The URL's fragment
 * names the tab (`#status`, `#report`, `#ticket`), so agents can link to the report.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import {
	lazy,
	Suspense,
	useCallback,
	useEffect,
	useMemo,
	useRef,
	useState,
} from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchSiteFacts, fetchSiteReport, SITE_CHECK_PATH } from './api';
import type { ApiError, SiteReportAnswer } from './api';
import { FACTS_EVENT } from './badge/event';
import { ComponentTable } from './components/component-table';
import { RecentChanges } from './components/recent-changes';
import { Tabs, tabId } from './components/tabs';
import { isStale, lastChecked, overallLabel } from './status/labels';
import { VerdictSummary } from './components/verdict-summary';
import { parseHistory } from './report/parse';
import type { EnvironmentState } from './report';
import { parseSiteFacts } from './site-facts';
import { defaultPolicy, evaluate } from './support-window';
import type { SiteFacts } from './support-window';
import type { AppData } from './types';
// The chunks' styles stay in the page's stylesheet (and its RTL copy).
import './ticket/index.scss';
import './components/report-panel/index.scss';
import './components/environment-view/index.scss';

/*
 * What the Status tab does not need is in chunks, fetched when the browser is idle
 * after the verdict, or at once when their tab opens: the ticket composer (nearly half
 * the page's code, build/index-ticket.js) and the report with the environment view
 * (build/index-report.js). Their strings are in the page's translations: bin/i18n.mjs
 * puts an entry's chunks' strings in the entry's JSON file.
 */
type ReportChunk = typeof import( './report/chunk' );

/**
 * A chunk's loader that fetches it once; a failed fetch is forgotten, so that the
 * next try asks again.
 *
 * @param fetch Starts fetching the chunk.
 * @return The loader.
 */
function fetchedOnce< T >( fetch: () => Promise< T > ): () => Promise< T > {
	let chunk: Promise< T > | null = null;
	return () =>
		( chunk ??= fetch().catch( ( failure ) => {
			chunk = null;
			throw failure;
		} ) );
}
const loadTicket = fetchedOnce(
	() => import( /* webpackChunkName: "index-ticket" */ './ticket' )
);
const loadReport = fetchedOnce(
	() => import( /* webpackChunkName: "index-report" */ './report/chunk' )
);

/** Said in a tab whose code could not be fetched (offline, or the plugin was updated meanwhile). */
function ChunkFailed() {
	return (
		<Notice status="error" isDismissible={ false }>
			{ __(
				'This part of the page could not be loaded. Reload the page to try again.',
				'dokan-support-check'
			) }
		</Notice>
	);
}

const TicketComposer = lazy( () =>
	loadTicket().then(
		( module ) => ( { default: module.TicketComposer } ),
		// Not thrown: without an error boundary, React would drop the whole page.
		() => ( { default: ChunkFailed } )
	)
);

/** The page's tabs, in order; each one's name is its URL fragment. */
export const TAB_NAMES = [ 'status', 'report', 'ticket' ] as const;
type TabName = ( typeof TAB_NAMES )[ number ];

/** The hash of the link agents send: it opens the page on the Report tab. */
export const REPORT_HASH = '#report';

/**
 * The tab a URL fragment names.
 *
 * @param hash `location.hash`.
 * @return The tab; `status` for no fragment; null for a fragment that is not a tab
 *         (wp-admin's "Skip to main content" link, say).
 */
function tabOf( hash: string ): TabName | null {
	const name = hash.replace( /^#/, '' );
	if ( name === '' ) {
		return 'status';
	}
	return ( TAB_NAMES as readonly string[] ).includes( name )
		? ( name as TabName )
		: null;
}

interface Props {
	/** What PHP printed (`window.dokanSupportCheck`); undefined when it is not wired. */
	appData?: AppData;
	/** The clock, injectable for tests. */
	now?: () => number;
}

type Loading = 'initial' | 'refresh' | null;

/**
 * Renders the page.
 *
 * @param props         Props.
 * @param props.appData Screen data from PHP.
 * @param props.now     The clock.
 * @return The page.
 */
export function App( {
	appData = window.dokanSupportCheck,
	now = Date.now,
}: Props ) {
	const policy = appData?.policy ?? defaultPolicy;
	const path = appData?.restPath || SITE_CHECK_PATH;
	const urls = {
		// Relative URLs work from any wp-admin screen when PHP gave none.
		updateCoreUrl: appData?.updateCoreUrl || 'update-core.php',
		pluginsUrl: appData?.pluginsUrl || 'plugins.php',
		pluginInstallUrl: appData?.pluginInstallUrl || 'plugin-install.php',
	};

	// The facts PHP printed, read once (anything unreadable counts as none).
	const [ cached ] = useState( () => parseSiteFacts( appData?.facts ) );
	const [ facts, setFacts ] = useState< SiteFacts | null >( cached );
	const [ loading, setLoading ] = useState< Loading >(
		cached ? null : 'initial'
	);
	const [ error, setError ] = useState< ApiError | null >( null );
	// Keeps "Try again" in place while it tries: a button that goes drops the focus.
	const [ failedOnce, setFailedOnce ] = useState( false );
	const [ announcement, setAnnouncement ] = useState( '' );
	const [ history, setHistory ] = useState( () =>
		parseHistory( appData?.history )
	);
	const [ environment, setEnvironment ] = useState< EnvironmentState >( {
		state: 'not-loaded',
	} );
	const [ tab, setTab ] = useState< TabName >(
		() => tabOf( window.location.hash ) ?? 'status'
	);
	// The report's code (build/index-report.js), once loaded; 'failed' if it could not be.
	const [ reporting, setReporting ] = useState<
		ReportChunk | 'failed' | null
	>( null );
	const mounted = useRef( true );
	// Counts the checks answered, so that a slower report answer does not put back
	// older facts over a check that answered after it was asked for.
	const checks = useRef( 0 );
	// Counts the requests for the report's environment and history (loadEnvironment()).
	const reports = useRef( 0 );
	// The tab shown, for answers that arrive after a render.
	const shownTab = useRef( tab );
	useEffect( () => {
		shownTab.current = tab;
	}, [ tab ] );

	const verdict = useMemo(
		() => ( facts ? evaluate( facts, policy ) : null ),
		[ facts, policy ]
	);
	const builtAt = useMemo(
		() => new Date( now() ).toISOString(),
		// The report's time follows what it describes.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[ facts, environment ]
	);
	const report = useMemo(
		() =>
			( reporting !== 'failed' &&
				reporting?.buildReport( {
					facts,
					verdict,
					policy,
					now: builtAt,
					environment,
					history,
				} ) ) ||
			null,
		[ reporting, facts, verdict, policy, builtAt, environment, history ]
	);

	/** Takes in what `?report=1` adds to the facts: the environment and the history. */
	const receivedReport = useCallback( ( answer: SiteReportAnswer ) => {
		setEnvironment( { state: 'loaded', environment: answer.environment } );
		setHistory( answer.history );
	}, [] );

	/** Takes in the facts a check answered (also `?report=1`'s, see loadEnvironment()). */
	const received = useCallback( ( fresh: SiteFacts ) => {
		checks.current++;
		setFacts( fresh );
		// New facts: the notice of a check that failed before them no longer applies.
		setError( null );
		window.dispatchEvent(
			new CustomEvent( FACTS_EVENT, { detail: fresh } )
		);
	}, [] );

	/**
	 * Asks for the report's environment and history: when the Report or ticket tab
	 * opens, on Try again, and after each check.
	 *
	 * @param afterCheck After a check: its facts are in already, and an environment
	 *                   the page has stays shown (with the sections opened in it)
	 *                   until the new one comes. If the request fails on the Status
	 *                   tab, the other tabs ask again when they open.
	 */
	const loadEnvironment = useCallback(
		( afterCheck = false ) => {
			setEnvironment( ( current ) =>
				afterCheck && current.state === 'loaded'
					? current
					: { state: 'loading' }
			);
			const asked = checks.current;
			// Only the last request counts: an earlier one may answer later, with less.
			const request = ++reports.current;
			fetchSiteReport( { path } )
				.then( ( answer ) => {
					if ( ! mounted.current || request !== reports.current ) {
						return;
					}
					// Unless a check answered meanwhile, or just before: its facts stand.
					if ( asked === checks.current && ! afterCheck ) {
						received( answer.facts );
					}
					receivedReport( answer );
					// Asked for by the tab shown: the spinner's line goes, and a screen
					// reader is told the report is whole. After a check, "Site checked"
					// stays the news.
					if ( ! afterCheck && shownTab.current !== 'status' ) {
						setAnnouncement(
							__(
								'The report now includes the site’s environment.',
								'dokan-support-check'
							)
						);
					}
				} )
				.catch( ( failure: ApiError ) => {
					if ( mounted.current && request === reports.current ) {
						setEnvironment(
							afterCheck && shownTab.current === 'status'
								? { state: 'not-loaded' }
								: { state: 'failed', error: failure }
						);
					}
				} );
		},
		[ path, received, receivedReport ]
	);

	const load = useCallback(
		( refresh: boolean ) => {
			setLoading( refresh ? 'refresh' : 'initial' );
			// A notice shown anew speaks anew: the same failure twice is heard twice.
			setError( null );
			setAnnouncement(
				__( 'Checking the site…', 'dokan-support-check' )
			);
			fetchSiteFacts( { refresh, path } )
				.then( ( fresh ) => {
					if ( ! mounted.current ) {
						return;
					}
					received( fresh );
					if ( refresh ) {
						// The check may have recorded changes (Recent changes) and changed
						// the environment; only the report's answer carries them. Asked
						// for after the verdict, not with it: a failing `debug_information`
						// filter of another plugin must not stop the check.
						loadEnvironment( true );
					}
					setAnnouncement(
						sprintf(
							/* translators: %s: the overall verdict, e.g. "Supported". */
							__( 'Site checked: %s.', 'dokan-support-check' ),
							overallLabel( evaluate( fresh, policy ).overall )
						)
					);
				} )
				.catch( ( failure: ApiError ) => {
					if ( ! mounted.current ) {
						return;
					}
					setError( failure );
					setFailedOnce( true );
					// The error Notice speaks for itself (wp.a11y): no second announcement.
					setAnnouncement( '' );
				} )
				.finally( () => {
					if ( mounted.current ) {
						setLoading( null );
					}
				} );
		},
		[ path, policy, received, loadEnvironment ]
	);

	useEffect( () => {
		mounted.current = true;
		if ( ! cached ) {
			load( false );
		}
		return () => {
			mounted.current = false;
		};
		// Once, on mount: later checks are the user's (Check again).
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );

	// The report (and the ticket, which attaches it) needs the environment: asked for
	// when one of them opens, after the first check (the plain route) has answered.
	useEffect( () => {
		if (
			tab !== 'status' &&
			environment.state === 'not-loaded' &&
			loading !== 'initial'
		) {
			loadEnvironment();
		}
	}, [ tab, environment.state, loading, loadEnvironment ] );

	// The other tabs' code: at once when one of them opens, else while nothing else
	// happens once the verdict is drawn (fetched only: nothing is drawn before the tab opens).
	const drawn = verdict !== null;
	useEffect( () => {
		if ( tab !== 'status' ) {
			loadReport().then(
				( chunk ) => mounted.current && setReporting( () => chunk ),
				() => mounted.current && setReporting( 'failed' )
			);
			return;
		}
		if ( ! drawn ) {
			return;
		}
		const prefetch = () => {
			// A failure here is said when the tab opens (its fetch is tried again then).
			loadReport().catch( () => {} );
			if ( appData ) {
				loadTicket().catch( () => {} );
			}
		};
		if ( typeof window.requestIdleCallback === 'function' ) {
			window.requestIdleCallback( prefetch );
		} else {
			window.setTimeout( prefetch, 200 );
		}
	}, [ tab, drawn, appData ] );

	useTabFragment( setTab, facts !== null || error !== null );

	const selectTab = ( name: string ) => {
		setTab( name as TabName );
		if ( window.location.hash !== `#${ name }` ) {
			// A history entry per tab: Back returns to the previous one.
			window.history.pushState( window.history.state, '', `#${ name }` );
		}
	};

	const stale = facts !== null && isStale( facts, now() );
	// When the latest versions were checked, not when the facts were assembled;
	// never, when no latest version is known (NaN: the headline says no time).
	const checkedAt = ( facts && lastChecked( facts ) ) || NaN;

	const waiting = (
		<p className="dsc-loading">
			<Spinner />
			{ __( 'Loading…', 'dokan-support-check' ) }
		</p>
	);

	const tabs = [
		{ name: 'status', title: __( 'Status', 'dokan-support-check' ) },
		{ name: 'report', title: __( 'Report', 'dokan-support-check' ) },
		// No composer without the screen data (vendor links, settings).
		...( appData
			? [
					{
						name: 'ticket',
						title: __( 'Open a ticket', 'dokan-support-check' ),
					},
				]
			: [] ),
	];

	return (
		<div className="dokan-support-check">
			<section aria-labelledby="dsc-verdict-heading">
				<h2 id="dsc-verdict-heading">
					{ __( 'Support status', 'dokan-support-check' ) }
				</h2>
				{ loading === 'initial' && ! facts && (
					<p className="dsc-loading">
						<Spinner />
						{ __(
							'Checking your site against Dokan’s support policy…',
							'dokan-support-check'
						) }
					</p>
				) }
				{ error && (
					<Notice
						status={
							error.kind === 'rate-limited' ? 'warning' : 'error'
						}
						isDismissible={ false }
					>
						<p>{ error.message }</p>
						{ facts && (
							<p>
								{ __(
									'The results below are from the previous check.',
									'dokan-support-check'
								) }
							</p>
						) }
					</Notice>
				) }
				{ stale && (
					<Notice status="info" isDismissible={ false }>
						{ __(
							'These results are more than 12 hours old. Check again to see the current state.',
							'dokan-support-check'
						) }
					</Notice>
				) }
				{ verdict && facts && (
					<VerdictSummary
						verdict={ verdict }
						checkedAt={ checkedAt }
						policy={ policy }
						links={ appData?.links }
						pluginsUrl={ urls.pluginsUrl }
						timeZone={ appData?.timeZone }
					/>
				) }
				{ ( facts || error || failedOnce ) && (
					<p>
						<Button
							variant="secondary"
							onClick={ () => load( facts !== null ) }
							isBusy={ loading !== null }
							disabled={ loading !== null }
							// Keeps the focus while it checks (a disabled button drops it).
							__experimentalIsFocusable
						>
							{ facts
								? __( 'Check again', 'dokan-support-check' )
								: __( 'Try again', 'dokan-support-check' ) }
						</Button>
					</p>
				) }
				<p
					className="screen-reader-text"
					role="status"
					aria-live="polite"
				>
					{ announcement }
				</p>
			</section>

			<Tabs
				tabs={ tabs }
				selected={ tab }
				onSelect={ selectTab }
				label={ __( 'Support Check', 'dokan-support-check' ) }
			>
				{ ( name ) => {
					if ( name === 'status' ) {
						return (
							<>
								{ verdict && verdict.components.length > 0 && (
									<section aria-labelledby="dsc-components-heading">
										<h2 id="dsc-components-heading">
											{ __(
												'Components',
												'dokan-support-check'
											) }
										</h2>
										<ComponentTable
											components={ verdict.components }
											urls={ urls }
											labelledBy="dsc-components-heading"
										/>
									</section>
								) }
								<RecentChanges
									history={ history }
									timeZone={ appData?.timeZone }
								/>
							</>
						);
					}
					// The Report and ticket tabs both need the report's code.
					if ( reporting === 'failed' ) {
						return <ChunkFailed />;
					}
					if ( ! reporting || ! report ) {
						return waiting;
					}
					if ( name === 'report' ) {
						return (
							<reporting.ReportTab
								report={ report }
								builtAt={ builtAt }
								load={ environment }
								onRetry={ () => loadEnvironment() }
								siteHealthUrl={ appData?.siteHealthUrl }
								wcStatusUrl={ appData?.wcStatusUrl }
							/>
						);
					}
					// The ticket tab is listed only with the screen data.
					return (
						appData && (
							<Suspense fallback={ waiting }>
								<TicketComposer
									appData={ appData }
									facts={ facts }
									verdict={ verdict }
									report={ {
										full: report.full,
										redacted: report.redacted,
										json: report.json,
									} }
									environment={ environment.state }
								/>
							</Suspense>
						)
					);
				} }
			</Tabs>
		</div>
	);
}

/**
 * Keeps the selected tab and the URL's fragment together: a fragment that names a tab
 * (a link followed, Back, Forward, a typed URL) selects it; a page opened on one moves
 * the focus to that tab once the content above it has settled, so that keyboard and
 * screen-reader users start where the link pointed (unless they have already moved the
 * focus: typing in a field, they keep it).
 *
 * @param setTab Selects a tab.
 * @param ready  Whether the first check has answered (the layout above the tabs is final).
 */
function useTabFragment(
	setTab: ( name: TabName ) => void,
	ready: boolean
): void {
	const [ openedOn ] = useState( () =>
		window.location.hash ? tabOf( window.location.hash ) : null
	);
	useEffect( () => {
		const follow = () => {
			const named = tabOf( window.location.hash );
			if ( named ) {
				setTab( named );
			}
		};
		window.addEventListener( 'hashchange', follow );
		window.addEventListener( 'popstate', follow );
		return () => {
			window.removeEventListener( 'hashchange', follow );
			window.removeEventListener( 'popstate', follow );
		};
	}, [ setTab ] );

	const focused = useRef( false );
	useEffect( () => {
		if ( ! ready || ! openedOn || focused.current ) {
			return;
		}
		focused.current = true;
		// Someone who went somewhere while the first check ran keeps their place.
		const { activeElement } = document;
		if ( activeElement && activeElement !== document.body ) {
			return;
		}
		document.getElementById( tabId( openedOn ) )?.focus();
	}, [ ready, openedOn ] );
}
