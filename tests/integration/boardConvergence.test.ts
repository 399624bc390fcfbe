import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readElements } from '../../src/shared/board/elementMaps';
import { readNotes } from '../../src/shared/documents/boardDoc';
import { startTestEngine, tempDataDir } from '../../src/core/testing/harness';
import { Replica, seededRandom, type Random } from './convergence/replica';

/**
 * Two renderers attached to the same board through the real core edit concurrently while the
 * test decides when each one's edits reach the core and when the core's broadcasts reach the
 * other: every interleaving must end with both copies, and the core's, identical and nothing
 * lost. Replay one run with MINGA_CONVERGENCE_SEED=<seed> MINGA_CONVERGENCE_SEEDS=1.
 */
const firstSeed = Number(process.env.MINGA_CONVERGENCE_SEED ?? 1);
const seedCount = Number(process.env.MINGA_CONVERGENCE_SEEDS ?? 30);
const stepsPerSeed = 160;

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const snapshot = (doc: Y.Doc) => ({
  stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('hex'),
  notes: JSON.stringify(byId(readNotes(doc))),
  elements: JSON.stringify(byId(readElements(doc))),
});

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 500) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('two renderers editing one board concurrently', () => {
  const folder = tempDataDir('minga-convergence-');
  let running = startTestEngine(folder.dir);
  /** Final state per board, checked again after the core is restarted. */
  const finals = new Map<string, { seed: number; state: ReturnType<typeof snapshot> }>();
  let concurrentEdits = 0;
  afterAll(() => {
    running.close();
    folder.remove();
  });

  async function newBoard(seed: number): Promise<string> {
    const api = running.client();
    const exercise = await api.createExercise({ title: `Reto ${seed}` });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    return (await api.createBoard({ workshopId: workshop.id, fields: { title: 'Tablero' } })).id;
  }

  function attach(name: string, clientId: number, boardId: string): Replica {
    const replica = new Replica(name, clientId, boardId);
    replica.api = running.client({ boardUpdated: replica.onBoardUpdated });
    return replica;
  }

  /** Sends a batch and waits until the core's broadcast of it has reached the other side. */
  async function send(from: Replica, to: Replica, random: Random): Promise<void> {
    const expected = to.received + (await from.send(1 + Math.floor(random() * from.outgoing.length), random() < 0.5));
    await until(() => to.received >= expected, `${to.name} to receive ${from.name}'s updates`);
  }

  async function settle(a: Replica, b: Replica, random: Random): Promise<void> {
    while (a.outgoing.length + b.outgoing.length + a.incoming.length + b.incoming.length > 0) {
      await send(a, b, random);
      await send(b, a, random);
      a.deliver(a.incoming.length, random, false);
      b.deliver(b.incoming.length, random, false);
    }
  }

  async function runSeed(seed: number): Promise<void> {
    const random = seededRandom(seed);
    const boardId = await newBoard(seed);
    const a = attach('A', 1_000 + seed * 2, boardId);
    const b = attach('B', 1_001 + seed * 2, boardId);
    await a.open();
    await b.open();
    const log: string[] = [];
    for (let step = 0; step < stepsPerSeed; step += 1) {
      const [self, other] = random() < 0.5 ? [a, b] : [b, a];
      const roll = random();
      if (roll < 0.5) {
        log.push(`${self.name} ${self.edit(random)}`);
      } else if (roll < 0.7) {
        log.push(`${self.name} sends ${self.outgoing.length}`);
        await send(self, other, random);
      } else if (roll < 0.8) {
        // Both send at once, so the core interleaves their updates itself.
        log.push('both send');
        const expectA = a.received + b.outgoing.length;
        const expectB = b.received + a.outgoing.length;
        await Promise.all([a.send(a.outgoing.length, false), b.send(b.outgoing.length, false)]);
        await until(() => a.received >= expectA && b.received >= expectB, 'both broadcasts');
      } else {
        const count = 1 + Math.floor(random() * self.incoming.length);
        log.push(`${self.name} applies ${count}/${self.incoming.length}`);
        self.deliver(count, random, random() < 0.2);
      }
    }
    await settle(a, b, random);

    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, (await running.client().openBoard({ id: boardId })).state);
    const context = `seed ${seed} (replay: MINGA_CONVERGENCE_SEED=${seed} MINGA_CONVERGENCE_SEEDS=1); last steps: ${log.slice(-8).join('; ')}`;
    const core = snapshot(fresh);
    expect(snapshot(a.doc), `A vs core, ${context}`).toEqual(core);
    expect(snapshot(b.doc), `B vs core, ${context}`).toEqual(core);

    const deleted = new Set([...a.deleted, ...b.deleted]);
    const present = new Set(readNotes(fresh).map((note) => note.id));
    const lost = [...a.added, ...b.added].filter((id) => !deleted.has(id) && !present.has(id));
    expect(lost, `notes lost, ${context}`).toEqual([]);
    expect([...deleted].filter((id) => present.has(id)), `deleted notes back, ${context}`).toEqual([]);
    expect(a.added.size + b.added.size, `no notes added, ${context}`).toBeGreaterThan(0);
    concurrentEdits += a.concurrentEdits + b.concurrentEdits;
    finals.set(boardId, { seed, state: core });
  }

  it(`converge without loss over ${seedCount} seeded interleavings`, async () => {
    for (let seed = firstSeed; seed < firstSeed + seedCount; seed += 1) await runSeed(seed);
    // The interleavings must really have made people edit over one another's unseen changes.
    expect(concurrentEdits).toBeGreaterThan(seedCount * 5);
  }, 240_000);

  it('keeps every converged board intact on disk after the core restarts', async () => {
    expect(finals.size).toBe(seedCount);
    running.close();
    running = startTestEngine(folder.dir);
    const api = running.client();
    for (const [id, { seed, state }] of finals) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await api.openBoard({ id })).state);
      expect(snapshot(doc), `board of seed ${seed} after restart`).toEqual(state);
    }
  });
});
