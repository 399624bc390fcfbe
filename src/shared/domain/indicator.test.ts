import { describe, expect, it } from 'vitest';
import { IndicatorFields, finalTarget, indicatorStatus, latestActual, progressTowards } from './indicator';
import { comparePeriods, Period, periodRange } from './period';

describe('periods', () => {
  it('knows years, halves, quarters, months, days and ranges', () => {
    expect(periodRange('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodRange('2026-h2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodRange('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange('2026-04-15')).toEqual({ start: '2026-04-15', end: '2026-04-15' });
    expect(periodRange('2026-01-15/2026-07-31')).toEqual({ start: '2026-01-15', end: '2026-07-31' });
    for (const bad of ['26', '2026-H3', '2026-Q5', '2026-13', '2026-02-30', '2026-07-31/2026-01-15', 'mañana', '2026/2027/2028']) {
      expect(periodRange(bad), bad).toBeUndefined();
    }
    expect(Period.parse(' 2026-h1 ')).toBe('2026-H1');
    expect(['2026', '2026-Q1', '2025', '2026-H1'].sort(comparePeriods)).toEqual(['2025', '2026-Q1', '2026-H1', '2026']);
  });
});

describe('progress', () => {
  it('follows worked examples, rising and falling', () => {
    // Entities with a digital service: baseline 20, target 50, actual 32 → 40 %.
    expect(progressTowards(20, 50, 32)).toBeCloseTo(0.4);
    // Days to answer a request: baseline 30, target 10, actual 25 → 25 %.
    expect(progressTowards(30, 10, 25)).toBeCloseTo(0.25);
    expect(progressTowards(0, 100, 100)).toBe(1);
  });

  it('clamps the wrong way to 0 and beyond the target to 1, and gives up without a way to go', () => {
    expect(progressTowards(20, 50, 10)).toBe(0);
    expect(progressTowards(20, 50, 80)).toBe(1);
    expect(progressTowards(30, 10, 40)).toBe(0);
    expect(progressTowards(5, 5, 7)).toBeUndefined();
    expect(progressTowards(0, 10, Number.NaN)).toBeUndefined();
  });

  it('measures the latest actual against the final target', () => {
    const indicator = {
      baseline: { value: 20, date: '2026-01-15' },
      targets: [{ period: '2027', value: 50 }, { period: '2026-H2', value: 35 }],
      actuals: [{ period: '2026-H2', value: 32, recordedAt: 'b' }, { period: '2026-Q1', value: 22, recordedAt: 'a' }],
    };
    expect(latestActual(indicator.actuals)?.period).toBe('2026-H2');
    expect(finalTarget(indicator.targets)?.period).toBe('2027');
    expect(indicatorStatus(indicator)).toEqual({ latest: { period: '2026-H2', value: 32 }, target: { period: '2027', value: 50 }, progress: expect.closeTo(0.4) });
    expect(indicatorStatus({ ...indicator, actuals: [] })).toEqual({ target: { period: '2027', value: 50 } });
  });
});

describe('IndicatorFields', () => {
  const valid = { title: 'Entidades con servicio digital', unit: 'entidades', baseline: { value: 20, date: '2026-03-01' }, targets: [{ period: '2026', value: 35 }] };

  it('accepts a target whose period reaches past the baseline date', () => {
    expect(IndicatorFields.parse(valid).targets).toEqual([{ period: '2026', value: 35 }]);
  });

  it('refuses an empty title, a target period before the baseline, a repeated period and a bad period', () => {
    const issues = (input: unknown) => IndicatorFields.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ ...valid, title: '  ' })).toEqual([['title', 'validation.required']]);
    expect(issues({ ...valid, targets: [{ period: '2025-H2', value: 30 }] })).toEqual([['targets.0.period', 'validation.periodBeforeBaseline']]);
    expect(issues({ ...valid, targets: [{ period: '2026', value: 30 }, { period: '2026', value: 31 }] })).toEqual([['targets.1.period', 'validation.duplicatePeriod']]);
    expect(issues({ ...valid, targets: [{ period: 'pronto', value: 30 }] })).toEqual([['targets.0.period', 'validation.invalidPeriod']]);
    expect(issues({ ...valid, baseline: { value: Number.NaN, date: '' } })).toEqual([['baseline.value', 'validation.invalidNumber']]);
  });
});
