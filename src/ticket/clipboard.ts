/**
 * Copying and downloading text from the browser. The Clipboard API needs a
 * secure context (HTTPS or localhost); plain-HTTP admin screens fall back to
 * a hidden textarea and `execCommand( 'copy' )`.
 */

/**
 * Copies text to the clipboard.
 *
 * @param text What to copy.
 * @return Resolves true when copied, false when the browser refused.
 */
export async function copyText( text: string ): Promise< boolean > {
	if ( window.isSecureContext && navigator.clipboard?.writeText ) {
		try {
			await navigator.clipboard.writeText( text );
			return true;
		} catch {
			// Permission refused: try the fallback below.
		}
	}
	const area = document.createElement( 'textarea' );
	area.value = text;
	area.setAttribute( 'readonly', '' );
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.appendChild( area );
	area.select();
	let copied = false;
	try {
		copied = document.execCommand( 'copy' );
	} catch {
		copied = false;
	}
	area.remove();
	return copied;
}

/**
 * Offers text as a file download.
 *
 * @param text     The file's content.
 * @param fileName The suggested file name.
 * @param type     MIME type.
 */
export function downloadText(
	text: string,
	fileName: string,
	type = 'text/plain;charset=utf-8'
): void {
	const url = URL.createObjectURL( new Blob( [ text ], { type } ) );
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = fileName;
	document.body.appendChild( link );
	link.click();
	link.remove();
	// Revoke later: some browsers read the URL after click() returns.
	window.setTimeout( () => URL.revokeObjectURL( url ), 1000 );
}
