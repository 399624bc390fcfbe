import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { reportExample } from '../../src/core/testing/reportExercise';
import { expect, test } from './fixtures/minga';

interface SeededIds {
  exerciseId: string;
  workshopId: string;
}

/** Stops the test's Minga, fills its folder with the example exercise, and starts it again. */
async function seedExample(minga: { stop(): Promise<void>; restart(): Promise<void>; dataDir: string }): Promise<SeededIds> {
  await minga.stop();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('tests', 'e2e', 'fixtures', 'reportSeed.ts'), minga.dataDir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Seeding failed: ${result.stderr}`);
  await minga.restart();
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as SeededIds;
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The print view's signal for the PDF driver: data rendered, fonts loaded. */
const printReady = (page: Page) => page.waitForFunction(() => (globalThis as { __mingaPrintReady?: boolean }).__mingaPrintReady === true);

test('the workshop report (relatoría) opens from the workshop page and prints consenting names only', async ({ page, minga }, testInfo) => {
  const ids = await seedExample(minga);
  await page.goto(`${minga.url}#/workshops/${ids.workshopId}`);
  await expect(page.getByRole('heading', { level: 1, name: reportExample.workshop })).toBeVisible();
  const opening = page.context().waitForEvent('page');
  await page.getByRole('link', { name: 'Relatoría' }).click();
  const report = await opening;
  await printReady(report);

  await expect(report.getByRole('heading', { level: 1, name: reportExample.workshop })).toBeVisible();
  await expect(report.getByText('Relatoría del taller', { exact: true })).toBeVisible();
  const main = report.getByRole('main');
  await expect(main).toContainText(reportExample.leadEntity);
  await expect(main).toContainText('Camila Rojas, Andrés Gómez');

  // The table of contents: numbered links that take the reader to each section.
  const toc = report.getByRole('navigation', { name: 'Contenido' });
  await expect(toc.getByRole('link')).toHaveText([
    '1. Datos del taller', '2. Agenda realizada', '3. Asistencia', '4. Tableros', '5. Resultados de la votación', '6. Acuerdos y compromisos', '7. Indicadores del ejercicio',
  ]);
  await toc.getByRole('link', { name: '6. Acuerdos y compromisos' }).click();
  await expect(report.getByRole('heading', { level: 2, name: '6. Acuerdos y compromisos' })).toBeFocused();
  expect(report.url()).toContain(`#/print/workshop/${ids.workshopId}`);

  const agenda = report.getByRole('table', { name: 'Agenda del taller, en el orden en que se realizó' });
  await expect(agenda.getByRole('rowheader')).toHaveText([...reportExample.agenda, 'Total']);
  // The workshop starts at 8:30; activities of 20 and 30 minutes follow one another.
  await expect(agenda.getByRole('row', { name: new RegExp(reportExample.agenda[0]!) })).toContainText('8:30–8:50');
  await expect(agenda.getByRole('row', { name: new RegExp(reportExample.agenda[1]!) })).toContainText('8:50–9:20');

  const attendance = report.getByRole('region', { name: '3. Asistencia' });
  for (const name of reportExample.consenting) await expect(attendance.getByRole('rowheader', { name })).toBeVisible();
  await expect(attendance.getByRole('table', { name: 'Participantes por sector' }).getByRole('row', { name: 'Ciudadanía 2' })).toBeVisible();
  await expect(attendance).toContainText('1 participante no autorizó el tratamiento de sus datos personales');
  await expect(main).not.toContainText(reportExample.notConsenting);
  await expect(main).not.toContainText('Organización Reservada');

  const board = report.getByRole('article', { name: reportExample.board });
  await expect(board).toContainText('DOFA');
  await expect(board.getByRole('heading', { level: 4 })).toHaveText(['Fortalezas', 'Amenazas']);
  await expect(board.getByRole('listitem').first()).toHaveText(`${reportExample.strengths[0]} · 2 votos`);
  // The board's drawing, as its own PDF draws it: the notes' text, but not the hidden one.
  const drawing = board.getByRole('img', { name: reportExample.board });
  await expect(drawing).toContainText(reportExample.strengths[0]!);
  await expect(board).toContainText('1 nota sigue oculta (modo privado)');
  await expect(main).not.toContainText(reportExample.hidden);

  const voting = report.getByRole('table', { name: `Votación por puntos en «${reportExample.board}»` });
  await expect(voting.getByRole('row', { name: `1 ${reportExample.strengths[0]} 2` })).toBeVisible();

  const decisions = report.getByRole('table', { name: 'Acuerdos y compromisos, con su responsable' });
  for (const decision of reportExample.decisions) {
    await expect(decisions.getByRole('row', { name: new RegExp(`${decision.text} ${decision.owner}`) })).toBeVisible();
  }
  const indicators = report.getByRole('table', { name: /Indicadores del ejercicio/ });
  await expect(indicators.getByRole('row', { name: new RegExp(reportExample.indicator) })).toContainText('200 hogares (2026-06)');
  await expect(indicators.getByRole('progressbar', { name: `Avance de «${reportExample.indicator}»` })).toHaveAttribute('value', '50');
  await expect(report.getByRole('button', { name: 'Imprimir / Guardar PDF' })).toBeVisible();
  expect(await seriousViolations(report)).toEqual([]);

  // On paper: A4 sheets, the cover alone on the first, so more than one page.
  const pdf = await report.pdf({ printBackground: true, preferCSSPageSize: true });
  const file = testInfo.outputPath('relatoria.pdf');
  writeFileSync(file, pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
  // pdftotext (poppler-utils, installed by .ci/run) reads the Spanish text back, footer included.
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  expect(text.stdout).toContain(reportExample.workshop);
  expect(text.stdout).toContain(`Página 2 de ${pages.length}`);
  expect(text.stdout).toContain(reportExample.decisions[0].owner);
  expect(text.stdout).not.toContain(reportExample.notConsenting);

  // The same report from the command line, printed by the core's Chromium driver (the app's
  // folder must be free: the command takes its lock).
  await minga.stop();
  const exported = testInfo.outputPath('relatoria-cli.pdf');
  const cli = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'minga.mjs'), 'export', '--data', minga.dataDir, '--workshop', ids.workshopId, '--format', 'pdf', '--out', exported], { encoding: 'utf8' });
  expect(cli.stderr).toBe('');
  expect(cli.stdout).toContain('Wrote the workshop report to');
  const cliText = spawnSync('pdftotext', ['-layout', exported, '-'], { encoding: 'utf8' }).stdout;
  expect(cliText).toContain(reportExample.workshop);
  // The board's drawing and its notes list both carry the note's text.
  expect(cliText.split(reportExample.strengths[0]!).length - 1).toBeGreaterThanOrEqual(2);
  expect(cliText).not.toContain(reportExample.notConsenting);
  expect(cliText).not.toContain(reportExample.hidden);
  const wrong = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'minga.mjs'), 'export', '--data', minga.dataDir, '--workshop', ids.workshopId, '--format', 'png', '--out', exported], { encoding: 'utf8' });
  expect(wrong.status).not.toBe(0);
  expect(wrong.stderr).toContain('A report exports to PDF only');
});

