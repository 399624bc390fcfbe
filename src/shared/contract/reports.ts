import { z } from 'zod';
import { BoardKind } from '../domain/board';
import { Exercise } from '../domain/exercise';
import { Id } from '../domain/ids';
import { AgendaItem, Decision, Modality, Sector } from '../domain/workshop';
import { procedure } from './procedure';

/**
 * The two printable reports (the workshop's relatoría and the exercise report). The core
 * gathers everything a report shows in one request, so the print view renders in one pass and
 * signals it is ready for the PDF driver. Personal data is filtered in the core: a participant
 * who did not consent reaches the renderer only as a count.
 */

/** Headcount by sector (always printed) and the names of those who consented (only them). */
export const ReportAttendance = z.object({
  total: z.number().int().nonnegative(),
  bySector: z.array(z.object({ sector: Sector, count: z.number().int().positive() })),
  consenting: z.array(z.object({ name: z.string(), organisation: z.string(), sector: Sector })),
  /** How many took part without consenting to the processing of their data: never named. */
  withoutConsent: z.number().int().nonnegative(),
});
export type ReportAttendance = z.infer<typeof ReportAttendance>;

/** An indicator as a report prints it: baseline, final target, latest actual and progress (0–1). */
export const ReportIndicator = z.object({
  id: Id,
  title: z.string(),
  unit: z.string(),
  baseline: z.object({ value: z.number(), date: z.string() }),
  target: z.object({ period: z.string(), value: z.number() }).optional(),
  latest: z.object({ period: z.string(), value: z.number() }).optional(),
  progress: z.number().min(0).max(1).optional(),
});
export type ReportIndicator = z.infer<typeof ReportIndicator>;

export const ReportNote = z.object({ id: z.string(), text: z.string(), votes: z.number().int().nonnegative() });
export type ReportNote = z.infer<typeof ReportNote>;

/**
 * Notes of one template zone or frame, in reading order. `zoneKey` lets the renderer name a
 * template zone in the UI language; a note outside every area falls in a group with kind 'loose'.
 */
export const ReportNoteGroup = z.object({
  kind: z.enum(['zone', 'frame', 'loose']),
  zoneKey: z.string(),
  title: z.string(),
  notes: z.array(ReportNote),
});
export type ReportNoteGroup = z.infer<typeof ReportNoteGroup>;

export const ReportVoting = z.object({
  endedAt: z.number(),
  dotsPerVoter: z.number().int(),
  voterCount: z.number().int().nonnegative(),
  anonymous: z.boolean(),
  ranking: z.array(z.object({ elementId: z.string(), headline: z.string(), votes: z.number().int().nonnegative(), position: z.number().int() })),
});
export type ReportVoting = z.infer<typeof ReportVoting>;

export const ReportBoardData = z.object({
  id: Id,
  title: z.string(),
  kind: BoardKind,
  elementCount: z.number().int().nonnegative(),
  groups: z.array(ReportNoteGroup),
  /** Notes still hidden by private mode: counted, their text not printed. */
  hiddenNotes: z.number().int().nonnegative(),
  /** The last finished dot vote on the board, if any. */
  voting: ReportVoting.nullable(),
});
export type ReportBoardData = z.infer<typeof ReportBoardData>;

const ReportWorkshopHeader = z.object({
  id: Id,
  title: z.string(),
  date: z.string(),
  municipality: z.string(),
  department: z.string(),
  modality: Modality,
  objective: z.string(),
  plannedMinutes: z.number(),
  /** HH:MM or '' (the agenda then shows elapsed times from 0:00). */
  startTime: z.string(),
});

export const WorkshopReport = z.object({
  generatedAt: z.string(),
  exercise: z.object({ id: Id, title: z.string(), leadEntity: z.string() }),
  workshop: ReportWorkshopHeader,
  /** The exercise's team: the workshop records no facilitators of its own. */
  facilitators: z.array(z.string()),
  agenda: z.array(AgendaItem),
  attendance: ReportAttendance,
  boards: z.array(ReportBoardData),
  decisions: z.array(Decision),
  /** The exercise's indicators (a workshop does not link to particular ones). */
  indicators: z.array(ReportIndicator),
});
export type WorkshopReport = z.infer<typeof WorkshopReport>;

export const ExerciseReport = z.object({
  generatedAt: z.string(),
  exercise: Exercise.omit({ archived: true, createdAt: true, updatedAt: true }),
  /** Totals in minor units per currency, never converted into each other. */
  contributions: z.object({ count: z.number().int().nonnegative(), totals: z.object({ COP: z.number().int(), USD: z.number().int() }) }),
  indicators: z.array(ReportIndicator),
  workshops: z.array(
    ReportWorkshopHeader.pick({ id: true, title: true, date: true, municipality: true, department: true }).extend({
      participants: z.number().int().nonnegative(),
      bySector: ReportAttendance.shape.bySector,
      decisions: z.array(Decision),
      boardCount: z.number().int().nonnegative(),
    }),
  ),
});
export type ExerciseReport = z.infer<typeof ExerciseReport>;

export const reportsContract = {
  workshopReport: procedure(z.object({ id: Id }), WorkshopReport),
  exerciseReport: procedure(z.object({ id: Id }), ExerciseReport),
};
