/**
 * The ticket composer: the support policy in action, step by step, and
 * nothing sent without a click (SPEC "The ticket"; POLICY.md E, W, R, C, N,
 * K, H, S, A). The helpdesk takes no prefilled fields (what was checked:
 * handoff-kind.ts), so the handoff copies and downloads the ticket text.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
} from '@wordpress/components';
import { useEffect, useMemo, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { AppData } from '../types';
import type { EnvironmentState } from '../report';
import type { SiteFacts, SupportVerdict } from '../support-window';
import { readableList } from '../readable-list';
import { PurchaseEmailSetting } from '../settings';
import { premiumProducts } from '../status/labels';
import { verdictSummary } from '../status/summary';
import { DetailsStep, detailsGiven } from './details-step';
import type { TicketDraft } from './details-step';
import { HandoffStep } from './handoff-step';
import { OutsideWindowStep } from './outside-window-step';
import { isRecentTicket, nowSeconds } from './recency';
import { RequestTypeStep } from './request-type-step';
import { requestTypes } from './request-types';
import type { RequestType } from './request-types';
import { hasSecret } from './secrets';
import { buildTicketText } from './ticket-text';
import { neededUpdates } from './updates';
import './index.scss';

export interface TicketComposerProps {
	appData: AppData;
	facts: SiteFacts | null;
	verdict: SupportVerdict | null;
	report: { full: string; redacted: string; json: string };
	/** Where the report's environment stands; the ticket says when it is not in yet. */
	environment?: EnvironmentState[ 'state' ];
	/** The clock (Unix seconds); tests pass their own. */
	now?: () => number;
}

// One composer per page, so a fixed id (useId needs React 18; WordPress 6.1 has 17).
const TITLE_ID = 'dokan-support-check-ticket-title';

type Step = 'type' | 'outside' | 'details' | 'handoff';

const EMPTY_DRAFT: TicketDraft = {
	subject: '',
	description: '',
	steps: '',
	reportVariant: 'full',
};

/**
 * The ticket composer.
 *
 * @param props             Props.
 * @param props.appData     The screen data (links, settings, last ticket time).
 * @param props.facts       The site facts (whether it is part of a network).
 * @param props.verdict     The engine's verdict; null while unknown.
 * @param props.report      The site report, full and redacted.
 * @param props.environment Where the report's environment stands.
 * @param props.now         The clock.
 * @return The composer.
 */
