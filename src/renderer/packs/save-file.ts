// Hands a file to the delegate: a Blob behind a link with a download name. The browser saves it
// to its downloads; the desktop app asks where to save it. Nothing goes through the network.
export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
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
