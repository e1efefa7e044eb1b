/**
 * Checks for values decoded from JSON (the REST answers, the page's data, a
 * policy a PHP filter returned), which can be anything.
 */

/**
 * Whether a value is a plain object: not null, not a list.
 *
 * @param value Anything.
 */
export const isRecord = (
	value: unknown
): value is Record< string, unknown > =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

/**
 * Whether an object has a key of its own: a slug such as `toString` is not
 * the prototype's.
 *
 * @param object The object.
 * @param key    The key.
 */
export const has = ( object: object, key: string ) =>
	Object.prototype.hasOwnProperty.call( object, key );
