import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, tempDataDir } from '../../core/testing/harness';
import { excalidrawDrawing } from '../../shared/interchange/fixtures/excalidrawDrawing';
import { specCanvas } from '../../shared/interchange/fixtures/specCanvas';
import { main } from '../main';
import { capture } from '../testing/capture';

describe('minga export and minga import', () => {
  const folders: ReturnType<typeof tempDataDir>[] = [];
  const folder = () => {
    const made = tempDataDir('minga-interchange-cli-');
    folders.push(made);
    return made.dir;
  };
  afterEach(() => {
    for (const made of folders.splice(0)) made.remove();
  });

  async function listed(dir: string) {
    const { out } = await capture(() => main(['list', '--data', dir, '--json']));
    return JSON.parse(out) as { exercises: { id: string; title: string; children: { title: string; children: { id: string; title: string; elements: number }[] }[] }[] };
  }

  it('imports a foreign .canvas into a new exercise named after it, exports the board and imports it again into that exercise', async () => {
    const data = folder();
    const files = folder();
    const canvas = path.join(files, 'Lluvia de ideas.canvas');
    fs.writeFileSync(canvas, specCanvas);

    const imported = await capture(() => main(['import', '--data', data, canvas]));
    expect(imported).toMatchObject({ result: 0, err: '' });
    expect(imported.out).toMatch(/^Imported .*Lluvia de ideas\.canvas as the board "Lluvia de ideas" \[[0-9a-f-]{36}\]/);
    expect(imported.out).toContain('  created: 1 frame, 5 note, 4 connector');
    const [exercise] = (await listed(data)).exercises;
    expect(exercise).toMatchObject({ title: 'Lluvia de ideas', children: [{ title: 'Lluvia de ideas', children: [{ title: 'Lluvia de ideas', elements: 6 }] }] });
    const boardId = exercise!.children[0]!.children[0]!.id;

    const out = path.join(files, 'copia.canvas');
    const exported = await capture(() => main(['export', '--data', data, '--board', boardId, '--format', 'canvas', '--out', out]));
    expect(exported).toMatchObject({ result: 0, err: '', out: `Wrote the board to ${out} (JSON Canvas 1.0).` });
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).minga).toMatchObject({ title: 'Lluvia de ideas' });

    const again = await capture(() => main(['import', '--data', data, out, '--exercise', exercise!.id, '--json']));
    expect(again.result).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ format: 'canvas', exerciseId: exercise!.id });
    expect((await listed(data)).exercises[0]!.children.length).toBe(2);
  });

  it('imports an Excalidraw drawing and says what it skipped', async () => {
    const data = folder();
    const file = path.join(folder(), 'reto.excalidraw');
    fs.writeFileSync(file, excalidrawDrawing);
    const imported = await capture(() => main(['import', '--data', data, file]));
    expect(imported.result).toBe(0);
    expect(imported.out).toContain('  created: 1 note, 2 shape, 1 text, 1 connector');
    expect(imported.out).toContain('  skipped: 1 freedraw, 1 image, 1 line');
  });

  it('refuses bad files with a message naming the problem and exit 1, changing nothing', async () => {
    const data = folder();
    startTestEngine(data).close();
    const files = folder();
    const cases: [string, string, RegExp][] = [
      ['cortado.canvas', specCanvas.slice(0, 300), /cortado\.canvas: The file was refused: the file is not valid JSON \(damaged or cut short\?\)\. Nothing was imported\.$/],
      ['roto.canvas', '{"nodes":[{"id":"a","type":"text","x":"0","y":0,"width":1,"height":1,"text":""}]}', /does not follow JSON Canvas 1\.0 \(at nodes\[0\]\.x\)/],
      ['doble.canvas', '{"nodes":[{"id":"a","type":"text","x":0,"y":0,"width":1,"height":1,"text":""},{"id":"a","type":"group","x":0,"y":0,"width":1,"height":1}]}', /two nodes or edges share one id \(at a\)/],
      ['dibujo.excalidraw', specCanvas, /not a valid Excalidraw drawing/],
      ['datos.json', '{"hola": 1}', /neither a JSON Canvas/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(files, name);
      fs.writeFileSync(file, content);
      const refused = await capture(() => main(['import', '--data', data, file]));
      expect(refused.result).toBe(1);
      expect(refused.err).toMatch(message);
    }
    const big = path.join(files, 'grande.canvas');
    fs.writeFileSync(big, Buffer.alloc(4 * 1024 * 1024 + 1, 32));
    expect((await capture(() => main(['import', '--data', data, big]))).err).toMatch(/larger than 4 MB/);
    expect((await capture(() => main(['import', '--data', data, path.join(files, 'nada.canvas')]))).err).toMatch(/no such file/);
    expect((await listed(data)).exercises).toEqual([]);
  });

  it('refuses an unknown board or format, and needs its flags', async () => {
    const data = folder();
    const out = path.join(folder(), 'x.pdf');
    const pdf = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--format', 'pdf', '--out', out]));
    expect(pdf.result).toBe(1);
    expect(pdf.err).toMatch(/^This folder has no board .*; nothing was written\.$/);
    const unknown = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--format', 'docx', '--out', out]));
    expect(unknown).toMatchObject({ result: 1, err: 'Unknown export format "docx"; canvas, pdf, png and svg are available. Nothing was written.' });
    const paper = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--format', 'pdf', '--paper', 'B5', '--out', out]));
    expect(paper.result).toBe(2);
    expect(paper.err).toMatch(/^--paper: /);
    const scale = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--format', 'pdf', '--scale', '2', '--out', out]));
    expect(scale.result).toBe(2);
    expect(scale.err).toMatch(/^--scale: applies to --format png only\./);
    const tooBig = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--format', 'png', '--scale', '40', '--out', out]));
    expect(tooBig.result).toBe(2);
    const missing = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--format', 'canvas', '--out', out]));
    expect(missing.result).toBe(1);
    expect(missing.err).toMatch(/^This folder has no board /);
    expect(fs.existsSync(out)).toBe(false);
    const usage = await capture(() => main(['export', '--data', data, '--format', 'canvas']));
    expect(usage.result).toBe(2);
    expect(usage.err).toMatch(/^--board, --workshop or --exercise: give exactly one/);
    const both = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--workshop', crypto.randomUUID(), '--format', 'pdf', '--out', out]));
    expect(both.result).toBe(2);
    const reportAsPng = await capture(() => main(['export', '--data', data, '--workshop', crypto.randomUUID(), '--format', 'png', '--out', out]));
    expect(reportAsPng.result).toBe(1);
    expect(reportAsPng.err).toMatch(/^A report exports to PDF only/);
    const selectionAsCanvas = await capture(() => main(['export', '--data', data, '--board', crypto.randomUUID(), '--format', 'canvas', '--elements', 'a,b', '--out', out]));
    expect(selectionAsCanvas.result).toBe(2);
    expect(selectionAsCanvas.err).toMatch(/^--elements: applies to --format pdf, png and svg only/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
