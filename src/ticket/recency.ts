/**
 * R5: after opening or replying to a ticket, each further message sends it to
 * the back of the queue. The composer warns when a ticket was opened from
 * this site recently. Pure: the clock is passed in.
 */

/** How long after opening a ticket the R5 warning is shown, in seconds. */
export const RECENT_TICKET_SECONDS = 48 * 60 * 60;

/**
 * Whether a ticket was opened from this site within the last 48 hours.
 *
 * @param lastTicketAt Unix time (seconds) of the last ticket; 0 = never.
 * @param now          Unix time (seconds) now.
 * @return True when the R5 warning applies.
 */
export function isRecentTicket( lastTicketAt: number, now: number ): boolean {
	if ( ! Number.isFinite( lastTicketAt ) || lastTicketAt <= 0 ) {
		return false;
	}
	const age = now - lastTicketAt;
	// A time slightly in the future (clock skew between PHP and the browser) counts as now.
	return age < RECENT_TICKET_SECONDS && age > -RECENT_TICKET_SECONDS;
}

/**
 * Unix time (seconds) now, from the browser's clock.
 *
 * @return Seconds since the epoch.
 */
export function nowSeconds(): number {
	return Math.floor( Date.now() / 1000 );
}
