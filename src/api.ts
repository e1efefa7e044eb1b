/**
 * The one module that knows the REST API: the plugin's own route (php/Rest), and
 * WordPress's settings route, where the plugin's settings are saved (php/Settings.php
 * registers them with show_in_rest). apiFetch sends the REST nonce.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { parseEnvironment, parseHistory } from './report/parse';
import { parseSiteFacts } from './site-facts';
import type { SiteFacts } from './support-window';
import { isRecord } from './plain-object';
import type { HistoryEntry, SiteEnvironment } from './types';

/** Route of the site facts, relative to the REST root (AppData.restPath says the same). */
export const SITE_CHECK_PATH = '/dokan-support-check/v1/site-check';

export type ApiErrorKind =
	'offline' | 'rate-limited' | 'forbidden' | 'server' | 'invalid';

export interface ApiError {
	kind: ApiErrorKind;
	/** A sentence for people, translated. */
	message: string;
	/** HTTP status when there was an answer. */
	status: number | null;
}

/**
 * Fetches the site facts, read once here (parseSiteFacts()) so that the engine
 * gets honest types.
 *
 * @param options         Options.
 * @param options.refresh Ask the server to check again instead of answering from its cache.
 * @param options.path    Route to call (AppData.restPath); defaults to SITE_CHECK_PATH.
 * @return The facts; rejects with an ApiError (`invalid` when the answer is not site facts).
 */
export async function fetchSiteFacts( {
	refresh = false,
	path = SITE_CHECK_PATH,
}: { refresh?: boolean; path?: string } = {} ): Promise< SiteFacts > {
	let answer: unknown;
	try {
		answer = await apiFetch< unknown >( {
			path: refresh ? addRefresh( path ) : path,
			method: 'GET',
		} );
	} catch ( error ) {
		throw toApiError( error );
	}
	const facts = parseSiteFacts( answer );
	if ( ! facts ) {
		throw toApiError( { code: 'invalid_json' } );
	}
	return facts;
}

/** What `GET site-check?report=1` answers, read apart: the facts, the environment, the history. */
export interface SiteReportAnswer {
	facts: SiteFacts;
	environment: SiteEnvironment;
	history: HistoryEntry[];
}

/**
 * Fetches the facts with what the report adds (`?report=1`: core's Site Health
 * sections and the store's, and the change history). The page asks for it when the
 * Report or ticket tab opens and after each check; no verdict waits for it:
 * building the environment costs the site tens of milliseconds and runs every
 * plugin's `debug_information` filter.
 *
 * @param options      Options.
 * @param options.path Route to call (AppData.restPath); defaults to SITE_CHECK_PATH.
 * @return The answer, read; rejects with an ApiError.
 */
export async function fetchSiteReport( {
	path = SITE_CHECK_PATH,
}: { path?: string } = {} ): Promise< SiteReportAnswer > {
	const facts = await fetchSiteFacts( {
		path: withParam( path, 'report' ),
	} );
	const { environment, history, ...rest } = facts as SiteFacts & {
		environment?: unknown;
		history?: unknown;
	};
	if ( ! isRecord( environment ) ) {
		// Facts without what was asked for: not the report's answer.
		throw toApiError( { code: 'invalid_json' } );
	}
	return {
		facts: rest,
		environment: parseEnvironment( environment ),
		history: parseHistory( history ),
	};
}

function withParam( path: string, name: string ): string {
	return path + ( path.includes( '?' ) ? '&' : '?' ) + name + '=1';
}

function addRefresh( path: string ): string {
	return withParam( path, 'refresh' );
}

/**
 * A server's message as text. WordPress's fatal-error handler answers a REST request
 * with HTML in `message` (paragraphs and a link), which React would show tag by tag.
 * DOMParser's document is inert: nothing in it runs or loads.
 *
 * @param message The message as the server sent it.
 * @return Its text, paragraphs apart.
 */
function plainText( message: string ): string {
	if ( ! message.includes( '<' ) ) {
		return message.trim();
	}
	const page = new DOMParser().parseFromString( message, 'text/html' );
	page.querySelectorAll( 'p, div, li, br' ).forEach( ( e ) =>
		e.append( ' ' )
	);
	return ( page.body.textContent ?? '' ).replace( /\s+/g, ' ' ).trim();
}

/**
 * Whether apiFetch rejected because the person is logged out. When the REST nonce
 * fails (a logged-out request still sends one), apiFetch asks admin-ajax for a new
 * nonce; logged out, that answers 400. apiFetch in WordPress 6.1 to 6.8 then rejects
 * with that raw fetch Response (no `code`); 7.1's rejects with the nonce error itself
 * (403, below).
 *
 * @param error The rejection.
 */
const isNonceRefreshResponse = ( error: unknown ) =>
	typeof error === 'object' &&
	error !== null &&
	! ( 'code' in error ) &&
	'ok' in error &&
	error.ok === false &&
	'status' in error &&
	typeof error.status === 'number';

/**
 * Turns whatever apiFetch rejected with (a WP_Error body, its own `fetch_error`,
 * `offline_error` or `invalid_json` objects, or the Response of a failed nonce
 * refresh) into an ApiError with a message people can act on.
 *
 * @param error The rejection.
 * @return The error.
 */
export function toApiError( error: unknown ): ApiError {
	const body =
		typeof error === 'object' && error !== null
			? ( error as {
					code?: unknown;
					message?: unknown;
					data?: { status?: unknown } | null;
				} )
			: {};
	const code = typeof body.code === 'string' ? body.code : '';
	let status =
		typeof body.data?.status === 'number' ? body.data.status : null;
	if ( isNonceRefreshResponse( body ) ) {
		status = 401; // Logged out: what the REST request would have said.
	}
	const text =
		typeof body.message === 'string' ? plainText( body.message ) : '';
	const serverMessage = text !== '' ? text : null;

	if ( code === 'fetch_error' || code === 'offline_error' ) {
		return {
			kind: 'offline',
			status: null,
			message: __(
				'The site could not be reached: you may be offline. Check your connection, then try again.',
				'dokan-support-check'
			),
		};
	}
	if ( status === 429 ) {
		return {
			kind: 'rate-limited',
			status,
			message:
				serverMessage ??
				__(
					'The site was checked very recently. Wait a minute before checking again.',
					'dokan-support-check'
				),
		};
	}
	if ( status === 401 || status === 403 ) {
		return {
			kind: 'forbidden',
			status,
			message: __(
				'You are not allowed to run the site check, or your session has expired. Reload the page and log in again.',
				'dokan-support-check'
			),
		};
	}
	if ( code === 'invalid_json' ) {
		return {
			kind: 'invalid',
			status,
			message: __(
				'The site answered with something that is not a site check (a PHP error or a plugin conflict may have broken the answer).',
				'dokan-support-check'
			),
		};
	}
	return {
		kind: 'server',
		status,
		message:
			serverMessage ??
			__( 'The site check failed.', 'dokan-support-check' ),
	};
}

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
	if (
		rest.code === 'rest_cookie_invalid_nonce' ||
		isNonceRefreshResponse( rest )
	) {
		return __(
			'The setting could not be saved: you may have been logged out. Reload the page and log in again.',
			'dokan-support-check'
		);
	}
	const message =
		typeof rest.message === 'string' ? plainText( rest.message ) : '';
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
