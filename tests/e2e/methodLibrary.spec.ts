import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { createExercise, createWorkshop } from './fixtures/flows';

test.use({ viewport: { width: 1600, height: 1000 } });

/** A mouse drag as a person makes it: press, a small move to start dragging, then glide and release. */
async function dragWithMouse(page: Page, from: Locator, to: Locator, toPoint: 'centre' | 'top' = 'centre') {
  const source = await from.boundingBox();
  if (!source) throw new Error('nothing to drag');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 3 });
  const target = await to.boundingBox();
  if (!target) throw new Error('nowhere to drop');
  await page.mouse.move(target.x + target.width / 2, target.y + (toPoint === 'top' ? 4 : target.height / 2), { steps: 12 });
  await page.mouse.up();
}

/** What a screen reader hears during a drag (the drag-and-drop live region). */
const announcement = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
/** Serious and critical axe-core findings (as in accessibility.spec.ts), for the library's own screens. */
async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}
const agendaTable = (page: Page) => page.getByRole('table', { name: 'Actividades de la agenda en orden' });
const row = (page: Page, activity: string) => agendaTable(page).getByRole('row', { name: new RegExp(activity.replace(/[()]/g, '\\$&')) });

test('method library: filter by phase, accent-free search, a card in full, and a card opened as a board in a chosen workshop', async ({ page }) => {
  await createExercise(page, { title: 'Cultura de innovación en Boyacá' });
  await createWorkshop(page, 'Taller de diagnóstico');

  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Métodos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Biblioteca de métodos' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'métodos' })).toHaveText('17 métodos');
  expect(await seriousViolations(page)).toEqual([]);

  const phases = page.getByRole('group', { name: 'Fase' });
  await phases.getByRole('button', { name: 'Medir' }).click();
  await expect(phases.getByRole('button', { name: 'Medir' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Diagnóstico de cultura de innovación', 'Modelo de impacto (teoría de cambio)']);
  await phases.getByRole('button', { name: 'Todas' }).click();

  await page.getByLabel('Buscar métodos').fill('priorizacion');
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Votación por puntos y priorización');
  await page.getByLabel('Buscar métodos').fill('CULTURA');
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Diagnóstico de cultura de innovación');
  await page.getByRole('link', { name: 'Diagnóstico de cultura de innovación' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Diagnóstico de cultura de innovación' })).toBeVisible();
  await expect(page.getByText('60 min (entre 40 min y 90 min)')).toBeVisible();
  await expect(page.getByText('De 5 a 200 personas')).toBeVisible();
  const steps = page.getByRole('heading', { name: 'Paso a paso' }).locator('xpath=..').getByRole('listitem');
  await expect(steps).toHaveCount(5);
  await expect(page.getByRole('heading', { name: 'En el sector público' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // From the library the board needs a workshop: nothing is created until one is chosen.
  await page.getByRole('button', { name: 'Crear el tablero' }).click();
  await expect(page.getByLabel('Taller')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Ejercicio').selectOption({ label: 'Cultura de innovación en Boyacá' });
  await page.getByLabel('Taller').selectOption({ label: 'Taller de diagnóstico' });
  await page.getByRole('button', { name: 'Crear el tablero' }).click();
  await page.waitForURL(/#\/boards\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnóstico de cultura de innovación' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Herramienta' })).toBeVisible();
});

test('agenda builder: cards dragged with the mouse and the keyboard become timed blocks, reordered, resized, removed and restored', async ({ page }) => {
  await createExercise(page, { title: 'Trámites en Sogamoso' });
  await createWorkshop(page, 'Taller de cocreación');
  await page.getByLabel('Duración prevista (minutos)').fill('60');
  await page.getByLabel('Hora de inicio (opcional)').fill('08:30');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByText('El taller empieza a las 8:30.')).toBeVisible();
  const library = page.getByRole('complementary', { name: 'Biblioteca de métodos' });
  const end = page.getByRole('group', { name: 'Final de la agenda' });

  // Mouse: the check-in (15 min), found by searching the library, onto the empty agenda → 8:30–8:45.
  await library.getByLabel('Buscar métodos').fill('apertura');
  await dragWithMouse(page, library.getByRole('button', { name: 'Arrastrar «Ronda de apertura (check-in)» a la agenda' }), end);
  await expect(row(page, 'Ronda de apertura (check-in)')).toContainText('8:30–8:45');

  await library.getByLabel('Buscar métodos').fill('');
  // Keyboard: pick up dot voting (20 min), the first arrow goes to the end of the agenda, Space drops → 8:45–9:05.
  await library.getByRole('button', { name: 'Arrastrar «Votación por puntos y priorización» a la agenda' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(announcement(page, 'irá al final de la agenda')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(row(page, 'Votación por puntos')).toContainText('8:45–9:05');

  // Keyboard again: the closing (20 min) goes before the vote: end of agenda, then one up.
  await library.getByRole('button', { name: 'Arrastrar «Cierre y retrospectiva» a la agenda' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(announcement(page, '«Cierre y retrospectiva» irá antes de «Votación por puntos y priorización».')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(agendaTable(page).getByRole('rowheader')).toHaveText(['Ronda de apertura (check-in)', 'Cierre y retrospectiva', 'Votación por puntos y priorización']);
  // 15 + 20 + 20 = 55 min, within the planned 60: 5 min spare.
  await expect(page.getByText('Duración total: 55 min')).toBeVisible();
  await expect(page.getByText('Quedan 5 min libres dentro de la duración prevista.')).toBeVisible();

  // The plain button: ideation (60 min) at the end → 115 min, 55 over the planned hour.
  await library.getByLabel('Buscar métodos').fill('ideacion');
  await library.getByRole('button', { name: 'Agregar a la agenda: «Ideación «¿Cómo podríamos…?»»' }).click();
  await expect(row(page, 'Ideación')).toContainText('9:25–10:25');
  await expect(page.getByText('Duración total: 1 h 55 min')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /supera/ })).toContainText('55 min');

  // Inline length: 0 is refused with its message and not stored; 30 is saved → 85 min, 25 over.
  const ideationMinutes = page.getByLabel('Duración de «Ideación «¿Cómo podríamos…?»» en minutos');
  await ideationMinutes.fill('0');
  await ideationMinutes.press('Enter');
  await expect(ideationMinutes).toHaveAttribute('aria-invalid', 'true');
  await expect(ideationMinutes).toHaveAccessibleDescription(/Escribe una duración en minutos mayor que cero\./);
  await expect(page.getByText('Duración total: 1 h 55 min')).toBeVisible();
  await ideationMinutes.fill('30');
  await ideationMinutes.press('Enter');
  await expect(page.getByText('Duración total: 1 h 25 min')).toBeVisible();
  // Saving with Enter keeps the field (and the keyboard) where it was.
  await expect(ideationMinutes).toBeFocused();
  await expect(ideationMinutes).toHaveValue('30');
  await expect(page.getByRole('alert').filter({ hasText: /supera/ })).toContainText('25 min');

  // Reorder with the mouse: the closing dragged onto the end of the agenda becomes last → 9:55–10:15.
  await dragWithMouse(page, page.getByRole('button', { name: 'Mover «Cierre y retrospectiva»' }), end);
  await expect(agendaTable(page).getByRole('rowheader')).toHaveText([
    'Ronda de apertura (check-in)', 'Votación por puntos y priorización', 'Ideación «¿Cómo podríamos…?»', 'Cierre y retrospectiva',
  ]);
  await expect(row(page, 'Votación por puntos')).toContainText('8:45–9:05');
  await expect(row(page, 'Ideación')).toContainText('9:05–9:35');
  await expect(row(page, 'Cierre y retrospectiva')).toContainText('9:35–9:55');

  // Removing offers Undo, which puts the vote back in second place.
  await page.getByRole('button', { name: 'Quitar «Votación por puntos y priorización»' }).click();
  await expect(agendaTable(page).getByRole('rowheader')).toHaveCount(3);
  await expect(page.getByText('Duración total: 1 h 5 min')).toBeVisible();
  // Focus moves on to the next block's remove button instead of falling to the page.
  await expect(page.getByRole('button', { name: 'Quitar «Ideación «¿Cómo podríamos…?»»' })).toBeFocused();
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(agendaTable(page).getByRole('rowheader').nth(1)).toHaveText('Votación por puntos y priorización');
  await expect(page.getByText('Duración total: 1 h 25 min')).toBeVisible();

  // A card with a board opens its template as a new board in this workshop.
  await library.getByLabel('Buscar métodos').fill('');
  await library.getByRole('button', { name: /^Abrir como tablero: «Mapa de actores»/ }).click();
  await page.waitForURL(/#\/boards\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Mapa de actores' })).toBeVisible();
});
