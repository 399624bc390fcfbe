import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop, expectAllSaved } from './fixtures/flows';

const chain = [
  ['Insumos', 'Equipo del laboratorio y presupuesto'],
  ['Actividades', 'Talleres con las alcaldías'],
  ['Productos', 'Ventanilla digital de trámites'],
  ['Resultados', 'Más trámites hechos en línea'],
  ['Impacto', 'Menos tiempo perdido en filas'],
] as const;

test('impact model: a theory of change, an indicator with targets and an actual from the board, its progress on the exercise page and on paper', async ({ page, minga }) => {
  await createExercise(page, { title: 'Ventanilla digital en Boyacá', leadEntity: 'Gobernación de Boyacá' });
  const exerciseHash = new URL(page.url()).hash;
  await createWorkshop(page, 'Taller de impacto');
  await createBoard(page, 'Modelo de impacto de la ventanilla', 'Modelo de impacto');
  await expect(page.getByRole('tab', { name: 'Herramienta' })).toHaveAttribute('aria-selected', 'true');
  const boardId = /#\/boards\/([^/?]+)/.exec(page.url())?.[1];
  expect(boardId).toBeTruthy();
  const toc = page.getByRole('region', { name: 'Teoría de cambio' });

  // One statement on each of the five levels, added from the keyboard.
  for (const [level, text] of chain) {
    await toc.getByLabel(`Nuevo enunciado en ${level}`).fill(text);
    await toc.getByLabel(`Nuevo enunciado en ${level}`).press('Enter');
    await expect(toc.getByLabel(`${level}: enunciado 1`)).toHaveValue(text);
  }
  // An empty statement is refused beside the field, in Spanish, and nothing is added.
  await toc.getByRole('button', { name: 'Agregar a Productos' }).click();
  await expect(toc.getByLabel('Nuevo enunciado en Productos')).toHaveAccessibleDescription(/Este campo es obligatorio\./);
  await expect(toc.getByLabel('Productos: enunciado 2')).toHaveCount(0);

  // A second activity, then undo takes it away and redo brings it back.
  await toc.getByLabel('Nuevo enunciado en Actividades').fill('Piloto en tres municipios');
  await toc.getByRole('button', { name: 'Agregar a Actividades' }).click();
  await expect(toc.getByLabel('Actividades: enunciado 2')).toHaveValue('Piloto en tres municipios');
  const undoBar = page.getByRole('toolbar', { name: 'Herramienta' });
  await undoBar.getByRole('button', { name: 'Deshacer' }).click();
  await expect(toc.getByLabel('Actividades: enunciado 2')).toHaveCount(0);
  await undoBar.getByRole('button', { name: 'Rehacer' }).click();
  await expect(toc.getByLabel('Actividades: enunciado 2')).toHaveValue('Piloto en tres municipios');
  // Moving it up puts it first.
  await toc.getByRole('button', { name: 'Subir enunciado 2 de Actividades' }).click();
  await expect(toc.getByLabel('Actividades: enunciado 1')).toHaveValue('Piloto en tres municipios');
  // Focus stays on the moved statement: first now, so on its other arrow.
  await expect(toc.getByRole('button', { name: 'Bajar enunciado 1 de Actividades' })).toBeFocused();
  // Removing a statement moves focus to a neighbour's remove button instead of the page.
  await toc.getByLabel('Nuevo enunciado en Actividades').fill('Borrador');
  await toc.getByRole('button', { name: 'Agregar a Actividades' }).click();
  await toc.getByRole('button', { name: 'Quitar enunciado 3 de Actividades' }).click();
  await expect(toc.getByLabel('Actividades: enunciado 3')).toHaveCount(0);
  await expect(toc.getByRole('button', { name: 'Quitar enunciado 2 de Actividades' })).toBeFocused();

  // An indicator from the board, with the exercise page's own form: a target before the baseline is refused.
  const indicators = page.getByRole('region', { name: 'Indicadores' });
  await indicators.getByRole('button', { name: 'Agregar indicador' }).click();
  const form = indicators.getByRole('form', { name: 'Nuevo indicador' });
  await form.getByLabel('Nombre del indicador').fill('Trámites en línea');
  await form.getByLabel('Unidad').fill('trámites');
  await form.getByLabel('Valor de línea base').fill('20');
  await form.getByLabel('Fecha de línea base').fill('2026-03-01');
  await form.getByLabel('Periodo de la meta 1').fill('2025');
  await form.getByLabel('Valor de la meta 1').fill('35');
  await form.getByRole('button', { name: 'Agregar meta' }).click();
  await form.getByLabel('Periodo de la meta 2').fill('2027');
  await form.getByLabel('Valor de la meta 2').fill('50');
  await form.getByRole('button', { name: 'Guardar indicador' }).click();
  await expect(form.getByLabel('Periodo de la meta 1')).toHaveAccessibleDescription(/El periodo termina antes de la fecha de la línea base\./);
  await form.getByLabel('Periodo de la meta 1').fill('2026-H2');
  await form.getByRole('button', { name: 'Guardar indicador' }).click();
  const card = indicators.getByRole('article', { name: 'Trámites en línea' });
  await expect(card).toBeVisible();

  // The actual of 2026-H2: 32. Towards the final target (32 − 20) / (50 − 20) = 12 / 30 = 40 %;
  // towards that period's own target (32 − 20) / (35 − 20) = 12 / 15 = 80 %.
  const actual = card.getByRole('form', { name: 'Registrar valor real de Trámites en línea' });
  await actual.getByLabel('Periodo del valor real de Trámites en línea').fill('2026-H2');
  await actual.getByLabel('Valor real de Trámites en línea', { exact: true }).fill('32');
  await actual.getByRole('button', { name: 'Registrar valor real' }).click();
  await expect(card.getByRole('progressbar', { name: 'Avance de Trámites en línea' })).toHaveAttribute('value', '40');
  await expect(card).toContainText(/Avance\s*40\s?%/);
  await expect(card).toContainText(/En 2026-H2: 80\s?% de la meta del periodo\./);
  await expect(indicators.getByText(/Avance promedio: 40\s?%/)).toBeVisible();
  await expect(indicators.getByRole('img', { name: /Gráfico de barras del avance por indicador: Trámites en línea 40\s?%/ })).toBeVisible();
  await expect(card.getByRole('img', { name: /Gráfico de líneas de Trámites en línea: línea base 20; 2026-H2: meta 35, real 32; 2027: meta 50/ })).toBeVisible();

  // Placed on the outcome it measures: the chain says so under that statement.
  await card.getByLabel('Eslabón que mide Trámites en línea').selectOption({ label: 'Resultados: Más trámites hechos en línea' });
  await expect(toc.getByRole('region', { name: 'Resultados' })).toContainText('Lo miden: Trámites en línea');
  await expectAllSaved(page);
  // The filled tool (columns, forms, charts) passes axe-core without serious findings.
  const { violations } = await new AxeBuilder({ page }).include('.method-tool').analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // The print view: the chain, the IATI table with the numbers, and the charts as SVG.
  await page.goto(`${minga.url}#/print/board/${boardId}`);
  const method = page.locator('.print-method');
  await expect(method.getByRole('heading', { name: 'Teoría de cambio' })).toBeVisible();
  await expect(method).toContainText('Piloto en tres municipios');
  await expect(method).toContainText('Menos tiempo perdido en filas');
  const row = method.getByRole('row', { name: /Trámites en línea/ });
  await expect(row).toContainText('2026-H2: 35 trámites; 2027: 50 trámites');
  await expect(row).toContainText('2026-H2: 32 trámites');
  await expect(row).toContainText('Resultados: Más trámites hechos en línea');
  await expect(row).toContainText(/40\s?%/);
  await expect(method.getByRole('img', { name: /^Gráfico de barras del avance por indicador: Trámites en línea 40\s?%/ }).locator('svg').first()).toBeVisible();
  await expect(method.getByRole('img', { name: /^Gráfico de líneas de Trámites en línea/ }).locator('svg').first()).toBeVisible();

  // The exercise overview shows the indicator's progress at a glance.
  await page.goto(`${minga.url}${exerciseHash}`);
  const glance = page.getByRole('list', { name: 'Avance de un vistazo' });
  await expect(glance.getByRole('listitem').filter({ hasText: 'Trámites en línea' })).toContainText(/40\s?%/);
  await expect(page.getByRole('progressbar', { name: 'Avance de Trámites en línea' })).toHaveAttribute('value', '40');
});
