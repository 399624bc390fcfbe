import { BrowserWindow } from 'electron';
import { desktopPrintAddress, type DesktopPrintRequest } from '../shared/print/desktopPrint';
import type { RendererLocation } from './rendererLocation';
import { windowOptions } from './window';

/** How long the print view may take to load the board, its fonts and images. */
const readyTimeoutMs = 90_000;
const pollMs = 100;

/**
 * The desktop app's prints: the print view in a hidden window with the same sandbox and
 * preload as the main one (so it reaches the core through its own port, wired by
 * `connectPage`), once `__mingaPrintReady` is set: printed with Electron's printToPDF, or for a
 * board's PNG captured at its own size times the scale, or for its SVG asked of the page
 * (`__mingaPrintSvg`, fonts and images inline). Returns the bytes; the page saves them.
 * Aborting destroys the window.
 *
 * Reached from the page through the `app:print` IPC channel (registered in index.ts, sender
 * checked by ipcGuard, request validated with `DesktopPrintRequest`). Not run on the build
 * machines (no Electron binary there): unit-tested against a mocked Electron.
 */
export async function printInHiddenWindow(
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
    if (request.kind === 'board' && request.format === 'svg') {
      return new TextEncoder().encode(String(await window.webContents.executeJavaScript('window.__mingaPrintSvg()')));
    }
    if (request.kind === 'board' && request.format === 'png') return await capturePng(window, request.scale);
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

/** The drawing's size in CSS pixels, as the print view laid it out in `image` mode. */
const measureDrawing = `(() => { const box = document.querySelector('[data-print-image]').getBoundingClientRect(); return { width: Math.ceil(box.width), height: Math.ceil(box.height) }; })()`;

/**
 * A board as PNG: the hidden window sized to the drawing times the scale and zoomed by it, then
 * captured. Electron caps a window at the screen's maximum texture size, so a huge board at a
 * large scale comes out smaller; the browser mode's export has no such cap.
 */
async function capturePng(window: BrowserWindow, scale: number): Promise<Uint8Array> {
  const size = (await window.webContents.executeJavaScript(measureDrawing)) as { width: number; height: number };
  const width = Math.ceil(size.width * scale);
  const height = Math.ceil(size.height * scale);
  window.webContents.setZoomFactor(scale);
  window.setContentSize(width, height);
  // Let the page lay out again at the new size before the capture.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const image = await window.webContents.capturePage({ x: 0, y: 0, width, height });
  return new Uint8Array(image.toPNG());
}
