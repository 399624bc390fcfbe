import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { appContract } from '../../shared/contract';
import { ApiError } from '../../shared/domain/errors';
import { Id } from '../../shared/domain/ids';
import { maxImportBytes } from '../../shared/interchange/refusal';
import { boardPrintFormats } from '../../shared/print/options';
import { dataDirOption, parseCommand, UsageError } from '../args';
import { CliFailure, openEngine } from '../openEngine';
import { exportBoardPrint, exportReportPdf, PrintArgs, printFlags } from './printExport';

const isPrintFormat = (format: string): format is 'pdf' | 'png' | 'svg' => (boardPrintFormats as readonly string[]).includes(format);

export const exportHelp = 'minga export [--data DIR] (--board ID --format canvas|pdf|png|svg [--paper A4|A3|Letter] [--orientation portrait|landscape] [--fit page|tile] [--no-header] [--no-footer] [--scale N] [--elements ID,ID…] | --workshop ID --format pdf | --exercise ID --format pdf) --out FILE   a board (or, with --elements, a selection of it) as JSON Canvas 1.0, PDF, PNG or SVG; a workshop report (relatoría) or an exercise report as PDF';
export const importHelp = 'minga import [--data DIR] FILE [--exercise ID] [--json]   a .canvas or .excalidraw file as a new board';

const ExportArgs = PrintArgs.extend({
  data: dataDirOption,
  json: z.boolean(),
  board: Id.optional(),
  workshop: Id.optional(),
  exercise: Id.optional(),
  format: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
});

/** `minga export`: one board to a file, written beside the target and renamed so no half file is left. */
export async function exportBoard(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { board: { type: 'string' }, workshop: { type: 'string' }, exercise: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, ...printFlags }, ExportArgs);
  if (args.positionals.length > 0) throw new UsageError(`Unexpected ${args.positionals.join(' ')}.`);
  const targets = [args.board, args.workshop, args.exercise].filter((target) => target !== undefined);
  if (targets.length !== 1) throw new UsageError('--board, --workshop or --exercise: give exactly one (the id to export; see `minga list`).');
  if (!args.format) throw new UsageError('--format: is required (canvas, pdf, png or svg for a board; pdf for a report).');
  if (!args.out) throw new UsageError('--out: is required (the file to write).');
  const report = args.workshop ? { kind: 'workshop' as const, id: args.workshop } : args.exercise ? { kind: 'exercise' as const, id: args.exercise } : undefined;
  if (report) {
    if (args.format !== 'pdf') throw new CliFailure(`A report exports to PDF only (--format pdf), not "${args.format}". Nothing was written.`);
    return exportReportPdf({ ...args, ...report, out: args.out });
  }
  if (!args.board) throw new UsageError('--board: is required (the id of the board to export; see `minga list`).');
  const { format, board, out } = args;
  if (isPrintFormat(format)) return exportBoardPrint({ ...args, format, board, out });
  if (args.elements) throw new UsageError('--elements: applies to --format pdf, png and svg only.');
  if (format !== 'canvas') throw new CliFailure(`Unknown export format "${format}"; canvas, pdf, png and svg are available. Nothing was written.`);
  const engine = openEngine(args.data, 'cli');
  try {
    let exported;
    try {
      exported = await engine.handlers.exportBoardCanvas({ boardId: args.board }, engine.connect({}));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') throw new CliFailure(`This folder has no board ${args.board}; nothing was written.`);
      throw error;
    }
    writeAtomically(args.out, exported.content);
    console.log(args.json ? JSON.stringify({ file: path.resolve(args.out), format: 'canvas' }) : `Wrote the board to ${args.out} (JSON Canvas 1.0).`);
  } finally {
    engine.close();
  }
}

function writeAtomically(file: string, text: string): void {
  const partial = `${file}.partial`;
  try {
    fs.writeFileSync(partial, text);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new CliFailure(`Cannot write ${file}: ${(error as Error).message}`);
  }
}

const ImportArgs = z.object({ data: dataDirOption, json: z.boolean(), exercise: Id.optional() });

/** `minga import`: the whole file is read and checked first; a refused file changes nothing. */
export async function importBoard(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { exercise: { type: 'string' } }, ImportArgs);
  const [file, ...extra] = args.positionals;
  if (!file) throw new UsageError('import needs the FILE to import (.canvas or .excalidraw).');
  if (extra.length > 0) throw new UsageError(`Unexpected ${extra.join(' ')}.`);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new CliFailure(`Cannot read ${file}: no such file.`);
  }
  // Checked before reading, so a huge file is never loaded into memory.
  if (size > maxImportBytes) throw new CliFailure(`${file} is larger than ${maxImportBytes / 1024 / 1024} MB, more than Minga imports; nothing was imported.`);
  const input = appContract.importBoardFile.input.safeParse({ fileName: path.basename(file), content: fs.readFileSync(file, 'utf8'), exerciseId: args.exercise });
  if (!input.success) throw new CliFailure(`${file} cannot be imported (${input.error.issues[0]?.message}); nothing was imported.`);
  const engine = openEngine(args.data, 'cli');
  try {
    let result;
    try {
      result = await engine.handlers.importBoardFile(input.data, engine.connect({}));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') throw new CliFailure(`This folder has no exercise ${args.exercise}; nothing was imported.`);
      if (error instanceof ApiError) throw new CliFailure(`${file}: ${error.message} Nothing was imported.`);
      throw error;
    }
    if (args.json) {
      console.log(JSON.stringify(result));
      return;
    }
    const board = result.boards[0]!;
    console.log(`Imported ${file} as the board "${board.title}" [${board.id}] in workshop [${result.workshopId}] of exercise [${result.exerciseId}].`);
    console.log(`  created: ${counted(result.summary.created) || 'nothing'}`);
    if (Object.keys(result.summary.skipped).length > 0) console.log(`  skipped: ${counted(result.summary.skipped)}`);
  } finally {
    engine.close();
  }
}

const counted = (counts: Record<string, number>) => Object.entries(counts).map(([type, count]) => `${count} ${type}`).join(', ');
