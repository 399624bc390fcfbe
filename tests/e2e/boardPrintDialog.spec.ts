import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/minga';
import { createExercise, createWorkshop } from './fixtures/flows';

const canvas = fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'print', 'taller.canvas'));

/**
 * A facilitator exports a board from its header: PDF on Letter paper in portrait (the file
 * downloads), a PNG, and a PDF cancelled while it runs, which downloads nothing.
 */
test('exports a board to PDF and PNG from the board header, and cancels an export', async ({ page }) => {
  await createExercise(page, { title: 'Trámites en la alcaldía' });
  await createWorkshop(page, 'Taller de ideas');
  await page.getByRole('tab', { name: 'Tableros' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importar tablero' }).click();
  await (await chooser).setFiles({ name: 'Ideas.canvas', mimeType: 'application/json', buffer: canvas });
  await expect(page.getByRole('heading', { level: 1, name: 'Ideas' })).toBeVisible();
  const notifications = page.getByRole('status', { name: 'Avisos' });

  await page.getByText('Exportar imagen o PDF').click();
  await page.getByRole('button', { name: 'Exportar PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportar el tablero como PDF' });
  await dialog.getByLabel('Tamaño del papel').selectOption('Letter');
  await dialog.getByLabel('Orientación').selectOption({ label: 'Vertical' });
  await expect(dialog.getByLabel('Encabezado (ejercicio, taller, fecha)')).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportar' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('Ideas.pdf');
  const info = execFileSync('pdfinfo', [(await pdf.path())!], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts \(letter\)/);
  const text = execFileSync('pdftotext', [(await pdf.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain('Trámites en la alcaldía · Taller de ideas');
  await expect(notifications).toContainText('Tablero exportado como «Ideas.pdf».');
  await expect(dialog).toHaveCount(0);

  await page.getByText('Exportar imagen o PDF').click();
  await page.getByRole('button', { name: 'Exportar PNG' }).click();
  const pngDialog = page.getByRole('dialog', { name: 'Exportar el tablero como PNG' });
  await pngDialog.getByLabel('Escala de la imagen').selectOption('2');
  const pngDownload = page.waitForEvent('download');
  await pngDialog.getByRole('button', { name: 'Exportar' }).click();
  const png = fs.readFileSync((await (await pngDownload).path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1616);

  // Only the selection: one note selected on the board, framed to it.
  await page.getByText('«Ventanilla única» en la Ñ de Nariño').click();
  await page.getByText('Exportar imagen o PDF').click();
  await page.getByRole('button', { name: 'Exportar PNG' }).click();
  const partDialog = page.getByRole('dialog', { name: 'Exportar el tablero como PNG' });
  await partDialog.getByLabel('Solo la selección (1 elemento)').check();
  const partDownload = page.waitForEvent('download');
  await partDialog.getByRole('button', { name: 'Exportar' }).click();
  const part = fs.readFileSync((await (await partDownload).path())!);
  expect([part.readUInt32BE(16), part.readUInt32BE(20)]).toEqual([268, 188]);

  // A cancelled export downloads nothing and says so.
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByText('Exportar imagen o PDF').click();
  await page.getByRole('button', { name: 'Exportar PDF' }).click();
  const again = page.getByRole('dialog', { name: 'Exportar el tablero como PDF' });
  await again.getByRole('button', { name: 'Exportar' }).click();
  await expect(again.getByRole('status')).toContainText('Exportando el tablero…');
  await again.getByRole('button', { name: 'Cancelar exportación' }).click();
  await expect(notifications).toContainText('Exportación cancelada; no se guardó ningún archivo.');
  await expect(again).toHaveCount(0);
  expect(downloads).toBe(0);
});
