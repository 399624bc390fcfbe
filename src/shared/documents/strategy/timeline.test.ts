import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDay } from './calendar';
import { examplePlan } from './examplePlan';
import { readStrategyPlan } from './plan';
import { buildTimeline, initiativeSpan, monthTicks, timelineBounds } from './timeline';

describe('strategic plan timeline', () => {
  it('counts an initiative inclusively, from its first day to the day after its last', () => {
    // 15 January to 31 March 2026: 17 + 28 + 31 = 76 days.
    const span = initiativeSpan({ start: '2026-01-15', end: '2026-03-31' })!;
    expect(span.to - span.from).toBe(76);
    // A one-day initiative is one day long; one ending before it starts has no bar.
    const oneDay = initiativeSpan({ start: '2026-05-05', end: '2026-05-05' })!;
    expect(oneDay.to - oneDay.from).toBe(1);
    expect(initiativeSpan({ start: '2026-05-05', end: '2026-05-04' })).toBeUndefined();
    expect(initiativeSpan({ start: '', end: '2026-05-04' })).toBeUndefined();
  });

  it('bounds the plan with whole months around its dates, without stretching to today', () => {
    const plan = readStrategyPlan(examplePlan().doc);
    // Earliest date 2026-01-15, latest the 2026-10-05 milestone.
    const bounds = timelineBounds(plan)!;
    expect(isoFromDay(bounds.start)).toBe('2026-01-01');
    expect(isoFromDay(bounds.end)).toBe('2026-11-01');
    expect(timelineBounds({ initiatives: [], milestones: [] })).toBeUndefined();
  });

  it('places bars and milestones in days from the start (worked example)', () => {
    const timeline = buildTimeline(readStrategyPlan(examplePlan().doc), '2026-05-01')!;
    const rows = Object.fromEntries(timeline.rows.map((row) => [row.code || row.key, row]));
    expect(timeline.rows.map((row) => row.code || row.key)).toEqual(['O1', 'O1.1', 'O1.2', 'O2', 'O2.1', 'unlinked']);
    // Portal: 14 days after 1 January, 76 days long.
    expect(rows['O1.1']).toMatchObject({ offset: 14, length: 76, status: 'done' });
    // Chatbot: 1 March is 31 + 28 = 59 days in; March to June is 31 + 30 + 31 + 30 = 122 days.
    expect(rows['O1.2']).toMatchObject({ offset: 59, length: 122, status: 'in-progress' });
    // O1 spans 15 January to 30 June: to 1 July (181 days in) minus 14 = 167 days.
    expect(rows.O1).toMatchObject({ offset: 14, length: 167, kind: 'objective' });
    // Formación: 10 May is 31 + 28 + 31 + 30 + 9 = 129 days in; 22 + 30 + 31 + 31 + 20 = 134 days long.
    expect(rows['O2.1']).toMatchObject({ offset: 129, length: 134, status: 'not-started' });
    expect(rows.O2).toMatchObject({ offset: 129, length: 134 });
    // Lanzamiento on 1 April: 31 + 28 + 31 = 90 days in, drawn mid-day; Informe on 5 October: 273 + 4 days in.
    const markers = Object.fromEntries(timeline.markers.map((marker) => [marker.name, marker]));
    expect(markers.Lanzamiento).toMatchObject({ offset: 90.5, number: 1 });
    expect(markers.Lanzamiento!.rowKey).toBe(rows['O1.2']!.key);
    expect(markers.Informe).toMatchObject({ offset: 277.5, number: 2, rowKey: 'unlinked' });
    // Today, 1 May, is 120 days in.
    expect(timeline.today).toBe(120.5);
  });

  it('draws no today line when today falls outside the plan', () => {
    expect(buildTimeline(readStrategyPlan(examplePlan().doc), '2027-03-01')!.today).toBeUndefined();
    expect(buildTimeline(readStrategyPlan(examplePlan().doc), '2025-12-31')!.today).toBeUndefined();
  });

  it('labels months, or wider steps aligned on the calendar when the plan is long', () => {
    // January to November 2026: eleven month starts, every month.
    const months = monthTicks({ start: dayNumber('2026-01-01'), end: dayNumber('2026-11-01') }).map(isoFromDay);
    expect(months).toHaveLength(11);
    expect(months[0]).toBe('2026-01-01');
    expect(months.at(-1)).toBe('2026-11-01');
    // 2024 to 2030 is 84 months: every 6 months would be 15 labels, so one per year (8).
    const years = monthTicks({ start: dayNumber('2024-01-01'), end: dayNumber('2031-01-01') }).map(isoFromDay);
    expect(years).toEqual(['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01', '2028-01-01', '2029-01-01', '2030-01-01', '2031-01-01']);
    // February 2026 to March 2027: 14 monthly labels is too many, so every other month from January's rhythm (7).
    const everyOther = monthTicks({ start: dayNumber('2026-02-01'), end: dayNumber('2027-03-01') }).map(isoFromDay);
    expect(everyOther).toEqual(['2026-03-01', '2026-05-01', '2026-07-01', '2026-09-01', '2026-11-01', '2027-01-01', '2027-03-01']);
  });
});
