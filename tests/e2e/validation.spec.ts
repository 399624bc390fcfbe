import { expect, test } from './fixtures/minga';
import { createExercise, createWorkshop } from './fixtures/flows';

test('invalid forms show an inline message in the current language and save nothing', async ({ page }) => {
  await page.getByRole('link', { name: 'Nuevo ejercicio' }).click();
  await page.getByLabel('Título del ejercicio').fill('   ');
  await page.getByLabel('Fecha de inicio').fill('2026-05-10');
  await page.getByLabel('Fecha de fin').fill('2026-05-01');
  await page.getByRole('button', { name: 'Crear ejercicio' }).click();
  await expect(page.getByText('Este campo es obligatorio.')).toBeVisible();
  await expect(page.getByText('La fecha de fin no puede ser anterior a la de inicio.')).toBeVisible();
  await expect(page.getByLabel('Título del ejercicio')).toHaveAttribute('aria-invalid', 'true');

  // The same errors follow a language switch.
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByText('This field is required.')).toBeVisible();
  await page.getByLabel('Language').selectOption('es-CO');

  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Ejercicios' }).click();
  await expect(page.getByText('Aún no hay ejercicios')).toBeVisible();
});

test('an agenda overrun is flagged and a bad duration or email is refused', async ({ page }) => {
  await createExercise(page, { title: 'Gobierno abierto' });
  await createWorkshop(page, 'Taller corto');
  await page.getByLabel('Duración prevista (minutos)').fill('30');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByLabel('Actividad', { exact: true }).fill('Presentación');
  await page.getByLabel('Duración (minutos)').fill('0');
  await page.getByRole('button', { name: 'Agregar actividad' }).click();
  await expect(page.getByText('Escribe una duración en minutos mayor que cero.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Presentación/ })).toHaveCount(0);
  await page.getByLabel('Duración (minutos)').fill('45');
  await page.getByRole('button', { name: 'Agregar actividad' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /supera/ })).toContainText('15 min');

  await page.getByRole('tab', { name: 'Participantes' }).click();
  await page.getByLabel('Nombre', { exact: true }).fill('Ana');
  await page.getByLabel('Correo electrónico (opcional)').fill('no-es-un-correo');
  await page.getByRole('button', { name: 'Agregar participante' }).click();
  await expect(page.getByText('Escribe un correo electrónico válido.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Ana/ })).toHaveCount(0);
});
