import type { Currency } from '../../shared/domain/money';

/**
 * The rows the hub projects from synced documents, for the dashboard and CSV downloads. They are
 * derived data: the Yjs documents stay the truth and `rebuildProjections` writes every row again.
 *
 * Personal data minimisation (Ley 1581 de 2012): a workshop's participants reach the hub inside
 * its document, with names, emails and consent, because the facilitators need them there. The
 * projections keep only counts per sector, and actors only by id and type (an actor may be a
 * named person). A portfolio report needs no more, and tables that every coordinator reads and
 * that end up in spreadsheets should not hold personal data they do not need.
 */

export interface ExerciseRow {
  id: string;
  title: string;
  leadEntity: string;
  phase: string;
  archived: boolean;
  startDate: string;
  endDate: string;
  createdAt: string;
  updatedAt: string;
  sdgs: number[];
  actors: { id: string; type: string }[];
}

export interface WorkshopRow {
  id: string;
  exerciseId: string;
  title: string;
  date: string;
  municipality: string;
  department: string;
  modality: string;
  /** Participants counted per sector; the total is their sum. */
  participantsBySector: Record<string, number>;
}

export interface BoardRow {
  id: string;
  exerciseId: string;
  kind: string;
}

/**
 * An indicator as the dashboard shows it: baseline, the final target and the latest actual (see
 * `indicatorStatus` in src/shared/domain/indicator.ts); progress is computed when read, from these.
 */
export interface IndicatorRow {
  exerciseId: string;
  id: string;
  title: string;
  unit: string;
  baseline: number;
  baselineDate: string;
  target: number | null;
  targetPeriod: string;
  actual: number | null;
  actualPeriod: string;
  source: string;
  responsible: string;
}

/** A contribution in integer minor units of its own currency; COP and USD are never converted. */
export interface ContributionRow {
  exerciseId: string;
  id: string;
  contributor: string;
  kind: string;
  currency: Currency;
  amountMinor: number;
  date: string;
}

/** What an exercise document holds besides its fields; replaced together with the exercise row. */
export interface ExerciseResultRows {
  contributions: ContributionRow[];
  indicators: IndicatorRow[];
}

/** Who created an exercise and who is assigned to it, with their emails (the facilitator filter). */
export interface ExerciseOwnership {
  exerciseId: string;
  createdBy: string | null;
  assignees: string[];
}

/** Everything projected, read at once: a central office has hundreds of exercises, not millions. */
export interface ProjectionSnapshot {
  exercises: ExerciseRow[];
  workshops: WorkshopRow[];
  boards: BoardRow[];
  indicators: IndicatorRow[];
  contributions: ContributionRow[];
  ownership: ExerciseOwnership[];
}

/** The projection tables, on SQLite or PostgreSQL. Each put replaces the row(s) of one document. */
export interface ProjectionStore {
  putExercise(row: ExerciseRow, results: ExerciseResultRows): Promise<void>;
  putWorkshop(row: WorkshopRow): Promise<void>;
  putBoard(row: BoardRow): Promise<void>;
  snapshot(): Promise<ProjectionSnapshot>;
}

export const participantCount = (workshop: WorkshopRow): number =>
  Object.values(workshop.participantsBySector).reduce((sum, count) => sum + count, 0);

/** Rows grouped by a key, for assembling a snapshot from its tables in one pass. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): (id: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return (id) => groups.get(id) ?? [];
}
