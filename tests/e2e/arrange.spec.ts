import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { dropFiles, pngFile, type FilePayload } from './fixtures/files';
import { addNote, canvas, createBoard, createExercise, createWorkshop, expectAllSaved } from './fixtures/flows';

/** What the page's elementFromPoint returns, as far as these tests read it (the project is typed for Node). */
interface PageElement {
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
}

/** A point on the empty canvas, to the right of where new notes appear. */
async function spotOnCanvas(page: Page, dx = 150, dy = 50) {
  const stage = (await canvas(page).boundingBox())!;
  return { x: Math.round(stage.x + stage.width / 2 + dx), y: Math.round(stage.y + stage.height / 2 + dy) };
}

/** The natural width of a picture once it has loaded (0 while loading or when broken). */
const naturalWidth = (picture: Locator) =>
  picture.evaluate((element) => {
    // Runs in the page; the test project is typed for Node, so name the two fields it reads.
    const img = element as unknown as { complete: boolean; naturalWidth: number };
    return img.complete ? img.naturalWidth : 0;
  });

test('images: a PNG dropped on the canvas is kept in the local store, survives a restart, and undo takes it back', async ({ page, minga }) => {
  await createExercise(page, { title: 'Barrio Nuevo' });
  await createWorkshop(page, 'Taller de cartografía');
  await createBoard(page, 'Mapa del barrio');

  const at = await spotOnCanvas(page);
  expect(await dropFiles(page, [pngFile('plano-del-barrio.png', 40, 30)], at)).toEqual({ accepted: true, taken: true });
  const image = page.getByRole('group', { name: 'Imagen: plano-del-barrio.png' });
  await expect(image).toBeVisible();
  await expect(page.getByText('Elemento agregado: Imagen.')).toBeAttached();
  // It lands where it was dropped (centred on the point, within the 10 px grid).
  const box = (await image.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThanOrEqual(6);
  expect(Math.abs(box.y + box.height / 2 - at.y)).toBeLessThanOrEqual(6);
  const picture = image.getByRole('img', { name: 'plano-del-barrio.png' });
  await expect.poll(() => naturalWidth(picture)).toBe(40);

  await page.keyboard.press('Control+z');
  await expect(image).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(image).toBeVisible();
  await expectAllSaved(page);

  // The dropped File is gone with the page: after a restart the picture can only come from the store.
  await minga.restart();
  await page.goto(`${minga.url}${new URL(page.url()).hash}`);
  await expect(image).toBeVisible();
  await expect.poll(() => naturalWidth(picture)).toBe(40);
  const source = (await picture.getAttribute('src'))!;
  expect(source).toMatch(/^blob:/);
  expect(source).not.toContain('plano-del-barrio');
});

test('images: added from the toolbar; a file that is not an image is refused and a disguised one is reported', async ({ page }) => {
  await createExercise(page, { title: 'Plaza de mercado' });
  await createWorkshop(page, 'Taller con vendedores');
  await createBoard(page, 'Fotos del recorrido');
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Agregar imagen' }).click();
  await (await chooser).setFiles(pngFile('foto-del-taller.png', 60, 45));
  const photo = page.getByRole('group', { name: 'Imagen: foto-del-taller.png' });
  await expect(photo).toBeVisible();
  await expect.poll(() => naturalWidth(photo.getByRole('img', { name: 'foto-del-taller.png' }))).toBe(60);

  // A text file and a picture dropped together: the page takes the drop (the browser does not
  // open the file), only the picture becomes an element.
  const minutes: FilePayload = { name: 'acta.txt', mimeType: 'text/plain', buffer: Buffer.from('Acta del taller con vendedores') };
  expect(await dropFiles(page, [minutes, pngFile('croquis.png', 30, 30)], await spotOnCanvas(page, -250, 100))).toEqual({ accepted: true, taken: true });
  await expect(page.getByRole('group', { name: 'Imagen: croquis.png' })).toBeVisible();
  // Said on screen, not only to screen readers; dismissed before the next drop, as the notice sits over the board.
  const refused = page.getByRole('status').filter({ hasText: 'Un archivo no es una imagen y no se agregó (se admiten PNG, JPEG, WebP y GIF).' });
  await expect(refused).toBeVisible();
  await refused.getByRole('button', { name: 'Descartar aviso' }).first().click();
  await expect(refused).toHaveCount(0);
  expect(await dropFiles(page, [minutes], await spotOnCanvas(page, 250, 100))).toEqual({ accepted: true, taken: true });
  // A text file named and typed as a PNG: the store checks the bytes and refuses it.
  const disguised: FilePayload = { name: 'falsa.png', mimeType: 'image/png', buffer: Buffer.from('no soy una imagen') };
  expect(await dropFiles(page, [disguised], await spotOnCanvas(page, 250, -100))).toEqual({ accepted: true, taken: true });
  await expect(page.getByText('No se pudo agregar la imagen.')).toBeAttached();

  await expect(canvas(page).getByRole('group', { name: /^Imagen/ })).toHaveCount(2);
  await expect(page.getByRole('group', { name: /acta|falsa/ })).toHaveCount(0);
  expect(errors).toEqual([]);
  // Nothing was left half-done: the last undo step is still the picture dropped with the text file.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: 'Imagen: croquis.png' })).toHaveCount(0);
  await expect(photo).toBeVisible();
  await expectAllSaved(page);
});

test('lock: a locked note cannot be nudged, dragged or deleted until it is unlocked; locking undoes and redoes', async ({ page }) => {
  await createExercise(page, { title: 'Transporte escolar' });
  await createWorkshop(page, 'Taller con rectores');
  await createBoard(page, 'Rutas');
  await addNote(page, 'Parada de bus');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('Shift+ArrowDown');
  await addNote(page, 'Kiosco');

  // Positions relative to the other note: dragging a locked note may pan the view, never move it.
  const stop = page.getByRole('group', { name: /Parada de bus/ });
  const kiosk = page.getByRole('group', { name: /Kiosco/ });
  const offset = async () => {
    const [a, b] = [(await kiosk.boundingBox())!, (await stop.boundingBox())!];
    return [Math.round(a.x - b.x), Math.round(a.y - b.y)];
  };
  // React Flow starts a drag where the pointer passes its 3 px threshold: grab, pass it, then move.
  const drag = async (dx: number, dy: number) => {
    const box = (await kiosk.boundingBox())!;
    const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 5, grab.y);
    await page.mouse.move(grab.x + 5 + dx, grab.y + dy, { steps: 6 });
    await page.mouse.up();
  };
  const start = await offset();

  const locked = page.getByRole('group', { name: 'Nota amarilla: Kiosco (bloqueado)', exact: true });
  const unlocked = page.getByRole('group', { name: 'Nota amarilla: Kiosco', exact: true });
  await page.keyboard.press('Control+Shift+L');
  await expect(locked).toBeVisible();
  await expect(page.getByText('Selección bloqueada.')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Desbloquear', exact: true })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(unlocked).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bloquear', exact: true })).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(locked).toBeVisible();

  await locked.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Eliminar selección' }).click();
  await drag(100, 60);
  expect(await offset()).toEqual(start);

  // Unlocking finds it where it was; had any of the above moved or deleted it, these would fail.
  await page.getByRole('button', { name: 'Desbloquear', exact: true }).click();
  await expect(unlocked).toBeVisible();
  await expect(page.getByText('Selección desbloqueada.')).toBeAttached();
  expect(await offset()).toEqual(start);

  await drag(100, 60);
  await expect.poll(offset).toEqual([start[0]! + 100, start[1]! + 60]);
  await unlocked.click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(offset).toEqual([start[0]! + 110, start[1]! + 60]);
  await page.keyboard.press('Delete');
  await expect(kiosk).toHaveCount(0);
  await expect(stop).toBeVisible();
  await expectAllSaved(page);
});

