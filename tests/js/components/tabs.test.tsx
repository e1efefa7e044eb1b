/**
 * The tabs on their own: the WAI-ARIA wiring, the arrow keys' direction in a
 * right-to-left language, and panels that keep what was typed in them.
 */

/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';
import { resetLocaleData, setLocaleData } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { Tabs } from '../../../src/components/tabs';

const TABS = [
	{ name: 'one', title: 'One' },
	{ name: 'two', title: 'Two' },
	{ name: 'three', title: 'Three' },
];

function Page( { onRender }: { onRender?: ( name: string ) => void } ) {
	const [ selected, setSelected ] = useState( 'one' );
	return (
		<Tabs
			tabs={ TABS }
			selected={ selected }
			onSelect={ setSelected }
			label="Sections"
		>
			{ ( name ) => {
				onRender?.( name );
				return (
					<>
						<label htmlFor={ `notes-${ name }` }>
							{ `Notes ${ name }` }
						</label>
						<input id={ `notes-${ name }` } type="text" />
					</>
				);
			} }
		</Tabs>
	);
}

afterEach( () => resetLocaleData() );

it( 'ties each tab to its panel, and each panel to its tab', () => {
	render( <Page /> );
	for ( const tab of screen.getAllByRole( 'tab' ) ) {
		const panel = document.getElementById(
			String( tab.getAttribute( 'aria-controls' ) )
		)!;
		expect( panel ).toHaveAttribute( 'role', 'tabpanel' );
		expect( panel ).toHaveAttribute( 'aria-labelledby', tab.id );
	}
	expect( screen.getByRole( 'tablist' ) ).toHaveAttribute(
		'aria-orientation',
		'horizontal'
	);
	expect( screen.getByRole( 'tabpanel' ) ).toHaveAccessibleName( 'One' );
} );

it( 'draws a panel when first opened, and keeps it, with what was typed in it', async () => {
	const user = userEvent.setup();
	const rendered = new Set< string >();
	render( <Page onRender={ ( name ) => rendered.add( name ) } /> );
	expect( [ ...rendered ] ).toEqual( [ 'one' ] );

	await user.click( screen.getByRole( 'tab', { name: 'Two' } ) );
	await user.type(
		screen.getByRole( 'textbox', { name: 'Notes two' } ),
		'half a sentence'
	);
	await user.click( screen.getByRole( 'tab', { name: 'One' } ) );
	expect( screen.queryByRole( 'textbox', { name: 'Notes two' } ) ).toBeNull();
	await user.click( screen.getByRole( 'tab', { name: 'Two' } ) );
	expect( screen.getByRole( 'textbox', { name: 'Notes two' } ) ).toHaveValue(
		'half a sentence'
	);
	expect( rendered.has( 'three' ) ).toBe( false );
} );

it( 'moves the other way in a right-to-left language', async () => {
	// How WordPress says a language is written right to left.
	setLocaleData( { 'text direction\u0004ltr': [ 'rtl' ] } );
	const user = userEvent.setup();
	render( <Page /> );
	await user.click( screen.getByRole( 'tab', { name: 'One' } ) );
	await user.keyboard( '{ArrowLeft}' );
	expect( screen.getByRole( 'tab', { name: 'Two' } ) ).toHaveFocus();
	expect( screen.getByRole( 'tab', { name: 'Two' } ) ).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await user.keyboard( '{ArrowRight}{ArrowRight}' );
	expect( screen.getByRole( 'tab', { name: 'Three' } ) ).toHaveFocus();
} );
