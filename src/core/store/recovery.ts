import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Looks at a database file without changing it, so the app can tell the user what is wrong
 * (and offer a backup) instead of crashing or "repairing" their data by accident.
 *
 * - missing: no file at that path (a first start).
 * - ok: SQLite opens it and `PRAGMA quick_check` passes.
 * - corrupt: not a database, or damaged pages.
 * - locked: another process holds a lock on it.
 * - unreadable: the file exists but cannot be read (permissions, I/O error); restoring a
 *   backup would not help, so it is kept apart from `corrupt`.
 */
export type DatabaseFileState = 'missing' | 'ok' | 'corrupt' | 'locked' | 'unreadable';

export interface DatabaseFileReport {
  state: DatabaseFileState;
  /** Technical detail (English) for logs and `minga doctor`. */
  detail: string;
}

export interface NativeBindingOption {
  /** better_sqlite3.node built for the running ABI (Electron's in the desktop app). */
  nativeBinding?: string;
}

export interface InspectOptions extends NativeBindingOption {
  /** How long to wait for another process's lock before reporting `locked`. */
  busyTimeoutMs?: number;
}

/** Opens an existing database file (never creates one) with the binding for this runtime. */
export function openExistingDatabase(
  file: string,
  options: NativeBindingOption & { readonly?: boolean; busyTimeoutMs?: number } = {},
): Database.Database {
  return new Database(file, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    timeout: options.busyTimeoutMs ?? 1000,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/** quick_check reports at most this many problems; the first few are enough to explain. */
const reportedProblems = 5;

function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = sqliteCode(error);
  return code ? `${code}: ${message}` : message;
}

/** Maps an error from opening or checking the file to a state. Extended codes share a prefix. */
function stateOfError(error: unknown): DatabaseFileState {
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code === 'ENOENT') return 'missing';
  return 'unreadable';
}

/**
 * Opens the file read-only (fileMustExist, so nothing is ever created) and runs
 * `PRAGMA quick_check`. Note: for a database in WAL mode SQLite itself may create empty
 * -wal/-shm side files to read it; the database file is never modified.
 */
export function inspectDatabaseFile(dbPath: string, options: InspectOptions = {}): DatabaseFileReport {
  if (!fs.existsSync(dbPath)) return { state: 'missing', detail: `No database file at ${dbPath}` };

  let db: Database.Database | undefined;
  try {
    db = openExistingDatabase(dbPath, { ...options, readonly: true });
    const rows = db.pragma(`quick_check(${reportedProblems})`) as { quick_check: string }[];
    const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
    if (rows.length === 0 || problems.length > 0) {
      return { state: 'corrupt', detail: `quick_check: ${problems.join('; ') || 'no result'}` };
    }
    return { state: 'ok', detail: 'quick_check: ok' };
  } catch (error) {
    return { state: stateOfError(error), detail: describe(error) };
  } finally {
    db?.close();
  }
}
