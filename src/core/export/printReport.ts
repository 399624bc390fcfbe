import { ApiError } from '../../shared/domain/errors';
import { canvasFileName } from '../../shared/interchange/jsonCanvasExport';
import type { ReportKind } from '../../shared/contract/print';
import type { Engine } from '../engine';
import { capturePrintView } from './printView';

/**
 * A workshop report (relatoría) or an exercise report as PDF: its print view
 * (`#/print/workshop/:id`, `#/print/exercise/:id`) printed by Chromium on the sheets its own CSS
 * sets (A4, running header, page numbers). The view waits for every board drawing before it
 * says it is ready.
 */
export async function printReport(engine: Engine, rendererDir: string, kind: ReportKind, id: string, signal?: AbortSignal): Promise<{ fileName: string; mime: string; bytes: Uint8Array }> {
  const title = reportTitle(engine, kind, id);
  const bytes = await capturePrintView(engine, rendererDir, `#/print/${kind}/${id}`, (page) => page.pdf({ printBackground: true, preferCSSPageSize: true }), { signal });
  return { fileName: canvasFileName(title).replace(/\.canvas$/, '.pdf'), mime: 'application/pdf', bytes: new Uint8Array(bytes) };
}

function reportTitle(engine: Engine, kind: ReportKind, id: string): string {
  const store = engine.store;
  if (!store) throw new ApiError('store_unavailable', 'The store is not open.');
  if (store.documents.kindOf(id) !== kind) throw new ApiError('not_found', `No ${kind} ${id}.`);
  store.projector.flush();
  const table = kind === 'workshop' ? 'workshops' : 'exercises';
  const row = store.db.prepare(`SELECT title FROM ${table} WHERE id = ?`).get(id) as { title: string } | undefined;
  const prefix = kind === 'workshop' ? 'Relatoría' : 'Informe';
  return `${prefix} ${row?.title ?? id}`;
}
