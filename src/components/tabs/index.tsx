/**
 * Tabs in the WAI-ARIA pattern (role tablist, tab, tabpanel; one tab stop, arrow keys,
 * Home and End, selection follows focus), drawn with the classes of core's TabPanel so
 * that they look like WordPress's own on every version.
 *
 * Not core's TabPanel itself: on WordPress 6.1 to 7.1 it chooses its tab alone (only
 * `initialTabName`, read once), so the URL's fragment (a link, Back, Forward) cannot
 * select a tab without remounting it, and it renders the selected panel only, so
 * leaving the ticket tab would throw away the ticket being written. Here the
 * selection is the caller's, and a panel, once opened, stays mounted (hidden).
 */

/**
 * External dependencies
 */
import type { KeyboardEvent, ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';
import { isRTL } from '@wordpress/i18n';

export interface Tab {
	name: string;
	title: string;
}

interface Props {
	tabs: Tab[];
	/** The selected tab's name. */
	selected: string;
	onSelect: ( name: string ) => void;
	/** The tab list's accessible name. */
	label: string;
	/** A panel's content; called only once the panel has been opened. */
	children: ( name: string ) => ReactNode;
}

/**
 * The id of a tab's button (`dsc-tab-<name>`), for focus and labels.
 *
 * @param name Tab name.
 * @return The id.
 */
export const tabId = ( name: string ) => `dsc-tab-${ name }`;

/**
 * Renders the tabs and their panels.
 *
 * @param props          Props.
 * @param props.tabs     The tabs, in order.
 * @param props.selected The selected tab.
 * @param props.onSelect Called with the tab to select.
 * @param props.label    The tab list's name.
 * @param props.children A panel's content; the first tab's is rendered at once, the
 *                       others' when first opened.
 * @return The tabs.
 */
export function Tabs( { tabs, selected, onSelect, label, children }: Props ) {
	// Panels opened so far: they stay mounted so that nothing typed in them is lost.
	// The first one is always there (the page's main content: its rows carry the DOM
	// hooks other code reads, whichever tab the page was opened on).
	const [ opened, setOpened ] = useState< string[] >( () =>
		Array.from( new Set( [ tabs[ 0 ]?.name ?? selected, selected ] ) )
	);
	if ( ! opened.includes( selected ) ) {
		setOpened( [ ...opened, selected ] );
	}

	const onKeyDown = ( event: KeyboardEvent< HTMLButtonElement > ) => {
		const at = tabs.findIndex( ( tab ) => tab.name === selected );
		const step = isRTL() ? -1 : 1;
		const moves: Record< string, number > = {
			ArrowRight: at + step,
			ArrowLeft: at - step,
			Home: 0,
			End: tabs.length - 1,
		};
		if ( ! ( event.key in moves ) ) {
			return;
		}
		event.preventDefault();
		const next =
			tabs[ ( moves[ event.key ]! + tabs.length ) % tabs.length ];
		if ( next ) {
			onSelect( next.name );
			document.getElementById( tabId( next.name ) )?.focus();
		}
	};

	return (
		<div className="dsc-tabs">
			<div
				role="tablist"
				aria-label={ label }
				aria-orientation="horizontal"
				className="components-tab-panel__tabs"
			>
				{ tabs.map( ( tab ) => {
					const isSelected = tab.name === selected;
					return (
						<button
							key={ tab.name }
							type="button"
							role="tab"
							id={ tabId( tab.name ) }
							aria-controls={ `dsc-panel-${ tab.name }` }
							aria-selected={ isSelected }
							tabIndex={ isSelected ? 0 : -1 }
							className={ `components-button components-tab-panel__tabs-item${
								isSelected ? ' is-active' : ''
							}` }
							onClick={ () => onSelect( tab.name ) }
							onKeyDown={ onKeyDown }
						>
							{ tab.title }
						</button>
					);
				} ) }
			</div>
			{ tabs.map( ( tab ) => (
				<div
					key={ tab.name }
					role="tabpanel"
					id={ `dsc-panel-${ tab.name }` }
					aria-labelledby={ tabId( tab.name ) }
					hidden={ tab.name !== selected }
					// Focusable, so that Tab reaches the panel right after the tab list.
					tabIndex={ 0 }
					className="components-tab-panel__tab-content dsc-tabs__panel"
				>
					{ opened.includes( tab.name ) && children( tab.name ) }
				</div>
			) ) }
		</div>
	);
}
