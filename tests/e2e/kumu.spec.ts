import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop } from './fixtures/flows';

/** The register beside a new stakeholder-map board of a new exercise. */
async function registerOfNewExercise(page: Page, title: string) {
  await createExercise(page, { title });
  await createWorkshop(page, 'Taller de actores');
  await createBoard(page, 'Mapa de actores', 'Mapa de actores');
  return page.locator('section').filter({ has: page.getByRole('heading', { name: 'Registro de actores' }) }).first();
}

test('the actor register goes out as Kumu XLSX and CSV and comes into another exercise, with undo', async ({ page }) => {
  let register = await registerOfNewExercise(page, 'Movilidad segura en Pasto');
  for (const name of ['Alcaldía de Pasto', 'Gremio de transportadores']) {
    await register.getByLabel('Nombre', { exact: true }).fill(name);
    await register.getByRole('button', { name: 'Agregar actor' }).click();
    await expect(register.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await register.getByRole('tab', { name: 'Red' }).click();
  await register.getByLabel('Desde').selectOption({ label: 'Alcaldía de Pasto' });
  await register.getByLabel('Hacia').selectOption({ label: 'Gremio de transportadores' });
  await register.getByRole('button', { name: 'Agregar relación' }).click();
  await expect(register.getByLabel('Alcaldía de Pasto: 1 relación')).toBeVisible();
  await register.getByRole('tab', { name: 'Registro' }).click();

  const [workbook] = await Promise.all([page.waitForEvent('download'), register.getByRole('button', { name: 'Exportar (Kumu) XLSX' }).click()]);
  expect(workbook.suggestedFilename()).toBe('movilidad-segura-en-pasto-actores.xlsx');
  const xlsx = { name: workbook.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(await workbook.path()) };
  const csvDownloads: Promise<import('@playwright/test').Download>[] = [];
  page.on('download', (download) => void csvDownloads.push(Promise.resolve(download)));
  await register.getByRole('button', { name: 'Exportar (Kumu) CSV' }).click();
  await expect(page.getByText('Se descargaron 2 archivos.')).toBeVisible();
  const csvFiles = await Promise.all(
    (await Promise.all(csvDownloads)).map(async (download) => ({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: await readFile(await download.path()) })),
  );
  expect(csvFiles.map((file) => file.name).sort()).toEqual(['movilidad-segura-en-pasto-actores-connections.csv', 'movilidad-segura-en-pasto-actores-elements.csv']);

  // Another exercise: a file that is not a Kumu sheet is refused, naming the problem.
  register = await registerOfNewExercise(page, 'Gobierno digital en Nariño');
  await register.getByLabel('Importar').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from('Nombre,Tipo\nAlguien,public\n') });
  await expect(register.getByRole('alert')).toContainText('No se importó nada. No hay una hoja de Kumu');
  await expect(register.getByRole('alert')).toContainText('«lista.csv»');
  await register.getByLabel('Importar').setInputFiles({ name: 'enorme.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(6 * 1024 * 1024, 1) });
  await expect(register.getByRole('alert')).toContainText('No se importó nada. El archivo es demasiado grande (Archivo «enorme.xlsx»).');

  // The workbook: a preview first, then the actors and their connection.
  await register.getByLabel('Importar').setInputFiles(xlsx);
  const preview = page.getByRole('dialog', { name: '¿Importar actores de «movilidad-segura-en-pasto-actores.xlsx»?' });
  await expect(preview).toContainText('2 actores nuevos: Alcaldía de Pasto, Gremio de transportadores');
  await expect(preview).toContainText('1 conexión nueva');
  await preview.getByRole('button', { name: 'Importar' }).click();
  await expect(register.getByRole('row', { name: /Alcaldía de Pasto/ })).toBeVisible();
  await expect(register.getByRole('row', { name: /Gremio de transportadores/ })).toBeVisible();
  await register.getByRole('tab', { name: 'Red' }).click();
  await expect(register.getByLabel('Alcaldía de Pasto: 1 relación')).toBeVisible();

  // One step to undo.
  await page.getByRole('status', { name: 'Avisos' }).getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByText('Importación deshecha.')).toBeVisible();
  await register.getByRole('tab', { name: 'Registro' }).click();
  await expect(register.getByRole('row', { name: /Alcaldía de Pasto/ })).toHaveCount(0);

  // The two CSV files picked together bring the same register.
  await register.getByLabel('Importar').setInputFiles(csvFiles);
  await page.getByRole('dialog').getByRole('button', { name: 'Importar' }).click();
  await expect(register.getByRole('row', { name: /Gremio de transportadores/ })).toBeVisible();
  await register.getByRole('tab', { name: 'Red' }).click();
  await expect(register.getByLabel('Alcaldía de Pasto: 1 relación')).toBeVisible();
});