export function TicketComposer( {
	appData,
	facts,
	verdict,
	report,
	environment,
	now = nowSeconds,
}: TicketComposerProps ) {
	const types = useMemo( requestTypes, [] );
	const [ step, setStep ] = useState< Step >( 'type' );
	const [ type, setType ] = useState< RequestType | null >( null );
	const [ acknowledged, setAcknowledged ] = useState( false );
	const [ draft, setDraft ] = useState< TicketDraft >( EMPTY_DRAFT );
	// Continue pressed with the subject or description empty: how many times. Each time
	// the notice is shown anew, so it is heard anew (a notice speaks when it mounts).
	const [ missing, setMissing ] = useState( 0 );
	const [ purchaseEmail, setPurchaseEmail ] = useState(
		appData.settings.purchaseEmail
	);
	// A ticket opened from this page counts too: going Back and on warns again (R5).
	const [ lastTicketAt, setLastTicketAt ] = useState( appData.lastTicketAt );
	// Each new step's heading takes the focus: the button that led there may be gone.
	const heading = useRef< HTMLHeadingElement >( null );
	const moved = useRef( false );

	const outside = verdict?.overall === 'outside';
	// Not eligible (E1, C1): covered requests stop at the first step.
	const notEligible =
		verdict?.overall === 'not-eligible'
			? {
					...premiumProducts( verdict, appData.policy ),
					summary: verdictSummary( verdict, appData.policy ),
					pluginsUrl: appData.pluginsUrl || 'plugins.php',
				}
			: null;
	const updates = useMemo(
		() => ( verdict && outside ? neededUpdates( verdict, appData ) : [] ),
		[ verdict, outside, appData ]
	);
	const recentTicketAt = isRecentTicket( lastTicketAt, now() )
		? lastTicketAt
		: null;

	const fields: Array< [ string, string ] > = [
		[ __( 'Subject', 'dokan-support-check' ), draft.subject ],
		[ __( 'Description', 'dokan-support-check' ), draft.description ],
		[ __( 'Steps to reproduce', 'dokan-support-check' ), draft.steps ],
	];
	const fieldsWithSecrets = fields
		.filter( ( [ , text ] ) => hasSecret( text ) )
		.map( ( [ label ] ) => label );

	const steps: Step[] = outside
		? [ 'type', 'outside', 'details', 'handoff' ]
		: [ 'type', 'details', 'handoff' ];
	// A new check may find the site back inside the window while the update step is
	// shown: that step is then done.
	const at: Step = steps.includes( step ) ? step : 'details';
	const position = steps.indexOf( at );
	const go = ( to: Step | undefined ) => {
		if ( to ) {
			moved.current = true;
			setStep( to );
		}
	};
	useEffect( () => {
		if ( moved.current ) {
			heading.current?.focus();
		}
	}, [ step ] );
	const next = () => {
		if ( at === 'details' && ! detailsGiven( draft ) ) {
			setMissing( missing + 1 );
			return;
		}
		setMissing( 0 );
		go( steps[ position + 1 ] );
	};
	const canContinue =
		( at === 'type' && !! type?.covered && ! notEligible ) ||
		( at === 'outside' && acknowledged ) ||
		at === 'details';

	const titles: Record< Step, string > = {
		type: __( 'What is the request about?', 'dokan-support-check' ),
		outside: __( 'Update first', 'dokan-support-check' ),
		details: __( 'Describe the problem', 'dokan-support-check' ),
		handoff: __( 'Send the ticket', 'dokan-support-check' ),
	};

	return (
		<Card
			className="dokan-support-check-ticket"
			role="region"
			aria-labelledby={ TITLE_ID }
		>
			<CardHeader>
				<h2 id={ TITLE_ID }>
					{ __( 'Open a support ticket', 'dokan-support-check' ) }
				</h2>
			</CardHeader>
			<CardBody>
				<PurchaseEmailSetting
					email={ purchaseEmail }
					onSaved={ setPurchaseEmail }
				/>
			</CardBody>
			<CardBody>
				<h3 ref={ heading } tabIndex={ -1 }>
					{ sprintf(
						/* translators: 1: step number; 2: number of steps; 3: step title. */
						__( 'Step %1$d of %2$d: %3$s', 'dokan-support-check' ),
						position + 1,
						steps.length,
						titles[ at ]
					) }
				</h3>
				{ at === 'type' && (
					<RequestTypeStep
						types={ types }
						selected={ type }
						links={ appData.links }
						onSelect={ setType }
						notEligible={ notEligible }
					/>
				) }
				{ at === 'outside' && (
					<OutsideWindowStep
						updates={ updates }
						updateGuideUrl={ appData.links.updateGuide }
						acknowledged={ acknowledged }
						onAcknowledge={ setAcknowledged }
					/>
				) }
				{ at === 'details' && (
					<>
						<DetailsStep
							draft={ draft }
							onChange={ ( changed ) => {
								setDraft( changed );
								// Both written: the error is over, and does not come back
								// (spoken again) if one is emptied before Continue.
								if ( detailsGiven( changed ) ) {
									setMissing( 0 );
								}
							} }
						/>
						{ fieldsWithSecrets.length > 0 && (
							<Notice status="warning" isDismissible={ false }>
								{ sprintf(
									/* translators: %s: field names, as a list, e.g. "Subject and Description". */
									__(
										'This looks like a password or a secret key, in: %s. Never paste passwords into a ticket (S3).',
										'dokan-support-check'
									),
									readableList( fieldsWithSecrets )
								) }
							</Notice>
						) }
						{ missing > 0 && (
							<Notice
								key={ missing }
								status="error"
								isDismissible={ false }
							>
								{ __(
									'Write a subject and a description first.',
									'dokan-support-check'
								) }
							</Notice>
						) }
					</>
				) }
				{ at === 'handoff' && type && (
					<HandoffStep
						links={ appData.links }
						ticketText={ buildTicketText( {
							purchaseEmail,
							requestType: type,
							subject: draft.subject,
							description: draft.description,
							steps: draft.steps,
							reportVariant: draft.reportVariant,
							report:
								draft.reportVariant === 'redacted'
									? report.redacted
									: report.full,
						} ) }
						purchaseEmail={ purchaseEmail }
						recentTicketAt={ recentTicketAt }
						timeZone={ appData.timeZone }
						network={ facts?.site.multisite === true }
						fieldsWithSecrets={ fieldsWithSecrets }
						now={ now }
						onRecorded={ setLastTicketAt }
						environment={ environment }
					/>
				) }
				<div className="dokan-support-check-ticket-nav">
					{ position > 0 && (
						<Button
							variant="tertiary"
							onClick={ () => go( steps[ position - 1 ] ) }
						>
							{ __( 'Back', 'dokan-support-check' ) }
						</Button>
					) }{ ' ' }
					{ at !== 'handoff' && (
						<Button
							variant="primary"
							disabled={ ! canContinue }
							onClick={ next }
						>
							{ __( 'Continue', 'dokan-support-check' ) }
						</Button>
					) }
				</div>
			</CardBody>
		</Card>
	);
}
