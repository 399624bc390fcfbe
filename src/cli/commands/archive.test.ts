import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeFingerprint } from '../../core/archive/testing';
import { startTestEngine, tempDataDir } from '../../core/testing/harness';
import { main } from '../main';
import { capture } from '../testing/capture';

describe('minga archive', () => {
  const folders: ReturnType<typeof tempDataDir>[] = [];
  const folder = () => {
    const made = tempDataDir('minga-archive-cli-');
    folders.push(made);
    return made.dir;
  };
  afterEach(() => {
    for (const made of folders.splice(0)) made.remove();
  });

  async function withExercises(dir: string, titles: string[]): Promise<string[]> {
    const app = startTestEngine(dir);
    try {
      const ids: string[] = [];
      for (const title of titles) {
        const exercise = await app.client().createExercise({ title });
        await app.client().createWorkshop({ exerciseId: exercise.id, fields: { title: `Taller de ${title}` } });
        ids.push(exercise.id);
      }
      return ids;
    } finally {
      app.close();
    }
  }
  function fingerprint(dir: string): string {
    const app = startTestEngine(dir);
    try {
      app.engine.store!.projector.flush();
      return storeFingerprint(app.engine.store!.db);
    } finally {
      app.close();
    }
  }
  const titles = async (dir: string) => {
    const listed = await capture(() => main(['list', '--data', dir, '--json']));
    return (JSON.parse(listed.out) as { exercises: { title: string }[] }).exercises.map((exercise) => exercise.title).sort();
  };

  it('exports everything or one exercise, and imports it into another folder; a second import changes nothing', async () => {
    const from = folder();
    const [first] = await withExercises(from, ['Agua potable', 'Movilidad']);
    const file = path.join(folder(), 'todo.zip');
    const exported = await capture(() => main(['archive', 'export', '--data', from, '--out', file]));
    expect(exported).toMatchObject({ result: 0, err: '' });
    expect(exported.out).toMatch(/^Wrote 4 documents and 0 images to .*todo\.zip/);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const to = folder();
    const imported = await capture(() => main(['archive', 'import', '--data', to, file]));
    expect(imported).toMatchObject({ result: 0, err: '' });
    expect(imported.out).toMatch(/: 4 changed \(4 new, 0 merged\), 0 already up to date, 0 new images\.$/);
    expect(await titles(to)).toEqual(['Agua potable', 'Movilidad']);
    const before = fingerprint(to);
    const again = await capture(() => main(['archive', 'import', '--data', to, file, '--json']));
    expect(JSON.parse(again.out)).toEqual({ created: 0, merged: 0, unchanged: 4, assets: 0 });
    expect(fingerprint(to)).toBe(before);

    const one = path.join(folder(), 'uno.zip');
    expect((await capture(() => main(['archive', 'export', '--data', from, '--exercise', first!, '--out', one]))).out).toMatch(/^Wrote 2 documents/);
    const third = folder();
    await capture(() => main(['archive', 'import', '--data', third, one]));
    expect(await titles(third)).toEqual(['Agua potable']);
  });

  it('exits non-zero with the problem named and changes nothing on a bad archive', async () => {
    const from = folder();
    await withExercises(from, ['Agua potable']);
    const file = path.join(folder(), 'todo.zip');
    await capture(() => main(['archive', 'export', '--data', from, '--out', file]));
    const to = folder();
    await withExercises(to, ['Lo de aquí']);
    const before = fingerprint(to);

    const cut = path.join(folder(), 'cortado.zip');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 100));
    const truncated = await capture(() => main(['archive', 'import', '--data', to, cut]));
    expect(truncated.result).toBe(1);
    expect(truncated.err).toMatch(/cortado\.zip: The archive is truncated .* Nothing was imported\.$/);

    const text = path.join(folder(), 'notas.txt');
    fs.writeFileSync(text, 'no es un archivo');
    expect(await capture(() => main(['archive', 'import', '--data', to, text]))).toMatchObject({ result: 1, err: expect.stringMatching(/not a Minga archive/) });
    expect(await capture(() => main(['archive', 'import', '--data', to, path.join(folder(), 'nada.zip')]))).toMatchObject({ result: 1, err: expect.stringMatching(/no such file/) });
    expect(fingerprint(to)).toBe(before);

    const unknown = await capture(() => main(['archive', 'export', '--data', from, '--exercise', crypto.randomUUID(), '--out', path.join(folder(), 'x.zip')]));
    expect(unknown.result).toBe(1);
    expect(unknown.err).toMatch(/No exercise .* Nothing was written\./);
    expect((await capture(() => main(['archive', 'export', '--data', from]))).result).toBe(2);
    expect((await capture(() => main(['archive', 'import', '--data', to]))).result).toBe(2);
    expect((await capture(() => main(['archive', 'export', '--data', from, '--exercise', 'abc', '--out', file]))).result).toBe(2);
  });
});
