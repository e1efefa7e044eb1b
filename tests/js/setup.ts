/**
 * Adds DOM matchers such as toBeInTheDocument() to every unit test, and gives every
 * test the page of an English site.
 */
import '@testing-library/jest-dom';

// `<html lang="en-US">`, as WordPress prints it for an English admin: dates and lists
// follow the page's language (src/readable-time.ts, src/readable-list.ts), and without
// one Intl would follow the machine's locale (LANG), not the test's.
beforeEach( () => {
	document.documentElement.lang = 'en-US';
} );
