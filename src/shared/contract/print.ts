import { z } from 'zod';
import { Id } from '../domain/ids';
import { boardPrintFormats, PngScale, PrintOptions, Selection } from '../print/options';
import { Bytes } from './boards';
import { procedure } from './procedure';

export const BoardPrintRequest = z.object({
  boardId: Id,
  format: z.enum(boardPrintFormats),
  options: PrintOptions,
  /** PNG only: pixels per board unit. */
  scale: PngScale.default(1),
  /** Only these elements (and the connectors between them), framed to them; the whole board when absent. */
  only: Selection.optional(),
  /** Chosen by the caller, so it can cancel the export while it runs. */
  jobId: Id,
});
export type BoardPrintRequest = z.output<typeof BoardPrintRequest>;

export const reportKinds = ['workshop', 'exercise'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const ReportPdfRequest = z.object({ kind: z.enum(reportKinds), id: Id, jobId: Id });

const PrintedFile = z.object({ fileName: z.string(), mime: z.string(), bytes: Bytes });

/**
 * A board as PDF, PNG or SVG, drawn by the print view in Chromium (src/core/export). The bytes
 * come back and the renderer saves them, so the core never writes where a page asked.
 * `export_unavailable` when this process has no Chromium or built renderer; `cancelled` after
 * `cancelBoardPrint`.
 */
export const printContract = {
  exportBoardPrint: procedure(BoardPrintRequest, PrintedFile),
  /** A workshop report (relatoría) or an exercise report as PDF, the same way. */
  exportReportPdf: procedure(ReportPdfRequest, PrintedFile),
  /** Cancels a running board or report export by its job id. */
  cancelBoardPrint: procedure(z.object({ jobId: Id }), z.object({ cancelled: z.boolean() })),
};
