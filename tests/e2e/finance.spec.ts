import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop } from './fixtures/flows';

/** From a workshop page: a new method board, landing on its tool tab (the canvas, with its timer, is one tab away). */
async function createEstimateBoard(page: Page, title: string) {
  await createBoard(page, title, 'Estimación financiera');
}

async function addLine(section: Locator, form: string, line: { category: string; description: string; unit: string; quantity: string; value: string; valueLabel: string; period: string }) {
  await section.getByRole('button', { name: `Agregar ${form}` }).click();
  const dialog = section.getByRole('form', { name: `Nuevo ${form}` });
  await dialog.getByLabel('Categoría').selectOption({ label: line.category });
  await dialog.getByLabel('Descripción').fill(line.description);
  await dialog.getByLabel('Unidad').fill(line.unit);
  await dialog.getByLabel('Cantidad').fill(line.quantity);
  await dialog.getByLabel(line.valueLabel).fill(line.value);
  await dialog.getByLabel('Periodo').selectOption({ label: line.period });
  await dialog.getByRole('button', { name: `Guardar ${form}` }).click();
  await expect(section.getByRole('row', { name: new RegExp(line.description) })).toBeVisible();
}

test('financial estimate: lines, totals per period, NPV, B/C and payback on screen; bad values refused; USD; undo; print', async ({ page, minga }, testInfo) => {
  await createExercise(page, { title: 'Ventanilla digital de trámites' });
  await createWorkshop(page, 'Taller de costo-beneficio');
  await createEstimateBoard(page, 'Costo-beneficio de la ventanilla');
  const boardId = /#\/boards\/([^/?]+)/.exec(page.url())?.[1];
  expect(boardId).toBeTruthy();
  // An empty estimate says what to add rather than showing figures of zero.
  await expect(page.getByRole('region', { name: 'Indicadores' })).toContainText('Agrega costos y beneficios para ver el valor presente neto');

  // A rate of −100 % would divide by zero: refused beside the field, in Spanish, and not stored.
  const rate = page.getByLabel('Tasa de descuento (% anual)');
  await expect(rate).toHaveValue('9');
  await rate.fill('-100');
  await rate.press('Enter');
  await expect(page.getByText('La tasa de descuento debe ser mayor que −100 % y como máximo 100 %.')).toBeVisible();
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await rate.fill('10');
  await rate.press('Enter');
  await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
  const horizon = page.getByLabel('Horizonte (número de periodos)');
  await horizon.fill('2');
  await horizon.press('Enter');

  const costs = page.getByRole('region', { name: 'Costos' });
  const benefits = page.getByRole('region', { name: 'Beneficios' });
  await addLine(costs, 'costo', { category: 'Talento humano', description: 'Facilitadora', unit: 'mes', quantity: '2', value: '400.000', valueLabel: 'Costo unitario', period: 'Año 0 (hoy)' });
  await addLine(costs, 'costo', { category: 'Tecnología', description: 'Licencias', unit: 'licencia', quantity: '1', value: '200.000', valueLabel: 'Costo unitario', period: 'Año 0 (hoy)' });
  await addLine(benefits, 'beneficio', { category: 'Ahorro de tiempo ciudadano', description: 'Horas ahorradas', unit: 'hora', quantity: '1000', value: '600', valueLabel: 'Valor unitario', period: 'Año 1' });
  // 1,5 × 400.000 = 600.000, exactly.
  await addLine(benefits, 'beneficio', { category: 'Ahorro operativo', description: 'Papel y envíos evitados', unit: 'lote', quantity: '1,5', value: '400.000', valueLabel: 'Valor unitario', period: 'Año 2' });

  // Totals per period: costs 1.000.000 now; benefits 600.000 in years 1 and 2; cumulative −1.000.000, −400.000, +200.000.
  const periods = page.getByRole('table', { name: 'Totales por periodo' });
  await expect(periods.getByRole('row', { name: /Año 0 \(hoy\)/ })).toContainText(/\$\s1\.000\.000.*\$\s0.*-\$\s1\.000\.000.*-\$\s1\.000\.000/);
  await expect(periods.getByRole('row', { name: /Año 1/ })).toContainText(/\$\s0.*\$\s600\.000.*\$\s600\.000.*-\$\s400\.000/);
  await expect(periods.getByRole('row', { name: /Año 2/ })).toContainText(/\$\s600\.000.*\$\s600\.000.*\$\s200\.000/);
  await expect(costs.getByRole('row', { name: /Total de costos/ })).toContainText(/\$\s1\.000\.000/);

  // NPV at 10 %: −1.000.000 + 600.000/1,1 + 600.000/1,21 = 41.322,31; B/C = 1.041.322,31 / 1.000.000 = 1,04;
  // payback 1 + 400.000/600.000 = 1,67 years; discounted 1 + 454.545,45/495.867,77 = 1,92 years.
  const indicators = page.getByRole('region', { name: 'Indicadores' });
  const indicator = (name: string) => indicators.locator('div').filter({ has: page.getByText(name, { exact: true }) });
  await expect(indicator('Valor presente neto (VPN)')).toContainText(/\$\s41\.322,31/);
  await expect(indicator('Valor presente neto (VPN)')).toContainText('A la tasa de descuento de 10 %');
  await expect(indicator('Relación beneficio-costo')).toContainText('1,04');
  await expect(indicator('Periodo de recuperación')).toContainText('1,67 años (periodo 2)');
  await expect(indicator('Recuperación descontada')).toContainText('1,92 años (periodo 2)');
  await expect(indicator('VP de beneficios')).toContainText(/\$\s1\.041\.322,31/);

  const { violations } = await new AxeBuilder({ page }).include('.finance').analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  // A negative quantity is refused in the form, with its message, and nothing is added.
  await costs.getByRole('button', { name: 'Agregar costo' }).click();
  const form = costs.getByRole('form', { name: 'Nuevo costo' });
  await form.getByLabel('Descripción').fill('Servidores');
  await form.getByLabel('Cantidad').fill('-2');
  await form.getByLabel('Costo unitario').fill('100.000');
  await form.getByRole('button', { name: 'Guardar costo' }).click();
  await expect(form.getByText('La cantidad debe ser un número mayor que cero (por ejemplo 1 o 1,5).')).toBeVisible();
  await expect(form.getByLabel('Cantidad')).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Cancelar' }).click();
  await expect(costs.getByRole('row', { name: /Servidores/ })).toHaveCount(0);

  // Dollars: the same digits, read as dollars (never converted). The board's undo groups edits
  // made within half a second, so the switch waits to be its own step.
  await page.waitForTimeout(600);
  await page.getByLabel('Moneda').selectOption({ label: 'Dólares estadounidenses (USD)' });
  await expect(indicator('Valor presente neto (VPN)')).toContainText(/US\$\s41\.322,31/);
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByLabel('Moneda')).toHaveValue('COP');
  await expect(indicator('Valor presente neto (VPN)')).toContainText(/^[^U]*\$\s41\.322,31/);

  // Deleting a line is undone with the board's undo like any other change.
  await page.waitForTimeout(600);
  await costs.getByRole('button', { name: 'Eliminar «Licencias»' }).click();
  await expect(costs.getByRole('row', { name: /Total de costos/ })).toContainText(/\$\s800\.000/);
  await page.keyboard.press('Control+z');
  await expect(costs.getByRole('row', { name: /Licencias/ })).toBeVisible();
  await expect(indicator('Valor presente neto (VPN)')).toContainText(/\$\s41\.322,31/);

  // The print view: the indicators, the tables and the chart as SVG.
  await page.goto(`${minga.url}#/print/board/${boardId}`);
  await expect(page.getByText(/\$\s41\.322,31/).first()).toBeVisible();
  await expect(page.getByText('1,67 años (periodo 2)').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Totales por periodo' }).getByRole('row', { name: /Año 2/ })).toContainText(/\$\s200\.000/);
  await expect(page.getByRole('img', { name: /Gráfico: costos y beneficios/ }).locator('svg').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __mingaPrintReady?: boolean }).__mingaPrintReady)).toBe(true);

  // The board's PDF, printed by the core's Chromium driver: the figures and the chart's own text
  // (axis ticks, legend) are real text on the page, so the chart was drawn before printing.
  await minga.stop();
  const pdf = testInfo.outputPath('estimacion.pdf');
  const cli = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'minga.mjs'), 'export', '--data', minga.dataDir, '--board', boardId!, '--format', 'pdf', '--out', pdf], { encoding: 'utf8' });
  expect(cli.stderr).toBe('');
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  expect(text).toMatch(/\$\s41\.322,31/);
  expect(text).toContain('Totales por periodo');
  expect(text).toMatch(/Neto acumulado/);
  expect(text).toMatch(/Año 0 \(hoy\)[\s\S]*Año 1[\s\S]*Año 2/);
  // Nothing on the notes canvas, so no empty canvas sheet after the tool; the tool's pages are
  // numbered over the whole file.
  expect(text).not.toContain('¿De dónde salen las cifras?');
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
  expect(pages).toBeGreaterThan(0);
  expect(text).toContain(`Página 1 de ${pages}`);
});
