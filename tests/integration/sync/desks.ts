import * as Y from 'yjs';
import { readElements } from '../../../src/shared/board/elementMaps';
import { actorRegisterRoots } from '../../../src/shared/documents/actorRegister';
import { journeyRoot } from '../../../src/shared/documents/journey';
import { personaRoot } from '../../../src/shared/documents/persona';
import { roots } from '../../../src/shared/documents/schema';
import { noteColors } from '../../../src/shared/domain/board';
import type { AppApi } from '../../../src/shared/contract';
import { readElement } from '../../../src/shared/board/elementMaps';
import { addElement, deleteElements, moveElements, updateElement } from '../../../src/shared/board/ops';
import { startTestEngine, tempDataDir } from '../../../src/core/testing/harness';
import { login } from '../../../src/core/sync/login';
import { syncRound, type SyncReport, type SyncOptions } from '../../../src/core/sync/syncRound';
import { testPassword } from '../../../src/server/testing/hubHarness';
import { pick, type Random } from '../convergence/replica';

/**
 * A desktop data folder with its running engine, signed in to a hub: what `minga login` and
 * `minga sync` work on. `reopen` closes the engine and starts it again on the same folder.
 */
export class Desk {
  private readonly folder = tempDataDir('minga-desk-');
  private running: ReturnType<typeof startTestEngine>;
  api: AppApi;

  constructor(readonly name: string, private readonly now?: () => Date) {
    this.running = this.start();
    this.api = this.running.client();
  }

  private start() {
    return startTestEngine(this.folder.dir, this.now ? { now: this.now } : {});
  }

  get store() {
    return this.running.engine.store!;
  }

  signIn(hubUrl: string, email: string) {
    return login(this.store, { hubUrl, email, password: testPassword, deviceName: this.name });
  }

  sync(options?: SyncOptions): Promise<SyncReport> {
    return syncRound(this.store, options);
  }

  reopen(): void {
    this.running.close();
    this.running = this.start();
    this.api = this.running.client();
  }

  remove(): void {
    this.running.close();
    this.folder.remove();
  }
}

const words = ['idea', 'participación', 'ciudadanía', 'trámite', 'barrio', 'datos', 'reto', 'ñandú', 'café'];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/**
 * Edits a board as the renderer does: opens it through the API, changes a copy with the studio's
 * board operations, sends the updates (merged or one by one) and closes it. Returns what it did.
 */
export async function editBoard(api: AppApi, boardId: string, random: Random, edits: number): Promise<string[]> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await api.openBoard({ id: boardId })).state);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const done: string[] = [];
  for (let edit = 0; edit < edits; edit += 1) {
    const elements = readElements(doc).sort((a, b) => a.z - b.z || a.id.localeCompare(b.id));
    const notes = elements.filter((element) => element.type === 'note');
    const roll = random();
    if (notes.length < 2 || roll < 0.3) {
      addElement(doc, { type: 'note', x: between(random, 0, 4000), y: between(random, 0, 3000), color: pick(random, noteColors), text: pick(random, words) }, 'local', 'desk');
      done.push('add note');
    } else if (roll < 0.4) {
      const [from, to] = [pick(random, notes), pick(random, notes)];
      if (from.id !== to.id) addElement(doc, { type: 'connector', x: 0, y: 0, from: from.id, to: to.id }, 'local', 'desk');
      done.push('connect');
    } else {
      const id = pick(random, notes).id;
      if (roll < 0.55) {
        moveElements(doc, [{ id, x: between(random, 0, 4000), y: between(random, 0, 3000) }], 'local');
        done.push('move');
      } else if (roll < 0.8) {
        const text = (readElement(doc, id) as { text: string }).text;
        const at = between(random, 0, text.length);
        updateElement(doc, id, { text: `${text.slice(0, at)}${pick(random, words)} ${text.slice(at)}`.slice(0, 300) }, 'local');
        done.push('type');
      } else if (roll < 0.92) {
        updateElement(doc, id, { color: pick(random, noteColors) }, 'local');
        done.push('recolour');
      } else {
        deleteElements(doc, [id], 'local');
        done.push('delete');
      }
    }
  }
  const batch = random() < 0.5 && updates.length > 0 ? [Y.mergeUpdates(updates)] : updates;
  for (const update of batch) await api.applyBoardUpdate({ id: boardId, update });
  await api.closeBoard({ id: boardId });
  doc.destroy();
  return done;
}

/** One random edit of the kind a facilitator makes offline, through the same API the renderer calls. */
export async function randomEdit(api: AppApi, exerciseId: string, workshopId: string, random: Random): Promise<string> {
  const roll = random();
  const boards = await api.listBoards({ workshopId });
  if (roll < 0.55 && boards.length > 0) {
    const board = pick(random, boards.sort((a, b) => a.id.localeCompare(b.id)));
    return `board ${board.id.slice(0, 6)}: ${(await editBoard(api, board.id, random, between(random, 1, 4))).join(', ')}`;
  }
  if (roll < 0.62) {
    const board = await api.createBoard({ workshopId, fields: { title: `Tablero ${pick(random, words)}` } });
    return `create board ${board.id.slice(0, 6)}`;
  }
  if (roll < 0.7 && boards.length > 0) {
    const board = pick(random, boards);
    await api.renameBoard({ id: board.id, title: `${pick(random, words)} ${between(random, 1, 99)}` });
    return `rename board ${board.id.slice(0, 6)}`;
  }
  if (roll < 0.75) {
    await api.updateExercise({ id: exerciseId, fields: { title: `Reto ${pick(random, words)}` } });
    return 'rename exercise';
  }
  const workshop = await api.getWorkshop({ id: workshopId });
  const items = workshop.agenda;
  const agendaRoll = random();
  if (roll < 0.8) {
    await api.updateWorkshop({ id: workshopId, fields: { title: `Taller ${pick(random, words)}`, plannedMinutes: between(random, 0, 300) } });
    return 'edit workshop';
  }
  if (items.length === 0 || agendaRoll < 0.4) {
    await api.addAgendaItem({ workshopId, fields: { activity: pick(random, words), minutes: between(random, 1, 90) } });
    return 'add agenda item';
  }
  const item = pick(random, items);
  if (agendaRoll < 0.65) {
    await api.updateAgendaItem({ workshopId, itemId: item.id, fields: { activity: `${item.activity} ${pick(random, words)}`.slice(0, 100), minutes: between(random, 1, 90) } });
    return 'edit agenda item';
  }
  if (agendaRoll < 0.85) {
    await api.moveAgendaItem({ workshopId, itemId: item.id, toIndex: between(random, 0, items.length - 1) });
    return 'move agenda item';
  }
  await api.removeAgendaItem({ workshopId, itemId: item.id });
  return 'remove agenda item';
}

