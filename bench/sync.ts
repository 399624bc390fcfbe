/**
 * Sync benchmark (issue 4): an empty laptop pulls 1,000 boards of about 100 notes from the hub,
 * then an incremental round brings in 10 boards changed by someone else, then a round with
 * nothing changed. Compared in the same run with a bare y-protocols sync of the same documents
 * over one WebSocket (bench/sync/bare.ts). Bytes are counted by a TCP proxy between the laptop
 * and the hub (HTTP and WebSocket, both ways). Also: the hub's memory per loaded document, and
 * whether it unloads documents nobody has open. Run with `node --expose-gc --import tsx bench/sync.ts`.
 * MINGA_BENCH_SYNC_BOARDS and MINGA_BENCH_SYNC_NOTES change the corpus.
 */
import { startTestEngine, tempDataDir } from '../src/core/testing/harness';
import { login } from '../src/core/sync/login';
import { acknowledgedRound } from '../src/core/sync/acknowledgedRound';
import { addNote } from '../src/shared/documents/boardDoc';
import { startTestHub, testPassword } from '../src/server/testing/hubHarness';
import { startTcpProxy } from '../tests/integration/sync/tcpProxy';
import { unthrottled } from '../tests/integration/sync/convergenceRun';
import { bareInitialSync, startBareServer } from './sync/bare';
import { storeCorpus } from './sync/corpus';

const boards = Number(process.env.MINGA_BENCH_SYNC_BOARDS ?? 1000);
const notes = Number(process.env.MINGA_BENCH_SYNC_NOTES ?? 100);
const changed = Math.max(1, Math.round(boards / 100));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const hub = await startTestHub(unthrottled);
const facilitator = await hub.addUser('facilitadora@example.org', 'facilitator');
await hub.addUser('coordinacion@example.org', 'admin');
const corpus = await storeCorpus(hub.hub.store, facilitator.id, boards, notes);
console.log(`corpus: ${corpus.names.length} documents (${boards} boards × ${notes} notes), stored ${mb(corpus.storedBytes)}`);

// The reference: bare y-protocols, three runs.
const bare = await startBareServer((name) => hub.hub.store.documents.load(name));
const bareRuns: number[] = [];
let bareBytes = 0;
for (let run = 0; run < 3; run += 1) {
  const started = performance.now();
  const result = await bareInitialSync(bare.url, corpus.names);
  bareRuns.push(performance.now() - started);
  bareBytes = result.bytes;
  for (const doc of result.docs.values()) doc.destroy();
}
await bare.close();
const bareMs = median(bareRuns);
console.log(`bare y-protocols initial sync: median ${ms(bareMs)} (${bareRuns.map(ms).join(', ')}), received ${mb(bareBytes)}`);

// Minga: a fresh data folder signed in through a byte-counting proxy.
const proxy = await startTcpProxy(hub.hub.port);
const folder = tempDataDir('minga-bench-sync-');
const desk = startTestEngine(folder.dir);
const store = desk.engine.store!;
await login(store, { hubUrl: proxy.url, email: 'facilitadora@example.org', password: testPassword, deviceName: 'bench' });

// Kept between rounds, as the app's background sync keeps it.
const session = {};
async function round(label: string) {
  proxy.carried.up = 0;
  proxy.carried.down = 0;
  const started = performance.now();
  const report = await acknowledgedRound(store, { timeoutMs: 600_000, session });
  const elapsed = performance.now() - started;
  console.log(`${label}: ${ms(elapsed)}, received ${report.received.length} documents, sent ${report.sent.length}; bytes down ${kb(proxy.carried.down)}, up ${kb(proxy.carried.up)}`);
  return { elapsed, down: proxy.carried.down, up: proxy.carried.up, report };
}

const initial = await round('Minga initial sync');
const started = performance.now();
store.projector.flush();
console.log(`  then lists and search caught up (projections of every document) in ${ms(performance.now() - started)}`);
const local = store.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents').get()!.n;
if (local !== corpus.names.length) throw new Error(`The laptop has ${local} documents after the initial sync, expected ${corpus.names.length}.`);

// Three times: someone else changes 1 % of the boards (a note each) through the hub, then the
// laptop's incremental round; then five rounds with nothing changed. Medians are reported.
const { accessToken } = await hub.login('coordinacion@example.org', 'otra');
const boardNames = corpus.names.filter((name) => name.startsWith('board:'));
const hocuspocus = hub.hub.sync.hocuspocus;
const incrementals: Awaited<ReturnType<typeof round>>[] = [];
for (let run = 0; run < 3; run += 1) {
  for (let index = 0; index < changed; index += 1) {
    const name = boardNames[(Math.floor((index * boardNames.length) / changed) + run) % boardNames.length]!;
    const opened = await hub.open(name, accessToken);
    opened.doc.transact(() => addNote(opened.doc, { id: `changed-${run}-${index}`, x: 0, y: -200, text: 'Nueva idea del taller', color: 'yellow', createdBy: 'otra' }));
    await opened.settled(10_000);
    opened.destroy();
  }
  await waitForUnload();
  const result = await round(`incremental round, ${changed} boards changed on the hub`);
  if (result.report.received.length !== changed) throw new Error(`The incremental round received ${result.report.received.length} documents, expected ${changed}.`);
  incrementals.push(result);
}
const idles: Awaited<ReturnType<typeof round>>[] = [];
for (let run = 0; run < 5; run += 1) idles.push(await round('round with nothing changed'));
const byTime = (rounds: typeof idles) => [...rounds].sort((a, b) => a.elapsed - b.elapsed)[Math.floor(rounds.length / 2)]!;
const incremental = byTime(incrementals);
const idle = byTime(idles);

// The hub's memory per loaded document, and unloading.
await waitForUnload();
gc();
if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for the memory figures)');
const before = process.memoryUsage().heapUsed;
const sample = boardNames.slice(0, 100);
const connections = [];
// The hub's own connection (no user): what loading a document for a client costs, without the client.
for (const name of sample) connections.push(await hocuspocus.openDirectConnection(name));
gc();
const loaded = process.memoryUsage().heapUsed;
const perDocument = (loaded - before) / sample.length;
for (const connection of connections.splice(0)) await connection.disconnect();
await waitForUnload();
// Hocuspocus lets go of an unloaded document a moment later.
await new Promise((resolve) => setTimeout(resolve, 500));
gc();
await new Promise((resolve) => setTimeout(resolve, 100));
gc();
const after = process.memoryUsage().heapUsed;
console.log(`hub memory per loaded ${notes}-note board: ${kb(perDocument)} (heap +${mb(loaded - before)} for ${sample.length}); after they were closed: ${hocuspocus.getDocumentsCount()} loaded, heap ${mb(after - before)} above the start`);

const initialRatio = initial.elapsed / bareMs;
console.log(`summary: initial ${ms(initial.elapsed)} = ${initialRatio.toFixed(2)}× bare (target ≤ 2×), bytes down ${mb(initial.down)} for ${mb(corpus.storedBytes)} stored; `
  + `incremental median ${ms(incremental.elapsed)} (target ≤ 100 ms), ${kb(incremental.down + incremental.up)} moved; nothing changed median ${ms(idle.elapsed)}, ${kb(idle.down + idle.up)} moved`);

desk.close();
folder.remove();
await proxy.close();
await hub.close();

async function waitForUnload() {
  const until = Date.now() + 30_000;
  while (hocuspocus.getDocumentsCount() > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}
