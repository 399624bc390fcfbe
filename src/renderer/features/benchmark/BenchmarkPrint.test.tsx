import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, addCriterion, setEvidence, setScore } from '../../../shared/documents/benchmark';
import { benchmark } from '../../i18n/catalog/benchmark';
import { validation } from '../../i18n/catalog/validation';
import { BenchmarkPrint } from './BenchmarkPrint';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'es-CO',
    ns: ['benchmark', 'validation'],
    resources: { 'es-CO': { benchmark: benchmark['es-CO'], validation: validation['es-CO'] } },
    interpolation: { escapeValue: false },
  });
});

const idOf = (result: { id: string } | { refused: string }) => ('id' in result ? result.id : '');

/** The worked example of docs/methods/benchmark.md, plus a fourth case scored on one criterion. */
function workedExample(): Y.Doc {
  const doc = new Y.Doc();
  const criteria = (
    [['Cobertura', 50], ['Costo', 30], ['Sostenibilidad', 20]] as const
  ).map(([name, weight]) => idOf(addCriterion(doc, { name, weight })));
  const cases: [string, number[]][] = [['Laboratorio de Gobierno', [4, 3, 5]], ['GDS', [5, 3, 2]], ['MindLab', [3, 5, 4]], ['Nesta', [2]]];
  for (const [organisation, scores] of cases) {
    const id = idOf(addCase(doc, { organisation, country: '', source: organisation === 'GDS' ? 'https://www.gov.uk/' : '', description: '' }));
    scores.forEach((score, index) => setScore(doc, id, criteria[index]!, score));
    if (organisation === 'MindLab') setEvidence(doc, id, criteria[1]!, 'Costo por usuario publicado');
  }
  return doc;
}

describe('BenchmarkPrint', () => {
  // Server rendering runs no effects: what it draws is what the PDF driver gets on the first paint.
  const markup = () => renderToStaticMarkup(<BenchmarkPrint doc={workedExample()} exerciseId="e" data={undefined} />);

  it('draws the totals, ranks (with the tie) and the incomplete case in one pass', () => {
    const html = markup();
    // (200 + 90 + 100) / 100 = 3,90 → 78 %; the two 3,80 share rank 2; Nesta 2 on Cobertura only.
    expect(html).toContain('1. Laboratorio de Gobierno: 3,90 (78%)');
    expect(html).toContain('2. GDS: 3,80 (76%)');
    expect(html).toContain('2. MindLab: 3,80 (76%)');
    expect(html).toContain('Nesta: 2,00 (40%), incompleto');
    expect(html).toContain('Incompleto (1 de 3 criterios)');
    expect(html).toContain('https://www.gov.uk/');
    expect(html).toContain('Costo por usuario publicado');
  });

  it('draws the chart’s bars without waiting for an effect or an animation', () => {
    const html = markup();
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Gráfico de barras: puntaje ponderado por caso, de mayor a menor\. 1\. Laboratorio de Gobierno: 3,90 \(78%\)/);
    expect(html.match(/class="benchmark-print__bar"/g)?.length).toBe(4);
    // Bars on a 0–5 axis 384 px wide (680 − 200 − 96): 3.9 → 3.9 / 5 × 384 = 299.52 px, 3.8 → 291.84;
    // Nesta, 2 on one criterion → 153.6, outlined and dashed.
    expect(html).toContain('width="299.52"');
    expect(html.match(/width="291.84"/g)?.length).toBe(2);
    expect(html).toMatch(/width="153.6"[^>]*fill="#ffffff"[^>]*stroke-dasharray="6 4"/);
    expect(html).toContain('3,90 · 78%');
  });

  it('says so when the matrix is empty', () => {
    expect(renderToStaticMarkup(<BenchmarkPrint doc={new Y.Doc()} exerciseId="e" data={undefined} />)).toContain('La matriz está vacía');
  });
});