/** What must be equal on every replica: each document's content, state vector and delete set. */
export interface Replica {
  documents: Map<string, { content: string; stateVector: string; snapshot: Uint8Array }>;
  boards: string;
}

const arrayRoots = [roots.agenda, roots.participants, roots.decisions];
const mapRoots = [roots.meta, roots.exercise, roots.workshop, roots.board, roots.elements, ...Object.values(actorRegisterRoots), journeyRoot, personaRoot];

/**
 * Every root's content, read from a fresh copy: `Y.Doc.toJSON` lists only the roots this
 * instance has asked for by type, which depends on what ran on it since it was loaded.
 */
function contentOf(doc: Y.Doc): Record<string, unknown> {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const content: Record<string, unknown> = {};
  for (const name of arrayRoots) content[name] = copy.getArray(name).toJSON();
  for (const name of mapRoots) content[name] = copy.getMap(name).toJSON();
  const unknown = [...copy.share.keys()].filter((name) => !(name in content));
  if (unknown.length > 0) throw new Error(`a document has roots the test does not know: ${unknown.join(', ')}`);
  copy.destroy();
  return content;
}

/** JSON with object keys sorted: a Y.Map lists its keys in the order this replica learnt them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Uint8Array)
    ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
    : inner));
}

export const sortedVector = (doc: Y.Doc) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));

export async function replicaOf(desk: Desk, workshopId: string): Promise<Replica> {
  const rows = desk.store.db.prepare<[], { id: string }>('SELECT id FROM documents ORDER BY id').all();
  const documents: Replica['documents'] = new Map();
  for (const { id } of rows) {
    const doc = desk.store.documents.get(id).doc;
    const elements = readElements(doc).sort((a, b) => a.id.localeCompare(b.id));
    documents.set(id, {
      content: canonical({ doc: contentOf(doc), elements }),
      stateVector: sortedVector(doc),
      snapshot: Y.encodeSnapshot(Y.snapshot(doc)),
    });
  }
  // The list tables are derived from the documents: they must agree too.
  const boards = (await desk.api.listBoards({ workshopId }))
    .map(({ id, title, elementCount }) => ({ id, title, elementCount }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { documents, boards: JSON.stringify(boards) };
}

/** The first difference between two replicas, or undefined when they are identical. */
export function differenceBetween(a: Replica, b: Replica): string | undefined {
  const idsA = [...a.documents.keys()].join(',');
  const idsB = [...b.documents.keys()].join(',');
  if (idsA !== idsB) return `document sets differ: [${idsA}] vs [${idsB}]`;
  for (const [id, left] of a.documents) {
    const right = b.documents.get(id)!;
    if (left.stateVector !== right.stateVector) return `${id}: state vectors differ: ${left.stateVector} vs ${right.stateVector}`;
    if (!Y.equalSnapshots(Y.decodeSnapshot(left.snapshot), Y.decodeSnapshot(right.snapshot))) return `${id}: delete sets differ`;
    if (left.content !== right.content) return `${id}: content differs:\n${left.content}\n${right.content}`;
  }
  if (a.boards !== b.boards) return `board lists differ: ${a.boards} vs ${b.boards}`;
  return undefined;
}

/** Adds notes with the given texts to a board through the API, in one update. */
export async function addNotes(api: AppApi, boardId: string, texts: string[]): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await api.openBoard({ id: boardId })).state);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const [index, text] of texts.entries()) addElement(doc, { type: 'note', x: (index % 40) * 200, y: Math.floor(index / 40) * 150, text }, 'local', 'desk');
  await api.applyBoardUpdate({ id: boardId, update: Y.mergeUpdates(updates) });
  await api.closeBoard({ id: boardId });
  doc.destroy();
}

export function noteTexts(desk: Desk, boardId: string): string[] {
  return readElements(desk.store.documents.get(boardId).doc).flatMap((element) => (element.type === 'note' ? [element.text] : [])).sort();
}

/** Sync rounds, desk after desk, until a whole pass moves nothing; throws after `passes`. */
export async function settle(desks: Desk[], passes = 5): Promise<void> {
  for (let pass = 0; pass < passes; pass += 1) {
    let moved = false;
    for (const desk of desks) {
      const report = await desk.sync({ timeoutMs: 15_000 });
      if (report.refused.length > 0) throw new Error(`${desk.name} was refused: ${JSON.stringify(report.refused)}`);
      moved ||= report.sent.length + report.received.length > 0;
    }
    if (!moved) return;
  }
  throw new Error(`still moving documents after ${passes} passes`);
}
