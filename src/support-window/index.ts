/**
 * The support-window engine: the one place that decides whether a site is
 * inside the vendor's supported window (POLICY.md W1-W3, SPEC "The
 * supported window"). Pure: no DOM, no fetch, no clock.
 *
 * Decisions the UI relies on:
 * - `evaluate()` never throws, whatever it is given. A malformed policy
 *   gives `overall: 'unknown'`, every component `unknown` and `error`
 *   saying what is wrong; malformed facts give `overall: 'unknown'` and
 *   `error`; a malformed component entry gives that component `unknown`.
 * - Overall: `outside` when any component is `outside`; otherwise
 *   `supported` when at least one component is installed and every
 *   installed one is `latest` or `in-window`; otherwise `unknown`.
 *   `not-installed` components do not count, except `wordpress`: WordPress
 *   is always installed, so a missing WordPress version is `unknown`.
 * - A component the policy does not name must be the latest (0 behind, W1).
 * - Inactive plugins are judged like active ones (with a note): the
 *   vendor asks for them to be updated all the same.
 */
import { __, sprintf } from '@wordpress/i18n';

import { validatePolicy } from './policy';
import type {
	ComponentStatus,
	ComponentVerdict,
	OverallStatus,
	SiteFacts,
	SupportPolicy,
	SupportVerdict,
} from './types';
import { evaluateComponent, undecided } from './window';
import * as messages from './messages';

export type {
	ComponentFacts,
	ComponentFix,
	ComponentPolicy,
	ComponentStatus,
	ComponentVerdict,
	OverallStatus,
	SiteFacts,
	SupportPolicy,
	SupportVerdict,
	UpdateScreen,
	WindowBasis,
	WindowRule,
} from './types';
export {
	defaultPolicy,
	validatePolicy,
	releasesBehindFor,
	MAX_RELEASES_BEHIND,
} from './policy';
export {
	compareVersions,
	isReadableVersion,
	isStableVersion,
	versionKey,
} from './version';

/**
 * The overall status from the component statuses.
 *
 * @param statuses One status per component.
 */
export function overallStatus(
	statuses: readonly ComponentStatus[]
): OverallStatus {
	if ( statuses.includes( 'outside' ) ) {
		return 'outside';
	}
	const installed = statuses.filter( ( s ) => s !== 'not-installed' );
	if (
		installed.length > 0 &&
		installed.every( ( s ) => s === 'latest' || s === 'in-window' )
	) {
		return 'supported';
	}
	return 'unknown';
}

function componentsOf( facts: unknown ): unknown[] | null {
	if ( typeof facts !== 'object' || facts === null ) {
		return null;
	}
	const components = ( facts as { components?: unknown } ).components;
	return Array.isArray( components ) ? components : null;
}

function evaluateUnsafe(
	facts: SiteFacts,
	policy: SupportPolicy
): SupportVerdict {
	const components = componentsOf( facts );
	const policyErrors = validatePolicy( policy );
	if ( policyErrors.length > 0 ) {
		return {
			overall: 'unknown',
			components: ( components ?? [] ).map( ( raw ) =>
				undecided( raw, messages.invalidPolicy )
			),
			error: sprintf(
				/* translators: %s: the problems found in the policy. */
				__(
					'The support policy is invalid, so support cannot be checked: %s',
					'dokan-support-check'
				),
				policyErrors.join( ' ' )
			),
		};
	}
	if ( components === null ) {
		return {
			overall: 'unknown',
			components: [],
			error: __(
				'The site facts are malformed (no list of components), so support cannot be checked.',
				'dokan-support-check'
			),
		};
	}
	const verdicts: ComponentVerdict[] = components.map( ( raw ) =>
		evaluateComponent( raw, policy )
	);
	const overall = overallStatus( verdicts.map( ( v ) => v.status ) );
	if ( verdicts.length === 0 ) {
		return {
			overall,
			components: verdicts,
			error: __(
				'The site facts list no components, so support cannot be checked.',
				'dokan-support-check'
			),
		};
	}
	return { overall, components: verdicts };
}

/** The `error` of a verdict when evaluation itself failed (a bug). */
export function internalErrorMessage(): string {
	return __(
		'The support check failed unexpectedly, so support cannot be checked.',
		'dokan-support-check'
	);
}

/**
 * Decides whether the site is inside the supported window.
 *
 * @param facts  What the site check found (REST response).
 * @param policy The support policy (default: the vendor's, `defaultPolicy`).
 * @return The verdict; never throws.
 */
export function evaluate(
	facts: SiteFacts,
	policy: SupportPolicy
): SupportVerdict {
	try {
		return evaluateUnsafe( facts, policy );
	} catch {
		// Defence in depth only: the property tests check it is never reached.
		return {
			overall: 'unknown',
			components: [],
			error: internalErrorMessage(),
		};
	}
}
