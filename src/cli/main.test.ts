import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestEngine, tempDataDir } from '../core/testing/harness';
import { main } from './main';

/** Runs the command line in-process and captures what it prints. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    process.exitCode = undefined;
  }
}

describe('minga command line', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    folder = tempDataDir();
  });
  afterEach(() => folder.remove());

  it('lists exercises with their workshops and boards as JSON', async () => {
    const running = startTestEngine(folder.dir);
    const api = running.client();
    const exercise = await api.createExercise({ title: 'Gobierno abierto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller 1' } });
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas' } });
    running.close();

    const result = await run(['list', '--data', folder.dir, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      exercises: [{
        id: exercise.id, title: 'Gobierno abierto', kind: 'exercise', archived: false,
        children: [{ id: workshop.id, title: 'Taller 1', kind: 'workshop', children: [{ id: board.id, title: 'Ideas', kind: 'board', elements: 0 }] }],
      }],
    });
  });

  it('checks the store and rebuilds projections with doctor', async () => {
    const running = startTestEngine(folder.dir);
    await running.client().createExercise({ title: 'Reto' });
    running.engine.store!.db.exec('DELETE FROM exercises; DELETE FROM search_index');
    running.close();
    const damaged = await run(['doctor', '--data', folder.dir, '--json']);
    expect(damaged.code).toBe(1);
    expect(JSON.parse(damaged.out)).toMatchObject({ integrity: 'ok', documents: 1, missingProjections: [expect.any(String)] });
    const rebuilt = await run(['doctor', '--data', folder.dir, '--rebuild']);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out).toContain('Rebuilt projections for 1 documents.');
    const listed = await run(['list', '--data', folder.dir, '--json']);
    expect(JSON.parse(listed.out).exercises[0].title).toBe('Reto');
  });

  it('backs up and restores, printing how to undo', async () => {
    const running = startTestEngine(folder.dir);
    await running.client().createExercise({ title: 'Primero' });
    running.close();
    const backup = await run(['backup', '--data', folder.dir, '--json']);
    const made = JSON.parse(backup.out) as { id: string };
    const again = startTestEngine(folder.dir);
    await again.client().createExercise({ title: 'Segundo' });
    again.close();
    const restored = await run(['restore', made.id, '--data', folder.dir]);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/To undo: minga restore minga-.*-pre-restore\.sqlite/);
    expect(JSON.parse((await run(['list', '--data', folder.dir, '--json'])).out).exercises).toHaveLength(1);
  });

  it('answers bad usage with a message and exit code 2', async () => {
    expect((await run(['list', '--bogus'])).code).toBe(2);
    const badPort = await run(['serve', '--port', 'abc', '--data', folder.dir]);
    expect(badPort.code).toBe(2);
    expect(badPort.err).toContain('--port: must be a port number');
    expect((await run(['frobnicate'])).err).toContain('Unknown command');
  });

  it('refuses to work on a data folder another Minga holds', async () => {
    const running = startTestEngine(folder.dir);
    const result = await run(['list', '--data', folder.dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('already in use by another Minga');
    running.close();
  });
});
