import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/minga';
import { createBoard, createExercise, createWorkshop, expectAllSaved } from './fixtures/flows';

// A projector-sized window: the matrix, its totals and the chart side by side.
test.use({ viewport: { width: 1600, height: 1000 } });

/** A method tool's board opens on its tool tab, so the canvas's timer is not there to wait for. */
async function createBenchmarkBoard(page: Page, title: string) {
  await createBoard(page, title, 'Benchmarking');
  await expect(page.getByRole('heading', { level: 2, name: 'Matriz de benchmarking' })).toBeVisible();
}

async function addCriterion(page: Page, name: string, weight: string) {
  const form = page.getByRole('form', { name: 'Agregar criterio' });
  await form.getByLabel('Nombre del criterio').fill(name);
  await form.getByLabel('Peso del criterio').fill(weight);
  await form.getByRole('button', { name: 'Agregar criterio' }).click();
}

async function addCase(page: Page, organisation: string, country: string, source = '') {
  const form = page.getByRole('form', { name: 'Agregar caso' });
  await form.getByLabel('Organización del caso').fill(organisation);
  await form.getByLabel('País del caso').fill(country);
  await form.getByLabel('Enlace a la fuente').fill(source);
  await form.getByRole('button', { name: 'Agregar caso' }).click();
}

/** The 1–5 select of one cell, named the way a screen reader says it. */
function score(page: Page, organisation: string, criterion: string) {
  return page.getByRole('combobox', { name: `Puntaje de «${organisation}» en «${criterion}»` });
}

const lab = 'Laboratorio de Gobierno';
const gds = 'Government Digital Service';
const mindlab = 'MindLab';

