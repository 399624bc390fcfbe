import { addNote, createBoard, createExercise, createWorkshop } from './fixtures/flows';
import { startHubProcess, type RunningHub } from './fixtures/hub';
import { expect, test } from './fixtures/minga';

const password = 'clave-de-prueba-larga';

/**
 * The central office publishes, the facilitator receives: a coordinator fills the entity
 * directory and publishes a board as a template on the hub's dashboard; after a sync the
 * facilitator's exercise form suggests the directory's names and the new-board picker offers the
 * template under «Plantillas de la oficina central».
 */
test.describe('Directorio y plantillas de la oficina central', () => {
  let hub: RunningHub;
  test.beforeEach(async () => {
    hub = await startHubProcess();
    hub.addUser('ana@example.org', 'facilitator', password);
    hub.addUser('coord@example.org', 'coordinator', password);
  });
  test.afterEach(async () => {
    await hub.stop();
  });

  test('la coordinación publica; el facilitador lo recibe al sincronizar', async ({ page }) => {
    // The facilitator connects and makes a board worth sharing.
    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Configuración' }).click();
    const settings = page.getByRole('region', { name: 'Oficina central' });
    await settings.getByLabel('Dirección de la oficina central').fill(hub.url);
    await settings.getByLabel('Correo electrónico').fill('ana@example.org');
    await settings.getByLabel('Contraseña').fill(password);
    await settings.getByLabel('Nombre de este computador').fill('Portátil de Ana');
    await settings.getByRole('button', { name: 'Conectar' }).click();
    const status = page.getByRole('banner').getByRole('status', { name: 'Sincronización' });
    await expect(status).toHaveText('Sincronizado');
    await createExercise(page, { title: 'Movilidad en Pasto' });
    await createWorkshop(page, 'Taller de ideas');
    await createBoard(page, 'Preguntas');
    await addNote(page, '¿Cómo podríamos llegar a tiempo?');
    await expect(status).toHaveText('Sincronizado', { timeout: 20_000 });

    // The coordinator, on the hub's dashboard.
    const dashboard = await page.context().newPage();
    await dashboard.goto(`${hub.url}/dashboard`);
    await dashboard.getByLabel('Correo electrónico').fill('coord@example.org');
    await dashboard.getByLabel('Contraseña').fill(password);
    await dashboard.getByRole('button', { name: 'Iniciar sesión' }).click();
    await dashboard.getByRole('link', { name: 'Directorio de entidades' }).click();
    await dashboard.getByLabel('Nombre', { exact: true }).fill('Alcaldía de Pasto');
    await dashboard.getByLabel('Departamento').fill('Nariño');
    await dashboard.getByRole('button', { name: 'Guardar' }).click();
    await expect(dashboard.getByRole('status')).toHaveText('Entidad guardada.');
    await expect(dashboard.getByRole('row', { name: /Alcaldía de Pasto/ })).toBeVisible();

    // The exercise reaches the portfolio once the hub has projected it.
    await dashboard.getByRole('link', { name: 'Volver al portafolio' }).click();
    await expect(async () => {
      await dashboard.reload();
      await dashboard.getByRole('link', { name: 'Movilidad en Pasto' }).click({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    const publish = dashboard.getByRole('region', { name: 'Publicar un tablero como plantilla' });
    await publish.getByLabel('Tablero').selectOption({ label: 'Preguntas' });
    await publish.getByLabel('Nombre (español)').fill('Preguntas ¿Cómo podríamos…?');
    await publish.getByLabel('Descripción (español)').fill('Una pregunta para empezar');
    await publish.getByRole('button', { name: 'Publicar' }).click();
    await expect(publish.getByRole('status')).toHaveText('Plantilla publicada.');
    await dashboard.close();

    // The facilitator syncs and finds both.
    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Configuración' }).click();
    await settings.getByRole('button', { name: 'Sincronizar ahora' }).click();
    await expect(status).toHaveText('Sincronizado');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Ejercicios' }).click();
    await page.getByRole('link', { name: 'Nuevo ejercicio' }).click();
    const leadEntity = page.getByLabel('Entidad líder');
    await expect(leadEntity).toHaveAccessibleDescription(/directorio de entidades/);
    const suggestions = await leadEntity.getAttribute('list');
    await expect(page.locator(`datalist[id="${suggestions}"] option`)).toHaveAttribute('value', 'Alcaldía de Pasto');
    await page.getByLabel('Agregar un actor del directorio').fill('Alcaldía de Pasto');
    await page.getByRole('button', { name: 'Agregar', exact: true }).click();
    await expect(page.getByLabel('Otros actores')).toHaveValue('Alcaldía de Pasto');
    await page.getByRole('button', { name: 'Cancelar' }).click();

    await page.getByRole('link', { name: 'Movilidad en Pasto' }).click();
    await page.getByRole('link', { name: 'Taller de ideas' }).click();
    await page.getByRole('tab', { name: 'Tableros' }).click();
    // The picker lists it in its own section (an <optgroup>, which has no role of its own in a select).
    await expect(page.getByLabel('Plantilla').locator('optgroup[label="Plantillas de la oficina central"] option')).toHaveText(['Preguntas ¿Cómo podríamos…?']);
    await page.getByLabel('Plantilla').selectOption({ label: 'Preguntas ¿Cómo podríamos…?' });
    await expect(page.getByLabel('Plantilla')).toHaveAccessibleDescription('Una pregunta para empezar');
    await createBoard(page, 'Desde la oficina central', 'Preguntas ¿Cómo podríamos…?');
    await expect(page.getByRole('group', { name: /¿Cómo podríamos llegar a tiempo\?/ })).toBeVisible();
  });
});
