import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { addNote, createBoard, createExercise, createWorkshop, expectAllSaved } from './fixtures/flows';

/** The facilitation tools in the board's toolbar, as a facilitator uses them in a room. */
function tools(page: Page) {
  return page.getByRole('group', { name: 'Herramientas de facilitación' });
}

async function openTool(page: Page, name: RegExp) {
  await tools(page).getByRole('button', { name }).click();
}

async function startBoard(page: Page, board: string) {
  await createExercise(page, { title: 'Espacio público' });
  await createWorkshop(page, 'Taller de priorización');
  await createBoard(page, board);
}

async function giveDots(page: Page, note: string, dots: number) {
  for (let i = 0; i < dots; i++) await page.getByRole('button', { name: `Poner un punto en «${note}»` }).click();
}

test('dot voting: turns on one laptop, limits, a ranking with ties in note order, badges that survive a reload', async ({ page }) => {
  await startBoard(page, 'Priorizar ideas');
  await addNote(page, 'Parques de bolsillo');
  await addNote(page, 'Bancas con sombra');
  await addNote(page, 'Fuentes de agua');

  await openTool(page, /^Votación por puntos/);
  const panel = page.getByRole('dialog', { name: 'Votación por puntos' });
  await panel.getByLabel('Puntos por participante').fill('0');
  await panel.getByRole('button', { name: 'Abrir votación' }).click();
  await expect(panel.getByText('Revisa este valor.')).toBeVisible();
  await panel.getByLabel('Puntos por participante').fill('2');
  await panel.getByRole('button', { name: 'Abrir votación' }).click();
  await expect(tools(page).getByRole('button', { name: 'Votación por puntos (abierta)' })).toBeVisible();

  await panel.getByRole('button', { name: 'Empezar como «Participante 1»' }).click();
  await giveDots(page, 'Bancas con sombra', 2);
  await expect(panel.getByText('Ya usaste todos tus puntos.', { exact: false })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Poner un punto en «Fuentes de agua»' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Terminar turno' }).click();

  await panel.getByLabel('Nombre de quien vota (opcional)').fill('Ana');
  await panel.getByRole('button', { name: 'Empezar turno' }).click();
  await giveDots(page, 'Parques de bolsillo', 1);
  await giveDots(page, 'Bancas con sombra', 1);
  // A dot taken back returns to the voter.
  await panel.getByRole('button', { name: 'Quitar un punto de «Bancas con sombra»' }).click();
  await giveDots(page, 'Fuentes de agua', 1);
  await panel.getByRole('button', { name: 'Terminar turno' }).click();

  await panel.getByRole('button', { name: 'Empezar como «Participante 3»' }).click();
  await giveDots(page, 'Fuentes de agua', 1);
  await panel.getByRole('button', { name: 'Terminar turno' }).click();
  await panel.getByRole('button', { name: 'Cerrar votación y ver resultados' }).click();

  // Bancas 2, Fuentes 2, Parques 1: the tie keeps the order the notes were written in.
  const ranking = panel.getByRole('region', { name: 'Resultados' }).getByRole('listitem');
  await expect(ranking).toHaveText([/Bancas con sombra\s*2 puntos/, /Fuentes de agua\s*2 puntos/, /Parques de bolsillo\s*1 punto/]);
  await expect(page.getByRole('group', { name: /Bancas con sombra/ })).toContainText('2 votos');
  await expectAllSaved(page);

  await page.reload();
  await expect(page.getByRole('group', { name: /Fuentes de agua/ })).toContainText('2 votos');
  await openTool(page, /^Votación por puntos/);
  await expect(page.getByRole('region', { name: 'Resultados' }).getByRole('listitem').first()).toContainText('Bancas con sombra');
});

test('private mode: new notes are blurred for others until the facilitator reveals them', async ({ page, browser }) => {
  await startBoard(page, 'Ideas en silencio');
  await openTool(page, /^Modo privado/);
  await page.getByRole('switch', { name: 'Modo privado activo' }).check();
  await page.keyboard.press('Escape');
  await expect(tools(page).getByRole('button', { name: 'Modo privado (activo)' })).toBeFocused();
  await addNote(page, 'Idea sin filtro');
  await expectAllSaved(page);

  // Another person (another browser profile, so another client) sees the note blurred.
  const other = await (await browser.newContext()).newPage();
  await other.goto(page.url());
  const concealed = other.locator('.canvas-note--concealed');
  await expect(concealed).toHaveCount(1);
  // The author still reads their own note.
  await expect(page.locator('.canvas-note--concealed')).toHaveCount(0);

  await openTool(page, /^Modo privado/);
  await page.getByRole('switch', { name: 'Modo privado activo' }).uncheck();
  await expect(page.getByText('Quedó 1 nota oculta. ¿Revelarla ahora?')).toBeVisible();
  await page.getByRole('button', { name: 'Revelar todas' }).click();
  await expect(page.getByText('No hay notas ocultas.')).toBeVisible();
  await expect(concealed).toHaveCount(0);
  await other.context().close();
});

