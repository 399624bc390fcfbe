import type { DesktopPrintRequestInput } from '../../../shared/print/desktopPrint';
import { canvasFileName } from '../../../shared/interchange/jsonCanvasExport';
import { unwrap } from '../../../shared/rpc/client';

const mimes = { pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml' } as const;

/**
 * In the desktop app, boards and reports are printed by Electron (a hidden sandboxed window,
 * src/main/printToPdf.ts) rather than by the core's Chromium, which only browser mode and the
 * command line have. Undefined outside the desktop app.
 */
export function desktopPrint(): ((request: DesktopPrintRequestInput, title: string) => Promise<{ fileName: string; mime: string; bytes: Uint8Array }>) | undefined {
  const bridge = window.minga;
  if (!bridge) return undefined;
  return async (request, title) => {
    const format = request.kind === 'board' ? (request.format ?? 'pdf') : 'pdf';
    return {
      fileName: canvasFileName(title).replace(/\.canvas$/, `.${format}`),
      mime: mimes[format],
      bytes: unwrap(await bridge.print(request)),
    };
  };
}
