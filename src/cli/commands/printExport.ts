import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../../core/export/atomicFile';
import { printBoard } from '../../core/export/printBoard';
import { printReport } from '../../core/export/printReport';
import type { ReportKind } from '../../shared/contract/print';
import { ApiError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { fits, orientations, papers, PngScale, PrintOptions, Selection } from '../../shared/print/options';
import { UsageError } from '../args';
import type { Engine } from '../../core/engine';
import { CliFailure, openEngine } from '../openEngine';
import { rendererDir } from './serve';

/** The flags `minga export --format pdf|png|svg` adds to the canvas export's. */
export const printFlags = {
  paper: { type: 'string' },
  orientation: { type: 'string' },
  fit: { type: 'string' },
  scale: { type: 'string' },
  header: { type: 'boolean' },
  'no-header': { type: 'boolean' },
  footer: { type: 'boolean' },
  'no-footer': { type: 'boolean' },
  elements: { type: 'string' },
} as const;

export const PrintArgs = z.object({
  paper: z.enum(papers).optional(),
  orientation: z.enum(orientations).optional(),
  fit: z.enum(fits).optional(),
  scale: z.string().regex(/^\d+(\.\d+)?$/, 'must be a number').transform(Number).pipe(PngScale).optional(),
  header: z.boolean().optional(),
  'no-header': z.boolean().optional(),
  footer: z.boolean().optional(),
  'no-footer': z.boolean().optional(),
  /** A selection: element ids separated by commas. */
  elements: z.string().transform((list) => list.split(',').map((id) => id.trim()).filter(Boolean)).pipe(Selection).optional(),
});
type PrintArgs = z.output<typeof PrintArgs>;

/** The flags as print options; `--no-header` / `--no-footer` win over their positive forms. */
function printOptions(args: PrintArgs): PrintOptions {
  return PrintOptions.parse({
    paper: args.paper,
    orientation: args.orientation,
    fit: args.fit,
    header: args['no-header'] ? false : args.header,
    footer: args['no-footer'] ? false : args.footer,
  });
}

/**
 * Runs one export through a print view in Chromium and writes its file whole (temporary file,
 * then rename) or not at all, also when the process is interrupted (Ctrl-C cancels it).
 */
async function runPrintExport(
  args: { data: string; json: boolean; out: string; format: string },
  what: { missing: string; done: string },
  work: (engine: Engine, signal: AbortSignal) => Promise<{ bytes: Uint8Array }>,
): Promise<void> {
  const engine = openEngine(args.data, 'cli', { rendererDir: rendererDir() });
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    let printed;
    try {
      printed = await work(engine, controller.signal);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') throw new CliFailure(`This folder has no ${what.missing}; nothing was written.`);
      if (error instanceof ApiError) throw new CliFailure(`${error.message} Nothing was written.`);
      throw new CliFailure(`The export failed (${(error as Error).message}); nothing was written.`);
    }
    try {
      writeFileAtomically(args.out, printed.bytes);
    } catch (error) {
      throw new CliFailure(`Cannot write ${args.out}: ${(error as Error).message}`);
    }
    console.log(args.json ? JSON.stringify({ file: path.resolve(args.out), format: args.format, bytes: printed.bytes.length }) : `Wrote the ${what.done} to ${args.out} (${args.format.toUpperCase()}).`);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    engine.close();
  }
}

/** A board to PDF, PNG or SVG through its print view. */
export function exportBoardPrint(args: PrintArgs & { data: string; json: boolean; board: string; format: 'pdf' | 'png' | 'svg'; out: string }): Promise<void> {
  if (args.scale !== undefined && args.format !== 'png') throw new UsageError('--scale: applies to --format png only.');
  const request = { boardId: args.board, format: args.format, options: printOptions(args), scale: args.scale ?? 1, jobId: newId(), ...(args.elements ? { only: args.elements } : {}) };
  return runPrintExport(args, { missing: `board ${args.board}`, done: 'board' }, (engine, signal) => printBoard(engine, rendererDir(), request, signal));
}

/** A workshop report (relatoría) or an exercise report to PDF through its print view. */
export function exportReportPdf(args: { data: string; json: boolean; kind: ReportKind; id: string; out: string }): Promise<void> {
  const done = args.kind === 'workshop' ? 'workshop report' : 'exercise report';
  return runPrintExport({ ...args, format: 'pdf' }, { missing: `${args.kind} ${args.id}`, done }, (engine, signal) => printReport(engine, rendererDir(), args.kind, args.id, signal));
}