test('benchmarking: weighted totals, ranks with a tie, a refused weight, undo of a score, and the printed matrix with its chart', async ({ page }) => {
  await createExercise(page, { title: 'Trámites digitales' });
  await createWorkshop(page, 'Taller de referenciación');
  await createBenchmarkBoard(page, 'Referentes internacionales');

  // A negative weight is refused with its message, and nothing is added.
  await addCriterion(page, 'Cobertura', '-2');
  const weight = page.getByRole('form', { name: 'Agregar criterio' }).getByLabel('Peso del criterio');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(weight).toHaveAccessibleDescription(/El peso debe ser un número mayor que cero y hasta 1\.000, con máximo dos decimales\./);
  await expect(page.getByText('Aún no hay criterios.', { exact: false })).toBeVisible();

  // Weights 50 / 30 / 20: shares 50%, 30%, 20%.
  await addCriterion(page, 'Cobertura', '50');
  await addCriterion(page, 'Costo', '30');
  await addCriterion(page, 'Sostenibilidad', '25');
  await page.getByRole('button', { name: 'Editar criterio «Sostenibilidad»' }).click();
  const edit = page.getByRole('form', { name: 'Editar criterio «Sostenibilidad»' });
  await edit.getByLabel('Peso del criterio').fill('20');
  await edit.getByRole('button', { name: 'Guardar criterio' }).click();
  const criteria = page.getByRole('region', { name: 'Criterios' });
  await expect(criteria.getByRole('row', { name: /Cobertura/ })).toContainText('50%');
  await expect(criteria.getByRole('row', { name: /Costo/ })).toContainText('30%');
  await expect(criteria.getByText('Peso total: 100')).toBeVisible();
  await expect(criteria.getByRole('row', { name: /Sostenibilidad/ })).toContainText('20%');

  // A source that is not a web page is refused; a real one becomes an external link.
  await addCase(page, lab, 'Chile', 'javascript:alert(1)');
  await expect(page.getByText('Escribe un enlace completo que empiece por http:// o https://.')).toBeVisible();
  await page.getByRole('form', { name: 'Agregar caso' }).getByLabel('Enlace a la fuente').fill('https://www.lab.gob.cl/');
  await page.getByRole('form', { name: 'Agregar caso' }).getByRole('button', { name: 'Agregar caso' }).click();
  await expect(page.getByRole('link', { name: /fuente de «Laboratorio de Gobierno»/ })).toHaveAttribute('href', 'https://www.lab.gob.cl/');
  await addCase(page, gds, 'Reino Unido');
  await addCase(page, mindlab, 'Dinamarca');

  // Hand computation (Σ w·s / Σ w, then ÷ 5 for the percentage):
  //   Laboratorio 4, 3, 5 → (200 + 90 + 100) / 100 = 3,90 → 78%, rank 1
  //   GDS         5, 3, 2 → (250 + 90 + 40) / 100 = 3,80 → 76%, rank 2
  //   MindLab     3, 5, 4 → (150 + 150 + 80) / 100 = 3,80 → 76%, rank 2 (a tie)
  const matrix = page.getByRole('table', { name: /Puntajes de 1 a 5/ });
  const table: [string, string[]][] = [[lab, ['4', '3', '5']], [gds, ['5', '3', '2']], [mindlab, ['3', '5', '4']]];
  for (const [organisation, values] of table) {
    for (const [index, criterion] of ['Cobertura', 'Costo', 'Sostenibilidad'].entries()) {
      if (organisation === mindlab && index === 2) {
        // Before its last score MindLab is incomplete: (150 + 150) / 80 = 3,75 provisional, no rank.
        const row = matrix.getByRole('row', { name: new RegExp(mindlab) });
        await expect(row).toContainText('3,75');
        await expect(row).toContainText('Incompleto');
        await expect(row).toContainText('2 de 3 criterios');
      }
      await score(page, organisation, criterion).selectOption(values[index]!);
    }
  }
  await expect(matrix.getByRole('row', { name: new RegExp(lab) })).toContainText('3,90');
  await expect(matrix.getByRole('row', { name: new RegExp(lab) })).toContainText('78%');
  await expect(matrix.getByRole('row', { name: new RegExp(mindlab) })).toContainText('empate');
  const ranking = page.getByRole('list', { name: 'Clasificación' }).getByRole('listitem');
  await expect(ranking).toHaveCount(3);
  await expect(ranking.nth(0)).toHaveText('1. Laboratorio de Gobierno: 3,90 (78%)');
  await expect(ranking.nth(1)).toContainText('2. Government Digital Service: 3,80 (76%)');
  await expect(ranking.nth(2)).toContainText('2. MindLab: 3,80 (76%)');
  await expect(ranking.nth(2)).toContainText('empate');
  await expect(page.getByRole('img', { name: /Gráfico de barras: puntaje ponderado por caso/ })).toBeVisible();

  // Edits within half a second join one undo step (the board's rule); this one stands alone.
  await page.waitForTimeout(600);
  // Laboratorio's coverage down to 2: (100 + 90 + 100) / 100 = 2,90 → 58%, rank 3 behind the tie.
  await score(page, lab, 'Cobertura').selectOption('2');
  await expect(ranking.nth(0)).toContainText('1. Government Digital Service: 3,80 (76%)');
  await expect(ranking.nth(2)).toHaveText('3. Laboratorio de Gobierno: 2,90 (58%)');
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(score(page, lab, 'Cobertura')).toHaveValue('4');
  await expect(ranking.nth(0)).toHaveText('1. Laboratorio de Gobierno: 3,90 (78%)');

  // The evidence behind a score.
  await page.getByRole('button', { name: 'Evidencia de «Laboratorio de Gobierno» en «Cobertura»' }).click();
  await page.getByLabel('Por qué este puntaje').fill('Atiende a 16 regiones (informe anual 2024)');
  await page.getByRole('button', { name: 'Guardar evidencia' }).click();
  await expect(page.getByRole('button', { name: 'Evidencia de «Laboratorio de Gobierno» en «Cobertura» (anotada)' })).toBeFocused();
  await expectAllSaved(page);

  // The board's print view starts with the matrix: its numbers, the ranking and a drawn chart.
  const boardId = /#\/boards\/([^/?]+)/.exec(page.url())?.[1];
  expect(boardId).toBeTruthy();
  await page.goto(page.url().replace(/#.*$/, `#/print/board/${boardId}`));
  await page.waitForFunction(() => (globalThis as { __mingaPrintReady?: boolean }).__mingaPrintReady === true);
  const printed = page.locator('.method-print');
  await expect(printed.getByRole('row', { name: new RegExp(lab) }).first()).toBeVisible();
  await expect(printed).toContainText('1. Laboratorio de Gobierno: 3,90 (78%)');
  await expect(printed).toContainText('2. MindLab: 3,80 (76%)');
  await expect(printed).toContainText('https://www.lab.gob.cl/');
  await expect(printed).toContainText('Atiende a 16 regiones (informe anual 2024)');
  const chart = printed.getByRole('img', { name: /Gráfico de barras: puntaje ponderado por caso/ });
  await expect(chart).toBeVisible();
  // Drawn by recharts at a fixed size: one bar per case, with its value written beside it.
  await expect(chart.locator('svg .recharts-bar-rectangle')).toHaveCount(3);
  await expect(chart.locator('svg')).toContainText('3,90 · 78%');
});
