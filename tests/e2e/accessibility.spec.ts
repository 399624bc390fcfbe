import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { addNote, addParticipant, createBoard, createExercise, createWorkshop } from './fixtures/flows';

/** Serious and critical axe-core findings on the page as it is now. */
async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the main screens have no serious or critical accessibility violations', async ({ page }) => {
  const screens: Record<string, string[]> = {};
  screens['empty list'] = await seriousViolations(page);

  await page.getByRole('link', { name: 'Nuevo ejercicio' }).click();
  await page.getByRole('button', { name: 'Crear ejercicio' }).click();
  await expect(page.getByText('Este campo es obligatorio.')).toBeVisible();
  screens['exercise form with errors'] = await seriousViolations(page);

  await createExercise(page, { title: 'Inclusión digital', leadEntity: 'MinTIC' });
  screens['exercise page'] = await seriousViolations(page);
  await createWorkshop(page, 'Taller en Tumaco');
  for (const tab of ['Agenda', 'Participantes', 'Acuerdos y compromisos', 'Tableros']) {
    await page.getByRole('tab', { name: tab }).click();
    screens[`workshop: ${tab}`] = await seriousViolations(page);
  }
  await addParticipant(page, 'Carmen Angulo', true);
  screens['participants with a row'] = await seriousViolations(page);
  await createBoard(page, 'Ideas');
  await addNote(page, 'Puntos de acceso en la plaza');
  screens['board'] = await seriousViolations(page);

  await page.getByLabel('Buscar en Minga').fill('inclusion');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /Inclusión digital/ })).toBeVisible();
  screens['search results'] = await seriousViolations(page);
  await page.getByRole('link', { name: 'Configuración' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  screens['settings'] = await seriousViolations(page);
  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Ejercicios' }).click();
  screens['list with an exercise'] = await seriousViolations(page);

  expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((name) => [name, []])));
});
