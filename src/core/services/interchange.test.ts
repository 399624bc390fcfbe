import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { AppApi } from '../../shared/contract';
import { readElements } from '../../shared/board/elementMaps';
import { ApiError } from '../../shared/domain/errors';
import { specCanvas } from '../../shared/interchange/fixtures/specCanvas';
import { addEveryElement } from '../../shared/interchange/testBoard';
import { engineForEachTest } from '../testing/engineForEachTest';

async function boardWithEveryElement(api: AppApi) {
  const exercise = await api.createExercise({ title: 'Movilidad rural' });
  const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller de ideas' } });
  const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Chivas eléctricas', kind: 'blank' } });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await api.openBoard({ id: board.id })).state);
  const before = Y.encodeStateVector(doc);
  addEveryElement(doc);
  await api.applyBoardUpdate({ id: board.id, update: Y.encodeStateAsUpdate(doc, before) });
  await api.closeBoard({ id: board.id });
  return { exercise, workshop, board, doc };
}

async function elementsOf(api: AppApi, id: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await api.openBoard({ id })).state);
  return readElements(doc).sort((a, b) => a.id.localeCompare(b.id));
}

/** mulberry32: a small seeded generator, so a failing variant can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A truncated or mutated copy of a file: cut short, a character changed, a value replaced or a key dropped. */
function mutate(text: string, next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const kind = Math.floor(next() * 4);
  if (kind === 0) return text.slice(0, Math.floor(next() * text.length));
  if (kind === 1) {
    const at = Math.floor(next() * text.length);
    return `${text.slice(0, at)}${pick(['"', '{', '}', ',', '0', 'x', ']', ':', '\\'])}${text.slice(at + 1)}`;
  }
  const json = JSON.parse(text) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  const items = [...json.nodes, ...json.edges];
  const item = pick(items);
  const target = next() < 0.5 && item.minga ? (item.minga as Record<string, unknown>) : item;
  const key = pick(Object.keys(target));
  if (kind === 2) target[key] = pick([null, -1, 1e12, 'x', '', true, [], {}, '#12', 'arrow', 'left', pick(items).id]);
  else delete target[key];
  return JSON.stringify(json);
}

describe('board interchange', () => {
  const fixture = engineForEachTest({ backgroundSync: false });
  const counts = () => fixture.running.engine.store!.db
    .prepare<[], { documents: number; updates: number }>('SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM document_updates) AS updates')
    .get()!;

  it('exports a board to JSON Canvas and imports it back with identical elements, into the same workshop', async () => {
    const api = fixture.running.client();
    const { workshop, board, exercise } = await boardWithEveryElement(api);
    const exported = await api.exportBoardCanvas({ boardId: board.id });
    expect(exported.fileName).toBe('Chivas eléctricas.canvas');
    const imported = await api.importBoardFile({ fileName: exported.fileName, content: exported.content, workshopId: workshop.id });
    expect(imported).toMatchObject({ format: 'canvas', exerciseId: exercise.id, workshopId: workshop.id, summary: { skipped: {} } });
    expect(imported.boards[0]).toMatchObject({ title: 'Chivas eléctricas', kind: 'blank', elementCount: 5 });
    expect(await elementsOf(api, imported.boards[0]!.id)).toEqual(await elementsOf(api, board.id));
    expect((await api.listBoards({ workshopId: workshop.id })).length).toBe(2);
  });

  it('without a target, makes an exercise and a workshop named after the file; with an exercise, a workshop in it', async () => {
    const api = fixture.running.client();
    const first = await api.importBoardFile({ fileName: 'Lluvia de ideas.canvas', content: specCanvas });
    expect((await api.getExercise({ id: first.exerciseId })).title).toBe('Lluvia de ideas');
    expect((await api.getWorkshop({ id: first.workshopId })).title).toBe('Lluvia de ideas');
    expect(first.summary.created).toEqual({ frame: 1, note: 5, connector: 4 });
    const second = await api.importBoardFile({ fileName: 'otra.canvas', content: specCanvas, exerciseId: first.exerciseId });
    expect(second.exerciseId).toBe(first.exerciseId);
    expect(second.workshopId).not.toBe(first.workshopId);
    expect((await api.listWorkshops({ exerciseId: first.exerciseId })).length).toBe(2);
  });

  it('refuses a bad file with the reason as a catalogue key and where, writing nothing', async () => {
    const api = fixture.running.client();
    const before = counts();
    const caught = await api.importBoardFile({ fileName: 'x.canvas', content: '{"edges":[{"id":"e","fromNode":"a","toNode":"b"}]}' }).catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ code: 'invalid_input', issues: [{ path: 'e → a', key: 'interchange.refused.missingNode' }] });
    expect((caught as ApiError).message).toMatch(/an edge points to a node that is not in the file/);
    const unknownWorkshop = await api.importBoardFile({ fileName: 'x.canvas', content: specCanvas, workshopId: crypto.randomUUID() }).catch((error: unknown) => error);
    expect(unknownWorkshop).toMatchObject({ code: 'not_found' });
    expect(counts()).toEqual(before);
  });

  it('imports each of 200 truncated or mutated files cleanly or refuses it with a reason and changes nothing', async () => {
    const api = fixture.running.client();
    const { workshop, board } = await boardWithEveryElement(api);
    const { content } = await api.exportBoardCanvas({ boardId: board.id });
    const next = random(Number(process.env.MINGA_FUZZ_SEED ?? 5));
    let refused = 0;
    for (let variant = 0; variant < 200; variant += 1) {
      const before = counts();
      const text = mutate(content, next);
      try {
        const imported = await api.importBoardFile({ fileName: 'fuzz.canvas', content: text, workshopId: workshop.id });
        // What was accepted is a readable board with every element the summary counts.
        const total = Object.values(imported.summary.created).reduce((sum, count) => sum + count, 0);
        expect((await elementsOf(api, imported.boards[0]!.id)).length).toBe(total);
        await api.closeBoard({ id: imported.boards[0]!.id });
      } catch (error) {
        refused += 1;
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).issues?.[0]?.key).toMatch(/^interchange\.refused\./);
        expect(counts()).toEqual(before);
      }
    }
    // Both outcomes occur, so the test exercises both.
    expect(refused).toBeGreaterThan(20);
    expect(refused).toBeLessThan(200);
  });
});
