import { BrowserWindow } from 'electron';
import { printQuery, type PrintOptions } from '../shared/print/options';
import type { RendererLocation } from './rendererLocation';
import { windowOptions } from './window';

export interface DesktopPrintRequest {
  boardId: string;
  options: PrintOptions;
}

/** How long the print view may take to load the board, its fonts and images. */
const readyTimeoutMs = 90_000;
const pollMs = 100;

/**
 * The desktop app's board to PDF: the print view in a hidden window with the same sandbox and
 * preload as the main one (so it reaches the core through its own port, wired by
 * `connectPage`), printed with Electron's printToPDF once `__mingaPrintReady` is set. Returns
 * the bytes; the caller saves them (write-then-rename). Aborting destroys the window.
 *
 * Not yet wired to a menu or IPC call, and not run here (no Electron binary on the build
 * machines); the app's header uses the core's Chromium export in browser mode.
 */
export async function printBoardToPdf(
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
    const search = printQuery(request.options, 'pages');
    const hash = `/print/board/${request.boardId}`;
    await (location.kind === 'file'
      ? window.loadFile(location.entry, { search, hash })
      : window.loadURL(`${location.entry}?${search}#${hash}`));
    const started = Date.now();
    while (!(await window.webContents.executeJavaScript('window.__mingaPrintReady === true'))) {
      signal?.throwIfAborted();
      if (Date.now() - started > readyTimeoutMs) throw new Error('The print view did not get ready in time.');
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    signal?.throwIfAborted();
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: request.options.paper,
      landscape: request.options.orientation === 'landscape',
    });
    return new Uint8Array(pdf);
  } finally {
    signal?.removeEventListener('abort', destroy);
    destroy();
  }
}
