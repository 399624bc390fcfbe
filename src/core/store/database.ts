import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { latestSchemaVersion, sqlMigrations, type SqlMigration } from './migrations';
import { storeCorrupt, storeTooNew } from './errors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's, in the desktop app). */
  nativeBinding?: string;
  migrations?: readonly SqlMigration[];
  now?: () => Date;
}

function sqliteCode(error: unknown): string {
  return typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
}

/**
 * Reads the schema version without writing anything, so a database from a newer Minga (or a
 * damaged file) is never modified before we decide to refuse it.
 */
export function readSchemaVersion(path: string, options: OpenOptions = {}): number {
  if (!existsSync(path)) return 0;
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    return Number(db.pragma('user_version', { simple: true }));
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw storeCorrupt(path, code);
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Opens (creating if needed) the store: WAL with synchronous=FULL, because a field laptop can
 * lose power and an acknowledged edit must survive; then applies pending migrations, each in
 * its own transaction.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? sqlMigrations;
  const supported = migrations.at(-1)?.version ?? latestSchemaVersion;
  const found = readSchemaVersion(path, options);
  if (found > supported) throw storeTooNew(path, found, supported);

  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Erased personal data must not linger in free pages.
    db.pragma('secure_delete = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw storeCorrupt(path, String(check));
    applyMigrations(db, migrations, options.now ?? (() => new Date()));
    return db;
  } catch (error) {
    db.close();
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw storeCorrupt(path, code);
    throw error;
  }
}

export function applyMigrations(db: Db, migrations: readonly SqlMigration[], now: () => Date): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = Number(db.pragma('user_version', { simple: true }));
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString());
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
