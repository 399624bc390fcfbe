import { expect, test } from './fixtures/minga';
import { addAgendaItem, addNote, addParticipant, createBoard, createExercise, createWorkshop, expectAllSaved } from './fixtures/flows';

test('a facilitator plans a workshop, works on a board, restarts, finds everything and switches to English', async ({ page, minga }) => {
  await createExercise(page, {
    title: 'Participación ciudadana en Pasto',
    leadEntity: 'Alcaldía de Pasto',
    challenge: '¿Cómo podríamos acercar los trámites a las veredas?',
  });
  await createWorkshop(page, 'Taller de cocreación');
  await addAgendaItem(page, 'Bienvenida', 15);
  await addAgendaItem(page, 'Lluvia de ideas', 45);
  await expect(page.getByText('Duración total: 1 h')).toBeVisible();
  await addParticipant(page, 'Lucía Gómez', true);
  await addParticipant(page, 'Pedro Rosero', false);
  await createBoard(page, 'Ideas del taller');
  await addNote(page, 'Ventanilla móvil en las veredas');
  await addNote(page, 'Trámites por radio comunitaria');
  await expect(page.getByText('2 notas adhesivas')).toBeVisible();
  await expectAllSaved(page);

  await minga.restart();
  await page.goto(minga.url);
  await page.getByRole('link', { name: 'Participación ciudadana en Pasto' }).click();
  await page.getByRole('link', { name: 'Taller de cocreación' }).click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByRole('row', { name: /Lluvia de ideas/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Participantes' }).click();
  await expect(page.getByRole('row', { name: /Lucía Gómez/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Pedro Rosero/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Tableros' }).click();
  await page.getByRole('link', { name: /Ideas del taller/ }).click();
  await expect(page.getByRole('group', { name: /Ventanilla móvil en las veredas/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /Trámites por radio comunitaria/ })).toBeVisible();

  // Accent-insensitive search across titles, fields and note text.
  await page.getByLabel('Buscar en Minga').fill('participacion');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /Participación ciudadana en Pasto/ })).toBeVisible();
  await page.getByLabel('Qué quieres buscar').fill('tramites radio');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /Ideas del taller/ })).toBeVisible();

  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('link', { name: 'Exercises' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice is kept in the store.
  await minga.restart();
  await page.goto(minga.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Innovation exercises' })).toBeVisible();
});
