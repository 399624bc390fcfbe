import { dayNumber, monthIndex, monthStartAfter } from './calendar';
import type { Initiative, StrategyPlan, StrategyStatus } from './plan';

/**
 * The Gantt-style timeline as plain numbers, for any chart to draw. Positions are whole days
 * counted from the timeline's first day; an initiative's end date is inclusive (1 to 31 March
 * is 31 days long), a milestone sits in the middle of its day.
 */
export interface TimelineBounds {
  /** Day number (see calendar.ts) of the first day shown: the first of a month. */
  start: number;
  /** Day number of the first day after the timeline: the first of the month after the last date. */
  end: number;
}

export interface GanttRow {
  /** `objective:<id>`, `initiative:<id>` or `unlinked` (the row of milestones tied to nothing). */
  key: string;
  kind: 'objective' | 'initiative' | 'unlinked';
  code: string;
  name: string;
  /** Initiatives only. */
  status?: StrategyStatus;
  /** Days from the timeline's start to the bar's start; 0 with `length` 0 when there is no bar. */
  offset: number;
  length: number;
}

export interface MilestoneMarker {
  id: string;
  number: number;
  name: string;
  date: string;
  done: boolean;
  rowKey: string;
  /** Days from the timeline's start to the middle of the milestone's day. */
  offset: number;
}

export interface Timeline {
  bounds: TimelineBounds;
  rows: GanttRow[];
  markers: MilestoneMarker[];
  /** Month starts (day numbers) to label the axis with, at most `maxTicks` of them. */
  ticks: number[];
  /** Days from the start to the middle of today, or undefined when today is outside the timeline. */
  today?: number;
}

/** An initiative's first day and the day after its last, or undefined when its dates are unusable. */
export function initiativeSpan(initiative: Pick<Initiative, 'start' | 'end'>): { from: number; to: number } | undefined {
  const from = dayNumber(initiative.start);
  const to = dayNumber(initiative.end) + 1;
  return Number.isFinite(from) && Number.isFinite(to) && to > from ? { from, to } : undefined;
}

/**
 * Whole months around every dated initiative and milestone; undefined when nothing has a date.
 * Today does not widen the timeline: a plan for 2030 is drawn at the scale of its own years.
 */
export function timelineBounds(plan: Pick<StrategyPlan, 'initiatives' | 'milestones'>): TimelineBounds | undefined {
  const days: number[] = [];
  plan.initiatives.forEach((initiative) => {
    const span = initiativeSpan(initiative);
    if (span) days.push(span.from, span.to - 1);
  });
  plan.milestones.forEach((milestone) => days.push(dayNumber(milestone.date)));
  const dated = days.filter(Number.isFinite);
  if (dated.length === 0) return undefined;
  return { start: monthStartAfter(Math.min(...dated)), end: monthStartAfter(Math.max(...dated), 1) };
}

const tickSteps = [1, 2, 3, 6, 12, 24, 60, 120];

/** Month starts from the first to the last bound, every 1, 2, 3, 6, 12… months, aligned on the calendar (quarters start in January). */
export function monthTicks(bounds: TimelineBounds, maxTicks = 13): number[] {
  const first = monthIndex(bounds.start);
  const last = monthIndex(bounds.end);
  const step = tickSteps.find((candidate) => Math.floor(last / candidate) - Math.ceil(first / candidate) + 1 <= maxTicks) ?? tickSteps.at(-1)!;
  const ticks: number[] = [];
  for (let month = Math.ceil(first / step) * step; month <= last; month += step) ticks.push(monthStartAfter(0, month));
  return ticks;
}

/** Rows in plan order: each objective (its bar spans its initiatives), then its initiatives. */
export function buildTimeline(plan: StrategyPlan, today: string): Timeline | undefined {
  const bounds = timelineBounds(plan);
  if (!bounds) return undefined;
  const bar = (from: number, to: number) => ({ offset: from - bounds.start, length: to - from });
  const rows: GanttRow[] = [];
  const initiativeRow = (initiative: Initiative): GanttRow => {
    const span = initiativeSpan(initiative);
    return {
      key: `initiative:${initiative.id}`,
      kind: 'initiative',
      code: initiative.code,
      name: initiative.name,
      status: initiative.status,
      ...(span ? bar(span.from, span.to) : { offset: 0, length: 0 }),
    };
  };
  plan.objectives.forEach((objective) => {
    const members = plan.initiatives.filter((initiative) => initiative.placed && initiative.objectiveId === objective.id);
    const spans = members.map(initiativeSpan).filter((span) => span !== undefined);
    const extent = spans.length ? bar(Math.min(...spans.map((span) => span.from)), Math.max(...spans.map((span) => span.to))) : { offset: 0, length: 0 };
    rows.push({ key: `objective:${objective.id}`, kind: 'objective', code: objective.code, name: objective.title, ...extent });
    members.forEach((initiative) => rows.push(initiativeRow(initiative)));
  });
  plan.initiatives.filter((initiative) => !initiative.placed).forEach((initiative) => rows.push(initiativeRow(initiative)));

  const markers: MilestoneMarker[] = plan.milestones
    .filter((milestone) => Number.isFinite(dayNumber(milestone.date)))
    .map((milestone) => ({
      id: milestone.id,
      number: milestone.number,
      name: milestone.name,
      date: milestone.date,
      done: milestone.done,
      rowKey: milestone.link ? `${milestone.link.kind}:${milestone.link.id}` : 'unlinked',
      offset: dayNumber(milestone.date) - bounds.start + 0.5,
    }));
  if (markers.some((marker) => marker.rowKey === 'unlinked')) rows.push({ key: 'unlinked', kind: 'unlinked', code: '', name: '', offset: 0, length: 0 });

  const todayDay = dayNumber(today);
  const inside = todayDay >= bounds.start && todayDay < bounds.end;
  return { bounds, rows, markers, ticks: monthTicks(bounds), ...(inside ? { today: todayDay - bounds.start + 0.5 } : {}) };
}
