import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/domain/errors';
import { engineForEachTest } from '../testing/engineForEachTest';

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (error as ApiError).code);
const issuesOf = (promise: Promise<unknown>) => promise.then(() => [], (error: unknown) => (error as ApiError).issues ?? []);

describe('contributions and indicators service', () => {
  const fixture = engineForEachTest();

  it('adds, edits and removes contributions in the exercise', async () => {
    const api = fixture.running.client();
    const { id: exerciseId } = await api.createExercise({ title: 'Turismo en la Sierra Nevada' });
    await api.addContribution({ exerciseId, fields: { contributor: 'Gobernación del Magdalena', amountMinor: 5_000_000_00, currency: 'COP' } });
    let list = await api.addContribution({ exerciseId, fields: { contributor: 'PNUD', kind: 'in_kind', amountMinor: 12_000_00, currency: 'USD', date: '2026-04-01' } });
    expect(list.map((entry) => [entry.contributor, entry.kind, entry.currency, entry.amountMinor])).toEqual([
      ['Gobernación del Magdalena', 'cash', 'COP', 500_000_000], ['PNUD', 'in_kind', 'USD', 1_200_000],
    ]);
    list = await api.updateContribution({ exerciseId, contributionId: list[0]!.id, fields: { ...list[0]!, amountMinor: 7 } });
    expect(list[0]!.amountMinor).toBe(7);
    list = await api.removeContribution({ exerciseId, contributionId: list[1]!.id });
    expect(await fixture.running.client().listContributions({ exerciseId })).toEqual(list);
    expect(list).toHaveLength(1);
  });

  it('refuses negative amounts, empty titles and periods before the baseline', async () => {
    const api = fixture.running.client();
    const { id: exerciseId } = await api.createExercise({ title: 'Reto' });
    expect(await issuesOf(api.addContribution({ exerciseId, fields: { contributor: 'X', amountMinor: -100, currency: 'COP' } })))
      .toEqual([{ path: 'fields.amountMinor', key: 'validation.amountPositive' }]);
    expect(await codeOf(api.addContribution({ exerciseId, fields: { contributor: 'X', amountMinor: 1.5, currency: 'COP' } }))).toBe('invalid_input');
    expect(await issuesOf(api.addIndicator({ exerciseId, fields: { title: ' ', baseline: { value: 0, date: '' } } })))
      .toEqual([{ path: 'fields.title', key: 'validation.required' }]);
    const fields = { title: 'Entidades', baseline: { value: 20, date: '2026-03-01' }, targets: [{ period: '2025', value: 40 }] };
    expect(await issuesOf(api.addIndicator({ exerciseId, fields }))).toEqual([{ path: 'fields.targets.0.period', key: 'validation.periodBeforeBaseline' }]);
    const [indicator] = await api.addIndicator({ exerciseId, fields: { ...fields, targets: [{ period: '2026', value: 40 }] } });
    expect(await issuesOf(api.recordActual({ exerciseId, indicatorId: indicator!.id, actual: { period: '2026-01', value: 21 } })))
      .toEqual([{ path: 'period', key: 'validation.periodBeforeBaseline' }]);
    const missing = '00000000-0000-4000-8000-000000000001';
    expect(await codeOf(api.listIndicators({ exerciseId: missing }))).toBe('not_found');
    expect(await codeOf(api.recordActual({ exerciseId, indicatorId: missing, actual: { period: '2026', value: 1 } }))).toBe('not_found');
  });

  it('records actuals per period and keeps them through an indicator edit', async () => {
    const api = fixture.running.client();
    const { id: exerciseId } = await api.createExercise({ title: 'Reto' });
    const [created] = await api.addIndicator({ exerciseId, fields: { title: 'Entidades', unit: 'entidades', baseline: { value: 20, date: '2026-01-15' }, targets: [{ period: '2026', value: 50 }] } });
    const indicatorId = created!.id;
    await api.recordActual({ exerciseId, indicatorId, actual: { period: '2026-q1', value: 24 } });
    let [indicator] = await api.recordActual({ exerciseId, indicatorId, actual: { period: '2026-H1', value: 32 } });
    expect(indicator!.actuals.map((actual) => [actual.period, actual.value])).toEqual([['2026-Q1', 24], ['2026-H1', 32]]);
    [indicator] = await api.updateIndicator({ exerciseId, indicatorId, fields: { ...indicator!, title: 'Entidades acompañadas' } });
    expect(indicator).toMatchObject({ title: 'Entidades acompañadas', actuals: [{ period: '2026-Q1' }, { period: '2026-H1' }] });
    [indicator] = await api.removeActual({ exerciseId, indicatorId, period: '2026-Q1' });
    expect(indicator!.actuals).toHaveLength(1);
    expect(await api.removeIndicator({ exerciseId, indicatorId })).toEqual([]);
  });
});
