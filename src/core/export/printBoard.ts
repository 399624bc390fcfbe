import type { BoardPrintRequest } from '../../shared/contract/print';
import { ApiError } from '../../shared/domain/errors';
import { canvasFileName } from '../../shared/interchange/jsonCanvasExport';
import { printQuery } from '../../shared/print/options';
import type { Engine } from '../engine';
import { capturePrintView, type PrintWindow } from './printView';

export interface PrintedBoard {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

const mimes = { pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml' } as const;

/** A board as PDF, PNG or SVG through its print view (`#/print/board/:id`, see printView.ts). */
export async function printBoard(engine: Engine, rendererDir: string, request: BoardPrintRequest, signal?: AbortSignal): Promise<PrintedBoard> {
  const title = boardTitle(engine, request.boardId);
  const mode = request.format === 'pdf' ? 'pages' : 'image';
  const bytes = await capturePrintView(engine, rendererDir, `?${printQuery(request.options, mode, request.only)}#/print/board/${request.boardId}`, async (page) => {
    if (request.format === 'pdf') return page.pdf({ printBackground: true, preferCSSPageSize: true, format: request.options.paper, landscape: request.options.orientation === 'landscape' });
    if (request.format === 'png') return page.locator('[data-print-image]').screenshot({ type: 'png' });
    return Buffer.from(await page.evaluate(() => (globalThis as PrintWindow).__mingaPrintSvg!()), 'utf8');
  }, { signal, deviceScaleFactor: request.format === 'png' ? request.scale : 1 });
  return { fileName: canvasFileName(title).replace(/\.canvas$/, `.${request.format}`), mime: mimes[request.format], bytes: new Uint8Array(bytes) };
}

function boardTitle(engine: Engine, boardId: string): string {
  const store = engine.store;
  if (!store) throw new ApiError('store_unavailable', 'The store is not open.');
  if (store.documents.kindOf(boardId) !== 'board') throw new ApiError('not_found', `No board ${boardId}.`);
  const row = store.db.prepare('SELECT title FROM boards WHERE id = ?').get(boardId) as { title: string } | undefined;
  return row?.title ?? 'board';
}
