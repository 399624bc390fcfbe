import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { addNote, clearSelection, createBoard, createExercise, createWorkshop, expectAllSaved, zoomPercent } from './fixtures/flows';

test('sticky notes: add, edit, move, recolour, delete and undo, live in a second window', async ({ page, context, minga }) => {
  await createExercise(page, { title: 'Movilidad' });
  await createWorkshop(page, 'Taller de ideas');
  await createBoard(page, 'Lluvia de ideas');
  await addNote(page, 'Ciclovías');

  const note = page.getByRole('group', { name: /Ciclovías/ });
  const before = (await note.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const after = (await note.boundingBox())!;
  expect(Math.round(after.x - before.x)).toBe(10);
  expect(Math.round(after.y - before.y)).toBe(50);

  await page.getByRole('button', { name: 'Verde' }).click();
  await expect(page.getByRole('group', { name: 'Nota verde: Ciclovías' })).toBeVisible();

  await note.dblclick();
  await page.keyboard.type(' seguras');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Nota verde: Ciclovías seguras' })).toBeFocused();

  await addNote(page, 'Bus nocturno');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toBeVisible();
  await expectAllSaved(page);

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('group', { name: /Ciclovías seguras/ })).toBeVisible();
  await page.getByRole('group', { name: /Bus nocturno/ }).dblclick();
  await page.keyboard.type(' 24 h');
  await page.keyboard.press('Escape');
  await expect(other.getByRole('group', { name: /Bus nocturno 24 h/ })).toBeVisible();
  await expectAllSaved(page);

  await minga.restart();
  await other.close();
  await page.goto(`${minga.url}${new URL(page.url()).hash}`);
  await expect(page.getByRole('group', { name: 'Nota verde: Ciclovías seguras' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Bus nocturno 24 h/ })).toBeVisible();
});

test('canvas: zoom and pan by keyboard, multi-select and align, undo and redo', async ({ page }) => {
  await createExercise(page, { title: 'Espacio público' });
  await createWorkshop(page, 'Taller de plazas');
  await createBoard(page, 'Mapa de ideas');
  await addNote(page, 'Bancas');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await addNote(page, 'Sombra');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');

  await clearSelection(page);
  expect(await zoomPercent(page)).toBe(100);
  await page.keyboard.press('+');
  await expect.poll(() => zoomPercent(page)).toBe(125);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => zoomPercent(page)).toBe(80);
  await page.keyboard.press('0');
  await expect.poll(() => zoomPercent(page)).toBe(100);

  const bancas = page.getByRole('group', { name: /Bancas/ });
  const sombra = page.getByRole('group', { name: /Sombra/ });
  const before = (await bancas.boundingBox())!;
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Math.round((await bancas.boundingBox())!.x - before.x)).toBe(80);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => Math.round((await bancas.boundingBox())!.y - before.y)).toBe(80);

  // Shift-click adds to the selection; the arrange tools appear with two elements selected.
  await bancas.click();
  await sombra.click({ modifiers: ['Shift'] });
  const top = async () => [Math.round((await bancas.boundingBox())!.y), Math.round((await sombra.boundingBox())!.y)];
  expect((await top())[0]).not.toBe((await top())[1]);
  await page.getByRole('button', { name: 'Alinear arriba' }).click();
  await expect.poll(async () => new Set(await top()).size).toBe(1);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => new Set(await top()).size).toBe(2);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => new Set(await top()).size).toBe(1);

  // Duplicate, then undo and redo it.
  await page.keyboard.press('Control+d');
  await expect(page.getByRole('group', { name: /Bancas/ })).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /Bancas/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Rehacer' }).click();
  await expect(page.getByRole('group', { name: /Bancas/ })).toHaveCount(2);
  await expectAllSaved(page);
});

test('canvas: copy and paste between two boards, with undo and redo', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createExercise(page, { title: 'Movilidad rural' });
  await createWorkshop(page, 'Taller veredal');
  await createBoard(page, 'Primer tablero');
  await addNote(page, 'Chiva escolar');
  await page.keyboard.press('Control+c');
  await expect(page.getByText('1 elementos copiados.')).toBeAttached();

  await page.getByRole('link', { name: 'Taller veredal' }).click();
  await createBoard(page, 'Segundo tablero');
  await clearSelection(page);
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('group', { name: /Chiva escolar/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /Chiva escolar/ })).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(page.getByRole('group', { name: /Chiva escolar/ })).toBeVisible();
  await expectAllSaved(page);
});

