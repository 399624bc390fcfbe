import type { AppHandlers } from '../../shared/contract';
import type { ReportAttendance, ReportIndicator } from '../../shared/contract/reports';
import { readContributions, readIndicators } from '../../shared/documents/exerciseResults';
import { readExercise } from '../../shared/documents/exerciseDoc';
import { readBoardHeader } from '../../shared/documents/boardDoc';
import { readWorkshop } from '../../shared/documents/workshopDoc';
import { BoardKind } from '../../shared/domain/board';
import { ApiError } from '../../shared/domain/errors';
import { indicatorStatus, type Indicator } from '../../shared/domain/indicator';
import { totalsByCurrency } from '../../shared/domain/money';
import { sectors, type Participant, type Sector, type Workshop } from '../../shared/domain/workshop';
import type { Session, StoreContext } from './context';
import { exerciseDoc } from './exerciseEdit';
import { reportBoard } from './reportBoard';

type Handlers = Pick<AppHandlers<Session>, 'workshopReport' | 'exerciseReport'>;

/**
 * Attendance as a report may print it (Ley 1581 de 2012): everyone is counted by sector, but
 * only those who consented to the processing of their data are named. The filtering happens
 * here, in the core, so a non-consenting participant's name never leaves it for a report.
 */
export function reportAttendance(participants: readonly Participant[]): ReportAttendance {
  const counts = new Map<Sector, number>();
  for (const participant of participants) counts.set(participant.sector, (counts.get(participant.sector) ?? 0) + 1);
  const consenting = participants.filter((participant) => participant.consent);
  return {
    total: participants.length,
    bySector: sectors.filter((sector) => counts.has(sector)).map((sector) => ({ sector, count: counts.get(sector)! })),
    consenting: consenting.map(({ name, organisation, sector }) => ({ name, organisation, sector })),
    withoutConsent: participants.length - consenting.length,
  };
}

export function reportIndicator(indicator: Indicator): ReportIndicator {
  const { id, title, unit, baseline } = indicator;
  return { id, title, unit, baseline, ...indicatorStatus(indicator) };
}

export function reportHandlers(context: () => StoreContext): Handlers {
  const workshopOf = (store: StoreContext, id: string): Workshop => {
    if (store.documents.kindOf(id) !== 'workshop') throw new ApiError('not_found', `No workshop ${id}.`);
    return readWorkshop(store.documents.get(id).doc, id);
  };

  /** The workshop's boards outside the trash, in the order they were made. */
  const boardsOf = (store: StoreContext, workshopId: string) =>
    store.db
      .prepare<[string], { id: string; title: string; kind: string }>('SELECT id, title, kind FROM boards WHERE workshop_id = ? AND deleted_at IS NULL')
      .all(workshopId)
      .map((row) => {
        const doc = store.documents.get(row.id).doc;
        const kind = BoardKind.safeParse(row.kind);
        return { doc, createdAt: readBoardHeader(doc).createdAt, summary: { id: row.id, title: row.title, kind: kind.success ? kind.data : 'blank' as const } };
      })
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.summary.title.localeCompare(b.summary.title));

  return {
    workshopReport({ id }) {
      const store = context();
      store.projector.flush();
      const workshop = workshopOf(store, id);
      const doc = exerciseDoc(store, workshop.exerciseId);
      const exercise = readExercise(doc, workshop.exerciseId);
      const { title, date, municipality, department, modality, objective, plannedMinutes, startTime } = workshop;
      return {
        generatedAt: store.now(),
        exercise: { id: exercise.id, title: exercise.title, leadEntity: exercise.leadEntity },
        workshop: { id, title, date, municipality, department, modality, objective, plannedMinutes, startTime },
        facilitators: exercise.team,
        agenda: workshop.agenda,
        attendance: reportAttendance(workshop.participants),
        boards: boardsOf(store, id).map((board) => reportBoard(board.doc, board.summary)),
        decisions: workshop.decisions,
        indicators: readIndicators(doc).map(reportIndicator),
      };
    },
    exerciseReport({ id }) {
      const store = context();
      store.projector.flush();
      const doc = exerciseDoc(store, id);
      const { archived: _archived, createdAt: _createdAt, updatedAt: _updatedAt, ...exercise } = readExercise(doc, id);
      const contributions = readContributions(doc);
      const countBoards = store.db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM boards WHERE workshop_id = ? AND deleted_at IS NULL');
      const workshopIds = store.db
        .prepare<[string], { id: string }>('SELECT id FROM workshops WHERE exercise_id = ? ORDER BY date, title')
        .all(id)
        .map((row) => row.id)
        .filter((workshopId) => store.documents.kindOf(workshopId) === 'workshop');
      return {
        generatedAt: store.now(),
        exercise,
        contributions: { count: contributions.length, totals: totalsByCurrency(contributions) },
        indicators: readIndicators(doc).map(reportIndicator),
        workshops: workshopIds.map((workshopId) => {
          const workshop = workshopOf(store, workshopId);
          const attendance = reportAttendance(workshop.participants);
          return {
            id: workshopId,
            title: workshop.title,
            date: workshop.date,
            municipality: workshop.municipality,
            department: workshop.department,
            participants: attendance.total,
            bySector: attendance.bySector,
            decisions: workshop.decisions,
            boardCount: countBoards.get(workshopId)?.count ?? 0,
          };
        }),
      };
    },
  };
}
