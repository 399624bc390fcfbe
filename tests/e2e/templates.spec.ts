import { expect, test } from './fixtures/minga';
import { clearSelection, createBoard, createExercise, createWorkshop, expectAllSaved, freePointIn, openNotesCanvas } from './fixtures/flows';
import { isMethodTool, templates } from '../../src/shared/templates';

/**
 * Every template, as a facilitator uses it: create the board, put a note in each zone (double
 * click inside it), undo and redo, reload, and find the content again.
 */
for (const template of templates) {
  test(`template «${template.name['es-CO']}»: a note in every zone, undo, redo, reload`, async ({ page }) => {
    // The journey map has some thirty zones, each filled as a person would: about half a minute
    // on a quiet machine, so give it the slow-test allowance rather than risk a busy one.
    if (template.zones.length > 20) test.slow();
    await createExercise(page, { title: `Reto con ${template.id}` });
    await createWorkshop(page, 'Taller');
    await createBoard(page, template.name['es-CO'], template.name['es-CO']);
    if (isMethodTool(template.tool)) {
      await expect(page.getByRole('tab', { name: 'Herramienta' })).toHaveAttribute('aria-selected', 'true');
      await openNotesCanvas(page);
    }
    const notes = page.getByText(/\d+ notas? adhesivas?/);

    const zones = template.zones.length > 0 ? template.zones : [null];
    let added = 0;
    for (const zone of zones) {
      const text = `Aporte ${added + 1} ${zone?.key ?? 'libre'}`;
      if (zone) {
        // Zones lie behind the notes and let clicks through to the board, as on paper.
        const name = `Zona de plantilla: ${zone.title['es-CO']}`;
        let point = await freePointIn(page, name);
        // Hidden under the minimap: pan the board with the arrow keys, as a facilitator would.
        for (let step = 0; !point && step < 12; step += 1) {
          await clearSelection(page);
          await page.keyboard.press(step % 2 ? 'ArrowRight' : 'ArrowDown');
          point = await freePointIn(page, name);
        }
        expect(point, zone.key).not.toBeNull();
        await page.mouse.dblclick(point!.x, point!.y);
      } else {
        await page.getByRole('button', { name: 'Agregar nota' }).click();
      }
      await expect(page.getByRole('textbox', { name: 'Texto de la nota' })).toBeFocused();
      await page.keyboard.type(text);
      await page.keyboard.press('Escape');
      // Back to the whole board for the next zone (editing zooms in when the board is seen whole).
      await page.getByRole('button', { name: 'Ajustar a la pantalla' }).click();
      await clearSelection(page);
      added += 1;
      await expect(notes).toHaveText(new RegExp(`^${added} notas? adhesivas?$`));
    }

    // Undo steps back through the typing and then the note itself; redo brings both back.
    const undo = page.getByRole('button', { name: 'Deshacer' });
    const redo = page.getByRole('button', { name: 'Rehacer' });
    const fewer = new RegExp(`^${added - 1} notas? adhesivas?$`);
    for (let step = 0; step < 4 && !fewer.test((await notes.textContent()) ?? ''); step += 1) await undo.click();
    await expect(notes).toHaveText(fewer);
    for (let step = 0; step < 4 && fewer.test((await notes.textContent()) ?? ''); step += 1) await redo.click();
    await expect(notes).toHaveText(new RegExp(`^${added} notas? adhesivas?$`));
    await redo.click();
    await expectAllSaved(page);

    await page.reload();
    await expect(notes).toHaveText(new RegExp(`^${added} notas? adhesivas?$`));
    await page.getByLabel('Buscar en Minga').fill(`Aporte ${added} ${zones.at(-1)?.key ?? 'libre'}`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: new RegExp(template.name['es-CO'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
  });
}

test('ideation: named groups for affinity clustering, with notes counted outside any group', async ({ page }) => {
  await createExercise(page, { title: 'Reto de ideación' });
  await createWorkshop(page, 'Taller');
  await createBoard(page, 'Ideas', 'Ideación');
  const panel = page.getByRole('region', { name: 'Agrupación por afinidad' });
  await expect(panel.getByRole('status')).toHaveText('0 notas sin grupo');
  await page.getByRole('button', { name: 'Agregar nota' }).click();
  await page.keyboard.type('Ruta escolar segura');
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('status')).toHaveText('1 nota sin grupo');

  await panel.getByRole('button', { name: 'Crear grupo' }).click();
  await expect(panel.getByText('Este campo es obligatorio.')).toBeVisible();
  await panel.getByLabel('Nombre del grupo').fill('Movilidad');
  await panel.getByRole('button', { name: 'Crear grupo' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Movilidad' })).toContainText('0 notas');
  await expect(page.getByRole('group', { name: /Movilidad/ })).toBeVisible();
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Movilidad' })).toHaveCount(0);
});
