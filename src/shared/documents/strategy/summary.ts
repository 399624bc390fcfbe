import { daysBetween } from './calendar';
import { strategyStatuses, type Initiative, type Milestone, type StrategyPlan, type StrategyStatus } from './plan';

/**
 * The plan's state at a glance. Conventions: a cancelled initiative no longer counts towards
 * progress (it is neither done nor pending), so the share done is done ÷ (all − cancelled); an
 * initiative is overdue when its end date is before today and it is neither done nor cancelled.
 */
export interface PlanSummary {
  total: number;
  counts: Record<StrategyStatus, number>;
  done: number;
  /** Initiatives that count towards progress: all but the cancelled ones. */
  counted: number;
  /** done ÷ counted, from 0 to 1; 0 when nothing counts. */
  doneShare: number;
  /** Overdue initiatives, the most days late first. */
  overdue: { initiative: Initiative; daysLate: number }[];
  /** Pending milestones from today on, soonest first (at most `nextCount`). */
  nextMilestones: Milestone[];
  /** Pending milestones whose date has passed. */
  lateMilestones: Milestone[];
}

export function isOverdue(initiative: Pick<Initiative, 'end' | 'status'>, today: string): boolean {
  return initiative.status !== 'done' && initiative.status !== 'cancelled' && daysBetween(initiative.end, today) > 0;
}

export function summarizePlan(plan: Pick<StrategyPlan, 'initiatives' | 'milestones'>, today: string, nextCount = 3): PlanSummary {
  const counts = Object.fromEntries(strategyStatuses.map((status) => [status, 0])) as Record<StrategyStatus, number>;
  plan.initiatives.forEach((initiative) => (counts[initiative.status] += 1));
  const total = plan.initiatives.length;
  const counted = total - counts.cancelled;
  const overdue = plan.initiatives
    .filter((initiative) => isOverdue(initiative, today))
    .map((initiative) => ({ initiative, daysLate: daysBetween(initiative.end, today) }))
    .sort((a, b) => b.daysLate - a.daysLate);
  const pending = plan.milestones.filter((milestone) => !milestone.done && Number.isFinite(daysBetween(milestone.date, today)));
  return {
    total,
    counts,
    done: counts.done,
    counted,
    doneShare: counted > 0 ? counts.done / counted : 0,
    overdue,
    nextMilestones: pending.filter((milestone) => milestone.date >= today).slice(0, nextCount),
    lateMilestones: pending.filter((milestone) => milestone.date < today),
  };
}
