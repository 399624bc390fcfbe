import { z } from 'zod';
import { Phase } from '../../shared/domain/exercise';
import { progressTowards } from '../../shared/domain/indicator';
import { addTotals, totalsByCurrency, type MoneyTotals } from '../../shared/domain/money';
import { exerciseAccess, type Principal } from '../access';
import type { Role } from '../roles';
import { participantCount, type ExerciseRow, type IndicatorRow, type ProjectionSnapshot, type WorkshopRow } from '../projections/rows';

/** Empty form fields mean "any": the dashboard's filter form submits every field. */
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

export const languages = ['es-CO', 'en'] as const;
export type Language = (typeof languages)[number];

export const PortfolioQuery = z.strictObject({
  department: z.preprocess(blankAsMissing, z.string().trim().min(1).max(100).optional()),
  sdg: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(17).optional()),
  phase: z.preprocess(blankAsMissing, Phase.optional()),
  facilitator: z.preprocess(blankAsMissing, z.string().trim().min(1).max(254).optional()),
  lang: z.preprocess(blankAsMissing, z.enum(languages).default('es-CO')),
});
export type PortfolioQuery = z.infer<typeof PortfolioQuery>;

export interface ExerciseSummary {
  id: string;
  title: string;
  leadEntity: string;
  phase: string;
  archived: boolean;
  sdgs: number[];
  departments: string[];
  facilitators: string[];
  startDate: string;
  endDate: string;
  workshops: number;
  participants: number;
  actors: number;
  boards: number;
  /** Per currency, in integer minor units (centavos, cents); never converted into one another. */
  contributions: MoneyTotals;
  indicators: number;
}

/** The figures the centre reports, over the exercises shown. */
export interface PortfolioTotals {
  entitiesAccompanied: number;
  actorsLinked: number;
  exercises: number;
  workshops: number;
  participants: number;
  participantsBySector: Record<string, number>;
  /** Per currency, in integer minor units, added exactly. */
  contributions: MoneyTotals;
}

export interface Portfolio {
  totals: PortfolioTotals;
  exercises: ExerciseSummary[];
  /** What the filter form offers, from the exercises this user may see (never anyone else's). */
  options: { departments: string[]; facilitators: string[] };
}

export interface PortfolioUser { id: string; email: string; role: Role }

const sameText = (left: string, right: string) => left.trim().localeCompare(right.trim(), 'es', { sensitivity: 'accent' }) === 0;
const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b, 'es'));

/**
 * The portfolio as one user may see it: coordinators and admins everything, facilitators the
 * exercises they created or were assigned, observers those assigned to them — the same rule
 * (`exerciseAccess`) that decides who may sync a document. Filters then narrow the list, and the
 * totals are computed over what is listed, so a filtered CSV and its totals agree.
 */
export function buildPortfolio(snapshot: ProjectionSnapshot, users: PortfolioUser[], viewer: Principal, query: Omit<PortfolioQuery, 'lang'>): Portfolio {
  const visible = visibleExercises(snapshot, users, viewer);
  const matching = visible.filter(({ exercise, workshops, facilitators }) =>
    (query.department === undefined || workshops.some((workshop) => sameText(workshop.department, query.department!)))
    && (query.sdg === undefined || exercise.sdgs.includes(query.sdg))
    && (query.phase === undefined || exercise.phase === query.phase)
    && (query.facilitator === undefined || facilitators.some((email) => sameText(email, query.facilitator!))));
  const summaries = matching.map(({ exercise, workshops, facilitators }) => summarise(snapshot, exercise, workshops, facilitators));
  const participantsBySector: Record<string, number> = {};
  for (const { workshops } of matching) {
    for (const workshop of workshops) {
      for (const [sector, count] of Object.entries(workshop.participantsBySector)) participantsBySector[sector] = (participantsBySector[sector] ?? 0) + count;
    }
  }
  const sum = (pick: (summary: ExerciseSummary) => number) => summaries.reduce((total, summary) => total + pick(summary), 0);
  return {
    totals: {
      // An entity is counted once however many exercises it leads, whatever its capitalisation.
      entitiesAccompanied: new Set(summaries.map((summary) => summary.leadEntity.trim().toLocaleLowerCase('es')).filter(Boolean)).size,
      actorsLinked: sum((summary) => summary.actors),
      exercises: summaries.length,
      workshops: sum((summary) => summary.workshops),
      participants: sum((summary) => summary.participants),
      participantsBySector,
      contributions: addTotals(summaries.map((summary) => summary.contributions)),
    },
    exercises: summaries,
    options: {
      departments: sorted(visible.flatMap(({ workshops }) => workshops.map((workshop) => workshop.department.trim()))),
      facilitators: sorted(visible.flatMap(({ facilitators }) => facilitators)),
    },
  };
}

