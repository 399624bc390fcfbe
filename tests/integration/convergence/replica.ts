import * as Y from 'yjs';
import { noteColors } from '../../../src/shared/domain/board';
import type { AppApi } from '../../../src/shared/contract';
import { readElement, readElements } from '../../../src/shared/board/elementMaps';
import { addElement, deleteElements, moveElements, updateElement } from '../../../src/shared/board/ops';

/** mulberry32: a tiny seeded generator, so a failing interleaving can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const remote = Symbol('remote');
const local = Symbol('local');
const words = ['idea', 'participación', 'ciudadanía', 'trámite', 'barrio', 'datos', 'reto', 'ñandú', 'café'];

/**
 * A renderer as the board session models it: its own Y.Doc, local edits queued in order for
 * `applyBoardUpdate`, and the core's `boardUpdated` events queued until the test lets them in.
 * Holding both queues is what lets a test choose the interleaving.
 */
export class Replica {
  readonly doc = new Y.Doc();
  /** Local updates not yet sent to the core, oldest first. */
  readonly outgoing: Uint8Array[] = [];
  /** Updates from the core not yet applied, in arrival order. */
  readonly incoming: Uint8Array[] = [];
  readonly added = new Set<string>();
  readonly deleted = new Set<string>();
  received = 0;
  /** Times a local edit was made while remote edits were still held back: real concurrency. */
  concurrentEdits = 0;
  private created = 0;
  api!: AppApi;

  constructor(readonly name: string, clientId: number, private readonly boardId: string) {
    // A fixed client id keeps Yjs's tie-breaking, and so the whole run, reproducible per seed.
    this.doc.clientID = clientId;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== remote) this.outgoing.push(update);
    });
  }

  /** The `boardUpdated` listener to pass to the test client. */
  onBoardUpdated = ({ id, update }: { id: string; update: Uint8Array }): void => {
    if (id !== this.boardId) return;
    this.incoming.push(update);
    this.received += 1;
  };

  async open(): Promise<void> {
    Y.applyUpdate(this.doc, (await this.api.openBoard({ id: this.boardId })).state, remote);
  }

  /**
   * Live element ids in a run-independent order: ids are random UUIDs, but each client gives
   * its own notes increasing z, so (z, author) is unique and the same in every replay.
   */
  liveIds(): string[] {
    return readElements(this.doc)
      .sort((a, b) => a.z - b.z || a.createdBy.localeCompare(b.createdBy))
      .map((element) => element.id);
  }

  /** One random edit of the kind people make on a board (through the studio's own operations). */
  edit(random: Random): string {
    if (this.incoming.length > 0) this.concurrentEdits += 1;
    const ids = this.liveIds();
    const roll = random();
    if (ids.length < 3 || roll < 0.25) {
      const x = between(random, 0, 4000);
      const y = between(random, 0, 3000);
      const id = addElement(this.doc, { type: 'note', x, y, color: pick(random, noteColors), text: `${pick(random, words)} ${this.name}` }, local, this.name);
      this.added.add(id);
      return `add ${id}`;
    }
    const id = pick(random, ids);
    if (roll < 0.45) {
      moveElements(this.doc, [{ id, x: between(random, 0, 4000), y: between(random, 0, 3000) }], local);
      return `move ${id}`;
    }
    if (roll < 0.75) {
      // Typing or deleting a few characters somewhere: written as a minimal diff into the Y.Text.
      const text = (readElement(this.doc, id) as { text: string }).text;
      const at = between(random, 0, text.length);
      const next = random() < 0.3 && text.length > 0
        ? text.slice(0, Math.max(0, at - 1)) + text.slice(Math.min(text.length, at + between(random, 0, 3)))
        : `${text.slice(0, at)}${pick(random, words)} ${text.slice(at)}`;
      updateElement(this.doc, id, { text: next.slice(0, 500) }, local);
      return `type in ${id}`;
    }
    if (roll < 0.9) {
      updateElement(this.doc, id, { color: pick(random, noteColors) }, local);
      return `recolour ${id}`;
    }
    deleteElements(this.doc, [id], local);
    this.deleted.add(id);
    return `delete ${id}`;
  }

  /**
   * Sends the oldest `count` local updates, merged into one as the renderer's queue does when
   * edits pile up, or one by one.
   */
  async send(count: number, merge: boolean): Promise<number> {
    const batch = this.outgoing.splice(0, count);
    if (batch.length === 0) return 0;
    const updates = merge ? [Y.mergeUpdates(batch)] : batch;
    for (const update of updates) await this.api.applyBoardUpdate({ id: this.boardId, update });
    return updates.length;
  }

  /** Applies the oldest `count` held updates; `shuffle` applies them out of order (Yjs must cope). */
  deliver(count: number, random: Random, shuffle: boolean): void {
    const batch = this.incoming.splice(0, count);
    if (shuffle) batch.sort(() => random() - 0.5);
    for (const update of batch) Y.applyUpdate(this.doc, update, remote);
  }
}
