import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/minga';
import { createExercise } from './fixtures/flows';

test('contributions and indicators on the exercise page: totals per currency, progress at a glance, bad input refused inline', async ({ page }) => {
  await createExercise(page, { title: 'Turismo en la Sierra Nevada', leadEntity: 'Gobernación del Magdalena' });
  const contributions = page.getByRole('region', { name: 'Aportes' });
  const indicators = page.getByRole('region', { name: 'Indicadores' });

  // A negative amount is refused beside the field, in Spanish; nothing is saved.
  await contributions.getByRole('button', { name: 'Agregar aporte' }).click();
  const contributionForm = contributions.getByRole('form', { name: 'Nuevo aporte' });
  await contributionForm.getByLabel('Aportante').fill('Gobernación del Magdalena');
  await contributionForm.getByLabel('Monto').fill('-5');
  await contributionForm.getByRole('button', { name: 'Guardar aporte' }).click();
  await expect(contributionForm.getByText('El monto debe ser mayor que cero.')).toBeVisible();
  await expect(contributionForm.getByLabel('Monto')).toHaveAttribute('aria-invalid', 'true');

  await contributionForm.getByLabel('Monto').fill('1.500.000,50');
  await contributionForm.getByRole('button', { name: 'Guardar aporte' }).click();
  await expect(contributions.getByRole('row', { name: /Gobernación del Magdalena/ })).toBeVisible();

  await contributions.getByRole('button', { name: 'Agregar aporte' }).click();
  await contributions.getByLabel('Aportante').fill('PNUD');
  await contributions.getByLabel('Tipo de aporte').selectOption({ label: 'En especie' });
  await contributions.getByLabel('Monto').fill('12000');
  await contributions.getByLabel('Moneda').selectOption({ label: 'Dólares (USD)' });
  await contributions.getByRole('button', { name: 'Guardar aporte' }).click();
  await expect(contributions.getByRole('row', { name: /PNUD/ })).toContainText('En especie');
  // Pesos and dollars are totalled apart, never converted.
  await expect(contributions).toContainText(/Total en pesos \(COP\)\s*\$\s1\.500\.000,50/);
  await expect(contributions).toContainText(/Total en dólares \(USD\)\s*US\$\s12\.000,00/);

  // Editing shows the saved amount back and corrects it.
  await contributions.getByRole('button', { name: 'Editar aporte de PNUD' }).click();
  const editForm = contributions.getByRole('form', { name: 'Editar aporte' });
  await expect(editForm.getByLabel('Monto')).toHaveValue('12000');
  await editForm.getByLabel('Monto').fill('12.500,5');
  await editForm.getByRole('button', { name: 'Guardar aporte' }).click();
  await expect(contributions).toContainText(/Total en dólares \(USD\)\s*US\$\s12\.500,50/);

  // An indicator: an empty title and a target period before the baseline are refused inline.
  await indicators.getByRole('button', { name: 'Agregar indicador' }).click();
  const indicatorForm = indicators.getByRole('form', { name: 'Nuevo indicador' });
  await indicatorForm.getByRole('button', { name: 'Guardar indicador' }).click();
  await expect(indicatorForm.getByLabel('Nombre del indicador')).toHaveAttribute('aria-invalid', 'true');
  await expect(indicatorForm.getByLabel('Nombre del indicador')).toHaveAccessibleDescription(/Este campo es obligatorio\./);
  await expect(indicatorForm.getByLabel('Valor de línea base')).toHaveAccessibleDescription(/Escribe un número\./);

  await indicatorForm.getByLabel('Nombre del indicador').fill('Prestadores turísticos formalizados');
  await indicatorForm.getByLabel('Unidad').fill('prestadores');
  await indicatorForm.getByLabel('Valor de línea base').fill('20');
  await indicatorForm.getByLabel('Fecha de línea base').fill('2026-03-01');
  await indicatorForm.getByLabel('Periodo de la meta 1').fill('2025');
  await indicatorForm.getByLabel('Valor de la meta 1').fill('50');
  await indicatorForm.getByRole('button', { name: 'Guardar indicador' }).click();
  await expect(indicatorForm.getByText('El periodo termina antes de la fecha de la línea base.')).toBeVisible();

  await indicatorForm.getByLabel('Periodo de la meta 1').fill('2026');
  await indicatorForm.getByRole('button', { name: 'Guardar indicador' }).click();
  const card = indicators.getByRole('article', { name: 'Prestadores turísticos formalizados' });
  await expect(card).toBeVisible();
  await expect(card.getByText('Sin dato')).toBeVisible();

  // An actual for the second half: (32 − 20) / (50 − 20) = 40 %.
  const actual = card.getByRole('form', { name: 'Registrar valor real de Prestadores turísticos formalizados' });
  await actual.getByLabel('Periodo del valor real de Prestadores turísticos formalizados').fill('2026-H2');
  await actual.getByLabel('Valor real de Prestadores turísticos formalizados', { exact: true }).fill('32');
  await actual.getByRole('button', { name: 'Registrar valor real' }).click();
  const bar = card.getByRole('progressbar', { name: 'Avance de Prestadores turísticos formalizados' });
  await expect(bar).toHaveAttribute('value', '40');
  await expect(card).toContainText(/Último valor real\s*32 prestadores \(2026-H2\)/);
  await expect(card).toContainText(/Meta\s*50 prestadores \(2026\)/);
  await expect(card).toContainText(/Avance\s*40\s?%/);

  // A period that ends before the baseline is refused for an actual too, by the core.
  await actual.getByLabel('Periodo del valor real de Prestadores turísticos formalizados').fill('2026-01');
  await actual.getByLabel('Valor real de Prestadores turísticos formalizados', { exact: true }).fill('21');
  await actual.getByRole('button', { name: 'Registrar valor real' }).click();
  await expect(actual.getByText('El periodo termina antes de la fecha de la línea base.')).toBeVisible();

  // Everything was saved in the exercise: it is there after a reload.
  await page.reload();
  await expect(page.getByRole('progressbar', { name: 'Avance de Prestadores turísticos formalizados' })).toHaveAttribute('value', '40');
  await expect(page.getByRole('region', { name: 'Aportes' })).toContainText(/Total en pesos \(COP\)\s*\$\s1\.500\.000,50/);

  // The filled sections (tables, progress bars, the actual forms) pass axe-core without serious findings.
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
});
