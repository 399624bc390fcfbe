import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../shared/domain/errors';
import { startTestEngine, tempDataDir } from './testing/harness';
import { Engine } from './engine';
import { DataFolderLockedError } from './store/lock';

describe('engine backups, restore and a damaged store', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    folder = tempDataDir();
  });
  afterEach(() => folder.remove());

  it('restores a backup and can undo the restore', async () => {
    const running = startTestEngine(folder.dir);
    const changes: string[] = [];
    const api = running.client({ storeChanged: ({ reason }) => changes.push(reason) });
    await api.createExercise({ title: 'Antes del respaldo' });
    const backup = await api.createBackup({});
    expect(backup.reason).toBe('manual');
    await api.createExercise({ title: 'Después del respaldo' });
    const { undo } = await api.restoreBackup({ id: backup.id });
    expect((await api.listExercises({})).map((exercise) => exercise.title)).toEqual(['Antes del respaldo']);
    expect(undo?.reason).toBe('pre-restore');
    await api.restoreBackup({ id: undo!.id });
    expect((await api.listExercises({})).map((exercise) => exercise.title).sort()).toEqual(['Antes del respaldo', 'Después del respaldo']);
    expect(changes).toContain('restore');
    running.close();
  });

  it('reports a corrupt database instead of crashing, and recovers from the newest good backup', async () => {
    const first = startTestEngine(folder.dir);
    const api = first.client();
    await api.createExercise({ title: 'Guardado' });
    const backup = await api.createBackup({});
    first.close();
    writeFileSync(join(folder.dir, 'minga.sqlite'), Buffer.alloc(16_384, 0x5a));

    const second = startTestEngine(folder.dir);
    const broken = second.client();
    const status = await broken.getStatus({});
    expect(status.state).toBe('corrupt');
    const refused = await broken.listExercises({}).catch((caught: unknown) => caught);
    expect((refused as ApiError).code).toBe('store_corrupt');
    const [newest] = await broken.listBackups({});
    expect(newest?.id).toBe(backup.id);
    await broken.restoreBackup({ id: backup.id });
    expect((await broken.getStatus({})).state).toBe('ready');
    expect((await broken.listExercises({})).map((exercise) => exercise.title)).toEqual(['Guardado']);
    second.close();
  });

  it('refuses a second engine on the same data folder with a clear message', () => {
    const first = startTestEngine(folder.dir);
    expect(() => new Engine({ dataDir: folder.dir, owner: 'second', backupIntervalMs: 0 }).start()).toThrow(DataFolderLockedError);
    first.close();
    const again = new Engine({ dataDir: folder.dir, owner: 'second', backupIntervalMs: 0 }).start();
    expect(again.state.state).toBe('ready');
    again.close();
  });

  it('keeps preferences in the store', async () => {
    const running = startTestEngine(folder.dir);
    const api = running.client();
    expect(await api.getPreferences({})).toEqual({ locale: 'es-CO' });
    await api.setPreferences({ locale: 'en' });
    running.close();
    const again = startTestEngine(folder.dir);
    expect(await again.client().getPreferences({})).toEqual({ locale: 'en' });
    again.close();
  });
});