test('canvas: a connector with a label, find on board, help, and no serious accessibility findings', async ({ page }) => {
  await createExercise(page, { title: 'Agua potable' });
  await createWorkshop(page, 'Taller de acueductos');
  await createBoard(page, 'Causas');
  await addNote(page, 'Tubería vieja');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await addNote(page, 'Fugas en la red');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await clearSelection(page);

  // Drag from the bottom connection point of one note onto the other.
  const from = page.getByRole('group', { name: /Fugas en la red/ });
  const to = page.getByRole('group', { name: /Tubería vieja/ });
  await from.hover();
  const handle = from.locator('.react-flow__handle-bottom');
  const start = (await handle.boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 10, { steps: 8 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 4 });
  await page.mouse.up();
  const connector = page.getByRole('group', { name: /Conector de «Fugas en la red» a «Tubería vieja»/ });
  await expect(connector).toHaveCount(1);
  await connector.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Etiqueta del conector' })).toBeFocused();
  await page.keyboard.type('causa');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: /Tubería vieja».*causa/ })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /causa/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(connector).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(page.getByRole('group', { name: /Tubería vieja».*causa/ })).toHaveCount(1);

  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Texto a buscar en el tablero' }).fill('fuga');
  await expect(page.getByRole('status').filter({ hasText: '1 de 1' })).toBeVisible();
  await expect(page.locator('.canvas-match--current')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Texto a buscar en el tablero' }).fill('a');
  await expect(page.getByRole('status').filter({ hasText: '1 de 3' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '2 de 3' })).toBeVisible();
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByRole('status').filter({ hasText: '1 de 3' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('.canvas-match')).toHaveCount(0);

  await page.getByRole('button', { name: 'Atajos de teclado' }).click();
  await expect(page.getByRole('dialog', { name: 'Atajos de teclado del tablero' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ctrl\+D/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/canvas-shot.png' });
});

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('a note gets an author and tags: shown on the note, found with #, undone in one step', async ({ page }) => {
  await createExercise(page, { title: 'Movilidad escolar' });
  await createWorkshop(page, 'Taller con familias');
  await createBoard(page, 'Ideas');
  await addNote(page, 'Caminos seguros al colegio');

  await page.getByRole('button', { name: 'Autor y etiquetas' }).click();
  const details = page.getByRole('dialog', { name: 'Autor y etiquetas de la nota' });
  await expect(details.getByLabel('Autor')).toBeFocused();
  await details.getByLabel('Autor').fill('Doña Marleny');
  // Too many tags are refused with a message, and nothing is saved.
  await details.getByLabel('Etiquetas').fill(Array.from({ length: 21 }, (_, index) => `tema ${index}`).join(', '));
  await details.getByRole('button', { name: 'Guardar' }).click();
  await expect(details.getByText('Hay demasiados elementos en la lista.')).toBeVisible();
  await details.getByLabel('Etiquetas').fill('#movilidad, Seguridad vial, MOVILIDAD');
  await details.getByRole('button', { name: 'Guardar' }).click();
  await expect(details).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Autor y etiquetas' })).toBeFocused();

  const note = page.getByRole('group', { name: /Caminos seguros al colegio/ });
  await expect(note).toContainText('Doña Marleny');
  await expect(note).toContainText('#movilidad');
  await expect(note).toContainText('#Seguridad vial');
  await expect(note).not.toContainText('#MOVILIDAD');

  await page.getByRole('button', { name: 'Buscar en el tablero' }).click();
  await page.getByRole('searchbox', { name: 'Texto a buscar en el tablero' }).fill('#seguridad');
  await expect(page.getByRole('status').filter({ hasText: '1 de 1' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(note).not.toContainText('Doña Marleny');
  await expect(note).not.toContainText('#movilidad');
  await page.getByRole('button', { name: 'Rehacer' }).click();
  await expect(note).toContainText('#movilidad');
  await expectAllSaved(page);
});
