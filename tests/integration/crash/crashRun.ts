import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { readNotes } from '../../../src/shared/documents/boardDoc';
import { Engine } from '../../../src/core/engine';

export interface CrashRound {
  acknowledged: number;
  missing: string[];
  integrity: string;
}

/** Seeds a board to edit and returns its id. */
export async function seedBoard(dataDir: string): Promise<string> {
  const engine = new Engine({ dataDir, owner: 'crash-seed', backupIntervalMs: 0, log: () => undefined }).start();
  const session = engine.connect({});
  const exercise = await engine.handlers.createExercise({ title: 'Crash', challenge: '', leadEntity: '', otherActors: [], sdgs: [], phase: 'explore', startDate: '', endDate: '', team: [] }, session);
  const workshop = await engine.handlers.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller', date: '', municipality: '', department: '', modality: 'in_person', objective: '', plannedMinutes: 0, startTime: '' } }, session);
  const board = await engine.handlers.createBoard({ workshopId: workshop.id, fields: { title: 'Tablero', kind: 'blank' } }, session);
  engine.close();
  return board.id;
}

/**
 * Starts the editor child, streams edits to it, kills it with SIGKILL after `killAfterMs`,
 * then reopens the store in this process and checks every acknowledged edit is there.
 */
export async function crashRound(editorScript: string, dataDir: string, boardId: string, killAfterMs: number, round: number): Promise<CrashRound> {
  const child = spawn(process.execPath, [editorScript, dataDir, boardId], { stdio: ['pipe', 'pipe', 'inherit'] });
  const acknowledged = new Set<string>();
  let counter = 0;
  let buffered = '';
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const sendNext = () => {
    if (child.killed || !child.stdin.writable) return;
    const noteId = crypto.randomUUID();
    counter += 1;
    child.stdin.write(`${JSON.stringify({ noteId, text: `round ${round} edit ${counter}`, x: counter })}\n`);
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') {
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        // Keep several edits in flight, so the kill lands between write and acknowledgement.
        for (let index = 0; index < 4; index += 1) sendNext();
      } else if (line.startsWith('ack ')) {
        acknowledged.add(line.slice(4));
        sendNext();
      }
    }
  });
  child.stdin.on('error', () => undefined);
  await exited;
  if (timer) clearTimeout(timer);

  const engine = new Engine({ dataDir, owner: 'crash-check', backupIntervalMs: 0, log: () => undefined }).start();
  const session = engine.connect({});
  const state = await engine.handlers.openBoard({ id: boardId }, session);
  engine.close();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state.state);
  const present = new Set(readNotes(doc).map((note) => note.id));
  const missing = [...acknowledged].filter((id) => !present.has(id));
  const db = new Database(join(dataDir, 'minga.sqlite'), { readonly: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  db.close();
  return { acknowledged: acknowledged.size, missing, integrity };
}
