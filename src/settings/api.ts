/**
 * Saving this plugin's site settings through WordPress's own settings route
 * (`/wp/v2/settings`; registered with show_in_rest in php/). apiFetch sends
 * the REST nonce.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __, sprintf } from '@wordpress/i18n';

export const SETTINGS_PATH = '/wp/v2/settings';
export const PURCHASE_EMAIL_SETTING = 'dokan_support_check_purchase_email';
export const LAST_TICKET_AT_SETTING = 'dokan_support_check_last_ticket_at';

type Settings = Record< string, unknown >;

/**
 * Saves the purchase e-mail (E3).
 *
 * @param email The address.
 * @return The address as WordPress stored it (sanitised).
 */
export async function savePurchaseEmail( email: string ): Promise< string > {
	const saved = await apiFetch< Settings >( {
		path: SETTINGS_PATH,
		method: 'POST',
		data: { [ PURCHASE_EMAIL_SETTING ]: email },
	} );
	const value = saved?.[ PURCHASE_EMAIL_SETTING ];
	return typeof value === 'string' ? value : email;
}

/**
 * Records that a ticket was opened from this site now (for the R5 warning).
 *
 * @param now Unix time in seconds.
 */
export async function recordTicketOpened( now: number ): Promise< void > {
	await apiFetch< Settings >( {
		path: SETTINGS_PATH,
		method: 'POST',
		data: { [ LAST_TICKET_AT_SETTING ]: now },
	} );
}

interface RestError {
	code?: unknown;
	message?: unknown;
	data?: { params?: Record< string, unknown > } | null;
}

/**
 * A readable message from whatever apiFetch rejected with: a REST error
 * (its message and, for `rest_invalid_param`, each parameter's reason) or a
 * network failure.
 *
 * @param error The rejection.
 * @return A translated or server-provided message.
 */
export function restErrorMessage( error: unknown ): string {
	const rest = ( error ?? {} ) as RestError;
	const message = typeof rest.message === 'string' ? rest.message : '';
	const params = rest.data?.params ?? {};
	const reasons = Object.values( params ).filter(
		( reason ): reason is string => typeof reason === 'string'
	);
	if ( message && reasons.length > 0 ) {
		return `${ message } ${ reasons.join( ' ' ) }`;
	}
	if ( message ) {
		return message;
	}
	return sprintf(
		/* translators: %s: an error code such as fetch_error, or "unknown". */
		__(
			'The setting could not be saved (%s). Check your connection and try again.',
			'dokan-support-check'
		),
		typeof rest.code === 'string' ? rest.code : 'unknown'
	);
}
