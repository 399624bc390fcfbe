import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { differingShare, pngSize } from './fixtures/pixelDiff';

/**
 * `minga export --format pdf|png|svg` end to end: the built renderer's print view in Chromium,
 * checked with poppler (pdftotext, pdfinfo, pdftoppm) and against a stored reference image.
 * No page fixture: each test drives the command line on its own data folder.
 */
const cli = path.join(process.cwd(), 'bin', 'minga.mjs');
const fixtures = path.join(process.cwd(), 'tests', 'fixtures', 'print');
/** Page 1 of the board as A4 landscape, fit to the page, no header (the date would change), at 50 dpi. */
const reference = path.join(fixtures, 'taller-a4-landscape.png');
const tolerance = 0.01;

let work: string;
test.beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-print-'));
});
test.afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

function minga(...args: string[]): string {
  return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

/** Imports a .canvas into a fresh data folder; returns the folder and the board's id. */
function boardFrom(canvasText: string, name = 'taller.canvas'): { data: string; board: string } {
  const data = path.join(work, `data-${fs.readdirSync(work).length}`);
  const file = path.join(work, name);
  fs.writeFileSync(file, canvasText);
  const imported = JSON.parse(minga('import', '--data', data, file, '--json')) as { boards: { id: string }[] };
  return { data, board: imported.boards[0]!.id };
}

const canvas = () => fs.readFileSync(path.join(fixtures, 'taller.canvas'), 'utf8');
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** Renders page 1 of a PDF at 50 dpi with pdftoppm and returns the PNG. */
function firstPage(pdf: string): Buffer {
  const prefix = path.join(work, `page-${path.basename(pdf)}`);
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return fs.readFileSync(`${prefix}.png`);
}

test('a board to PDF: Spanish text selectable with the font embedded, one page fitted, several tiled, and the page as drawn', async () => {
  const { data, board } = boardFrom(canvas());
  const pdf = path.join(work, 'tablero.pdf');
  expect(minga('export', '--data', data, '--board', board, '--format', 'pdf', '--no-header', '--out', pdf)).toContain('Wrote the board to');
  expect(pages(pdf)).toBe(1);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const phrase of ['¿Cómo podríamos reducir las filas en la alcaldía?', '¡Citas por WhatsApp para el año próximo!', '«Ventanilla única» en la Ñ de Nariño', 'Señalización clara y accesible', 'lleva a', 'Ideas del taller', 'Página 1 de 1']) {
    expect(text).toContain(phrase);
  }
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/NotoSans-Regular\s.*\syes\s+yes\s+yes/);
  expect(fs.readdirSync(work).filter((name) => name.endsWith('.partial'))).toEqual([]);

  const page = firstPage(pdf);
  if (process.env.MINGA_UPDATE_REFERENCES) fs.writeFileSync(reference, page);
  expect(differingShare(page, fs.readFileSync(reference))).toBeLessThan(tolerance);

  // The same board with one note recoloured (yellow → purple) must not pass as the reference.
  const recoloured = boardFrom(canvas().replace('"color": "3"', '"color": "6"'), 'recoloured.canvas');
  const other = path.join(work, 'recoloured.pdf');
  minga('export', '--data', recoloured.data, '--board', recoloured.board, '--format', 'pdf', '--no-header', '--out', other);
  expect(differingShare(firstPage(other), fs.readFileSync(reference))).toBeGreaterThan(tolerance);

  const tiled = path.join(work, 'mosaico.pdf');
  minga('export', '--data', data, '--board', board, '--format', 'pdf', '--fit', 'tile', '--orientation', 'portrait', '--out', tiled);
  expect(pages(tiled)).toBeGreaterThan(1);
  const tiledText = execFileSync('pdftotext', [tiled, '-'], { encoding: 'utf8' });
  expect(tiledText).toContain(`Página 1 de ${pages(tiled)}`);
  expect(tiledText).toContain('taller · taller');
});

test('a board to PNG at a scale and to a standalone SVG with its text and fonts', async () => {
  const { data, board } = boardFrom(canvas());
  const single = path.join(work, 'x1.png');
  const double = path.join(work, 'x2.png');
  minga('export', '--data', data, '--board', board, '--format', 'png', '--out', single);
  minga('export', '--data', data, '--board', board, '--format', 'png', '--scale', '2', '--out', double);
  const one = pngSize(fs.readFileSync(single));
  // The board's elements span 760 × 420 units, with a 24-unit margin on each side.
  expect(one).toEqual({ width: 808, height: 468 });
  expect(pngSize(fs.readFileSync(double))).toEqual({ width: 1616, height: 936 });

  const svgFile = path.join(work, 'tablero.svg');
  minga('export', '--data', data, '--board', board, '--format', 'svg', '--out', svgFile);
  const svg = fs.readFileSync(svgFile, 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('viewBox="-24 -24 808 468"');
  expect(svg).toContain('«Ventanilla única» en la Ñ de Nariño');
  expect(svg).toContain('¿Cómo podríamos reducir las filas en la alcaldía?');
  expect(svg).toMatch(/@font-face\{font-family:"Minga Print Sans";font-weight:700;font-style:italic;src:url\(data:font\/woff2;base64,/);
  expect(svg).not.toMatch(/blob:|http:\/\/127/);

  // A selection: one note, framed to it (its 220 × 140 units plus the margin), nothing else.
  const canvasFile = path.join(work, 'ids.canvas');
  minga('export', '--data', data, '--board', board, '--format', 'canvas', '--out', canvasFile);
  const nodes = (JSON.parse(fs.readFileSync(canvasFile, 'utf8')) as { nodes: { id: string; text?: string }[] }).nodes;
  const chosen = nodes.find((node) => node.text?.includes('Ventanilla única'))!.id;
  const part = path.join(work, 'seleccion.png');
  minga('export', '--data', data, '--board', board, '--format', 'png', '--elements', chosen, '--out', part);
  expect(pngSize(fs.readFileSync(part))).toEqual({ width: 268, height: 188 });
  const partSvg = path.join(work, 'seleccion.svg');
  minga('export', '--data', data, '--board', board, '--format', 'svg', '--elements', chosen, '--out', partSvg);
  const selected = fs.readFileSync(partSvg, 'utf8');
  expect(selected).toContain('«Ventanilla única» en la Ñ de Nariño');
  expect(selected).not.toContain('¿Cómo podríamos reducir las filas en la alcaldía?');
});

test('an interrupted export leaves no file behind', async () => {
  const { data, board } = boardFrom(canvas());
  const out = path.join(work, 'cortado.pdf');
  const child = spawn(process.execPath, [cli, 'export', '--data', data, '--board', board, '--format', 'pdf', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Interrupt once the command has opened the data folder (its lock file exists), before it could finish.
  await expect.poll(() => fs.existsSync(path.join(data, 'minga.lock'))).toBe(true);
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).not.toBe(0);
  expect(fs.readdirSync(work).filter((name) => name.startsWith('cortado') || name.includes('.partial'))).toEqual([]);
  expect(spawnSync('pdfinfo', [out]).status).not.toBe(0);
});
