/**
 * Board-render benchmark: a generated 2,000-note board (1–3 lines each) opened in Minga's canvas
 * and, in the same run, the same notes in tldraw. Headless Chromium at 1600×900 with software
 * rendering. Open time: navigation to `data-board-ready` (set once the first frame with the
 * elements has painted). Frame times: requestAnimationFrame intervals while the viewport API
 * plays a scripted pan/zoom, one step per frame. Targets: open ≤ 800 ms; p95 ≤ 17.5 ms at
 * working zoom (50–100 %), ≤ 33.4 ms zoomed out (10–15 %).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import * as Y from 'yjs';
import { startTestEngine, tempDataDir } from '../src/core/testing/harness';
import { addNote } from '../src/shared/documents/boardDoc';
import { startServer } from '../tests/e2e/fixtures/server';
import { launchChromium } from './browser';
import { idleFrames, playSteps, watchReady, type Driver, type ReadyMark, type ViewStep } from './board/inPage';
import { benchNotes, boardExtent, type BenchNote } from './board/notes';
import { frameStats, median, workingZoomSteps, zoomedOutSteps, type FrameStats } from './board/scenario';
import { buildTldrawPage, serveTldrawPage } from './board/tldrawPage';

const openRuns = Number(process.env.MINGA_BENCH_OPEN_RUNS ?? 3);
/** MINGA_BENCH_OPEN_ONLY=1: Minga's open time alone (no frames, no tldraw), for working on it. */
const openOnly = process.env.MINGA_BENCH_OPEN_ONLY === '1';
/** MINGA_BENCH_PROFILE=file.cpuprofile: a CPU profile of the last open (load it in Chromium's DevTools). */
const profilePath = process.env.MINGA_BENCH_PROFILE;

/** The app's named steps (performance marks `minga:…`) and when the board page's code arrived; runs in the page. */
function stepsOfOpening(): string {
  type Entry = { name: string; startTime: number; responseEnd?: number };
  const timeline = performance as unknown as { getEntriesByType(type: string): Entry[] };
  const code = timeline.getEntriesByType('resource').filter((entry) => /BoardPage-[^/]*\.js$/.test(entry.name));
  const marks = timeline.getEntriesByType('mark').filter((entry) => entry.name.startsWith('minga:'));
  return [
    ...code.map((entry) => `board page code ${Math.round(entry.startTime)}–${Math.round(entry.responseEnd ?? 0)}`),
    ...marks.map((entry) => `${entry.name.slice(6)} ${Math.round(entry.startTime)}`),
  ].join(', ');
}

async function startProfile(page: Page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    async save(path: string) {
      const { profile } = await session.send('Profiler.stop');
      writeFileSync(path, JSON.stringify(profile));
    },
  };
}
const targets = { openMs: 800, workingP95: 17.5, zoomedOutP95: 33.4 };

interface SideResult {
  openMs: number[];
  readyBy: ReadyMark['how'];
  nodesAtReady: number;
  /** The drawing area on screen (Minga's canvas sits below the page header and toolbars). */
  pane?: string;
  working?: FrameStats;
  zoomedOut?: FrameStats;
}

/** Writes the notes straight into a data folder through the core, as one edit. */
async function seedBoard(dataDir: string, notes: BenchNote[]): Promise<string> {
  const running = startTestEngine(dataDir);
  try {
    const api = running.client();
    const exercise = await api.createExercise({ title: 'Benchmark' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: '2.000 notas' } });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await api.openBoard({ id: board.id })).state);
    const before = Y.encodeStateVector(doc);
    doc.transact(() => notes.forEach((note, index) => addNote(doc, { ...note, z: index + 1, author: 'Bench' })));
    await api.applyBoardUpdate({ id: board.id, update: Y.encodeStateAsUpdate(doc, before) });
    await api.closeBoard({ id: board.id });
    return board.id;
  } finally {
    running.close();
  }
}

async function newContext(): Promise<BrowserContext> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  // Nothing leaves the machine (tldraw would fetch fonts and a licence check from its CDN).
  await context.route('**/*', (route) => (/^https?:\/\/127\.0\.0\.1[:/]/.test(route.request().url()) ? route.continue() : route.abort()));
  // tsx compiles with keepNames, whose helper must exist in the page for evaluated functions.
  await context.addInitScript('globalThis.__name = (target) => target;');
  context.on('close', () => void browser.close());
  return context;
}