test('timer, comments and presentation mode', async ({ page }) => {
  await startBoard(page, 'Plenaria');

  await openTool(page, /^Temporizador/);
  await page.getByLabel('Duración en minutos').fill('0');
  await page.getByRole('button', { name: 'Iniciar', exact: true }).click();
  await expect(page.getByText('Escribe una duración en minutos mayor que cero.')).toBeVisible();
  await page.getByLabel('Duración en minutos').fill('5');
  await page.getByLabel('Actividad (opcional)').fill('Lluvia de ideas');
  await page.getByRole('button', { name: 'Iniciar', exact: true }).click();
  const timer = page.getByRole('timer', { name: 'Tiempo restante de «Lluvia de ideas»' });
  await expect(timer).toHaveText(/0[45]:\d\d/);
  await page.getByRole('button', { name: 'Pausar' }).click();
  await page.getByRole('button', { name: '+1 min (agregar un minuto)' }).click();
  await expect(timer).toHaveText(/0(5:5\d|6:00)/);
  await expect(page.getByText('En pausa')).toBeVisible();

  await addNote(page, 'Ruta escolar');
  await openTool(page, /^Comentarios/);
  const comments = page.getByRole('dialog', { name: 'Comentarios' });
  await expect(comments.getByRole('heading', { name: 'Comentarios de «Ruta escolar»' })).toBeVisible();
  await comments.getByRole('button', { name: 'Agregar comentario' }).click();
  await expect(comments.getByText('Este campo es obligatorio.')).toBeVisible();
  await comments.getByLabel('Nuevo comentario').fill('¿Quién acompaña a los niños?');
  await comments.getByRole('button', { name: 'Agregar comentario' }).click();
  await expect(tools(page).getByRole('button', { name: 'Comentarios (1)' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Ruta escolar/ })).toContainText('1 comentario');
  await comments.getByRole('button', { name: 'Marcar como resuelto' }).click();
  await expect(tools(page).getByRole('button', { name: 'Comentarios', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Agregar marco' }).click();
  await page.getByRole('button', { name: 'Agregar marco' }).click();
  await openTool(page, /^Presentación/);
  await expect(page.getByRole('button', { name: 'Bajar «Marco sin título»' }).first()).toBeEnabled();
  await page.getByRole('button', { name: 'Presentar' }).click();
  const presentation = page.getByRole('region', { name: 'Modo presentación' });
  await expect(presentation).toContainText('Marco 1 de 2');
  await expect(presentation.getByRole('timer')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presentation).toContainText('Marco 2 de 2');
  await page.keyboard.press('PageUp');
  await expect(presentation).toContainText('Marco 1 de 2');
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(tools(page).getByRole('button', { name: 'Presentación' })).toBeFocused();
});

test('the board keeps its place while the facilitation tools finish loading', async ({ page }) => {
  // Hold the tools' code back, as a slow laptop would, while the canvas is already in use.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/FacilitationBar-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await createExercise(page, { title: 'Espacio público' });
  await createWorkshop(page, 'Taller de priorización');
  await page.getByRole('tab', { name: 'Tableros' }).click();
  await page.getByLabel('Nombre del tablero').fill('Mapa de viaje');
  await page.getByLabel('Plantilla').selectOption({ label: 'Mapa de viaje del ciudadano' });
  await page.getByRole('button', { name: 'Crear tablero' }).click();
  const zone = page.getByRole('group', { name: 'Zona de plantilla: Acciones (etapa 1)' });
  await expect(zone).toBeVisible();
  await expect(tools(page).getByRole('button', { name: 'Temporizador' })).toBeDisabled();
  const before = await zone.boundingBox();

  release();
  await expect(tools(page).getByRole('button', { name: 'Temporizador' })).toBeEnabled();
  expect(await zone.boundingBox()).toEqual(before);
});
