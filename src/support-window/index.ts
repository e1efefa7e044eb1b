/**
 * The support-window engine: the one place that decides whether a site is
 * inside the vendor's supported window and eligible for its support
 * (POLICY.md E1, C1, W1-W3). Pure: no DOM, no fetch, no clock. Facts are
 * read once at the boundary (src/site-facts.ts); the policy comes from a PHP
 * filter, so it is checked here. decide.ts holds the statuses (all the badge
 * loads), explain.ts and messages.ts the words.
 */
import { decide } from './decide';
import { explain, undecided } from './explain';
import { say } from './messages';
import { policyProblems } from './policy';
import type {
	ComponentFacts,
	SiteFacts,
	SupportPolicy,
	SupportVerdict,
} from './types';

export type * from './types';
export { decide } from './decide';
export { defaultPolicy, MAX_RELEASES_BEHIND } from './policy';
export {
	compareVersions,
	isReadableVersion,
	isStableVersion,
	versionKey,
} from './version';

/**
 * Decides whether the site is inside the supported window, with reasons.
 *
 * @param facts  Parsed site facts (parseSiteFacts()).
 * @param policy The support policy (default: the vendor's, `defaultPolicy`).
 * @return The verdict; an unusable policy or facts give `unknown` and `error`.
 */
export function evaluate(
	facts: SiteFacts,
	policy: SupportPolicy
): SupportVerdict {
	const { overall, components: decided, missing } = decide( facts, policy );
	const problems = policyProblems( policy );
	if ( problems.length > 0 ) {
		const error = problems.map( say ).join( ' ' );
		return {
			overall,
			components: facts.components.map( ( c ) =>
				undecided( c, say( [ 'invalidPolicy', c.name || c.slug ] ) )
			),
			error: say( [ 'invalidPolicyError', error ] ),
		};
	}
	const components = decided.map( ( d, i ) =>
		explain( facts.components[ i ] as ComponentFacts, d, policy )
	);
	let error: string | null = null;
	if ( components.length === 0 ) {
		error = say( [ 'noComponents' ] );
	} else if ( missing.length > 0 ) {
		error = say( [ 'notReported', missing.join( ', ' ) ] );
	}
	return { overall, components, ...( error ? { error } : {} ) };
}

/**
 * What is wrong with a policy that came from outside, in words; none means
 * it is a valid SupportPolicy.
 *
 * @param input Anything, e.g. the decoded value of a PHP filter.
 */
export function validatePolicy( input: unknown ): string[] {
	return policyProblems( input ).map( say );
}
