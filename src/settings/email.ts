/**
 * A first, client-side check of an e-mail address before it is sent to
 * WordPress, which has the final word (is_email() through the setting's
 * schema: an e-mail address, or '' to clear it). It catches what a person
 * mistypes (no @, a space, no dot in the domain, an empty part); finer rules
 * such as a domain label starting with a hyphen are left to WordPress. Pure.
 */

const EMAIL =
	/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * Whether an address is plausibly valid.
 *
 * @param email The address, as typed.
 * @return True when it looks like an e-mail address.
 */
export function isPlausibleEmail( email: string ): boolean {
	const trimmed = email.trim();
	return (
		trimmed.length >= 6 && trimmed.length <= 254 && EMAIL.test( trimmed )
	);
}
