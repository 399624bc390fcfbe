import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop } from './fixtures/flows';

/*
 * The dates are far in the past (2024, 2025) and far ahead (2030), so the overdue count does not
 * depend on the day the test runs: the chatbot ended on 31 March 2025 and is not done.
 */

/** From a workshop page: a new «Plan estratégico» board, landing on its tool (a method board opens on the tool, not the canvas). */
async function createPlanBoard(page: Page, title: string) {
  await createBoard(page, title, 'Plan estratégico');
  await expect(page.getByRole('tab', { name: 'Herramienta' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('form', { name: 'Nuevo objetivo' })).toBeVisible();
}

async function addInitiative(page: Page, objective: string, fields: { name: string; owner: string; start: string; end: string; status?: string }) {
  await page.getByRole('button', { name: `Agregar iniciativa a ${objective}` }).click();
  const form = page.getByRole('form', { name: `Nueva iniciativa de ${objective}` });
  await fillInitiative(form, fields);
  await form.getByRole('button', { name: 'Guardar iniciativa' }).click();
  await expect(form).toHaveCount(0);
}

async function fillInitiative(form: Locator, fields: { name: string; owner: string; start: string; end: string; status?: string }) {
  await form.getByLabel('Nombre de la iniciativa').fill(fields.name);
  await form.getByLabel('Responsable').fill(fields.owner);
  await form.getByLabel('Fecha de inicio').fill(fields.start);
  await form.getByLabel('Fecha de fin').fill(fields.end);
  if (fields.status) await form.getByLabel('Estado').selectOption({ label: fields.status });
}

async function addObjective(page: Page, title: string) {
  const form = page.getByRole('form', { name: 'Nuevo objetivo' });
  await form.getByLabel('Título del objetivo').fill(title);
  await form.getByRole('button', { name: 'Agregar objetivo' }).click();
}

async function addMilestone(page: Page, name: string, date: string, link: string) {
  const form = page.getByRole('form', { name: 'Nuevo hito' });
  await form.getByLabel('Nombre del hito').fill(name);
  await form.getByLabel('Fecha del hito').fill(date);
  await form.getByLabel('Vinculado a').selectOption({ label: link });
  await form.getByRole('button', { name: 'Agregar hito' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

test('strategic plan: objectives, initiatives and milestones give a live summary and Gantt chart, refuse an end before the start, undo, and print', async ({ page }) => {
  await createExercise(page, { title: 'Gobierno digital cercano' });
  await createWorkshop(page, 'Taller de planeación');
  await createPlanBoard(page, 'Plan 2024–2030');
  const boardId = /#\/boards\/([^/?]+)/.exec(page.url())?.[1];
  expect(boardId).toBeTruthy();

  await page.getByLabel('Reto', { exact: true }).fill('Los trámites toman semanas y obligan a viajar a la capital.');
  await page.getByLabel('Visión', { exact: true }).fill('Todo trámite se hace en línea o en la alcaldía más cercana.');
  await page.getByLabel('Visión', { exact: true }).press('Tab');

  await addObjective(page, 'Atención digital');
  await addObjective(page, 'Cultura de innovación');
  await expect(page.getByLabel('Título del objetivo O2')).toHaveValue('Cultura de innovación');

  await addInitiative(page, 'O1', { name: 'Portal de trámites', owner: 'Oficina TIC', start: '2024-01-15', end: '2024-06-30', status: 'Terminada' });
  await addInitiative(page, 'O1', { name: 'Chatbot ciudadano', owner: 'Atención al ciudadano', start: '2025-02-01', end: '2025-03-31', status: 'En curso' });

  // An end before the start is refused on the end date, in Spanish, and nothing is stored.
  await page.getByRole('button', { name: 'Agregar iniciativa a O2' }).click();
  const form = page.getByRole('form', { name: 'Nueva iniciativa de O2' });
  await fillInitiative(form, { name: 'Laboratorio de ideas', owner: 'Talento humano', start: '2030-01-01', end: '2029-12-31' });
  await form.getByRole('button', { name: 'Guardar iniciativa' }).click();
  await expect(form.getByLabel('Fecha de fin')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Fecha de fin')).toHaveAccessibleDescription(/La fecha de fin no puede ser anterior a la de inicio\./);
  await expect(page.getByRole('rowheader', { name: /Laboratorio de ideas/ })).toHaveCount(0);
  await form.getByLabel('Fecha de fin').fill('2030-12-31');
  await form.getByRole('button', { name: 'Guardar iniciativa' }).click();
  await expect(page.getByRole('row', { name: /O2\.1 Laboratorio de ideas/ })).toBeVisible();

  await addMilestone(page, 'Portal en línea', '2024-06-30', 'O1.1 Portal de trámites');
  await addMilestone(page, 'Primer prototipo', '2030-06-15', 'O2 Cultura de innovación');
  await page.getByRole('checkbox', { name: 'H1 cumplido' }).check();

  // The summary: 1 of 3 done = 33 %; the chatbot (ended 31 March 2025, in progress) is overdue.
  const summary = page.getByRole('region', { name: 'Resumen' });
  await expect(summary).toContainText(/1 de 3 iniciativas terminadas \(33\s?%\)/);
  await expect(summary).toContainText('1 iniciativa vencida');
  await expect(summary).toContainText(/O1\.2 Chatbot ciudadano: terminaba el/);
  await expect(summary).toContainText('H2 Primer prototipo');
  await expect(page.getByRole('row', { name: /O1\.2 Chatbot ciudadano/ })).toContainText('Vencida');
  const chart = page.getByRole('region', { name: 'Línea de tiempo' }).getByRole('img', { name: /Diagrama de Gantt: 3 iniciativas/ });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  await expect(chart).toContainText('O1.2 Chatbot ciudadano');

  // Finishing the chatbot: 2 of 3 (67 %), nothing overdue; one undo brings the plan back.
  // (Changes less than half a second apart join one undo step, as typing does; a person is slower.)
  await page.waitForTimeout(600);
  await page.getByLabel('Estado de O1.2').selectOption({ label: 'Terminada' });
  await expect(summary).toContainText(/2 de 3 iniciativas terminadas \(67\s?%\)/);
  await expect(summary).toContainText('Ninguna iniciativa vencida');
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByLabel('Estado de O1.2')).toHaveValue('in-progress');
  await expect(summary).toContainText(/1 de 3 iniciativas terminadas \(33\s?%\)/);
  await expect(summary).toContainText('1 iniciativa vencida');
  // The same from the keyboard, outside a text field: Ctrl+Y redoes, Ctrl+Z undoes.
  await page.keyboard.press('Control+y');
  await expect(summary).toContainText(/2 de 3 iniciativas terminadas \(67\s?%\)/);
  await page.keyboard.press('Control+z');
  await expect(summary).toContainText(/1 de 3 iniciativas terminadas \(33\s?%\)/);

  // The filled-in tool passes an accessibility audit (nothing serious or critical).
  const { violations } = await new AxeBuilder({ page }).include('.method-tool').analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // Removing an objective with work under it asks first and says what goes with it.
  await page.getByRole('button', { name: 'Eliminar objetivo O2' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Eliminar el objetivo O2?' });
  await expect(dialog).toContainText('1 iniciativa y 1 hito vinculado');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(page.getByRole('row', { name: /O2\.1 Laboratorio de ideas/ })).toBeVisible();

  // Moving an objective keeps focus on it: at the end its other arrow takes the focus.
  await page.getByRole('button', { name: 'Bajar O1' }).click();
  await expect(page.getByLabel('Título del objetivo O2')).toHaveValue('Atención digital');
  await expect(page.getByRole('button', { name: 'Subir O2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Título del objetivo O1')).toHaveValue('Atención digital');
  await expect(page.getByRole('button', { name: 'Bajar O1' })).toBeFocused();

  // Removing the milestone being edited closes its form; focus goes to the previous row's button.
  await page.getByRole('button', { name: 'Editar H2' }).click();
  await expect(page.getByRole('form', { name: 'Editar el hito H2' })).toBeVisible();
  await page.getByRole('button', { name: 'Eliminar H2' }).click();
  await expect(page.getByRole('form', { name: 'Editar el hito H2' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Eliminar H1' })).toBeFocused();

  const workshopId = /#\/workshops\/([^/?]+)/.exec((await page.getByRole('link', { name: 'Taller de planeación' }).getAttribute('href')) ?? '')?.[1];
  expect(workshopId).toBeTruthy();

  // The print view: the plan as a document, with the same numbers and the Gantt chart as SVG.
  await page.goto(page.url().replace(/#\/boards\/.*/, `#/print/board/${boardId}`));
  await page.waitForFunction(() => (globalThis as { __mingaPrintReady?: boolean }).__mingaPrintReady === true);
  await expect(page.getByText('Los trámites toman semanas y obligan a viajar a la capital.')).toBeVisible();
  await expect(page.getByText(/1 de 3 iniciativas terminadas \(33\s?%\)/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'O1 Atención digital' })).toBeVisible();
  await expect(page.getByRole('row', { name: /O2\.1 Laboratorio de ideas/ })).toContainText('Sin iniciar');
  await expect(page.getByRole('img', { name: /Diagrama de Gantt/ }).locator('svg.recharts-surface')).toBeVisible();

  // The workshop report prints the same plan in its boards section.
  await page.goto(page.url().replace(/#\/print\/board\/.*/, `#/print/workshop/${workshopId}`));
  await page.waitForFunction(() => (globalThis as { __mingaPrintReady?: boolean }).__mingaPrintReady === true);
  await expect(page.getByRole('heading', { name: 'O1 Atención digital' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Diagrama de Gantt/ }).locator('svg.recharts-surface')).toBeVisible();
});
