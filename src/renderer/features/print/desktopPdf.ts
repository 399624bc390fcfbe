import type { DesktopPrintRequestInput } from '../../../shared/print/desktopPrint';
import { canvasFileName } from '../../../shared/interchange/jsonCanvasExport';
import { unwrap } from '../../../shared/rpc/client';

/**
 * In the desktop app, PDFs are printed by Electron (a hidden sandboxed window and printToPDF,
 * src/main/printToPdf.ts) rather than by the core's Chromium, which only browser mode and the
 * command line have. Undefined outside the desktop app.
 */
export function desktopPdf(): ((request: DesktopPrintRequestInput, title: string) => Promise<{ fileName: string; mime: string; bytes: Uint8Array }>) | undefined {
  const bridge = window.minga;
  if (!bridge) return undefined;
  return async (request, title) => ({
    fileName: canvasFileName(title).replace(/\.canvas$/, '.pdf'),
    mime: 'application/pdf',
    bytes: unwrap(await bridge.printToPdf(request)),
  });
}
