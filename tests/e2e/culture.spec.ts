import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop } from './fixtures/flows';

test.use({ viewport: { width: 1600, height: 1000 } });

/** From a workshop page: a new diagnosis board, landing on its tool (a method board has no canvas toolbar in view). */
async function createDiagnosisBoard(page: Page, title: string) {
  await createBoard(page, title, 'Diagnóstico de cultura de innovación');
  await expect(page.getByRole('tab', { name: 'Respuestas' })).toBeVisible();
}

const cell = (page: Page, respondent: number, item: string) => page.getByRole('textbox', { name: `Respuesta de la persona ${respondent} a la afirmación ${item}`, exact: true });

/** Types one respondent's answers down their column, as from a paper questionnaire. */
async function answer(page: Page, respondent: number, answers: Record<string, string>) {
  for (const [item, value] of Object.entries(answers)) {
    await cell(page, respondent, item).fill(value);
    await cell(page, respondent, item).press('Enter');
    await expect(cell(page, respondent, item)).toHaveValue(value);
  }
}

test('culture diagnosis: default questionnaire, anonymous answers in two rounds, means and changes, undo and print', async ({ page, minga }) => {
  await createExercise(page, { title: 'Cultura de innovación en la alcaldía' });
  await createWorkshop(page, 'Diagnóstico inicial');
  await createDiagnosisBoard(page, 'Diagnóstico de cultura');
  const boardId = /#\/boards\/([^/?]+)/.exec(page.url())?.[1];
  expect(boardId).toBeTruthy();

  // The default instrument: six dimensions, in Spanish.
  await page.getByRole('tab', { name: 'Cuestionario' }).click();
  const dimensions = ['Liderazgo y estrategia', 'Experimentación y manejo del riesgo', 'Colaboración y apertura', 'Personas y capacidades', 'Foco en la ciudadanía', 'Datos y tecnología'];
  for (const [index, name] of dimensions.entries()) await expect(page.getByRole('textbox', { name: `Nombre de la dimensión ${index + 1}` })).toHaveValue(name);

  // Editing a statement, undoing it and redoing it.
  const statement = page.getByRole('textbox', { name: 'Afirmación 1.1', exact: true });
  await expect(statement).toHaveValue('La alta dirección promueve la innovación con su ejemplo y sus decisiones.');
  await statement.fill('La alta dirección de la alcaldía promueve la innovación.');
  await statement.press('Enter');
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(statement).toHaveValue('La alta dirección promueve la innovación con su ejemplo y sus decisiones.');
  await page.getByRole('button', { name: 'Rehacer' }).click();
  await expect(statement).toHaveValue('La alta dirección de la alcaldía promueve la innovación.');

  // Baseline: three anonymous respondents.
  await page.getByRole('tab', { name: 'Respuestas' }).click();
  await expect(page.getByRole('heading', { name: 'Respuestas de «Línea base»' })).toBeVisible();
  await expect(page.getByText(/Las respuestas son anónimas/)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /1\.1 La alta dirección de la alcaldía promueve la innovación\./ })).toBeVisible();
  for (let count = 0; count < 3; count += 1) await page.getByRole('button', { name: 'Agregar persona encuestada' }).click();
  await answer(page, 1, { '1.1': '4', '2.1': '2' });
  await answer(page, 2, { '1.1': '3', '2.1': '?' });
  await answer(page, 3, { '1.1': '4', '2.1': '3' });

  // A value off the scale is refused with its message and not kept.
  await cell(page, 2, '1.2').fill('6');
  await cell(page, 2, '1.2').press('Tab');
  await expect(page.getByRole('alert')).toHaveText('Persona 2, afirmación 1.2: Escribe un número entero de 1 a 5, o «?» para «No sé / no aplica».');
  await expect(cell(page, 2, '1.2')).toHaveAttribute('aria-invalid', 'true');
  await cell(page, 2, '1.2').fill('');
  await cell(page, 2, '1.2').press('Tab');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A follow-up round: the form refuses an empty name, then adds it.
  const followUpName = page.getByLabel('Nombre del seguimiento');
  await expect(followUpName).toHaveValue('Seguimiento 1');
  await followUpName.fill('');
  await page.getByRole('button', { name: 'Agregar seguimiento' }).click();
  await expect(followUpName).toHaveAttribute('aria-invalid', 'true');
  await expect(followUpName).toHaveAccessibleDescription(/Este campo es obligatorio\./);
  await followUpName.fill('Seguimiento 2026');
  await page.getByRole('button', { name: 'Agregar seguimiento' }).click();
  await expect(page.getByRole('heading', { name: 'Respuestas de «Seguimiento 2026»' })).toBeVisible();
  for (let count = 0; count < 2; count += 1) await page.getByRole('button', { name: 'Agregar persona encuestada' }).click();
  await answer(page, 1, { '1.1': '5', '2.1': '3' });
  await answer(page, 2, { '1.1': '4', '2.1': '4' });
  // A column added by mistake goes again; focus moves to the previous column's remove button.
  await page.getByRole('button', { name: 'Agregar persona encuestada' }).click();
  await page.getByRole('button', { name: 'Quitar persona 3' }).click();
  await expect(page.getByRole('button', { name: 'Quitar persona 3' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Quitar persona 2' })).toBeFocused();

  // Results. Leadership: baseline (4 + 3 + 4) / 3 = 3,67 (n 3), follow-up (5 + 4) / 2 = 4,50 (n 2),
  // change 4,5 − 11/3 = +0,83. Experimentation: baseline (2 + 3) / 2 = 2,50 («?» left out, n 2),
  // follow-up (3 + 4) / 2 = 3,50, change +1,00. Overall: (11/3 + 2,5) / 2 = 3,08 and (4,5 + 3,5) / 2
  // = 4,00, change 4 − 37/12 = +0,92.
  await page.getByRole('tab', { name: 'Resultados' }).click();
  const row = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
  await expect(row('Liderazgo y estrategia')).toHaveText(['3,67', '3', '4,50', '2', '+0,83']);
  await expect(row('Experimentación y manejo del riesgo')).toHaveText(['2,50', '2', '3,50', '2', '+1,00']);
  await expect(row('Colaboración y apertura')).toHaveText(['—', '0', '—', '0', '—']);
  await expect(row('General')).toHaveText(['3,08', '5', '4,00', '4', '+0,92']);
  await expect(page.getByText('Pocas respuestas: con menos de 3 personas encuestadas en una ronda, los resultados son solo indicativos.')).toBeVisible();
  const radar = page.getByRole('img', { name: /Gráfico de radar: media por dimensión .*«Línea base».*«Seguimiento 2026»/ });
  await expect(radar.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(radar.getByText('Seguimiento 2026')).toBeVisible();

  // Removing a statement that has answers asks first; its answers go with it, and undo brings them back.
  await page.getByRole('tab', { name: 'Cuestionario' }).click();
  await page.getByRole('button', { name: 'Eliminar la afirmación 2.1' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Eliminar la afirmación 2.1?' });
  await expect(dialog).toContainText('Tiene 5 respuestas registradas, que se eliminarán con ella.');
  await dialog.getByRole('button', { name: 'Eliminar', exact: true }).click();
  // Focus goes on to the next statement's remove button (now numbered 2.1), not back to the page.
  await expect(page.getByRole('button', { name: 'Eliminar la afirmación 2.1' })).toBeFocused();
  await page.getByRole('tab', { name: 'Resultados' }).click();
  await expect(row('Experimentación y manejo del riesgo')).toHaveText(['—', '0', '—', '0', '—']);
  await expect(row('General')).toHaveText(['3,67', '3', '4,50', '2', '+0,83']);
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(row('Experimentación y manejo del riesgo')).toHaveText(['2,50', '2', '3,50', '2', '+1,00']);

  // The print view: the table with the same numbers and the radar, never one person's answers.
  await page.goto(`${minga.url}#/print/board/${boardId}`);
  await expect(row('Liderazgo y estrategia')).toHaveText(['3,67', '3', '4,50', '2', '+0,83']);
  await expect(row('General')).toHaveText(['3,08', '5', '4,00', '4', '+0,92']);
  await expect(page.getByRole('img', { name: /Gráfico de radar/ }).locator('svg.recharts-surface').first()).toBeVisible();
  await expect(page.getByText('1.1 La alta dirección de la alcaldía promueve la innovación.')).toBeVisible();
  await expect(page.getByText(/Persona \d/)).toHaveCount(0);
});
