/**
 * Getting the report out of the page: clipboard and file downloads.
 */

/**
 * Copies text to the clipboard.
 *
 * The asynchronous Clipboard API only exists in secure contexts (HTTPS or localhost);
 * plenty of wp-admins run on plain HTTP, where the old selection + `execCommand( 'copy' )`
 * way is the only one that works.
 *
 * @param text Text to copy.
 * @return Whether the browser reported success.
 */
export async function copyText( text: string ): Promise< boolean > {
	if ( navigator.clipboard?.writeText ) {
		try {
			await navigator.clipboard.writeText( text );
			return true;
		} catch {
			// Permission refused: try the old way below.
		}
	}
	const area = document.createElement( 'textarea' );
	area.value = text;
	area.setAttribute( 'readonly', '' );
	area.style.position = 'fixed';
	area.style.opacity = '0';
	const doc = area.ownerDocument;
	const focused = doc.activeElement as HTMLElement | null;
	doc.body.appendChild( area );
	area.select();
	let copied = false;
	try {
		copied = document.execCommand( 'copy' );
	} catch {
		copied = false;
	}
	area.remove();
	// Keep keyboard users where they were.
	focused?.focus();
	return copied;
}

/**
 * Offers text as a file download.
 *
 * @param fileName Name the browser proposes.
 * @param content  File content.
 * @param type     MIME type.
 */
export function downloadFile(
	fileName: string,
	content: string,
	type: string
): void {
	const url = URL.createObjectURL(
		new Blob( [ content ], { type: `${ type };charset=utf-8` } )
	);
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.appendChild( link );
	link.click();
	link.remove();
	// Revoke later: some browsers start reading the blob after click() returns.
	window.setTimeout( () => URL.revokeObjectURL( url ), 1000 );
}

/**
 * The file name of a report download, dated so that several downloads stay apart.
 *
 * @param now       ISO 8601 time.
 * @param redacted  Whether it is the redacted variant.
 * @param extension `txt` or `json`.
 * @return File name.
 */
export function reportFileName(
	now: string,
	redacted: boolean,
	extension: 'txt' | 'json'
): string {
	const day = now.slice( 0, 10 );
	return `dokan-support-check-${ day }${
		redacted ? '-redacted' : ''
	}.${ extension }`;
}
