/**
 * The one module that knows the plugin's REST API (php/Rest): its paths and the
 * shapes of its answers and errors.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { SiteFacts } from './support-window';

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
 * Fetches the site facts.
 *
 * @param options         Options.
 * @param options.refresh Ask the server to check again instead of answering from its cache.
 * @param options.path    Route to call (AppData.restPath); defaults to SITE_CHECK_PATH.
 * @return The facts; rejects with an ApiError.
 */
export async function fetchSiteFacts( {
	refresh = false,
	path = SITE_CHECK_PATH,
}: { refresh?: boolean; path?: string } = {} ): Promise< SiteFacts > {
	try {
		return await apiFetch< SiteFacts >( {
			path: refresh ? addRefresh( path ) : path,
			method: 'GET',
		} );
	} catch ( error ) {
		throw toApiError( error );
	}
}

function addRefresh( path: string ): string {
	return path + ( path.includes( '?' ) ? '&' : '?' ) + 'refresh=1';
}

/**
 * Turns whatever apiFetch rejected with (a WP_Error body, or its own `fetch_error` /
 * `invalid_json` objects) into an ApiError with a message people can act on.
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
	const status =
		typeof body.data?.status === 'number' ? body.data.status : null;
	const serverMessage =
		typeof body.message === 'string' && body.message.trim() !== ''
			? body.message.trim()
			: null;

	if ( code === 'fetch_error' ) {
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
