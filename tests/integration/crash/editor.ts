/**
 * A core child process for the crash test: it opens the store, applies the board edits it
 * reads from stdin (one JSON line each) and prints `ack <noteId>` only after the edit has
 * been committed. The parent kills it with SIGKILL at random moments.
 */
import { createInterface } from 'node:readline';
import * as Y from 'yjs';
import { addNote } from '../../../src/shared/documents/boardDoc';
import { Engine } from '../../../src/core/engine';

const [dataDir, boardId] = process.argv.slice(2);
if (!dataDir || !boardId) throw new Error('usage: editor DATA_DIR BOARD_ID');

const engine = new Engine({ dataDir, owner: 'crash-test', backupIntervalMs: 0, projectionDelayMs: 5, log: () => undefined }).start();
const session = engine.connect({});
const opened = await engine.handlers.openBoard({ id: boardId }, session);
const doc = new Y.Doc();
Y.applyUpdate(doc, opened.state);
let pending: Uint8Array | undefined;
doc.on('update', (update: Uint8Array) => (pending = update));
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  const edit = JSON.parse(line) as { noteId: string; text: string; x: number };
  addNote(doc, { id: edit.noteId, x: edit.x, y: 0, text: edit.text });
  await engine.handlers.applyBoardUpdate({ id: boardId, update: pending! }, session);
  process.stdout.write(`ack ${edit.noteId}\n`);
}
