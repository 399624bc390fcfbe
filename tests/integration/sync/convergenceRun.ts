import { seededRandom, type Random } from '../convergence/replica';
import type { TestHub } from '../../../src/server/testing/hubHarness';
import { Desk, differenceBetween, randomEdit, replicaOf, sortedVector } from './desks';

const hours = 3_600_000;

export interface ConvergenceOptions {
  /** Offline editing phases, each followed by sync rounds of a random subset of desks in random order. */
  phases: number;
  /** Edits per desk per phase (each a board session of 1–4 operations, or one record edit). */
  editsPerPhase: number;
}

/** Hub limits for a test that signs in and syncs hundreds of times a minute from one address. */
export const unthrottled = {
  signInPerAddress: { limit: 1_000_000, windowMs: 60_000 },
  connectionsPerAddress: { limit: 1_000_000, windowMs: 60_000 },
};

export const ciOptions: ConvergenceOptions = { phases: 3, editsPerPhase: 4 };

function shuffled<T>(items: T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/**
 * One seeded run: three desktop folders of three facilitators sharing one exercise edit it
 * offline (the same boards and boards of their own), sync in random order between phases, then
 * settle; every replica must then be identical, also after each folder is reopened from disk.
 * The desks' clocks are 5 hours apart (now, +5 h, −5 h): Yjs orders by clocks of its own.
 * Throws with the seed and the steps taken when replicas differ.
 */
export async function runConvergenceSeed(hub: TestHub, seed: number, options: ConvergenceOptions = ciOptions): Promise<{ rounds: number; documents: number }> {
  const random = seededRandom(seed);
  const log: string[] = [];
  const skews = [0, 5 * hours, -5 * hours];
  const desks = ['A', 'B', 'C'].map((name, index) => new Desk(name, () => new Date(Date.now() + skews[index]!)));
  let rounds = 0;
  const fail = (what: string): never => {
    throw new Error(`seed ${seed}: ${what}\nreplay: MINGA_SYNC_SEED=${seed} MINGA_SYNC_SEEDS=1\nsteps:\n${log.slice(-40).join('\n')}`);
  };
  const sync = async (desk: Desk) => {
    const report = await desk.sync({ timeoutMs: 10_000 }).catch((error: unknown) => fail(`${desk.name}'s round failed: ${String(error)}`));
    rounds += 1;
    log.push(`${desk.name} syncs: sent ${report.sent.length}, received ${report.received.length}`);
    if (report.refused.length > 0) fail(`${desk.name} was refused ${JSON.stringify(report.refused)}`);
    return report;
  };
  try {
    const users = await Promise.all(desks.map((desk) => hub.addUser(`${desk.name.toLowerCase()}-${seed}@example.org`, 'facilitator')));
    for (const [index, desk] of desks.entries()) await desk.signIn(hub.hub.url, users[index]!.email);
    const [a] = desks as [Desk, Desk, Desk];
    const exercise = await a.api.createExercise({ title: `Reto ${seed}` });
    const workshop = await a.api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    await a.api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas' } });
    await sync(a);
    for (const user of users.slice(1)) await hub.accounts.assign(exercise.id, user.id);
    for (const desk of desks.slice(1)) await sync(desk);

    for (let phase = 0; phase < options.phases; phase += 1) {
      for (const desk of desks) {
        for (let edit = 0; edit < options.editsPerPhase; edit += 1) {
          log.push(`${desk.name} ${await randomEdit(desk.api, exercise.id, workshop.id, random)}`);
        }
      }
      for (const desk of shuffled(desks, random)) if (random() < 0.7) await sync(desk);
    }

    // Settle: rounds in random order until a whole pass moves nothing.
    for (let pass = 0; ; pass += 1) {
      if (pass > 6) fail('still moving documents after 6 passes');
      let moved = false;
      for (const desk of shuffled(desks, random)) {
        const report = await sync(desk);
        moved ||= report.sent.length + report.received.length > 0;
      }
      if (!moved) break;
    }

    const replicas = await Promise.all(desks.map((desk) => replicaOf(desk, workshop.id)));
    for (const [index, replica] of replicas.entries()) {
      const difference = differenceBetween(replicas[0]!, replica);
      if (difference) fail(`A and ${desks[index]!.name} differ after settling: ${difference}`);
    }
    for (const [name] of replicas[0]!.documents) {
      const kind = a.store.db.prepare<[string], { kind: string }>('SELECT kind FROM documents WHERE id = ?').get(name)!.kind;
      const stored = await hub.stored(`${kind}:${name}`);
      if (!stored) fail(`the hub lacks ${kind}:${name}`);
      if (sortedVector(stored!) !== replicas[0]!.documents.get(name)!.stateVector) fail(`the hub's ${kind}:${name} has another state vector`);
    }
    for (const [index, desk] of desks.entries()) {
      desk.reopen();
      const difference = differenceBetween(replicas[index]!, await replicaOf(desk, workshop.id));
      if (difference) fail(`${desk.name} changed when reopened from disk: ${difference}`);
    }
    return { rounds, documents: replicas[0]!.documents.size };
  } finally {
    for (const desk of desks) desk.remove();
  }
}
