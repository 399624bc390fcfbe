/**
 * Forward-only, numbered SQL migrations. A database records the ones applied in
 * `schema_migrations` and its `user_version`; one with a higher version than the last entry
 * here comes from a newer Minga and is refused untouched.
 */
export interface SqlMigration {
  version: number;
  name: string;
  sql: string;
}

export const sqlMigrations: readonly SqlMigration[] = [
  {
    version: 1,
    name: 'documents-and-projections',
    sql: `
      -- The source of truth: each exercise, workshop and board is a Yjs document stored as a
      -- snapshot plus an append-only log of the updates made since.
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('exercise', 'workshop', 'board')),
        snapshot BLOB,
        snapshot_seq INTEGER NOT NULL DEFAULT 0,
        projected_seq INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE document_updates (
        doc_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;

      -- Projections: derived from the documents, rebuilt by \`minga doctor --rebuild\`.
      CREATE TABLE exercises (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        lead_entity TEXT NOT NULL,
        phase TEXT NOT NULL,
        archived INTEGER NOT NULL,
        start_date TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX exercises_by_update ON exercises (archived, updated_at DESC);
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        municipality TEXT NOT NULL,
        department TEXT NOT NULL,
        modality TEXT NOT NULL,
        participant_count INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX workshops_by_exercise ON workshops (exercise_id, date);
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        element_count INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX boards_by_workshop ON boards (workshop_id);
      -- remove_diacritics 2 folds accents, so "participacion" finds "participación".
      CREATE VIRTUAL TABLE search_index USING fts5(
        doc_id UNINDEXED, kind UNINDEXED, exercise_id UNINDEXED, workshop_id UNINDEXED,
        title, body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'assets',
    sql: `
      -- Images placed on boards, stored once per content: the id is the SHA-256 of the bytes.
      CREATE TABLE assets (
        id TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        bytes BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'hub-link',
    sql: `
      -- The hub this data folder syncs with, and this device's sign-in there. One row at most.
      -- The refresh token is kept here (the folder is the user's own); it is replaced on every
      -- refresh, before the new access token is used.
      CREATE TABLE hub_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hub_url TEXT NOT NULL,
        email TEXT NOT NULL,
        user_id TEXT NOT NULL,
        role TEXT NOT NULL,
        device_id TEXT NOT NULL,
        refresh_token TEXT NOT NULL,
        linked_at TEXT NOT NULL,
        last_sync_at TEXT
      );
    `,
  },
  {
    version: 4,
    name: 'sync-acknowledged',
    sql: `
      -- For each document, the last update-log position (seq, or snapshot_seq after compaction)
      -- the hub acknowledged in a successful round. A document whose log went further, or that
      -- has no row, has changes the hub has not seen: the "pending changes" the app shows.
      CREATE TABLE sync_acknowledged (
        doc_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'board-trash',
    sql: `
      -- A board in the trash keeps its list row with the date it was deleted, so lists, counts
      -- and search leave it out and the trash is read from the same projection. Rows projected
      -- before this migration are of boards that could not be deleted yet.
      ALTER TABLE boards ADD COLUMN deleted_at TEXT;
      ALTER TABLE boards ADD COLUMN deleted_by TEXT;
      CREATE INDEX boards_in_trash ON boards (deleted_at) WHERE deleted_at IS NOT NULL;
      -- Tombstones of documents purged from this folder (a board 30 days in the trash, or
      -- deleted forever), so a later sync does not bring them back from the hub.
      CREATE TABLE purged_documents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        purged_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    name: 'hub-owned-documents',
    sql: `
      -- The hub's entity directory and published templates arrive by sync and are stored like
      -- any document; the kind list of \`documents\` grows. SQLite cannot alter a CHECK, so the
      -- table is rebuilt with the same rows.
      CREATE TABLE documents_v5 (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('exercise', 'workshop', 'board', 'directory', 'template')),
        snapshot BLOB,
        snapshot_seq INTEGER NOT NULL DEFAULT 0,
        projected_seq INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      INSERT INTO documents_v5 (id, kind, snapshot, snapshot_seq, projected_seq, created_at)
        SELECT id, kind, snapshot, snapshot_seq, projected_seq, created_at FROM documents;
      DROP TABLE documents;
      ALTER TABLE documents_v5 RENAME TO documents;
    `,
  },
  {
    version: 7,
    name: 'sync-seen',
    sql: `
      -- The sync manifest (src/shared/hub/manifest.ts): for each hub document ("kind:id") this
      -- folder pulled, the hub's version it pulled. A round compares digests of these with the
      -- hub's and opens only documents whose version moved (or that have local changes).
      CREATE TABLE sync_seen (
        name TEXT PRIMARY KEY,
        version INTEGER NOT NULL
      ) WITHOUT ROWID;
      -- Every round asks which documents have changes the hub has not acknowledged. In the
      -- table, snapshot_seq sits after the snapshot blob, so reading it walks each blob's
      -- overflow pages (tens of milliseconds for a thousand boards); this index answers alone.
      CREATE INDEX documents_log_positions ON documents (id, kind, snapshot_seq);
    `,
  },
];

export const latestSchemaVersion = sqlMigrations.at(-1)?.version ?? 0;
