/**
 * Saves a file through a temporary Blob link: a download in the browser, the save dialog in the
 * desktop window. Works offline, and the core never writes where a page asked it to.
 */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  save(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

/** Text (JSON by default) as a UTF-8 file. */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  save(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the Blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
