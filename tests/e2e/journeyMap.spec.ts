import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { clearSelection, createBoard, createExercise, createWorkshop, freePointIn, templateZone } from './fixtures/flows';

// A projector-sized window: the whole journey, six stages wide, stays at a zoom where notes are drawn as notes.
test.use({ viewport: { width: 1920, height: 1080 } });

async function fitBoard(page: Page) {
  await clearSelection(page);
  await page.getByRole('button', { name: 'Ajustar a la pantalla' }).click();
}

/** Whether the element's centre lies inside the zone, as a person looking at the board would judge. */
async function centreInside(element: Locator, zone: Locator): Promise<boolean> {
  const [box, area] = [await element.boundingBox(), await zone.boundingBox()];
  if (!box || !area) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height;
}

test('journey map: the board follows the stages added, reordered and removed in the panel, and one undo takes a removal back', async ({ page }) => {
  await createExercise(page, { title: 'Trámites cercanos' });
  await createWorkshop(page, 'Taller de viaje');
  await createBoard(page, 'Viaje del ciudadano', 'Mapa de viaje del ciudadano');
  const panel = page.getByRole('region', { name: 'Mapa de viaje' });
  await expect(panel.getByRole('listitem', { name: 'Etapa 5' })).toBeVisible();

  // A note in the actions of «Se entera», placed as a participant does: a double click in the lane.
  const point = await freePointIn(page, 'Zona de plantilla: Acciones (etapa 1)');
  expect(point).not.toBeNull();
  await page.mouse.dblclick(point!.x, point!.y);
  await page.keyboard.type('Oye el aviso en la emisora');
  await page.keyboard.press('Escape');
  const note = page.getByRole('group', { name: /Oye el aviso en la emisora/ });

  // A stage after «Se entera»: a sixth column of lanes and its header appear on the board.
  await expect(templateZone(page, 'Acciones (etapa 6)')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Agregar etapa después de «Se entera»' }).click();
  await fitBoard(page);
  for (const lane of ['Acciones', 'Puntos de contacto', 'Canales', 'Emociones', 'Puntos de dolor', 'Oportunidades']) {
    await expect(templateZone(page, `${lane} (etapa 6)`)).toBeVisible();
  }
  await expect(page.getByText('2. Nueva etapa', { exact: true })).toBeVisible();
  await expect.poll(() => centreInside(note, templateZone(page, 'Acciones (etapa 1)'))).toBe(true);

  // «Se entera» moves after the new stage, and its note goes with it.
  await panel.getByRole('button', { name: 'Mover «Se entera» después' }).click();
  await fitBoard(page);
  await expect(page.getByText('1. Nueva etapa', { exact: true })).toBeVisible();
  await expect(page.getByText('2. Se entera', { exact: true })).toBeVisible();
  await expect.poll(() => centreInside(note, templateZone(page, 'Acciones (etapa 2)'))).toBe(true);

  // Removing «Se entera» takes its column away, but not the note: it waits in «Sin etapa».
  await panel.getByRole('button', { name: 'Eliminar etapa «Se entera»' }).click();
  await expect(page.getByText('Se eliminó «Se entera». El elemento que tenía pasó al área «Sin etapa», debajo del mapa.')).toBeVisible();
  await fitBoard(page);
  await expect(templateZone(page, 'Acciones (etapa 6)')).toHaveCount(0);
  await expect(page.getByText('2. Se entera', { exact: true })).toHaveCount(0);
  await expect(note).toBeVisible();
  await expect.poll(() => centreInside(note, templateZone(page, 'Sin etapa'))).toBe(true);

  // One undo brings back the stage, its column, and the note in it.
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await fitBoard(page);
  await expect(panel.getByRole('textbox', { name: 'Nombre de la etapa 2' })).toHaveValue('Se entera');
  await expect(templateZone(page, 'Acciones (etapa 6)')).toBeVisible();
  await expect(templateZone(page, 'Sin etapa')).toHaveCount(0);
  await expect.poll(() => centreInside(note, templateZone(page, 'Acciones (etapa 2)'))).toBe(true);
});
