import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop } from './fixtures/flows';
import { startServer, throwawayDataDir } from './fixtures/server';

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Configuración' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Archivo portátil' })).toBeVisible();
}

/**
 * A facilitator exports one exercise from its page, imports the file into another Minga from
 * Settings (everything arrives), imports it again (nothing changes), and a damaged copy is
 * refused with the problem named.
 */
test('an exercise travels to another Minga in a portable archive, and a damaged copy is refused', async ({ page }, testInfo) => {
  await createExercise(page, { title: 'Agua para Sotaquirá' });
  const exerciseUrl = page.url();
  await createWorkshop(page, 'Taller en la vereda');
  await createBoard(page, 'Ideas de la comunidad');
  await page.goto(exerciseUrl);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar archivo portátil' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^minga-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = testInfo.outputPath('ejercicio.zip');
  await download.saveAs(file);
  await expect(page.getByRole('status', { name: 'Avisos' })).toContainText('Archivo portátil listo: 3 documentos y 0 imágenes.');

  const other = throwawayDataDir();
  const otherMinga = await startServer(other.dir);
  try {
    await page.goto(otherMinga.url);
    await openSettings(page);
    const picker = page.getByLabel('Importar un archivo portátil');
    await picker.setInputFiles(file);
    const result = page.getByRole('status').filter({ hasText: 'Resultado de la importación' });
    await expect(result).toContainText('Documentos nuevos3');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Ejercicios' }).click();
    await expect(page.getByRole('link', { name: 'Agua para Sotaquirá' })).toBeVisible();

    // Again: a CRDT merge of what is already here changes nothing.
    await openSettings(page);
    await picker.setInputFiles(file);
    await expect(result).toContainText('El archivo no traía nada nuevo: 0 cambios.');
    await expect(result).toContainText('Documentos sin cambios3');

    // A copy cut short is refused whole, with the reason.
    const cut = path.join(path.dirname(file), 'cortado.zip');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 200));
    await picker.setInputFiles(cut);
    await expect(page.getByRole('status', { name: 'Avisos' })).toContainText('No se importó nada: el archivo está incompleto (¿se cortó al copiarlo?).');
    await expect(result).toHaveCount(0);
  } finally {
    await otherMinga.stop();
    other.remove();
  }
});
