/**
 * Handing a file to the learner: through the phone's share sheet where the browser can share
 * files (Chrome on Android: straight into Zalo), else as a download. Nothing goes to a server.
 */

export type ShareOutcome = 'shared' | 'cancelled' | 'downloaded';

/** Whether this browser can put a file in its share sheet. */
export function can_share_files(nav: Navigator | undefined = globalThis.navigator): boolean {
	if (!nav?.canShare || !nav.share) return false;
	try {
		return nav.canShare({ files: [new File(['x'], 'x.txt', { type: 'text/plain' })] });
	} catch {
		return false;
	}
}

/** Saves `text` as a file named `name` (a Blob URL, let go of once the download started). */
export function download_text(text: string, name: string, type = 'text/plain;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Shares `text` as a file where the browser can, else downloads it. */
export async function share_or_download(
	text: string,
	name: string,
	title: string,
	nav: Navigator | undefined = globalThis.navigator
): Promise<ShareOutcome> {
	const file = new File([text], name, { type: 'text/plain' });
	if (nav?.canShare?.({ files: [file] }) && nav.share) {
		try {
			await nav.share({ files: [file], title });
			return 'shared';
		} catch (error) {
			if ((error as { name?: string })?.name === 'AbortError') return 'cancelled';
			// a share sheet that failed otherwise: fall back to the download
		}
	}
	download_text(text, name);
	return 'downloaded';
}
