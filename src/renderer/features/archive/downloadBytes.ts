/**
 * Saves bytes as a file through a temporary Blob link: a download in the browser, the save
 * dialog in the desktop window; the core never writes where a page asked it to.
 */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
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
