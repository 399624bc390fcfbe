import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { login } from '../../core/sync/login';
import { startTestEngine, tempDataDir } from '../../core/testing/harness';
import { openSqliteHubStore } from '../../server/store/sqlite/store';
import { startTestHub, testPassword, type TestHub } from '../../server/testing/hubHarness';
import { main } from '../main';
import { capture } from '../testing/capture';

describe('minga sync-package and minga hub sync-package', () => {
  const folders: ReturnType<typeof tempDataDir>[] = [];
  const folder = () => {
    const made = tempDataDir('minga-pkg-cli-');
    folders.push(made);
    return made.dir;
  };
  let hub: TestHub | undefined;
  let hubDir: string;
  beforeEach(async () => {
    hubDir = folder();
    hub = await startTestHub({ dataDir: hubDir });
  });
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
    for (const made of folders.splice(0)) made.remove();
  });

  /** A desktop folder signed in as `email`, with one exercise of its own. */
  async function desktop(email: string): Promise<{ dir: string; exerciseId: string }> {
    const dir = folder();
    const app = startTestEngine(dir);
    try {
      await login(app.engine.store!, { hubUrl: hub!.hub.url, email, password: testPassword, deviceName: 'campo' });
      const exercise = await app.client().createExercise({ title: `Ejercicio de ${email}` });
      return { dir, exerciseId: exercise.id };
    } finally {
      app.close();
    }
  }

  it('exports a desktop, imports it on a stopped hub (twice, the second changing nothing) and brings it back to another folder', async () => {
    await hub!.addUser('ana@example.org', 'facilitator');
    await hub!.addUser('olga@example.org', 'observer');
    const ana = await desktop('ana@example.org');
    const olga = await desktop('olga@example.org');
    const file = path.join(folder(), 'ana.mingapkg');

    const exported = await capture(() => main(['sync-package', 'export', '--data', ana.dir, '--out', file]));
    expect(exported).toMatchObject({ result: 0, err: '' });
    expect(exported.out).toMatch(/^Wrote 1 documents by ana@example\.org to .*ana\.mingapkg \(0\.0 MB\)/);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    // While the hub runs, the import refuses: the hub would keep serving its copies in memory.
    const busy = await capture(() => main(['hub', 'sync-package', 'import', file, '--data', hubDir]));
    expect(busy.result).toBe(1);
    expect(busy.err).toMatch(/^Stop the hub before importing a sync package/);
    const olgaFile = path.join(folder(), 'olga.mingapkg');
    await capture(() => main(['sync-package', 'export', '--data', olga.dir, '--out', olgaFile]));
    await hub!.close();
    hub = undefined;

    const first = await capture(() => main(['hub', 'sync-package', 'import', file, '--data', hubDir]));
    expect(first).toMatchObject({ result: 0, err: '' });
    expect(first.out).toMatch(/by ana@example\.org .*: 1 stored, 0 already up to date, 0 refused\.$/);
    const second = await capture(() => main(['hub', 'sync-package', 'import', file, '--data', hubDir]));
    expect(second.out).toMatch(/: 0 stored, 1 already up to date, 0 refused\.$/);

    // An observer's own exercise is refused and reported; the exit code says so.
    const refused = await capture(() => main(['hub', 'sync-package', 'import', olgaFile, '--data', hubDir]));
    expect(refused.result).toBe(5);
    expect(refused.err).toBe(`  refused exercise:${olga.exerciseId}: permission-denied`);

    const store = openSqliteHubStore(hubDir);
    try {
      expect((await store.documents.records()).map((record) => record.name)).toEqual([`exercise:${ana.exerciseId}`]);
    } finally {
      await store.close();
    }

    const back = path.join(folder(), 'back.mingapkg');
    const hubExport = await capture(() => main(['hub', 'sync-package', 'export', '--email', 'ana@example.org', '--out', back, '--data', hubDir]));
    expect(hubExport.out).toMatch(/^Wrote 1 documents ana@example\.org may read/);
    const fresh = folder();
    const imported = await capture(() => main(['sync-package', 'import', back, '--data', fresh]));
    expect(imported).toMatchObject({ result: 0, err: '' });
    expect(imported.out).toMatch(/: 1 changed, 0 already up to date\.$/);
    const again = await capture(() => main(['sync-package', 'import', back, '--data', fresh, '--json']));
    expect(JSON.parse(again.out)).toEqual({ changed: [], unchanged: [`exercise:${ana.exerciseId}`] });
    const app = startTestEngine(fresh);
    try {
      expect(await app.client().listExercises({})).toEqual([expect.objectContaining({ id: ana.exerciseId, title: 'Ejercicio de ana@example.org' })]);
    } finally {
      app.close();
    }
  });

  it('refuses damaged, foreign and missing files with exit 1 and explains bad usage with exit 2', async () => {
    await hub!.addUser('ana@example.org', 'facilitator');
    const ana = await desktop('ana@example.org');
    const dir = folder();
    const file = path.join(dir, 'ana.mingapkg');
    await capture(() => main(['sync-package', 'export', '--data', ana.dir, '--out', file]));
    await hub!.close();
    hub = undefined;

    const bytes = fs.readFileSync(file);
    fs.writeFileSync(path.join(dir, 'cut.mingapkg'), bytes.subarray(0, bytes.length - 10));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'Acta de la reunión');
    const cases: [string, RegExp][] = [
      ['cut.mingapkg', /damaged or truncated.*Nothing was imported\.$/],
      ['notes.txt', /not a Minga sync package\. Nothing was imported\.$/],
      ['missing.mingapkg', /no such file/],
    ];
    for (const [name, message] of cases) {
      const onHub = await capture(() => main(['hub', 'sync-package', 'import', path.join(dir, name), '--data', hubDir]));
      expect(onHub.result).toBe(1);
      expect(onHub.err).toMatch(message);
      const onDesk = await capture(() => main(['sync-package', 'import', path.join(dir, name), '--data', ana.dir]));
      expect(onDesk.result).toBe(1);
      expect(onDesk.err).toMatch(message);
    }
    const store = openSqliteHubStore(hubDir);
    try {
      expect(await store.documents.records()).toEqual([]);
    } finally {
      await store.close();
    }
    // A desktop's own package is for the hub.
    const wrongWay = await capture(() => main(['sync-package', 'import', file, '--data', ana.dir]));
    expect(wrongWay).toMatchObject({ result: 1, err: expect.stringContaining('import it on the hub') });

    const usage: [string[], string][] = [
      [['sync-package', 'export', '--data', ana.dir], '--out: is required'],
      [['sync-package', 'import', '--data', ana.dir], 'needs the package FILE'],
      [['sync-package', 'send'], 'Unknown sync-package command "send"'],
      [['hub', 'sync-package', 'export', '--out', file, '--data', hubDir], '--email: is required'],
      [['hub', 'sync-package', 'import', '--data', hubDir], 'needs the package FILE'],
    ];
    for (const [argv, message] of usage) {
      const run = await capture(() => main(argv));
      expect(run.result, argv.join(' ')).toBe(2);
      expect(run.err).toContain(message);
    }
    const nobody = await capture(() => main(['hub', 'sync-package', 'export', '--email', 'nadie@example.org', '--out', file, '--data', hubDir]));
    expect(nobody).toMatchObject({ result: 1, err: expect.stringContaining('no account for nadie@example.org') });
  });
});
