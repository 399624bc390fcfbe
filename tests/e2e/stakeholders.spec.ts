import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop } from './fixtures/flows';

test('the actor register: an actor edited in the table shows in the grid, onion and network, across boards', async ({ page }) => {
  await createExercise(page, { title: 'Gobierno digital en Nariño' });
  await createWorkshop(page, 'Taller de actores');
  await createBoard(page, 'Mapa de actores', 'Mapa de actores');
  const register = page.getByRole('region', { name: 'Registro de actores' }).or(page.locator('aside').filter({ hasText: 'Registro de actores' })).first();

  const addActor = async (name: string, power: string, interest: string) => {
    await register.getByRole('tab', { name: 'Registro' }).click();
    await register.getByLabel('Nombre', { exact: true }).fill(name);
    await register.getByLabel('Poder (1–5)').selectOption(power).catch(() => register.getByLabel('Poder (1–5)').fill(power));
    await register.getByLabel('Interés (1–5)').selectOption(interest).catch(() => register.getByLabel('Interés (1–5)').fill(interest));
    await register.getByRole('button', { name: 'Agregar actor' }).click();
    await expect(register.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  };
  await addActor('Alcaldía de Pasto', '5', '4');
  await addActor('Junta de acción comunal', '2', '5');

  await register.getByRole('tab', { name: 'Poder e interés' }).click();
  await expect(register.getByRole('img', { name: 'Alcaldía de Pasto: poder 5, interés 4, Gestionar de cerca' }).or(register.getByRole('button', { name: 'Alcaldía de Pasto: poder 5, interés 4, Gestionar de cerca' })).first()).toBeVisible();
  await register.getByRole('tab', { name: 'Cebolla' }).click();
  await expect(register.getByLabel('Junta de acción comunal: Directo, Neutral')).toBeVisible();

  // Edit in the table: less power moves the actor to another quadrant in the grid.
  await register.getByRole('tab', { name: 'Registro' }).click();
  await register.getByRole('button', { name: 'Editar Alcaldía de Pasto' }).click();
  await register.getByLabel('Poder (1–5)').first().selectOption('1').catch(() => register.getByLabel('Poder (1–5)').first().fill('1'));
  await register.getByRole('button', { name: 'Guardar cambios' }).click();
  await register.getByRole('tab', { name: 'Poder e interés' }).click();
  await expect(register.getByLabel('Alcaldía de Pasto: poder 1, interés 4, Mantener informado')).toBeVisible();

  // The network view lists both actors; a relationship between them shows as an edge.
  await register.getByRole('tab', { name: 'Red' }).click();
  await register.getByLabel('Desde').selectOption({ label: 'Alcaldía de Pasto' });
  await register.getByLabel('Hacia').selectOption({ label: 'Junta de acción comunal' });
  await register.getByRole('button', { name: 'Agregar relación' }).click();
  await expect(register.getByLabel(/Alcaldía de Pasto y Junta de acción comunal: /)).toBeVisible();
  await expect(register.getByLabel('Alcaldía de Pasto: 1 relación')).toBeVisible();

  // Actors belong to the exercise: a second stakeholder board of another workshop sees them.
  await page.getByRole('link', { name: 'Gobierno digital en Nariño' }).click();
  await createWorkshop(page, 'Segundo taller');
  await createBoard(page, 'Otro mapa', 'Mapa de actores');
  await expect(page.getByRole('row', { name: /Junta de acción comunal/ })).toBeVisible();
});
