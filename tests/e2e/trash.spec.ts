import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop } from './fixtures/flows';
import type { Page } from '@playwright/test';

const title = 'Ideas para la vereda';

async function openBoardsTab(page: Page, workshopUrl: string) {
  await page.goto(workshopUrl);
  await page.getByRole('tab', { name: 'Tableros' }).click();
}

async function openTrash(page: Page) {
  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Configuración' }).click();
  await page.getByRole('link', { name: 'Abrir la papelera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Papelera' })).toBeVisible();
}

/**
 * A facilitator deletes a board (no question asked, but undoable), finds it in the trash,
 * brings it back, and finally deletes it forever, which asks first.
 */
test('a deleted board goes to the trash, comes back, and can be deleted forever', async ({ page }) => {
  await createExercise(page, { title: 'Caminos rurales' });
  await createWorkshop(page, 'Taller en Sotaquirá');
  const workshopUrl = page.url();
  await createBoard(page, title);
  const boardLink = page.getByRole('link', { name: `Abrir el tablero ${title}` });
  const notifications = page.getByRole('status', { name: 'Avisos' });

  // From the board itself: the workshop opens, and the toast undoes the deletion.
  await page.getByRole('button', { name: `Eliminar el tablero ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taller en Sotaquirá' })).toBeVisible();
  await expect(notifications).toContainText('Tablero movido a la papelera');
  await notifications.getByRole('button', { name: 'Deshacer' }).click();
  await expect(notifications).toContainText('Tablero restaurado');
  await page.getByRole('tab', { name: 'Tableros' }).click();
  await expect(boardLink).toBeVisible();

  // From the workshop's list, by keyboard: it is gone from the list and from search.
  await page.getByRole('button', { name: `Eliminar el tablero ${title}` }).focus();
  await page.keyboard.press('Enter');
  await expect(boardLink).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Aún no hay tableros' })).toBeVisible();
  await page.getByLabel('Buscar en Minga').fill('vereda');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'No encontramos nada para «vereda»' })).toBeVisible();

  // In the trash, with its date and the days it has left; restoring brings it back.
  await openTrash(page);
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Caminos rurales · Taller en Sotaquirá');
  await expect(row).toContainText('30 días');
  await row.getByRole('button', { name: `Restaurar ${title}` }).click();
  await expect(page.getByRole('heading', { name: 'La papelera está vacía' })).toBeVisible();
  await openBoardsTab(page, workshopUrl);
  await expect(boardLink).toBeVisible();

  // Deleting forever asks first; cancelling keeps the board in the trash.
  await page.getByRole('button', { name: `Eliminar el tablero ${title}` }).click();
  await expect(boardLink).toHaveCount(0);
  await openTrash(page);
  await row.getByRole('button', { name: `Eliminar para siempre ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: `¿Eliminar «${title}» para siempre?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: `Eliminar para siempre ${title}` }).click();
  await dialog.getByRole('button', { name: 'Eliminar para siempre' }).click();
  await expect(notifications).toContainText('Tablero eliminado para siempre');
  await expect(page.getByRole('heading', { name: 'La papelera está vacía' })).toBeVisible();
  await openBoardsTab(page, workshopUrl);
  await expect(page.getByRole('heading', { name: 'Aún no hay tableros' })).toBeVisible();
});
