/**
 * Report benchmark (issue 5): a workshop with 30 boards (30 notes each) printed to PDF through
 * the report's print view and the core's Chromium driver, as `minga export --workshop` does:
 * time and peak memory (this process and Chromium's, sampled from /proc). And the board PDF
 * path (`printBoard`: server, Chromium, print view, ready flag, page.pdf) against a bare
 * Chromium page.pdf of the same print view, in the same run. Needs `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../src/core/export/chromium';
import { printBoard } from '../src/core/export/printBoard';
import { printReport } from '../src/core/export/printReport';
import type { PrintWindow } from '../src/core/export/printView';
import { startTestEngine, tempDataDir } from '../src/core/testing/harness';
import { startWebServer } from '../src/core/web/server';
import { addNote } from '../src/shared/documents/boardDoc';
import { newId } from '../src/shared/domain/ids';
import { PrintOptions, printQuery } from '../src/shared/print/options';
import * as Y from 'yjs';

const boards = Number(process.env.MINGA_BENCH_REPORT_BOARDS ?? 30);
const notes = Number(process.env.MINGA_BENCH_REPORT_NOTES ?? 30);
const runs = Number(process.env.MINGA_BENCH_REPORT_RUNS ?? 3);
const rendererDir = path.resolve('out', 'renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Run `npm run build` first: the print views come from out/renderer.');
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Resident memory of this process and every process below it (Chromium's), from /proc. */
function treeRss(): number {
  const out = execFileSync('ps', ['-o', 'pid=,ppid=,rss=', '-A'], { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb * 1024]));
  let total = 0;
  const stack = [process.pid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function measured<T>(work: () => Promise<T>): Promise<{ result: T; elapsed: number; peak: number }> {
  let peak = treeRss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss());
  }, 100);
  const started = performance.now();
  try {
    const result = await work();
    return { result, elapsed: performance.now() - started, peak: Math.max(peak, treeRss()) };
  } finally {
    clearInterval(sampler);
  }
}

const folder = tempDataDir('minga-bench-report-');
const running = startTestEngine(folder.dir, { backgroundSync: false });
const engine = running.engine;
try {
  const api = running.client();
  const exercise = await api.createExercise({ title: 'Agua potable para las veredas', leadEntity: 'Gobernación de Nariño' });
  const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller de cocreación en Pasto' } });
  const boardIds: string[] = [];
  for (let index = 0; index < boards; index += 1) {
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: `Tablero ${index + 1}`, kind: index % 2 ? 'swot' : 'blank' } });
    boardIds.push(board.id);
    engine.store!.documents.change(board.id, (doc: Y.Doc) => {
      for (let note = 0; note < notes; note += 1) {
        addNote(doc, { id: newId(), x: 40 + (note % 6) * 230, y: 40 + Math.floor(note / 6) * 170, text: `Idea ${note + 1}: ¿cómo podríamos llevar el agua a la vereda ${index + 1}?`, color: 'yellow' });
      }
    });
  }
  engine.store!.projector.flush();

  const reports: { elapsed: number; peak: number; bytes: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { result, elapsed, peak } = await measured(() => printReport(engine, rendererDir, 'workshop', workshop.id));
    reports.push({ elapsed, peak, bytes: result.bytes.length });
  }
  console.log(`workshop report, ${boards} boards × ${notes} notes, to PDF: median ${ms(median(reports.map((run) => run.elapsed)))} (${reports.map((run) => ms(run.elapsed)).join(', ')}), peak memory (Node + Chromium) ${mb(Math.max(...reports.map((run) => run.peak)))}, ${mb(reports[0]!.bytes)} file`);

  // One board: Minga's board PDF path against a bare page.pdf of the same print view.
  const options = PrintOptions.parse({ paper: 'A4', orientation: 'landscape', fit: 'page' });
  const minga: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const ours = await measured(() => printBoard(engine, rendererDir, { boardId: boardIds[1]!, format: 'pdf', options, scale: 1, jobId: newId() }));
    minga.push(ours.elapsed);
    const plain = await measured(async () => {
      const server = await startWebServer({ engine, staticDir: rendererDir });
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}?${printQuery(options, 'pages')}#/print/board/${boardIds[1]}`);
        await page.waitForFunction(() => (globalThis as PrintWindow).__mingaPrintReady === true);
        return await page.pdf({ printBackground: true, preferCSSPageSize: true });
      } finally {
        await browser.close();
        await server.close();
      }
    });
    bare.push(plain.elapsed);
  }
  console.log(`one board to PDF: Minga's path median ${ms(median(minga))} (${minga.map(ms).join(', ')}); bare Chromium page.pdf of the same page median ${ms(median(bare))} (${bare.map(ms).join(', ')}); ratio ${(median(minga) / median(bare)).toFixed(2)}×`);
} finally {
  running.close();
  folder.remove();
}
