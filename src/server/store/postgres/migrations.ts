/**
 * The hub's schema on PostgreSQL: the same tables, versions and meaning as the SQLite schema
 * (../sqlite/migrations.ts), in PostgreSQL's types (timestamptz, bytea; emails unique by
 * lower(email)). Forward-only and numbered; `migrate.ts` applies them and refuses a database from
 * a newer Minga. One addition: `hub_secrets`, because instances sharing the database must sign
 * access tokens with one key (on SQLite it is the file `hub-secret.key`).
 */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

export const postgresHubMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'accounts-exercises-documents',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'facilitator', 'observer')),
        password_hash TEXT NOT NULL,
        disabled_at TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE UNIQUE INDEX users_email ON users (lower(email));

      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        name TEXT NOT NULL,
        refresh_hash TEXT NOT NULL,
        previous_refresh_hash TEXT,
        refresh_expires_at TIMESTAMPTZ NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        last_used_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ
      );
      CREATE INDEX devices_by_user ON devices (user_id);

      CREATE TABLE exercises (
        id TEXT PRIMARY KEY,
        created_by TEXT REFERENCES users (id),
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE exercise_assignments (
        exercise_id TEXT NOT NULL REFERENCES exercises (id),
        user_id TEXT NOT NULL REFERENCES users (id),
        assigned_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (exercise_id, user_id)
      );
      CREATE INDEX assignments_by_user ON exercise_assignments (user_id);

      CREATE TABLE documents (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('exercise', 'workshop', 'board')),
        exercise_id TEXT NOT NULL REFERENCES exercises (id),
        snapshot BYTEA,
        snapshot_seq INTEGER NOT NULL DEFAULT 0,
        last_seq INTEGER NOT NULL DEFAULT 0,
        created_by TEXT REFERENCES users (id),
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX documents_by_exercise ON documents (exercise_id);
      CREATE TABLE document_updates (
        doc_name TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data BYTEA NOT NULL,
        PRIMARY KEY (doc_name, seq)
      );

      CREATE TABLE hub_secrets (
        name TEXT PRIMARY KEY,
        value BYTEA NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'portfolio-projections',
    sql: `
      -- The same projections as the SQLite schema (see there for what they are).
      CREATE TABLE projected_exercises (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        lead_entity TEXT NOT NULL,
        phase TEXT NOT NULL,
        archived BOOLEAN NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE projected_exercise_sdgs (
        exercise_id TEXT NOT NULL,
        sdg INTEGER NOT NULL CHECK (sdg BETWEEN 1 AND 17),
        PRIMARY KEY (exercise_id, sdg)
      );
      CREATE TABLE projected_actors (
        exercise_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (exercise_id, actor_id)
      );
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
      CREATE TABLE projected_participants (
        workshop_id TEXT NOT NULL,
        sector TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, sector)
      );
      CREATE TABLE projected_boards (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        kind TEXT NOT NULL
      );
      CREATE TABLE projected_indicators (
        exercise_id TEXT NOT NULL,
        indicator_id TEXT NOT NULL,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        baseline DOUBLE PRECISION,
        target DOUBLE PRECISION,
        current DOUBLE PRECISION,
        PRIMARY KEY (exercise_id, indicator_id)
      );
      CREATE TABLE projected_contributions (
        exercise_id TEXT NOT NULL,
        contribution_id TEXT NOT NULL,
        source TEXT NOT NULL,
        amount_cop DOUBLE PRECISION NOT NULL DEFAULT 0,
        amount_usd DOUBLE PRECISION NOT NULL DEFAULT 0,
        PRIMARY KEY (exercise_id, contribution_id)
      );
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
        amount_minor BIGINT NOT NULL,
        date TEXT NOT NULL,
        PRIMARY KEY (exercise_id, contribution_id)
      );
      -- An indicator's baseline, final target and latest actual (progress is computed from them).
      CREATE TABLE projected_indicators (
        exercise_id TEXT NOT NULL,
        indicator_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        unit TEXT NOT NULL,
        baseline DOUBLE PRECISION NOT NULL,
        baseline_date TEXT NOT NULL,
        target DOUBLE PRECISION,
        target_period TEXT NOT NULL,
        actual DOUBLE PRECISION,
        actual_period TEXT NOT NULL,
        source TEXT NOT NULL,
        responsible TEXT NOT NULL,
        PRIMARY KEY (exercise_id, indicator_id)
      );
    `,
  },
  {
    version: 4,
    name: 'hub-owned-documents',
    sql: `
      -- As on SQLite: hub-owned documents (directory, templates) have no exercise.
      ALTER TABLE documents DROP CONSTRAINT documents_kind_check;
      ALTER TABLE documents ADD CONSTRAINT documents_kind_check
        CHECK (kind IN ('exercise', 'workshop', 'board', 'directory', 'template'));
      ALTER TABLE documents ALTER COLUMN exercise_id DROP NOT NULL;
      ALTER TABLE documents ADD CONSTRAINT documents_owner_check
        CHECK ((kind IN ('directory', 'template')) = (exercise_id IS NULL));
    `,
  },
];
