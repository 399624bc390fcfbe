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
];
