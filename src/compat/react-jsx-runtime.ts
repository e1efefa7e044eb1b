/**
 * React's JSX runtime (`jsx`, `jsxs`, `Fragment`) built on the site's own React.
 *
 * The build compiles JSX to `react/jsx-runtime` calls and maps that module to the global
 * `ReactJSXRuntime`, which WordPress registers as the `react-jsx-runtime` script from 6.6
 * on. Older WordPress (6.1 to 6.5, React 17 and 18) has no such script, so
 * php/Assets.php registers this file under that handle there. It must use the page's
 * React (the `react` script) rather than bundle another copy: two Reacts on one page
 * cannot share hooks.
 */

/**
 * External dependencies
 */
import { createElement, Fragment } from 'react';
import type { ElementType, ReactElement } from 'react';

type Props = Record< string, unknown > & { children?: unknown };

/**
 * Creates an element the way the automatic runtime does: children arrive inside
 * `props`, and the key as a separate argument.
 *
 * @param type  Component or tag name.
 * @param props Props, children included.
 * @param key   The element's key, if any.
 * @return The element.
 */
export function jsx(
	type: ElementType,
	props: Props | null,
	key?: string | number
): ReactElement {
	const config: Props = { ...( props ?? {} ) };
	if ( key !== undefined ) {
		config.key = key;
	}
	return createElement( type, config );
}

// Static children (`jsxs`) only differ for React's development warnings.
export const jsxs = jsx;

export { Fragment };

( window as unknown as { ReactJSXRuntime: unknown } ).ReactJSXRuntime = {
	jsx,
	jsxs,
	Fragment,
};
