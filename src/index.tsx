/**
 * Entry point of the Support Check page: mounts the app into the element that
 * php/Admin_Page.php prints.
 */

/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';

/**
 * Internal dependencies
 */
import { mount } from './compat/mount';
import { App } from './app';
import './index.scss';

domReady( () => {
	const root = document.getElementById( 'dokan-support-check-root' );
	if ( root ) {
		mount( <App />, root );
	}
} );
