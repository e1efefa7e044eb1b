/**
 * The Support Check page: the verdict first, then each component, the site report,
 * and the ticket composer.
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
import { fetchSiteFacts, SITE_CHECK_PATH } from './api';
import { FACTS_EVENT } from './badge/event';
import type { ApiError } from './api';
import { ComponentTable } from './components/component-table';
import { ReportPanel } from './components/report-panel';
import { isStale, overallLabel } from './status/labels';
import { VerdictSummary } from './components/verdict-summary';
import { buildReport } from './report';
import { parseSiteFacts } from './site-facts';
import { defaultPolicy, evaluate } from './support-window';
import type { SiteFacts } from './support-window';
import type { AppData } from './types';
// The composer's styles stay in the page's stylesheet (and its RTL copy).
import './ticket/index.scss';

/*
 * The ticket composer sits below the verdict, the components and the report, and
 * is nearly half the page's code: it loads right after the page has drawn the
 * verdict (build/index-ticket.js). Its strings are in the page's translations:
 * bin/i18n.mjs puts an entry's chunks' strings in the entry's JSON file.
 */
const TicketComposer = lazy( () =>
	import( /* webpackChunkName: "index-ticket" */ './ticket' ).then(
		( module ) => ( { default: module.TicketComposer } )
	)
);

/** The hash of the link agents send: it opens the page on the report. */
export const REPORT_HASH = '#report';

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
	// Facts printed by PHP come from its cache; fresh ones come from a check run here.
	const [ fromCache, setFromCache ] = useState( cached !== null );
	const [ loading, setLoading ] = useState< Loading >(
		cached ? null : 'initial'
	);
	const [ error, setError ] = useState< ApiError | null >( null );
	const [ announcement, setAnnouncement ] = useState( '' );
	const mounted = useRef( true );

	const verdict = useMemo(
		() => ( facts ? evaluate( facts, policy ) : null ),
		[ facts, policy ]
	);
	const builtAt = useMemo(
		() => new Date( now() ).toISOString(),
		// The report's time follows the facts it describes.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[ facts ]
	);
	const report = useMemo(
		() => buildReport( { facts, verdict, policy, now: builtAt } ),
		[ facts, verdict, policy, builtAt ]
	);

	const load = useCallback(
		( refresh: boolean ) => {
			setLoading( refresh ? 'refresh' : 'initial' );
			setAnnouncement(
				__( 'Checking the site…', 'dokan-support-check' )
			);
			fetchSiteFacts( { refresh, path } )
				.then( ( fresh ) => {
					if ( ! mounted.current ) {
						return;
					}
					setFacts( fresh );
					setFromCache( false );
					setError( null );
					setAnnouncement(
						sprintf(
							/* translators: %s: the overall verdict, e.g. "Supported". */
							__( 'Site checked: %s.', 'dokan-support-check' ),
							overallLabel( evaluate( fresh, policy ).overall )
						)
					);
					window.dispatchEvent(
						new CustomEvent( FACTS_EVENT, { detail: fresh } )
					);
				} )
				.catch( ( failure: ApiError ) => {
					if ( ! mounted.current ) {
						return;
					}
					setError( failure );
					// The error Notice speaks for itself (wp.a11y): no second announcement.
					setAnnouncement( '' );
				} )
				.finally( () => {
					if ( mounted.current ) {
						setLoading( null );
					}
				} );
		},
		[ path, policy ]
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

	useReportHash( facts !== null || error !== null );

	const stale =
		facts !== null && fromCache && isStale( facts.generatedAt, now() );

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
						facts={ facts }
						policy={ policy }
						links={ appData?.links }
						pluginsUrl={ urls.pluginsUrl }
					/>
				) }
				{ ( facts || error ) && (
					<p>
						<Button
							variant="secondary"
							onClick={ () => load( facts !== null ) }
							isBusy={ loading !== null }
							disabled={ loading !== null }
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

			{ verdict && verdict.components.length > 0 && (
				<section aria-labelledby="dsc-components-heading">
					<h2 id="dsc-components-heading">
						{ __( 'Components', 'dokan-support-check' ) }
					</h2>
					<ComponentTable
						components={ verdict.components }
						urls={ urls }
						labelledBy="dsc-components-heading"
					/>
				</section>
			) }

			<section id="report" aria-labelledby="dsc-report-heading">
				<h2 id="dsc-report-heading" tabIndex={ -1 }>
					{ __( 'Site report', 'dokan-support-check' ) }
				</h2>
				<ReportPanel report={ report } builtAt={ builtAt } />
			</section>

			{ appData && (
				<Suspense fallback={ null }>
					<TicketComposer
						appData={ appData }
						facts={ facts }
						verdict={ verdict }
						report={ {
							full: report.full,
							redacted: report.redacted,
							json: report.json,
						} }
					/>
				</Suspense>
			) }
		</div>
	);
}

/**
 * Brings the report into view and focus when the page was opened with `#report` (or the
 * hash changes to it), once the content above it has settled.
 *
 * @param ready Whether the first check has answered (the layout above the report is final).
 */
function useReportHash( ready: boolean ): void {
	useEffect( () => {
		if ( ! ready ) {
			return undefined;
		}
		const focusReport = () => {
			if ( window.location.hash !== REPORT_HASH ) {
				return;
			}
			const heading = document.getElementById( 'dsc-report-heading' );
			heading?.scrollIntoView?.( { block: 'start' } );
			heading?.focus( { preventScroll: true } );
		};
		focusReport();
		window.addEventListener( 'hashchange', focusReport );
		return () => window.removeEventListener( 'hashchange', focusReport );
	}, [ ready ] );
}
