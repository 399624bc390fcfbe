import { describe, expect, it } from 'vitest';
import { setInitiativeStatus, setMilestoneDone } from './edits';
import { examplePlan } from './examplePlan';
import { readStrategyPlan } from './plan';
import { isOverdue, summarizePlan } from './summary';

describe('strategic plan summary', () => {
  it('counts statuses and the share done (worked example: 1 of 3 done = 33 %)', () => {
    const summary = summarizePlan(readStrategyPlan(examplePlan().doc), '2026-05-01');
    expect(summary.total).toBe(3);
    expect(summary.counts).toEqual({ 'not-started': 1, 'in-progress': 1, 'at-risk': 0, done: 1, cancelled: 0 });
    expect(summary.doneShare).toBeCloseTo(1 / 3, 10);
    expect(summary.overdue).toEqual([]);
  });

  it('leaves cancelled initiatives out of progress and out of the overdue list', () => {
    const { doc, training, chatbot } = examplePlan();
    setInitiativeStatus(doc, training, 'cancelled');
    // 2026-12-01: both the chatbot (ended 30 June) and the cancelled training (20 September) are past.
    const summary = summarizePlan(readStrategyPlan(doc), '2026-12-01');
    // 1 done of the 2 that still count: 50 %.
    expect(summary.counted).toBe(2);
    expect(summary.doneShare).toBe(0.5);
    expect(summary.overdue.map(({ initiative }) => initiative.id)).toEqual([chatbot]);
  });

  it('calls an initiative overdue from the day after its end date, unless done', () => {
    const chatbot = { end: '2026-06-30', status: 'in-progress' as const };
    expect(isOverdue(chatbot, '2026-06-30')).toBe(false);
    expect(isOverdue(chatbot, '2026-07-01')).toBe(true);
    expect(isOverdue({ ...chatbot, status: 'done' }, '2027-01-01')).toBe(false);
    // 5 July is 5 days after 30 June.
    const summary = summarizePlan(readStrategyPlan(examplePlan().doc), '2026-07-05');
    expect(summary.overdue.map(({ initiative, daysLate }) => [initiative.name, daysLate])).toEqual([['Chatbot', 5]]);
  });

  it('lists the next pending milestones and the late ones', () => {
    const { doc, launch } = examplePlan();
    const onMay = summarizePlan(readStrategyPlan(doc), '2026-05-01');
    expect(onMay.nextMilestones.map((milestone) => milestone.name)).toEqual(['Informe']);
    expect(onMay.lateMilestones.map((milestone) => milestone.name)).toEqual(['Lanzamiento']);
    setMilestoneDone(doc, launch, true);
    const onMarch = summarizePlan(readStrategyPlan(doc), '2026-03-01');
    expect(onMarch.nextMilestones.map((milestone) => milestone.name)).toEqual(['Informe']);
    expect(onMarch.lateMilestones).toEqual([]);
  });

  it('shows 0 % rather than dividing by zero on an empty plan', () => {
    expect(summarizePlan({ initiatives: [], milestones: [] }, '2026-05-01').doneShare).toBe(0);
  });
});
