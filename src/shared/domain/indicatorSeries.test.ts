import { describe, expect, it } from 'vitest';
import { indicatorSeries, meanProgress, progressBars, toPercent } from './indicatorSeries';

// Formalised tourism providers: baseline 20 on 2026-03-01, targets 35 (2026-H2) and 50 (2027),
// actual 32 in 2026-H2.
const providers = {
  id: 'a', title: 'Prestadores formalizados',
  baseline: { value: 20, date: '2026-03-01' },
  targets: [{ period: '2027', value: 50 }, { period: '2026-H2', value: 35 }],
  actuals: [{ period: '2026-H2', value: 32, recordedAt: '2026-12-20' }],
};
// Days to answer a request: should fall from 30 to 10; actual 25 in 2026 → (25 − 30) / (10 − 30) = 25 %.
const days = {
  id: 'b', title: 'Días de respuesta',
  baseline: { value: 30, date: '2026-01-01' },
  targets: [{ period: '2026', value: 10 }],
  actuals: [{ period: '2026', value: 25, recordedAt: '2026-12-31' }],
};
const noActual = { id: 'c', title: 'Sin medir', baseline: { value: 0, date: '' }, targets: [{ period: '2026', value: 5 }], actuals: [] };

describe('indicator series', () => {
  it('starts both lines at the baseline and lists the periods in order', () => {
    // 2026-H2: (32 − 20) / (35 − 20) = 12 / 15 = 80 % of that period's target.
    expect(indicatorSeries(providers)).toEqual([
      { period: '', target: 20, actual: 20 },
      { period: '2026-H2', target: 35, actual: 32, periodProgress: expect.closeTo(0.8) },
      { period: '2027', target: 50 },
    ]);
  });

  it('keeps a period with only an actual, and gives no period progress without a target', () => {
    const series = indicatorSeries({ ...providers, actuals: [...providers.actuals, { period: '2026-Q1', value: 21, recordedAt: '' }] });
    expect(series.map((point) => point.period)).toEqual(['', '2026-Q1', '2026-H2', '2027']);
    expect(series[1]).toEqual({ period: '2026-Q1', actual: 21 });
  });
});

describe('progress bars', () => {
  it('gives each indicator its progress to the final target in whole percent', () => {
    // Providers: (32 − 20) / (50 − 20) = 12 / 30 = 40 %. Days: 25 %. No actual: no figure.
    expect(progressBars([providers, days, noActual])).toEqual([
      { id: 'a', title: 'Prestadores formalizados', percent: 40 },
      { id: 'b', title: 'Días de respuesta', percent: 25 },
      { id: 'c', title: 'Sin medir' },
    ]);
  });

  it('averages only the indicators with a figure', () => {
    // (40 + 25) / 2 = 32.5 → 33 (half up).
    expect(meanProgress(progressBars([providers, days, noActual]))).toBe(33);
    expect(meanProgress(progressBars([noActual]))).toBeUndefined();
  });

  it('rounds progress to whole percent', () => {
    expect(toPercent(0.404)).toBe(40);
    expect(toPercent(2 / 3)).toBe(67);
    // Baseline 0, target 200, actual 57: 57 / 200 = 0.285, which Intl prints as 29 %; the plain
    // float product is 28.499999999999996 and would round to 28.
    expect(toPercent(57 / 200)).toBe(29);
    expect(new Intl.NumberFormat('es-CO', { style: 'percent' }).format(57 / 200).replace(/\s/g, '')).toBe('29%');
    expect(toPercent(undefined)).toBeUndefined();
  });
});
