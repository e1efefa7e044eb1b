/**
 * The Report tab: the report to copy or download, and the site's environment to read.
 * The environment comes with `GET site-check?report=1`, asked for when the tab opens;
 * while it loads, or when it could not be had, the report goes without it and says so.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useRef } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { EnvironmentState, Report } from '../../report';
import { EnvironmentView } from '../environment-view';
import { ReportPanel } from '../report-panel';

interface Props {
	report: Report;
	builtAt: string;
	load: EnvironmentState;
	onRetry: () => void;
	siteHealthUrl?: string;
	wcStatusUrl?: string | null;
}

/**
 * Renders the Report tab.
 *
 * @param props               Props.
 * @param props.report        The report, every form.
 * @param props.builtAt       When it was built.
 * @param props.load          Where the environment stands.
 * @param props.onRetry       Asks for the environment again.
 * @param props.siteHealthUrl Site Health's Info screen.
 * @param props.wcStatusUrl   WooCommerce's status report.
 * @return The tab's content.
 */
export function ReportTab( {
	report,
	builtAt,
	load,
	onRetry,
	siteHealthUrl,
	wcStatusUrl,
}: Props ) {
	const heading = useRef< HTMLHeadingElement >( null );
	// "Try again" goes with its notice while the environment loads: the focus goes to
	// the tab's heading, not to the page's body (where a keyboard starts over).
	const retry = () => {
		heading.current?.focus();
		onRetry();
	};
	let status = null;
	if ( load.state === 'loading' || load.state === 'not-loaded' ) {
		status = (
			<p className="dsc-loading">
				<Spinner />
				{ __(
					'Reading the site’s environment for the report…',
					'dokan-support-check'
				) }
			</p>
		);
	} else if ( load.state === 'failed' ) {
		status = (
			<Notice status="warning" isDismissible={ false }>
				<p>
					{ sprintf(
						/* translators: %s: why, e.g. "The site check failed." */
						__(
							'The site’s environment could not be read: %s The report below has everything else, and says that the environment is missing.',
							'dokan-support-check'
						),
						load.error.message
					) }
				</p>
				<p>
					<Button variant="secondary" onClick={ retry }>
						{ __( 'Try again', 'dokan-support-check' ) }
					</Button>
				</p>
			</Notice>
		);
	}

	return (
		<>
			<section aria-labelledby="dsc-report-heading">
				<h2 id="dsc-report-heading" ref={ heading } tabIndex={ -1 }>
					{ __( 'Site report', 'dokan-support-check' ) }
				</h2>
				<ReportPanel
					report={ report }
					builtAt={ builtAt }
					status={ status }
				/>
			</section>
			{ load.state === 'loaded' && (
				<EnvironmentView
					environment={ load.environment }
					siteHealthUrl={ siteHealthUrl }
					wcStatusUrl={ wcStatusUrl }
				/>
			) }
		</>
	);
}
