import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/domain/errors';
import { tempDataDir } from '../testing/harness';
import { openDatabase } from './database';
import { latestSchemaVersion, sqlMigrations } from './migrations';

describe('openDatabase', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let path: string;
  beforeEach(() => {
    folder = tempDataDir();
    path = join(folder.dir, 'minga.sqlite');
  });
  afterEach(() => folder.remove());

  it('creates the schema with WAL, FULL synchronous and recorded migrations', () => {
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(sqlMigrations.map(({ version, name }) => ({ version, name })));
    db.close();
  });

  it('applies only the migrations a database has not seen, forward only', () => {
    openDatabase(path).close();
    const next = [...sqlMigrations, { version: latestSchemaVersion + 1, name: 'add-notes', sql: 'CREATE TABLE notes_extra (id TEXT)' }];
    const db = openDatabase(path, { migrations: next });
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: next.length });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    db.close();
  });

  it('refuses a database from a newer Minga without modifying it', () => {
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = readFileSync(path);
    const error = (() => {
      try {
        openDatabase(path);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('store_too_new');
    expect((error as ApiError).message).toContain('newer Minga');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a file that is not a database as corrupt', () => {
    writeFileSync(path, Buffer.alloc(8192, 7));
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'store_corrupt' }));
  });
});
