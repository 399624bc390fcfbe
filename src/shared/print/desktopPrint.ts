import { z } from 'zod';
import { Id } from '../domain/ids';
import { boardPrintFormats, PngScale, PrintOptions, printQuery, Selection } from './options';

/**
 * What the desktop app prints with Electron (src/main/printToPdf.ts): a board to PDF with its
 * paper options, or to PNG (at a scale) or SVG, whole or a selection of it; or a workshop or
 * exercise report to PDF. Main builds the print view's address from this itself; the page never
 * hands it an address.
 */
export const DesktopPrintRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('board'), id: Id, options: PrintOptions, only: Selection.optional(),
    format: z.enum(boardPrintFormats).default('pdf'), scale: PngScale.default(1),
  }),
  z.strictObject({ kind: z.enum(['workshop', 'exercise']), id: Id }),
]);
export type DesktopPrintRequest = z.output<typeof DesktopPrintRequest>;
export type DesktopPrintRequestInput = z.input<typeof DesktopPrintRequest>;

/** The print view's query (without `?`) and hash route (without `#`) for a request. */
export function desktopPrintAddress(request: DesktopPrintRequest): { search: string; hash: string } {
  if (request.kind === 'board') return { search: printQuery(request.options, request.format === 'pdf' ? 'pages' : 'image', request.only), hash: `/print/board/${request.id}` };
  return { search: '', hash: `/print/${request.kind}/${request.id}` };
}
