import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures/minga';
import { createExercise } from './fixtures/flows';

test('a corrupt database shows what happened and restores the newest good backup', async ({ page, minga }) => {
  await createExercise(page, { title: 'Guardado antes del daño' });
  await page.getByRole('link', { name: 'Configuración' }).click();
  await page.getByRole('button', { name: 'Hacer copia ahora' }).click();
  await expect(page.getByRole('button', { name: /^Restaurar la copia/ }).first()).toBeVisible();

  await minga.stop();
  writeFileSync(join(minga.dataDir, 'minga.sqlite'), Buffer.alloc(32_768, 0x42));
  await minga.restart();
  await page.goto(minga.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Minga no pudo abrir tus datos' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'La base de datos local está dañada' })).toBeVisible();
  await expect(page.getByText(/No se borró nada/)).toBeVisible();
  await page.getByRole('button', { name: 'Restaurar esta copia' }).click();
  await expect(page.getByRole('link', { name: 'Guardado antes del daño' })).toBeVisible();
});

test('a database from a newer Minga is explained and left untouched', async ({ page, minga }) => {
  await minga.stop();
  const path = join(minga.dataDir, 'minga.sqlite');
  const db = new Database(path);
  db.pragma('user_version = 999');
  db.close();
  await minga.restart();
  await page.goto(minga.url);
  await expect(page.getByRole('heading', { name: 'Estos datos son de una versión más reciente de Minga' })).toBeVisible();
  const check = new Database(path, { readonly: true });
  expect(check.pragma('user_version', { simple: true })).toBe(999);
  check.close();
});