/** Opens the page `openRuns` times; returns the timings and the last page, left open. */
async function measureOpen(context: BrowserContext, url: string, nodeSelector: string): Promise<{ result: SideResult; page: Page }> {
  const openMs: number[] = [];
  let mark: ReadyMark | undefined;
  let page: Page | undefined;
  for (let run = 0; run < openRuns; run += 1) {
    await page?.close();
    page = await context.newPage();
    await page.addInitScript(watchReady, nodeSelector);
    const profiler = profilePath && run === openRuns - 1 ? await startProfile(page) : undefined;
    await page.goto(url);
    const handle = await page
      .waitForFunction(() => (globalThis as { __benchReady?: ReadyMark }).__benchReady, undefined, { timeout: 30_000 })
      .catch(async (error: unknown) => {
        await shot(page!, 'not-ready', true);
        throw new Error(`${url} never became ready (screenshot in bench/results/board-not-ready.png)`, { cause: error });
      });
    mark = (await handle.jsonValue()) as ReadyMark;
    openMs.push(mark.ms);
    if (profiler) await profiler.save(profilePath!);
    if (openOnly) console.log(`  run ${run + 1}: ${Math.round(mark.ms)} ms; ${await page.evaluate(stepsOfOpening)}`);
  }
  return { result: { openMs, readyBy: mark!.how, nodesAtReady: mark!.nodes }, page: page! };
}

/** With MINGA_BENCH_SHOTS=1, screenshots of each side go to bench/results/ (to check what was drawn). */
async function shot(page: Page, name: string, always = false): Promise<void> {
  if (!always && !process.env.MINGA_BENCH_SHOTS) return;
  mkdirSync('bench/results', { recursive: true });
  await page.screenshot({ path: `bench/results/board-${name}.png` });
}

async function measureFrames(page: Page, driver: Driver, steps: ViewStep[], name: string): Promise<FrameStats> {
  const stats = frameStats(await page.evaluate(playSteps, { driver, steps, settleMs: 600, maxMs: 8_000 }));
  await shot(page, `${driver}-${name}`);
  return stats;
}

/** Frame intervals of an empty page in the same browser: how steady frames are on this machine right now. */
async function measureIdle(context: BrowserContext): Promise<FrameStats> {
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>idle</title>');
  const stats = frameStats(await page.evaluate(idleFrames, 120));
  await page.close();
  return stats;
}

async function measureMinga(url: string, boardId: string, extent: { width: number; height: number }) {
  const context = await newContext();
  try {
    const { result, page } = await measureOpen(context, `${url}?bench#/boards/${boardId}`, '.react-flow__node, .sticky-note, canvas.canvas-blocks');
    const viewport = await page.evaluate(() => (globalThis as { __mingaCanvas?: { getViewport(): { x: number; y: number; zoom: number } } }).__mingaCanvas?.getViewport());
    result.pane = await page.evaluate(() => {
      const page = globalThis as unknown as {
        innerHeight: number;
        document: { querySelector(selector: string): { getBoundingClientRect(): { width: number; height: number; top: number } } | null };
      };
      const box = page.document.querySelector('.react-flow')?.getBoundingClientRect();
      return box ? `${Math.round(box.width)}×${Math.round(Math.min(box.height, page.innerHeight - box.top))} visible` : undefined;
    });
    if (viewport && !openOnly) {
      await shot(page, 'minga-open');
      result.working = await measureFrames(page, 'minga', workingZoomSteps(extent), 'working');
      result.zoomedOut = await measureFrames(page, 'minga', zoomedOutSteps(extent), 'zoomed-out');
    }
    return { result, viewport, idle: await measureIdle(context) };
  } finally {
    await context.close();
  }
}

