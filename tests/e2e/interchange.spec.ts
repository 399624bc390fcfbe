import fs from 'node:fs';
import { specCanvas } from '../../src/shared/interchange/fixtures/specCanvas';
import { expect, test } from './fixtures/minga';
import { dropFiles } from './fixtures/files';
import { createExercise, createWorkshop } from './fixtures/flows';
import type { Page } from '@playwright/test';

const canvasFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function boardsTab(page: Page, workshop: string) {
  await page.getByRole('link', { name: workshop }).click();
  await expect(page.getByRole('heading', { level: 1, name: workshop })).toBeVisible();
  await page.getByRole('tab', { name: 'Tableros' }).click();
}

/**
 * A facilitator brings a board drawn in another app (a JSON Canvas file) into a workshop with
 * the file dialog, sees its notes, exports it again and drops the exported file back onto the
 * workshop; a damaged file is refused with the reason and adds nothing.
 */
test('imports a .canvas by the file dialog, exports it and imports the export by drag and drop', async ({ page }) => {
  await createExercise(page, { title: 'Trámites en la alcaldía' });
  await createWorkshop(page, 'Taller de ideas');
  await page.getByRole('tab', { name: 'Tableros' }).click();
  const notifications = page.getByRole('status', { name: 'Avisos' });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importar tablero' }).click();
  await (await chooser).setFiles(canvasFile('Lluvia de ideas.canvas', specCanvas));
  await expect(page.getByRole('heading', { level: 1, name: 'Lluvia de ideas' })).toBeVisible();
  await expect(notifications).toContainText('Tablero «Lluvia de ideas» importado: 5 notas, 1 marco, 4 conectores.');
  await expect(page.getByRole('group', { name: 'Nota rosada: Citas por WhatsApp', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Nota amarilla: ¿Cómo podríamos reducir **filas** en la alcaldía?', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Conector de «¿Cómo podríamos reducir .*» a «Citas por WhatsApp»/ })).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar como JSON Canvas' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Lluvia de ideas.canvas');
  const exported = fs.readFileSync((await file.path())!, 'utf8');
  const json = JSON.parse(exported) as { nodes: unknown[]; edges: unknown[]; minga: { title: string } };
  expect(json.minga.title).toBe('Lluvia de ideas');
  expect([json.nodes.length, json.edges.length]).toEqual([6, 4]);

  // Back on the workshop, the exported file dropped onto the boards section becomes a second board.
  await boardsTab(page, 'Taller de ideas');
  const section = page.getByRole('region', { name: 'Tableros del taller' });
  const box = (await section.boundingBox())!;
  const dropped = await dropFiles(page, [canvasFile('copia.canvas', exported)], { x: box.x + box.width / 2, y: box.y + 20 });
  expect(dropped).toEqual({ accepted: true, taken: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Lluvia de ideas' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Nota rosada: Citas por WhatsApp', exact: true })).toBeVisible();

  // A file cut short is refused, says why, and adds no board.
  await boardsTab(page, 'Taller de ideas');
  await expect(page.getByRole('link', { name: 'Abrir el tablero Lluvia de ideas' })).toHaveCount(2);
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importar tablero' }).click();
  await (await again).setFiles(canvasFile('cortado.canvas', exported.slice(0, 200)));
  await expect(notifications).toContainText('No se pudo importar «cortado.canvas»; no se cambió nada. El archivo no es JSON válido: puede estar dañado o incompleto.');
  await expect(page.getByRole('link', { name: 'Abrir el tablero Lluvia de ideas' })).toHaveCount(2);
});
