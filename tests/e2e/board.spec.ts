import { expect, test } from './fixtures/minga';
import { addNote, createBoard, createExercise, createWorkshop, expectAllSaved } from './fixtures/flows';

test('sticky notes: add, edit, move, recolour, delete and undo, live in a second window', async ({ page, context, minga }) => {
  await createExercise(page, { title: 'Movilidad' });
  await createWorkshop(page, 'Taller de ideas');
  await createBoard(page, 'Lluvia de ideas');
  await addNote(page, 'Ciclovías');

  const note = page.getByRole('group', { name: /Ciclovías/ });
  const before = (await note.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const after = (await note.boundingBox())!;
  expect(Math.round(after.x - before.x)).toBe(10);
  expect(Math.round(after.y - before.y)).toBe(50);

  await page.getByRole('button', { name: 'Verde' }).click();
  await expect(page.getByRole('group', { name: 'Nota verde: Ciclovías' })).toBeVisible();

  await note.click();
  await page.keyboard.type(' seguras');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Nota verde: Ciclovías seguras' })).toBeFocused();

  await addNote(page, 'Bus nocturno');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByRole('group', { name: /Bus nocturno/ })).toBeVisible();
  await expectAllSaved(page);

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('group', { name: /Ciclovías seguras/ })).toBeVisible();
  await page.getByRole('group', { name: /Bus nocturno/ }).click();
  await page.keyboard.type(' 24 h');
  await page.keyboard.press('Escape');
  await expect(other.getByRole('group', { name: /Bus nocturno 24 h/ })).toBeVisible();
  await expectAllSaved(page);

  await minga.restart();
  await other.close();
  await page.goto(`${minga.url}${new URL(page.url()).hash}`);
  await expect(page.getByRole('group', { name: 'Nota verde: Ciclovías seguras' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Bus nocturno 24 h/ })).toBeVisible();
});
