import type { BoardRow, ExerciseResultRows, ExerciseRow, ProjectionSnapshot, ProjectionStore, WorkshopRow } from '../../projections/rows';
import { contributionFromTable, indicatorFromTable, type ContributionTableRow, type IndicatorTableRow } from '../../projections/tables';
import { groupBy, participantCount } from '../../projections/rows';
import { inTransaction, type Pool } from './database';

/**
 * The projection tables in PostgreSQL. Each put replaces one document's rows in one transaction;
 * two instances projecting the same document at once both write a full picture, the last wins.
 */
export class PostgresProjections implements ProjectionStore {
  constructor(private readonly pool: Pool) {}

  async putExercise(row: ExerciseRow, results: ExerciseResultRows): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(`
        INSERT INTO projected_exercises (id, title, lead_entity, phase, archived, start_date, end_date, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, lead_entity = excluded.lead_entity, phase = excluded.phase,
          archived = excluded.archived, start_date = excluded.start_date, end_date = excluded.end_date,
          created_at = excluded.created_at, updated_at = excluded.updated_at
      `, [row.id, row.title, row.leadEntity, row.phase, row.archived, row.startDate, row.endDate, row.createdAt, row.updatedAt]);
      await client.query('DELETE FROM projected_exercise_sdgs WHERE exercise_id = $1', [row.id]);
      for (const goal of new Set(row.sdgs)) {
        await client.query('INSERT INTO projected_exercise_sdgs (exercise_id, sdg) VALUES ($1, $2)', [row.id, goal]);
      }
      await client.query('DELETE FROM projected_actors WHERE exercise_id = $1', [row.id]);
      for (const actor of row.actors) {
        await client.query(
          'INSERT INTO projected_actors (exercise_id, actor_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [row.id, actor.id, actor.type],
        );
      }
      await client.query('DELETE FROM projected_contributions WHERE exercise_id = $1', [row.id]);
      for (const [position, entry] of results.contributions.entries()) {
        await client.query(`
          INSERT INTO projected_contributions (exercise_id, contribution_id, position, contributor, kind, currency, amount_minor, date)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
        `, [row.id, entry.id, position, entry.contributor, entry.kind, entry.currency, entry.amountMinor, entry.date]);
      }
      await client.query('DELETE FROM projected_indicators WHERE exercise_id = $1', [row.id]);
      for (const [position, entry] of results.indicators.entries()) {
        await client.query(`
          INSERT INTO projected_indicators (exercise_id, indicator_id, position, title, unit, baseline, baseline_date, target, target_period,
            actual, actual_period, source, responsible) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING
        `, [row.id, entry.id, position, entry.title, entry.unit, entry.baseline, entry.baselineDate, entry.target, entry.targetPeriod,
          entry.actual, entry.actualPeriod, entry.source, entry.responsible]);
      }
    });
  }

  async putWorkshop(row: WorkshopRow): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(`
        INSERT INTO projected_workshops (id, exercise_id, title, date, municipality, department, modality, participant_count)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, title = excluded.title, date = excluded.date,
          municipality = excluded.municipality, department = excluded.department, modality = excluded.modality,
          participant_count = excluded.participant_count
      `, [row.id, row.exerciseId, row.title, row.date, row.municipality, row.department, row.modality, participantCount(row)]);
      await client.query('DELETE FROM projected_participants WHERE workshop_id = $1', [row.id]);
      for (const [sector, count] of Object.entries(row.participantsBySector)) {
        if (count > 0) await client.query('INSERT INTO projected_participants (workshop_id, sector, count) VALUES ($1, $2, $3)', [row.id, sector, count]);
      }
    });
  }

  async putBoard(row: BoardRow): Promise<void> {
    await this.pool.query(`
      INSERT INTO projected_boards (id, exercise_id, kind) VALUES ($1, $2, $3)
      ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, kind = excluded.kind
    `, [row.id, row.exerciseId, row.kind]);
  }

  async snapshot(): Promise<ProjectionSnapshot> {
    // REPEATABLE READ: every table read from the same moment while projectors write.
    return inTransaction(this.pool, async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const all = async <T extends object>(sql: string) => (await client.query<T>(sql)).rows;
      const sdgs = groupBy(await all<{ exercise_id: string; sdg: number }>('SELECT exercise_id, sdg FROM projected_exercise_sdgs ORDER BY sdg'), (row) => row.exercise_id);
      const actors = groupBy(await all<{ exercise_id: string; actor_id: string; type: string }>('SELECT * FROM projected_actors ORDER BY actor_id'), (row) => row.exercise_id);
      const sectors = groupBy(await all<{ workshop_id: string; sector: string; count: number }>('SELECT * FROM projected_participants ORDER BY sector'), (row) => row.workshop_id);
      const assignments = groupBy(await all<{ exercise_id: string; user_id: string }>('SELECT exercise_id, user_id FROM exercise_assignments ORDER BY user_id'), (row) => row.exercise_id);
      const exercises = await all<{
        id: string; title: string; lead_entity: string; phase: string; archived: boolean;
        start_date: string; end_date: string; created_at: string; updated_at: string;
      }>('SELECT * FROM projected_exercises ORDER BY title, id');
      const workshops = await all<{
        id: string; exercise_id: string; title: string; date: string; municipality: string; department: string; modality: string;
      }>('SELECT * FROM projected_workshops ORDER BY date, id');
      const boards = await all<{ id: string; exercise_id: string; kind: string }>('SELECT * FROM projected_boards ORDER BY id');
      const indicators = await all<IndicatorTableRow>('SELECT * FROM projected_indicators ORDER BY exercise_id, position');
      const contributions = await all<ContributionTableRow>('SELECT * FROM projected_contributions ORDER BY exercise_id, position');
      const owners = await all<{ id: string; created_by: string | null }>('SELECT id, created_by FROM exercises ORDER BY id');
      return {
        exercises: exercises.map((row) => ({
          id: row.id, title: row.title, leadEntity: row.lead_entity, phase: row.phase, archived: row.archived,
          startDate: row.start_date, endDate: row.end_date, createdAt: row.created_at, updatedAt: row.updated_at,
          sdgs: sdgs(row.id).map((entry) => entry.sdg),
          actors: actors(row.id).map((entry) => ({ id: entry.actor_id, type: entry.type })),
        })),
        workshops: workshops.map((row) => ({
          id: row.id, exerciseId: row.exercise_id, title: row.title, date: row.date, municipality: row.municipality,
          department: row.department, modality: row.modality,
          participantsBySector: Object.fromEntries(sectors(row.id).map((entry) => [entry.sector, entry.count])),
        })),
        boards: boards.map((row) => ({ id: row.id, exerciseId: row.exercise_id, kind: row.kind })),
        indicators: indicators.map(indicatorFromTable),
        contributions: contributions.map(contributionFromTable),
        ownership: owners.map((row) => ({ exerciseId: row.id, createdBy: row.created_by, assignees: assignments(row.id).map((entry) => entry.user_id) })),
      };
    });
  }
}