test('the exercise report summarises every workshop with the indicators and contributions', async ({ page, minga }, testInfo) => {
  const ids = await seedExample(minga);
  await page.goto(`${minga.url}#/exercises/${ids.exerciseId}`);
  const opening = page.context().waitForEvent('page');
  await page.getByRole('link', { name: 'Informe del ejercicio' }).click();
  const report = await opening;
  await printReady(report);

  await expect(report.getByRole('heading', { level: 1, name: reportExample.exercise })).toBeVisible();
  await expect(report.getByRole('navigation', { name: 'Contenido' }).getByRole('link')).toHaveText([
    '1. El ejercicio', '2. Aportes del ecosistema', '3. Avance de los indicadores', '4. Talleres',
  ]);
  const main = report.getByRole('main');
  await expect(main).toContainText('¿Cómo podríamos llevar agua potable a las veredas?');
  await expect(main).toContainText('ODS 6 · Agua limpia y saneamiento');
  const totals = report.getByRole('table', { name: 'Total de aportes por moneda (sin convertir)' });
  await expect(totals.getByRole('row', { name: /COP/ })).toContainText('250.000.000');
  await expect(totals.getByRole('row', { name: /USD/ })).toContainText('12.000');
  await expect(report.getByRole('progressbar', { name: `Avance de «${reportExample.indicator}»` })).toHaveAttribute('value', '50');

  const first = report.getByRole('article', { name: reportExample.workshop });
  await expect(first).toContainText('3 participantes');
  await expect(first).toContainText('Ciudadanía: 2');
  await expect(first.getByRole('row', { name: new RegExp(reportExample.decisions[0].owner) })).toBeVisible();
  const second = report.getByRole('article', { name: reportExample.secondWorkshop });
  await expect(second).toContainText('Academia: 1');
  await expect(second).toContainText('Medir el caudal cada mes');
  await expect(main).not.toContainText(reportExample.notConsenting);
  expect(await seriousViolations(report)).toEqual([]);

  // «Descargar PDF»: the core prints the same view with Chromium and the file downloads whole.
  const downloading = report.waitForEvent('download');
  await report.getByRole('button', { name: 'Descargar PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const saved = testInfo.outputPath('informe.pdf');
  await download.saveAs(saved);
  const text = spawnSync('pdftotext', ['-layout', saved, '-'], { encoding: 'utf8' }).stdout;
  expect(text).toContain(reportExample.exercise);
  expect(text).toContain('Aportes del ecosistema');
  expect(text).not.toContain(reportExample.notConsenting);
});
