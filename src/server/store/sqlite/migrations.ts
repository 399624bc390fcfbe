import type { SqlMigration } from '../../../core/store/migrations';

/**
 * The hub's own schema: forward-only, numbered, recorded in `schema_migrations` and
 * `user_version` exactly like the desktop store (the same `openDatabase` applies them). A hub
 * database newer than this Minga is refused untouched.
 */
export const hubMigrations: readonly SqlMigration[] = [
  {
    version: 1,
    name: 'accounts-exercises-documents',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'facilitator', 'observer')),
        -- scrypt$N$r$p$salt$hash (see src/server/auth/passwords.ts)
        password_hash TEXT NOT NULL,
        disabled_at TEXT,
        created_at TEXT NOT NULL
      );

      -- One row per signed-in device; only hashes of refresh tokens are kept.
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        name TEXT NOT NULL,
        refresh_hash TEXT NOT NULL,
        previous_refresh_hash TEXT,
        refresh_expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX devices_by_user ON devices (user_id);

      -- Exercises the hub knows of: created by a facilitator's first sync or by \`minga hub assign\`.
      CREATE TABLE exercises (
        id TEXT PRIMARY KEY,
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL
      );
      CREATE TABLE exercise_assignments (
        exercise_id TEXT NOT NULL REFERENCES exercises (id),
        user_id TEXT NOT NULL REFERENCES users (id),
        assigned_at TEXT NOT NULL,
        PRIMARY KEY (exercise_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX assignments_by_user ON exercise_assignments (user_id);

      -- Synced Yjs documents, named <kind>:<id>. The exercise a document belongs to is fixed
      -- when the hub first sees the document's meta; authorization follows it.
      CREATE TABLE documents (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('exercise', 'workshop', 'board')),
        exercise_id TEXT NOT NULL REFERENCES exercises (id),
        snapshot BLOB,
        snapshot_seq INTEGER NOT NULL DEFAULT 0,
        last_seq INTEGER NOT NULL DEFAULT 0,
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_by_exercise ON documents (exercise_id);
      -- The append-only update log since the snapshot; each row is committed before the
      -- client is told its update was stored.
      CREATE TABLE document_updates (
        doc_name TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (doc_name, seq)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'portfolio-projections',
    sql: `
      -- Projections: what the dashboard reads, decoded from the synced documents by
      -- src/server/projections. Derived data only: the documents stay the truth, and
      -- rebuildProjections() writes all of it again from them.
      CREATE TABLE projected_exercises (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        lead_entity TEXT NOT NULL,
        phase TEXT NOT NULL,
        archived INTEGER NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE projected_exercise_sdgs (
        exercise_id TEXT NOT NULL,
        sdg INTEGER NOT NULL CHECK (sdg BETWEEN 1 AND 17),
        PRIMARY KEY (exercise_id, sdg)
      ) WITHOUT ROWID;
      -- Actors by id and type only: the register may name people, and the dashboard only counts.
      CREATE TABLE projected_actors (
        exercise_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (exercise_id, actor_id)
      ) WITHOUT ROWID;
      CREATE TABLE projected_workshops (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        municipality TEXT NOT NULL,
        department TEXT NOT NULL,
        modality TEXT NOT NULL,
        participant_count INTEGER NOT NULL
      );
      CREATE INDEX projected_workshops_by_exercise ON projected_workshops (exercise_id);
      -- Participants counted by sector, never named: see src/server/projections/rows.ts.
      CREATE TABLE projected_participants (
        workshop_id TEXT NOT NULL,
        sector TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, sector)
      ) WITHOUT ROWID;
      CREATE TABLE projected_boards (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        kind TEXT NOT NULL
      );
      -- Ready for the method tools (a later issue): exercise documents do not hold indicators
      -- or contributions yet, so nothing writes these tables today.
      CREATE TABLE projected_indicators (
        exercise_id TEXT NOT NULL,
        indicator_id TEXT NOT NULL,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        baseline REAL,
        target REAL,
        current REAL,
        PRIMARY KEY (exercise_id, indicator_id)
      ) WITHOUT ROWID;
      CREATE TABLE projected_contributions (
        exercise_id TEXT NOT NULL,
        contribution_id TEXT NOT NULL,
        source TEXT NOT NULL,
        amount_cop REAL NOT NULL DEFAULT 0,
        amount_usd REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (exercise_id, contribution_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'contributions-indicators',
    sql: `
      -- Contributions and indicators, now that exercise documents hold them (src/shared/documents/exerciseResults.ts).
      -- The tables of migration 2 had no writer, so they are empty: replaced, not altered.
      -- Money as integer minor units of its own currency (no floating point, no exchange rate).
      DROP TABLE projected_contributions;
      DROP TABLE projected_indicators;
      CREATE TABLE projected_contributions (
        exercise_id TEXT NOT NULL,
        contribution_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        contributor TEXT NOT NULL,
        kind TEXT NOT NULL,
        currency TEXT NOT NULL CHECK (currency IN ('COP', 'USD')),
        amount_minor INTEGER NOT NULL,
        date TEXT NOT NULL,
        PRIMARY KEY (exercise_id, contribution_id)
      ) WITHOUT ROWID;
      -- An indicator's baseline, final target and latest actual (progress is computed from them).
      CREATE TABLE projected_indicators (
        exercise_id TEXT NOT NULL,
        indicator_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        unit TEXT NOT NULL,
        baseline REAL NOT NULL,
        baseline_date TEXT NOT NULL,
        target REAL,
        target_period TEXT NOT NULL,
        actual REAL,
        actual_period TEXT NOT NULL,
        source TEXT NOT NULL,
        responsible TEXT NOT NULL,
        PRIMARY KEY (exercise_id, indicator_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'hub-owned-documents',
    sql: `
      -- Hub-owned documents (the entity directory, published templates) belong to no exercise:
      -- exercise_id becomes optional, required exactly for the exercise-owned kinds. SQLite
      -- cannot alter a CHECK, so the table is rebuilt with the same rows.
      CREATE TABLE documents_v3 (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('exercise', 'workshop', 'board', 'directory', 'template')),
        exercise_id TEXT REFERENCES exercises (id),
        snapshot BLOB,
        snapshot_seq INTEGER NOT NULL DEFAULT 0,
        last_seq INTEGER NOT NULL DEFAULT 0,
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((kind IN ('directory', 'template')) = (exercise_id IS NULL))
      );
      INSERT INTO documents_v3 (name, kind, exercise_id, snapshot, snapshot_seq, last_seq, created_by, created_at, updated_at)
        SELECT name, kind, exercise_id, snapshot, snapshot_seq, last_seq, created_by, created_at, updated_at FROM documents;
      DROP TABLE documents;
      ALTER TABLE documents_v3 RENAME TO documents;
      CREATE INDEX documents_by_exercise ON documents (exercise_id);
    `,
  },
];