test('layers: bring to front and send to back, from the toolbar and the keyboard, kept after a reload', async ({ page }) => {
  await createExercise(page, { title: 'Parque lineal' });
  await createWorkshop(page, 'Taller con vecinos');
  await createBoard(page, 'Mobiliario');
  await addNote(page, 'Árbol');
  await addNote(page, 'Banca');
  // Both appear in the middle of the view; move Banca so the two overlap only in part.
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');

  const tree = page.getByRole('group', { name: 'Nota amarilla: Árbol' });
  const bench = page.getByRole('group', { name: 'Nota amarilla: Banca' });
  /** The name of the element a person sees in the middle of the overlap. */
  const onTop = async () => {
    const [a, b] = [(await tree.boundingBox())!, (await bench.boundingBox())!];
    const left = Math.max(a.x, b.x);
    const right = Math.min(a.x + a.width, b.x + b.width);
    const top = Math.max(a.y, b.y);
    const bottom = Math.min(a.y + a.height, b.y + b.height);
    expect(right - left).toBeGreaterThan(40);
    expect(bottom - top).toBeGreaterThan(40);
    return page.evaluate(({ x, y }) => {
      const { document } = globalThis as unknown as { document: { elementFromPoint(x: number, y: number): PageElement | null } };
      return document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('aria-label');
    }, { x: (left + right) / 2, y: (top + bottom) / 2 });
  };
  await expect.poll(onTop).toBe('Nota amarilla: Banca');

  // Select each note by a corner the other does not cover.
  await tree.click({ position: { x: 15, y: 15 } });
  await page.getByRole('button', { name: 'Traer al frente' }).click();
  await expect.poll(onTop).toBe('Nota amarilla: Árbol');
  await expect(page.getByText('Orden de las capas cambiado.')).toBeAttached();

  const benchBox = (await bench.boundingBox())!;
  await bench.click({ position: { x: benchBox.width - 15, y: benchBox.height - 15 } });
  await page.keyboard.press('Control+Shift+BracketRight');
  await expect.poll(onTop).toBe('Nota amarilla: Banca');
  await page.keyboard.press('Control+Shift+BracketLeft');
  await expect.poll(onTop).toBe('Nota amarilla: Árbol');
  await page.keyboard.press('Control+BracketRight');
  await expect.poll(onTop).toBe('Nota amarilla: Banca');
  await page.getByRole('button', { name: 'Enviar al fondo' }).click();
  await expect.poll(onTop).toBe('Nota amarilla: Árbol');
  await page.keyboard.press('Control+z');
  await expect.poll(onTop).toBe('Nota amarilla: Banca');
  await page.keyboard.press('Control+y');
  await expect.poll(onTop).toBe('Nota amarilla: Árbol');
  await expectAllSaved(page);

  await page.reload();
  await expect(tree).toBeVisible();
  await expect(bench).toBeVisible();
  await expect.poll(onTop).toBe('Nota amarilla: Árbol');
});
