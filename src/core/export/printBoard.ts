import fs from 'node:fs';
import path from 'node:path';
import type { BoardPrintRequest } from '../../shared/contract/print';
import { ApiError } from '../../shared/domain/errors';
import { canvasFileName } from '../../shared/interchange/jsonCanvasExport';
import { printQuery } from '../../shared/print/options';
import type { Engine } from '../engine';
import { startWebServer } from '../web/server';
import { chromiumPath, launchChromium } from './chromium';

export interface PrintedBoard {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** What the print view exposes to drivers (src/renderer/features/print/PrintPage.tsx). */
type PrintWindow = typeof globalThis & { __mingaPrintReady?: boolean; __mingaPrintSvg?: () => Promise<string> };

const mimes = { pdf: 'application/pdf', png: 'image/png', svg: 'image/svg+xml' } as const;
/** How long the print view may take to load the board, its fonts and images. */
const readyTimeoutMs = 90_000;

/**
 * A board as PDF, PNG or SVG: serves the built renderer for this engine on 127.0.0.1:0 (Chromium
 * cannot load it from file://), opens the print view in headless Chromium, waits for
 * `__mingaPrintReady`, then prints, takes a screenshot or asks for the SVG. Aborting closes the
 * browser at once and rejects with `cancelled`. Nothing is written to disk here.
 */
export async function printBoard(engine: Engine, rendererDir: string, request: BoardPrintRequest, signal?: AbortSignal): Promise<PrintedBoard> {
  const title = boardTitle(engine, request.boardId);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new ApiError('export_unavailable', `The built renderer is missing (${rendererDir}); run npm run build.`);
  if (!fs.existsSync(chromiumPath())) throw new ApiError('export_unavailable', `No Chromium at ${chromiumPath()}; set CHROMIUM_PATH.`);
  const server = await startWebServer({ engine, staticDir: rendererDir });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const cancelled = () => void browser.close();
  signal?.addEventListener('abort', cancelled, { once: true });
  try {
    // A cancel that came while Chromium was starting.
    if (signal?.aborted) throw new ApiError('cancelled', 'The export was cancelled; nothing was written.');
    const context = await browser.newContext({ deviceScaleFactor: request.format === 'png' ? request.scale : 1, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const mode = request.format === 'pdf' ? 'pages' : 'image';
    await page.goto(`${server.url}?${printQuery(request.options, mode)}#/print/board/${request.boardId}`);
    await page.waitForFunction(() => (globalThis as PrintWindow).__mingaPrintReady === true, undefined, { timeout: readyTimeoutMs });
    const bytes =
      request.format === 'pdf'
        ? await page.pdf({ printBackground: true, preferCSSPageSize: true, format: request.options.paper, landscape: request.options.orientation === 'landscape' })
        : request.format === 'png'
          ? await page.locator('[data-print-image]').screenshot({ type: 'png' })
          : Buffer.from(await page.evaluate(() => (globalThis as PrintWindow).__mingaPrintSvg!()), 'utf8');
    return { fileName: canvasFileName(title).replace(/\.canvas$/, `.${request.format}`), mime: mimes[request.format], bytes: new Uint8Array(bytes) };
  } catch (error) {
    if (signal?.aborted) throw new ApiError('cancelled', 'The export was cancelled; nothing was written.');
    throw error;
  } finally {
    signal?.removeEventListener('abort', cancelled);
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

function boardTitle(engine: Engine, boardId: string): string {
  const store = engine.store;
  if (!store) throw new ApiError('store_unavailable', 'The store is not open.');
  if (store.documents.kindOf(boardId) !== 'board') throw new ApiError('not_found', `No board ${boardId}.`);
  const row = store.db.prepare('SELECT title FROM boards WHERE id = ?').get(boardId) as { title: string } | undefined;
  return row?.title ?? 'board';
}
