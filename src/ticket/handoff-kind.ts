/**
 * What the helpdesk link leads to, which decides how the handoff asks for the
 * purchase e-mail (E3). Pure: no DOM.
 *
 * Pre-filling was checked and is not used: no public code, documentation or
 * issue of Dokan or weDevs shows https://dokan.co/contact/, the legacy
 * https://wedevs.com/account/tickets/ or https://app.dokan.co/support/create
 * taking a subject, message or e-mail from the URL; every link they publish
 * carries `utm_*` parameters only (getdokan/dokan
 * includes/Admin/Dashboard/Dashboard.php and templates/admin-header.php "Get
 * Support"; tests/pw/tests/e2e/setupGuide.spec.ts; issue getdokan/dokan#2433
 * and PR #2559; weDevsOfficial/wp-user-frontend admin/html/support.php). No
 * source names the helpdesk software either, so no documented prefill applies.
 * The ticket is copied and pasted instead.
 */

/**
 * Internal dependencies
 */
import type { VendorLinks } from '../types';

/**
 * - `contact-form`: the vendor's contact page (the default helpdesk): a form
 *   where the customer gives an e-mail address.
 * - `login`: another helpdesk (a filter's, e.g. the legacy
 *   wedevs.com/account/tickets/, behind an account login): the account one logs
 *   in with decides the sender.
 * - `none`: a filter removed the helpdesk; nothing to open.
 */
export type HandoffKind = 'contact-form' | 'login' | 'none';

/**
 * What the helpdesk link leads to.
 *
 * @param links The vendor links.
 * @return The kind of destination.
 */
export function handoffKind(
	links: Pick< VendorLinks, 'helpdesk' | 'contact' >
): HandoffKind {
	if ( ! links.helpdesk ) {
		return 'none';
	}
	return links.helpdesk === links.contact ? 'contact-form' : 'login';
}