interface VisibleExercise { exercise: ExerciseRow; workshops: WorkshopRow[]; facilitators: string[] }

function visibleExercises(snapshot: ProjectionSnapshot, users: PortfolioUser[], viewer: Principal): VisibleExercise[] {
  const byId = new Map(users.map((user) => [user.id, user]));
  const ownership = new Map(snapshot.ownership.map((entry) => [entry.exerciseId, entry]));
  return snapshot.exercises.flatMap((exercise) => {
    const owner = ownership.get(exercise.id);
    // A projected exercise always has an ownership row (its document was claimed); if not, only
    // the roles that see everything may see it.
    const access = owner
      ? exerciseAccess(viewer, owner, owner.assignees.includes(viewer.id))
      : viewer.role === 'admin' || viewer.role === 'coordinator' ? 'read' : 'none';
    if (access === 'none') return [];
    // The facilitator of an exercise: whoever created it, and the facilitators assigned to it.
    const facilitatorIds = [owner?.createdBy, ...(owner?.assignees ?? []).filter((id) => byId.get(id)?.role === 'facilitator')];
    const facilitators = sorted(facilitatorIds.flatMap((id) => (id && byId.get(id) ? [byId.get(id)!.email] : [])));
    return [{ exercise, workshops: snapshot.workshops.filter((workshop) => workshop.exerciseId === exercise.id), facilitators }];
  });
}

function summarise(snapshot: ProjectionSnapshot, exercise: ExerciseRow, workshops: WorkshopRow[], facilitators: string[]): ExerciseSummary {
  const contributions = snapshot.contributions.filter((entry) => entry.exerciseId === exercise.id);
  return {
    id: exercise.id, title: exercise.title, leadEntity: exercise.leadEntity, phase: exercise.phase, archived: exercise.archived,
    sdgs: exercise.sdgs,
    departments: sorted(workshops.map((workshop) => workshop.department.trim())),
    facilitators, startDate: exercise.startDate, endDate: exercise.endDate,
    workshops: workshops.length,
    participants: workshops.reduce((total, workshop) => total + participantCount(workshop), 0),
    actors: exercise.actors.length,
    boards: snapshot.boards.filter((board) => board.exerciseId === exercise.id).length,
    contributions: totalsByCurrency(contributions),
    indicators: snapshot.indicators.filter((indicator) => indicator.exerciseId === exercise.id).length,
  };
}

/** An indicator with its progress from baseline to final target (0 to 1), null when there is none. */
export function withProgress(indicator: IndicatorRow): IndicatorRow & { progress: number | null } {
  const progress = indicator.target === null || indicator.actual === null ? undefined : progressTowards(indicator.baseline, indicator.target, indicator.actual);
  return { ...indicator, progress: progress ?? null };
}

/** One exercise with its workshops, boards by kind and indicators; undefined when not visible. */
export function exerciseDetail(snapshot: ProjectionSnapshot, users: PortfolioUser[], viewer: Principal, id: string) {
  const visible = visibleExercises(snapshot, users, viewer).find((entry) => entry.exercise.id === id);
  if (!visible) return undefined;
  const boardsByKind: Record<string, number> = {};
  for (const board of snapshot.boards) if (board.exerciseId === id) boardsByKind[board.kind] = (boardsByKind[board.kind] ?? 0) + 1;
  const actorsByType: Record<string, number> = {};
  for (const actor of visible.exercise.actors) actorsByType[actor.type] = (actorsByType[actor.type] ?? 0) + 1;
  return {
    exercise: summarise(snapshot, visible.exercise, visible.workshops, visible.facilitators),
    workshops: visible.workshops.map((workshop) => ({ ...workshop, participants: participantCount(workshop) })),
    boardsByKind,
    actorsByType,
    indicators: snapshot.indicators.filter((indicator) => indicator.exerciseId === id).map(withProgress),
    contributions: snapshot.contributions.filter((entry) => entry.exerciseId === id),
  };
}
export type ExerciseDetail = NonNullable<ReturnType<typeof exerciseDetail>>;
