/**
 * Store benchmark: 10,000 board edits through the core's persistence (the same path a
 * renderer's edit takes, minus the transport), against the same update bytes inserted with
 * raw better-sqlite3 under the same durability settings, one transaction per update.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { addNote, boardElements } from '../src/shared/documents/boardDoc';
import { Engine } from '../src/core/engine';
import { tempDataDir } from '../src/core/testing/harness';
import { seedBoard } from '../tests/integration/crash/crashRun';

const edits = Number(process.env.MINGA_BENCH_EDITS ?? 10_000);

function generateUpdates(base: Uint8Array): Uint8Array[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const ids: string[] = [];
  for (let index = 0; index < edits; index += 1) {
    const kind = index % 4;
    if (kind === 0 || ids.length === 0) {
      const id = crypto.randomUUID();
      ids.push(id);
      addNote(doc, { id, x: index % 2000, y: Math.floor(index / 20), text: `Idea ${index}` });
    } else if (kind === 1) {
      const note = boardElements(doc).get(ids[index % ids.length]!)!;
      (note.get('text') as Y.Text).insert(0, 'más ');
    } else {
      const note = boardElements(doc).get(ids[index % ids.length]!)!;
      doc.transact(() => {
        note.set('x', index);
        note.set('y', index / 2);
      });
    }
  }
  return updates;
}

/**
 * Both sides are timed in interleaved chunks of the same updates: fsync cost on these
 * machines drifts by several times over a few seconds, and interleaving gives both the same
 * disk weather.
 */
async function interleaved(dataDir: string, coreDir: string, boardId: string, updates: Uint8Array[], chunk = 500) {
  const engine = new Engine({ dataDir: coreDir, owner: 'bench', backupIntervalMs: 0, log: () => undefined }).start();
  const session = engine.connect({});
  await engine.handlers.openBoard({ id: boardId }, session);
  const db = new Database(join(dataDir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS updates (doc_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (doc_id, seq)) WITHOUT ROWID');
  const insert = db.prepare('INSERT INTO updates (doc_id, seq, data) VALUES (?, ?, ?)');
  const docId = crypto.randomUUID();
  const write = db.transaction((seq: number, data: Uint8Array) => insert.run(docId, seq, data));
  let rawNs = 0n;
  let coreNs = 0n;
  for (let from = 0; from < updates.length; from += chunk) {
    const slice = updates.slice(from, from + chunk);
    let started = process.hrtime.bigint();
    slice.forEach((update, index) => write(from + index + 1, update));
    rawNs += process.hrtime.bigint() - started;
    started = process.hrtime.bigint();
    for (const update of slice) await engine.handlers.applyBoardUpdate({ id: boardId, update }, session);
    coreNs += process.hrtime.bigint() - started;
  }
  db.close();
  engine.close();
  return { rawMs: Number(rawNs) / 1e6, coreMs: Number(coreNs) / 1e6 };
}

export async function runStoreBench(): Promise<Record<string, number>> {
  const folder = tempDataDir('minga-bench-store-');
  try {
    const coreDir = join(folder.dir, 'core');
    const boardId = await seedBoard(coreDir);
    const seeded = new Engine({ dataDir: coreDir, owner: 'bench', backupIntervalMs: 0, log: () => undefined }).start();
    const base = (await seeded.handlers.openBoard({ id: boardId }, seeded.connect({}))).state;
    seeded.close();
    const updates = generateUpdates(base);
    const bytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
    const { rawMs: raw, coreMs: core } = await interleaved(folder.dir, coreDir, boardId, updates);
    const result = {
      edits: updates.length,
      updateBytes: bytes,
      rawMs: raw,
      coreMs: core,
      rawMicrosPerEdit: (raw * 1000) / updates.length,
      coreMicrosPerEdit: (core * 1000) / updates.length,
      ratio: core / raw,
    };
    console.log(`store: ${updates.length} edits (${(bytes / 1024).toFixed(0)} KiB of updates)`);
    console.log(`  raw better-sqlite3 inserts (WAL, synchronous=FULL, 1 tx/update): ${raw.toFixed(0)} ms, ${result.rawMicrosPerEdit.toFixed(1)} µs/edit`);
    console.log(`  Minga core persistence:                                     ${core.toFixed(0)} ms, ${result.coreMicrosPerEdit.toFixed(1)} µs/edit`);
    console.log(`  ratio core/raw: ${result.ratio.toFixed(2)}× (target ≤ 1.5×)`);
    return result;
  } finally {
    folder.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runStoreBench();
