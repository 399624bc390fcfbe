import { randomUUID } from 'node:crypto';
import type { Role } from '../../roles';
import { DuplicateEmailError, type AccountStore, type UserRecord } from '../types';
import { inTransaction, iso, type Pool } from './database';

interface UserRow {
  id: string;
  email: string;
  role: Role;
  password_hash: string;
  disabled_at: Date | null;
  created_at: Date;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash,
  disabledAt: iso(row.disabled_at), createdAt: iso(row.created_at)!,
});

/** Accounts in PostgreSQL; emails are unique by lower(email), as SQLite's NOCASE does. */
export class PostgresAccounts implements AccountStore {
  constructor(private readonly pool: Pool, private readonly now: () => Date = () => new Date()) {}

  async addUser(input: { email: string; role: Role; passwordHash: string }): Promise<UserRecord> {
    try {
      const { rows } = await this.pool.query<UserRow>(
        'INSERT INTO users (id, email, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [randomUUID(), input.email, input.role, input.passwordHash, this.now()],
      );
      return toUser(rows[0]!);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new DuplicateEmailError(`A user with the email ${input.email} already exists.`);
      }
      throw error;
    }
  }

  async byEmail(email: string): Promise<UserRecord | undefined> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
    return rows[0] ? toUser(rows[0]) : undefined;
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0] ? toUser(rows[0]) : undefined;
  }

  async list(): Promise<UserRecord[]> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users ORDER BY lower(email)');
    return rows.map(toUser);
  }

  async disable(id: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE users SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL', [this.now(), id]);
    return (result.rowCount ?? 0) > 0;
  }

  async exercise(id: string): Promise<{ id: string; createdBy: string | null } | undefined> {
    const { rows } = await this.pool.query<{ id: string; created_by: string | null }>(
      'SELECT id, created_by FROM exercises WHERE id = $1', [id],
    );
    return rows[0] ? { id: rows[0].id, createdBy: rows[0].created_by } : undefined;
  }

  async ensureExercise(id: string, createdBy: string | null): Promise<void> {
    await this.pool.query(
      'INSERT INTO exercises (id, created_by, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [id, createdBy, this.now()],
    );
  }

  async assign(exerciseId: string, userId: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        'INSERT INTO exercises (id, created_by, created_at) VALUES ($1, NULL, $2) ON CONFLICT (id) DO NOTHING', [exerciseId, this.now()],
      );
      const result = await client.query(
        `INSERT INTO exercise_assignments (exercise_id, user_id, assigned_at) VALUES ($1, $2, $3)
         ON CONFLICT (exercise_id, user_id) DO NOTHING`,
        [exerciseId, userId, this.now()],
      );
      return (result.rowCount ?? 0) > 0;
    });
  }

  async unassign(exerciseId: string, userId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM exercise_assignments WHERE exercise_id = $1 AND user_id = $2', [exerciseId, userId]);
    return (rowCount ?? 0) > 0;
  }

  async isAssigned(exerciseId: string, userId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'SELECT 1 FROM exercise_assignments WHERE exercise_id = $1 AND user_id = $2', [exerciseId, userId],
    );
    return (rowCount ?? 0) > 0;
  }

  async assignedExercises(userId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ exercise_id: string }>(
      'SELECT exercise_id FROM exercise_assignments WHERE user_id = $1 ORDER BY exercise_id', [userId],
    );
    return rows.map((row) => row.exercise_id);
  }
}
