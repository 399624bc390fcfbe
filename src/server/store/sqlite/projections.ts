import type { Db } from '../../../core/store/database';
import type { BoardRow, ExerciseResultRows, ExerciseRow, ProjectionSnapshot, ProjectionStore, WorkshopRow } from '../../projections/rows';
import { contributionFromTable, indicatorFromTable, type ContributionTableRow, type IndicatorTableRow } from '../../projections/tables';
import { groupBy, participantCount } from '../../projections/rows';

interface ExerciseTableRow {
  id: string; title: string; lead_entity: string; phase: string; archived: number;
  start_date: string; end_date: string; created_at: string; updated_at: string;
}
interface WorkshopTableRow {
  id: string; exercise_id: string; title: string; date: string; municipality: string; department: string; modality: string;
}

/** The projection tables in SQLite; each put is one transaction, so a reader never sees half a document. */
export class SqliteProjections implements ProjectionStore {
  constructor(private readonly db: Db) {}

  async putExercise(row: ExerciseRow, results: ExerciseResultRows): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare(`
        INSERT INTO projected_exercises (id, title, lead_entity, phase, archived, start_date, end_date, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, lead_entity = excluded.lead_entity, phase = excluded.phase,
          archived = excluded.archived, start_date = excluded.start_date, end_date = excluded.end_date,
          created_at = excluded.created_at, updated_at = excluded.updated_at
      `).run(row.id, row.title, row.leadEntity, row.phase, row.archived ? 1 : 0, row.startDate, row.endDate, row.createdAt, row.updatedAt);
      this.db.prepare('DELETE FROM projected_exercise_sdgs WHERE exercise_id = ?').run(row.id);
      const sdg = this.db.prepare('INSERT OR IGNORE INTO projected_exercise_sdgs (exercise_id, sdg) VALUES (?, ?)');
      for (const goal of row.sdgs) sdg.run(row.id, goal);
      this.db.prepare('DELETE FROM projected_actors WHERE exercise_id = ?').run(row.id);
      const actor = this.db.prepare('INSERT OR IGNORE INTO projected_actors (exercise_id, actor_id, type) VALUES (?, ?, ?)');
      for (const entry of row.actors) actor.run(row.id, entry.id, entry.type);
      this.db.prepare('DELETE FROM projected_contributions WHERE exercise_id = ?').run(row.id);
      const contribution = this.db.prepare(`
        INSERT OR IGNORE INTO projected_contributions (exercise_id, contribution_id, position, contributor, kind, currency, amount_minor, date)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
      results.contributions.forEach((entry, position) =>
        contribution.run(row.id, entry.id, position, entry.contributor, entry.kind, entry.currency, entry.amountMinor, entry.date));
      this.db.prepare('DELETE FROM projected_indicators WHERE exercise_id = ?').run(row.id);
      const indicator = this.db.prepare(`
        INSERT OR IGNORE INTO projected_indicators (exercise_id, indicator_id, position, title, unit, baseline, baseline_date, target, target_period,
          actual, actual_period, source, responsible) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      results.indicators.forEach((entry, position) => indicator.run(
        row.id, entry.id, position, entry.title, entry.unit, entry.baseline, entry.baselineDate, entry.target, entry.targetPeriod,
        entry.actual, entry.actualPeriod, entry.source, entry.responsible,
      ));
    })();
  }

  async putWorkshop(row: WorkshopRow): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare(`
        INSERT INTO projected_workshops (id, exercise_id, title, date, municipality, department, modality, participant_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, title = excluded.title, date = excluded.date,
          municipality = excluded.municipality, department = excluded.department, modality = excluded.modality,
          participant_count = excluded.participant_count
      `).run(row.id, row.exerciseId, row.title, row.date, row.municipality, row.department, row.modality, participantCount(row));
      this.db.prepare('DELETE FROM projected_participants WHERE workshop_id = ?').run(row.id);
      const sector = this.db.prepare('INSERT INTO projected_participants (workshop_id, sector, count) VALUES (?, ?, ?)');
      for (const [name, count] of Object.entries(row.participantsBySector)) if (count > 0) sector.run(row.id, name, count);
    })();
  }

  async putBoard(row: BoardRow): Promise<void> {
    this.db.prepare(`
      INSERT INTO projected_boards (id, exercise_id, kind) VALUES (?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, kind = excluded.kind
    `).run(row.id, row.exerciseId, row.kind);
  }

  async snapshot(): Promise<ProjectionSnapshot> {
    // One read transaction: a consistent picture while the projector writes.
    return this.db.transaction(() => {
      const all = <T>(sql: string) => this.db.prepare<[], T>(sql).all();
      const sdgs = groupBy(all<{ exercise_id: string; sdg: number }>('SELECT exercise_id, sdg FROM projected_exercise_sdgs ORDER BY sdg'), (row) => row.exercise_id);
      const actors = groupBy(all<{ exercise_id: string; actor_id: string; type: string }>('SELECT * FROM projected_actors ORDER BY actor_id'), (row) => row.exercise_id);
      const sectors = groupBy(all<{ workshop_id: string; sector: string; count: number }>('SELECT * FROM projected_participants ORDER BY sector'), (row) => row.workshop_id);
      const assignments = groupBy(all<{ exercise_id: string; user_id: string }>('SELECT exercise_id, user_id FROM exercise_assignments ORDER BY user_id'), (row) => row.exercise_id);
      return {
        exercises: all<ExerciseTableRow>('SELECT * FROM projected_exercises ORDER BY title, id').map((row) => ({
          id: row.id, title: row.title, leadEntity: row.lead_entity, phase: row.phase, archived: row.archived === 1,
          startDate: row.start_date, endDate: row.end_date, createdAt: row.created_at, updatedAt: row.updated_at,
          sdgs: sdgs(row.id).map((entry) => entry.sdg),
          actors: actors(row.id).map((entry) => ({ id: entry.actor_id, type: entry.type })),
        })),
        workshops: all<WorkshopTableRow>('SELECT * FROM projected_workshops ORDER BY date, id').map((row) => ({
          id: row.id, exerciseId: row.exercise_id, title: row.title, date: row.date, municipality: row.municipality,
          department: row.department, modality: row.modality,
          participantsBySector: Object.fromEntries(sectors(row.id).map((entry) => [entry.sector, entry.count])),
        })),
        boards: all<{ id: string; exercise_id: string; kind: string }>('SELECT * FROM projected_boards ORDER BY id')
          .map((row) => ({ id: row.id, exerciseId: row.exercise_id, kind: row.kind })),
        indicators: all<IndicatorTableRow>('SELECT * FROM projected_indicators ORDER BY exercise_id, position').map(indicatorFromTable),
        contributions: all<ContributionTableRow>('SELECT * FROM projected_contributions ORDER BY exercise_id, position').map(contributionFromTable),
        ownership: all<{ id: string; created_by: string | null }>('SELECT id, created_by FROM exercises ORDER BY id').map((row) => ({
          exerciseId: row.id, createdBy: row.created_by,
          assignees: assignments(row.id).map((entry) => entry.user_id),
        })),
      };
    })();
  }
}
