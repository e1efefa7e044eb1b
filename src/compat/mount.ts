/**
 * WordPress dependencies
 */
import * as element from '@wordpress/element';
import type { ReactNode } from 'react';

/**
 * Renders an app into a DOM element on every supported WordPress.
 *
 * `@wordpress/element` is the site's `wp.element` at run time: WordPress 6.2 and later
 * provide `createRoot` (React 18+); 6.1 ships React 17, where only the legacy `render`
 * exists. Feature detection, not version sniffing, picks the one that is there.
 *
 * @param app       What to render.
 * @param container Element to render into.
 */
export function mount( app: ReactNode, container: Element ): void {
	const api = element as unknown as {
		createRoot?: ( node: Element ) => {
			render: ( child: ReactNode ) => void;
		};
		render?: ( child: ReactNode, node: Element ) => void;
	};
	if ( typeof api.createRoot === 'function' ) {
		api.createRoot( container ).render( app );
	} else if ( typeof api.render === 'function' ) {
		api.render( app, container );
	}
}
