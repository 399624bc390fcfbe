import { BrowserWindow } from 'electron';
import { desktopPrintAddress, type DesktopPrintRequest } from '../shared/print/desktopPrint';
import type { RendererLocation } from './rendererLocation';
import { windowOptions } from './window';

/** How long the print view may take to load the board, its fonts and images. */
const readyTimeoutMs = 90_000;
const pollMs = 100;

/**
 * The desktop app's board to PDF: the print view in a hidden window with the same sandbox and
 * preload as the main one (so it reaches the core through its own port, wired by
 * `connectPage`), printed with Electron's printToPDF once `__mingaPrintReady` is set. Returns
 * the bytes; the caller saves them (write-then-rename). Aborting destroys the window.
 *
 * Reached from the page through the `printToPdf` IPC channel (registered in index.ts, sender
 * checked by ipcGuard, request validated with `DesktopPrintRequest`). Not run on the build
 * machines (no Electron binary there): unit-tested against a mocked Electron.
 */
export async function printToPdf(
  location: RendererLocation,
  preloadPath: string,
  request: DesktopPrintRequest,
  connectPage: (window: BrowserWindow) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const window = new BrowserWindow({ ...windowOptions(preloadPath), show: false, webPreferences: { ...windowOptions(preloadPath).webPreferences, spellcheck: false } });
  const destroy = () => {
    if (!window.isDestroyed()) window.destroy();
  };
  signal?.addEventListener('abort', destroy, { once: true });
  try {
    signal?.throwIfAborted();
    connectPage(window);
    const { search, hash } = desktopPrintAddress(request);
    await (location.kind === 'file'
      ? window.loadFile(location.entry, { search, hash })
      : window.loadURL(`${location.entry}${search ? `?${search}` : ''}#${hash}`));
    const started = Date.now();
    while (!(await window.webContents.executeJavaScript('window.__mingaPrintReady === true'))) {
      signal?.throwIfAborted();
      if (Date.now() - started > readyTimeoutMs) throw new Error('The print view did not get ready in time.');
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    signal?.throwIfAborted();
    // A board's paper comes from its options; a report's from its own CSS (A4).
    const pdf = await window.webContents.printToPDF(request.kind === 'board'
      ? { printBackground: true, preferCSSPageSize: true, pageSize: request.options.paper, landscape: request.options.orientation === 'landscape' }
      : { printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    signal?.removeEventListener('abort', destroy);
    destroy();
  }
}
