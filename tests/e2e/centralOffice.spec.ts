import { createExercise } from './fixtures/flows';
import { startHubProcess, type RunningHub } from './fixtures/hub';
import { expect, test } from './fixtures/minga';

const password = 'clave-de-prueba-larga';

test.describe('Oficina central', () => {
  let hub: RunningHub;
  test.beforeEach(async () => {
    hub = await startHubProcess();
    hub.addUser('ana@example.org', 'facilitator', password);
  });
  test.afterEach(async () => {
    await hub.stop();
  });

  test('conecta desde Configuración, explica una contraseña incorrecta y queda sincronizado', async ({ page }) => {
    const status = page.getByRole('banner').getByRole('status', { name: 'Sincronización' });
    await expect(status).toHaveText('Sin oficina central');

    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Configuración' }).click();
    const section = page.getByRole('region', { name: 'Oficina central' });
    await section.getByRole('button', { name: 'Conectar' }).click();
    await expect(section.getByLabel('Dirección de la oficina central')).toHaveAccessibleDescription(/Este campo es obligatorio/);

    await section.getByLabel('Dirección de la oficina central').fill(hub.url);
    await section.getByLabel('Correo electrónico').fill('ana@example.org');
    await section.getByLabel('Contraseña').fill('no-es-la-clave');
    await section.getByLabel('Nombre de este computador').fill('Portátil de Ana');
    await section.getByRole('button', { name: 'Conectar' }).click();
    const passwordField = section.getByLabel('Contraseña');
    await expect(passwordField).toHaveAccessibleDescription(/El correo o la contraseña no son correctos\./);
    await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
    await expect(passwordField).toBeFocused();

    await passwordField.fill(password);
    await section.getByRole('button', { name: 'Conectar' }).click();
    await expect(section.getByText(`Conectado a ${hub.url} como ana@example.org (facilitación).`)).toBeVisible();
    await expect(status).toHaveText('Sincronizado');
    await expect(page.getByRole('banner').getByText(/última vez (ahora|hace \d+ segundos)/)).toBeVisible();
    await expect(section.getByRole('button', { name: 'Sincronizar ahora' })).toBeEnabled();

    // An edit is saved at once, waits as a pending change, and the background sync sends it.
    await createExercise(page, { title: 'Mesa de diálogo' });
    await expect(status).toHaveText('Sincronizado · 1 cambio pendiente');
    await expect(status).toHaveText('Sincronizado', { timeout: 15_000 });
  });
});
