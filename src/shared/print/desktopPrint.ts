import { z } from 'zod';
import { Id } from '../domain/ids';
import { PrintOptions, printQuery, Selection } from './options';

/**
 * What the desktop app prints to PDF with Electron's printToPDF (src/main/printToPdf.ts): a
 * board with its paper options (or a selection of it), or a workshop or exercise report. Main
 * builds the print view's address from this itself; the page never hands it an address.
 */
export const DesktopPrintRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('board'), id: Id, options: PrintOptions, only: Selection.optional() }),
  z.strictObject({ kind: z.enum(['workshop', 'exercise']), id: Id }),
]);
export type DesktopPrintRequest = z.output<typeof DesktopPrintRequest>;
export type DesktopPrintRequestInput = z.input<typeof DesktopPrintRequest>;

/** The print view's query (without `?`) and hash route (without `#`) for a request. */
export function desktopPrintAddress(request: DesktopPrintRequest): { search: string; hash: string } {
  if (request.kind === 'board') return { search: printQuery(request.options, 'pages', request.only), hash: `/print/board/${request.id}` };
  return { search: '', hash: `/print/${request.kind}/${request.id}` };
}
