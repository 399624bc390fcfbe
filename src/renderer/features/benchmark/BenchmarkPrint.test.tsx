import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, addCriterion, setEvidence, setScore } from '../../../shared/documents/benchmark';
import { benchmark } from '../../i18n/catalog/benchmark';
import { validation } from '../../i18n/catalog/validation';
import { readBenchmark } from '../../../shared/documents/benchmark';
import { benchmarkResults } from '../../../shared/methods/benchmark/results';
import { BenchmarkPrint } from './BenchmarkPrint';
import { chartBars } from './ResultsChart';

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

  it('gives the chart one bar per scored case, in rank order, incomplete ones marked', () => {
    const t = i18next.getFixedT('es-CO', 'benchmark');
    const doc = workedExample();
    const bars = chartBars(benchmarkResults(readBenchmark(doc)), t, 'es-CO');
    // 3,90 first, the tied 3,80s next (rank 2 each), Nesta's provisional 2,00 last and incomplete.
    expect(bars.map((bar) => [bar.score, bar.complete])).toEqual([[3.9, true], [3.8, true], [3.8, true], [2, false]]);
    expect(bars[0]).toMatchObject({ label: '1. Laboratorio de Gobierno', value: '3,90 · 78%' });
    expect(bars.slice(1).filter((bar) => bar.label.startsWith('2. ')).length).toBe(2);
    expect(bars[3]!.label).toContain('Nesta');
  });

  it('says so when the matrix is empty', () => {
    expect(renderToStaticMarkup(<BenchmarkPrint doc={new Y.Doc()} exerciseId="e" data={undefined} />)).toContain('La matriz está vacía');
  });
});
