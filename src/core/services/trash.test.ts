import { describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../shared/contract';
import type { ApiError } from '../../shared/domain/errors';
import { runDoctor } from '../doctor';
import { isPurged, purgedIds } from '../documents/purge';
import { saveHubLink } from '../sync/hubLink';
import { engineForEachTest } from '../testing/engineForEachTest';

const dayMs = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-01T10:00:00.000Z');
/** The engine's clock, moved by the tests. */
let clock = start;

async function boardWithNote(api: AppApi) {
  const exercise = await api.createExercise({ title: 'Movilidad rural' });
  const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller de ideas' } });
  const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Chivas eléctricas' } });
  const kept = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Rutas veredales' } });
  return { exercise, workshop, board, kept };
}

const codeOf = (caught: unknown) => (caught as ApiError).code;
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('the board trash', () => {
  const fixture = engineForEachTest({ now: () => clock, backgroundSync: false });

  it('takes a deleted board out of lists, counts and search, and a restore brings it back', async () => {
    clock = start;
    const api = fixture.running.client();
    const { exercise, workshop, board, kept } = await boardWithNote(api);

    const trashed = await api.deleteBoard({ id: board.id });
    expect(trashed).toMatchObject({
      id: board.id, title: 'Chivas eléctricas', exerciseTitle: 'Movilidad rural', workshopTitle: 'Taller de ideas',
      deletedAt: start.toISOString(), expiresAt: new Date(start.getTime() + 30 * dayMs).toISOString(),
    });
    expect(trashed.deletedBy).toBeUndefined();
    expect(ids(await api.listBoards({ workshopId: workshop.id }))).toEqual([kept.id]);
    expect((await api.listWorkshops({ exerciseId: exercise.id }))[0]?.boardCount).toBe(1);
    expect(await api.search({ query: 'chivas' })).toEqual([]);
    expect(ids(await api.listTrash({}))).toEqual([board.id]);
    expect(ids(await api.listTrash({ exerciseId: exercise.id }))).toEqual([board.id]);
    expect(await api.listTrash({ exerciseId: crypto.randomUUID() })).toEqual([]);

    const restored = await api.restoreBoard({ id: board.id });
    expect(restored).toMatchObject({ id: board.id, title: 'Chivas eléctricas' });
    expect(ids(await api.listBoards({ workshopId: workshop.id })).sort()).toEqual([board.id, kept.id].sort());
    expect((await api.listWorkshops({ exerciseId: exercise.id }))[0]?.boardCount).toBe(2);
    expect(ids(await api.search({ query: 'chivas' }))).toEqual([board.id]);
    expect(await api.listTrash({})).toEqual([]);
  });

  it('keeps the first deletion date when a board is deleted twice, and names a signed-in person', async () => {
    clock = start;
    const api = fixture.running.client();
    const { board } = await boardWithNote(api);
    saveHubLink(fixture.running.engine.store!.db, 'https://hub.example', {
      accessToken: 'a', accessTokenExpiresAt: start.toISOString(), refreshToken: 'r'.repeat(32), deviceId: 'd1',
      user: { id: 'u1', email: 'ana@ejemplo.gov.co', role: 'facilitator' },
    }, start.toISOString());
    expect((await api.deleteBoard({ id: board.id })).deletedBy).toBe('ana@ejemplo.gov.co');
    clock = new Date(start.getTime() + dayMs);
    expect((await api.deleteBoard({ id: board.id })).deletedAt).toBe(start.toISOString());
  });

  it('gives the same lists, trash and search after doctor --rebuild', async () => {
    clock = start;
    const api = fixture.running.client();
    const { workshop, board, kept } = await boardWithNote(api);
    await api.deleteBoard({ id: board.id });
    const report = runDoctor(fixture.running.engine.store!, true);
    expect(report.ok).toBe(true);
    expect(ids(await api.listBoards({ workshopId: workshop.id }))).toEqual([kept.id]);
    expect(ids(await api.listTrash({}))).toEqual([board.id]);
    expect(await api.search({ query: 'chivas' })).toEqual([]);
    expect(ids(await api.search({ query: 'rutas' }))).toEqual([kept.id]);
  });

  it('deletes forever only a board in the trash, leaving a tombstone that survives a restart', async () => {
    clock = start;
    const api = fixture.running.client();
    const { board, kept } = await boardWithNote(api);
    expect(codeOf(await api.purgeBoard({ id: kept.id }).catch((caught: unknown) => caught))).toBe('conflict');
    expect(codeOf(await api.purgeBoard({ id: crypto.randomUUID() }).catch((caught: unknown) => caught))).toBe('not_found');

    await api.deleteBoard({ id: board.id });
    expect(await api.purgeBoard({ id: board.id })).toEqual({ purged: true });
    expect(await api.listTrash({})).toEqual([]);
    expect(codeOf(await api.openBoard({ id: board.id }).catch((caught: unknown) => caught))).toBe('not_found');
    expect(codeOf(await api.restoreBoard({ id: board.id }).catch((caught: unknown) => caught))).toBe('not_found');

    const reopened = fixture.restart();
    const db = reopened.engine.store!.db;
    expect(isPurged(db, board.id)).toBe(true);
    expect(isPurged(db, kept.id)).toBe(false);
    expect([...purgedIds(db)]).toEqual([board.id]);
    const left = (table: string, column: string) => db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`).get(board.id);
    expect(left('documents', 'id')).toEqual({ n: 0 });
    expect(left('document_updates', 'doc_id')).toEqual({ n: 0 });
    expect(left('boards', 'id')).toEqual({ n: 0 });
    expect(left('search_index', 'doc_id')).toEqual({ n: 0 });
  });

  it('purges a board at start once it has been 30 days in the trash, not before', async () => {
    clock = start;
    const { board, kept } = await boardWithNote(fixture.running.client());
    await fixture.running.client().deleteBoard({ id: board.id });

    clock = new Date(start.getTime() + 30 * dayMs - 1);
    let api = fixture.restart().client();
    expect(ids(await api.listTrash({}))).toEqual([board.id]);

    clock = new Date(start.getTime() + 30 * dayMs);
    const running = fixture.restart();
    api = running.client();
    expect(await api.listTrash({})).toEqual([]);
    expect(isPurged(running.engine.store!.db, board.id)).toBe(true);
    expect((await api.openBoard({ id: kept.id })).summary.title).toBe('Rutas veredales');
  });

  it('does not purge a board restored elsewhere whose list row still says trashed', async () => {
    clock = start;
    const api = fixture.running.client();
    const { board } = await boardWithNote(api);
    await api.deleteBoard({ id: board.id });
    const db = fixture.running.engine.store!.db;
    // A projection lagging behind its document: the document is what decides.
    await api.restoreBoard({ id: board.id });
    db.prepare('UPDATE boards SET deleted_at = ? WHERE id = ?').run(start.toISOString(), board.id);
    clock = new Date(start.getTime() + 31 * dayMs);
    const running = fixture.restart();
    expect(isPurged(running.engine.store!.db, board.id)).toBe(false);
    expect((await running.client().openBoard({ id: board.id })).summary.id).toBe(board.id);
  });
});

describe('the periodic trash sweep', () => {
  const fixture = engineForEachTest({ now: () => clock, backgroundSync: false, trashSweepIntervalMs: 20 });

  it('purges while the app stays open and tells other windows', async () => {
    clock = start;
    const changed = vi.fn();
    const watcher = fixture.running.client({ storeChanged: changed });
    const api = fixture.running.client();
    const { board } = await boardWithNote(api);
    await api.deleteBoard({ id: board.id });
    changed.mockClear();
    clock = new Date(start.getTime() + 31 * dayMs);
    await vi.waitFor(() => expect(isPurged(fixture.running.engine.store!.db, board.id)).toBe(true));
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(await watcher.listTrash({})).toEqual([]);
  });
});