async function measureTldraw(notes: BenchNote[], extent: { width: number; height: number }, start: { x: number; y: number; zoom: number }) {
  buildTldrawPage();
  const server = await serveTldrawPage(notes);
  const context = await newContext();
  try {
    // The same first view as Minga's (tldraw's camera is the offset in board units).
    const camera = `?x=${start.x / start.zoom}&y=${start.y / start.zoom}&z=${start.zoom}`;
    const { result, page } = await measureOpen(context, `${server.url}${camera}`, '.tl-shape');
    result.pane = '1600×900';
    await shot(page, 'tldraw-open');
    result.working = await measureFrames(page, 'tldraw', workingZoomSteps(extent), 'working');
    result.zoomedOut = await measureFrames(page, 'tldraw', zoomedOutSteps(extent), 'zoomed-out');
    return result;
  } finally {
    await context.close();
    await server.close();
  }
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(value < 100 ? 1 : 0)} ms`);
const ratio = (mine: number | undefined, theirs: number | undefined) => (mine && theirs ? `${(theirs / mine).toFixed(1)}×` : '—');
const frames = (stats: FrameStats | undefined) => (stats ? `${ms(stats.p50)} / ${ms(stats.p95)} / ${ms(stats.max)} (${stats.dropped}/${stats.frames} slow)` : 'not measured');

function printTable(minga: SideResult, tldraw: SideResult): void {
  const rows: [string, string, string, string, string][] = [
    ['', 'Minga', 'tldraw', 'tldraw ÷ Minga', 'target (Minga)'],
    [`open, median of ${openRuns}`, ms(median(minga.openMs)), ms(median(tldraw.openMs)), ratio(median(minga.openMs), median(tldraw.openMs)), `≤ ${targets.openMs} ms`],
    ['working zoom p50/p95/max', frames(minga.working), frames(tldraw.working), ratio(minga.working?.p95, tldraw.working?.p95), `p95 ≤ ${targets.workingP95} ms`],
    ['zoomed out p50/p95/max', frames(minga.zoomedOut), frames(tldraw.zoomedOut), ratio(minga.zoomedOut?.p95, tldraw.zoomedOut?.p95), `p95 ≤ ${targets.zoomedOutP95} ms`],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`);
  console.log(`  drawing area: Minga ${minga.pane ?? '—'}, tldraw ${tldraw.pane}`);
  console.log(`  open runs: Minga ${minga.openMs.map((value) => value.toFixed(0)).join(', ')} ms (ready by ${minga.readyBy}, ${minga.nodesAtReady} element nodes); tldraw ${tldraw.openMs.map((value) => value.toFixed(0)).join(', ')} ms (${tldraw.nodesAtReady} shapes)`);
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'meets' : 'MISSES');
  console.log(`  Minga: open ${verdict(median(minga.openMs) <= targets.openMs)}, working zoom ${verdict(minga.working && minga.working.p95 <= targets.workingP95)}, zoomed out ${verdict(minga.zoomedOut && minga.zoomedOut.p95 <= targets.zoomedOutP95)} its target`);
  if (minga.readyBy !== 'marker') console.log('  PROVISIONAL: the board has no data-board-ready marker; open time is when its note nodes stopped changing.');
  if (!minga.working) console.log('  PROVISIONAL: the board exposes no window.__mingaCanvas (with ?bench), so Minga’s frame times were not measured.');
}

export async function runBoardBench(): Promise<{ minga: SideResult; tldraw: SideResult }> {
  const started = performance.now();
  const notes = benchNotes();
  const extent = boardExtent(notes);
  const folder = tempDataDir('minga-bench-board-');
  try {
    const boardId = await seedBoard(folder.dir, notes);
    const server = await startServer(folder.dir);
    let minga: Awaited<ReturnType<typeof measureMinga>>;
    try {
      minga = await measureMinga(server.url, boardId, extent);
    } finally {
      await server.stop();
    }
    if (openOnly) {
      console.log(`board open (Minga only): runs ${minga.result.openMs.map((value) => value.toFixed(0)).join(', ')} ms, median ${ms(median(minga.result.openMs))}; load average ${loadavg()[0]!.toFixed(1)}`);
      return { minga: minga.result, tldraw: { openMs: [], readyBy: 'marker', nodesAtReady: 0 } };
    }
    const tldraw = await measureTldraw(notes, extent, minga.viewport ?? { x: 0, y: 0, zoom: 1 });
    console.log(`board: ${notes.length} notes of 1–3 lines, ${extent.width}×${extent.height} board units, Chromium 1600×900, software rendering`);
    printTable(minga.result, tldraw);
    console.log(`  idle page: ${frames(minga.idle)}; load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
    console.log(`  (whole run ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    return { minga: minga.result, tldraw };
  } finally {
    folder.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runBoardBench();
