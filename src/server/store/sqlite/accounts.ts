import { randomUUID } from 'node:crypto';
import type { Db } from '../../../core/store/database';
import type { Role } from '../../roles';
import { DuplicateEmailError, type AccountStore, type UserRecord } from '../types';

interface UserRow {
  id: string;
  email: string;
  role: Role;
  password_hash: string;
  disabled_at: string | null;
  created_at: string;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash,
  disabledAt: row.disabled_at, createdAt: row.created_at,
});

/** Accounts in SQLite. Each method runs synchronously; the Promise only fits the shared interface. */
export class SqliteAccounts implements AccountStore {
  private readonly statements;

  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {
    this.statements = {
      insert: db.prepare('INSERT INTO users (id, email, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      byEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?'),
      byId: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
      all: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY email'),
      disable: db.prepare('UPDATE users SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL'),
      exercise: db.prepare<[string], { id: string; created_by: string | null }>('SELECT id, created_by FROM exercises WHERE id = ?'),
      insertExercise: db.prepare('INSERT OR IGNORE INTO exercises (id, created_by, created_at) VALUES (?, ?, ?)'),
      assign: db.prepare('INSERT OR IGNORE INTO exercise_assignments (exercise_id, user_id, assigned_at) VALUES (?, ?, ?)'),
      unassign: db.prepare('DELETE FROM exercise_assignments WHERE exercise_id = ? AND user_id = ?'),
      isAssigned: db.prepare<[string, string], { one: number }>(
        'SELECT 1 AS one FROM exercise_assignments WHERE exercise_id = ? AND user_id = ?',
      ),
      assignments: db.prepare<[string], { exercise_id: string }>(
        'SELECT exercise_id FROM exercise_assignments WHERE user_id = ? ORDER BY exercise_id',
      ),
    };
  }

  async addUser(input: { email: string; role: Role; passwordHash: string }): Promise<UserRecord> {
    const id = randomUUID();
    try {
      this.statements.insert.run(id, input.email, input.role, input.passwordHash, this.now().toISOString());
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new DuplicateEmailError(`A user with the email ${input.email} already exists.`);
      }
      throw error;
    }
    return toUser(this.statements.byId.get(id)!);
  }

  async byEmail(email: string): Promise<UserRecord | undefined> {
    const row = this.statements.byEmail.get(email);
    return row ? toUser(row) : undefined;
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    const row = this.statements.byId.get(id);
    return row ? toUser(row) : undefined;
  }

  async list(): Promise<UserRecord[]> {
    return this.statements.all.all().map(toUser);
  }

  async disable(id: string): Promise<boolean> {
    return this.statements.disable.run(this.now().toISOString(), id).changes > 0;
  }

  async exercise(id: string): Promise<{ id: string; createdBy: string | null } | undefined> {
    const row = this.statements.exercise.get(id);
    return row ? { id: row.id, createdBy: row.created_by } : undefined;
  }

  async ensureExercise(id: string, createdBy: string | null): Promise<void> {
    this.statements.insertExercise.run(id, createdBy, this.now().toISOString());
  }

  async assign(exerciseId: string, userId: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.statements.insertExercise.run(exerciseId, null, this.now().toISOString());
      return this.statements.assign.run(exerciseId, userId, this.now().toISOString()).changes > 0;
    })();
  }

  async unassign(exerciseId: string, userId: string): Promise<boolean> {
    return this.statements.unassign.run(exerciseId, userId).changes > 0;
  }

  async isAssigned(exerciseId: string, userId: string): Promise<boolean> {
    return this.statements.isAssigned.get(exerciseId, userId) !== undefined;
  }

  async assignedExercises(userId: string): Promise<string[]> {
    return this.statements.assignments.all(userId).map((row) => row.exercise_id);
  }
}
