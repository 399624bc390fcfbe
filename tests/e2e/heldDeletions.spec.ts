import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startHubProcess, type RunningHub } from './fixtures/hub';
import { expect, test } from './fixtures/minga';
import { throwawayDataDir } from './fixtures/server';

const password = 'clave-de-prueba-larga';

/** Runs a step on the other laptop (fixtures/otherLaptop.ts) and returns what it printed. */
function otherLaptop<T>(command: string, input: object): T {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('tests', 'e2e', 'fixtures', 'otherLaptop.ts'), command, JSON.stringify(input)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The other laptop failed to ${command}: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as T;
}

test.describe('Borrados que llegan de la oficina central', () => {
  let hub: RunningHub;
  let laptop: ReturnType<typeof throwawayDataDir>;
  test.beforeEach(async () => {
    laptop = throwawayDataDir();
    hub = await startHubProcess();
    hub.addUser('beto@example.org', 'facilitator', password);
  });
  test.afterEach(async () => {
    await hub.stop();
    laptop.remove();
  });

  test('pregunta antes de aplicar borrados de más de la mitad de los tableros, y los deja en la papelera', async ({ page }) => {
    const { boardIds } = otherLaptop<{ boardIds: string[] }>('setup', {
      dir: laptop.dir, hubUrl: hub.url, email: 'beto@example.org', password, boards: ['Mapa de actores', 'Ideas', 'Viaje del ciudadano'],
    });

    // This computer signs in as the same facilitator and pulls the three boards.
    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Configuración' }).click();
    const section = page.getByRole('region', { name: 'Oficina central' });
    await section.getByLabel('Dirección de la oficina central').fill(hub.url);
    await section.getByLabel('Correo electrónico').fill('beto@example.org');
    await section.getByLabel('Contraseña').fill(password);
    await section.getByLabel('Nombre de este computador').fill('Computador del taller');
    await section.getByRole('button', { name: 'Conectar' }).click();
    const status = page.getByRole('banner').getByRole('status', { name: 'Sincronización' });
    await expect(status).toHaveText('Sincronizado');

    // On the other laptop two of the three boards go to the trash, and reach the hub.
    otherLaptop('delete', { dir: laptop.dir, ids: boardIds.slice(0, 2) });
    await section.getByRole('button', { name: 'Sincronizar ahora' }).click();
    const held = page.getByRole('region', { name: 'Borrados en espera' });
    await expect(held).toContainText('2 de tus 3 tableros están en la papelera');
    await expect(status).toHaveText('Sincronizado · 2 borrados en espera');

    await held.getByRole('button', { name: 'Mover a la papelera' }).click();
    await expect(page.getByText('Los borrados de la oficina central se aplicaron.', { exact: false })).toBeVisible();
    await expect(held).toHaveCount(0);
    await expect(status).toHaveText('Sincronizado');

    await page.getByRole('region', { name: 'Papelera' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Papelera' })).toBeVisible();
    await expect(page.getByText('Mapa de actores')).toBeVisible();
    await expect(page.getByText('Ideas')).toBeVisible();
    await expect(page.getByText('Viaje del ciudadano')).toHaveCount(0);
  });
});
