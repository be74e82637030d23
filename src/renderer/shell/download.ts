// Hands a file to the delegate: a Blob behind a link with a download name. The browser saves it
// to its downloads; the desktop app asks where to save it. Nothing goes through the network.
// Shared by every export in the UI (packs, calendar, contacts, annotations).
export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  saveBlob(fileName, new Blob([content], { type: `${type};charset=utf-8` }));
}

/** The same for a file already in bytes (a Word or PDF briefing note). */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a minute is ample before letting the Blob go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
