import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectDatabaseFile } from './recovery';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-recovery-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A database of several hundred pages in a single file (no WAL left beside it). */
function writeDatabase(file: string, rows = 2000): void {
  const db = new Database(file);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i += 1) insert.run(`nota ${i} ${'participación '.repeat(8)}`);
  })();
  db.close();
}

describe('inspectDatabaseFile', () => {
  it('reports a missing file', () => {
    const report = inspectDatabaseFile(path.join(dir, 'nothing.sqlite'));
    expect(report.state).toBe('missing');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports a valid database as ok and leaves it byte for byte unchanged', () => {
    const file = path.join(dir, 'minga.sqlite');
    writeDatabase(file);
    const before = fs.readFileSync(file);
    expect(inspectDatabaseFile(file)).toEqual({ state: 'ok', detail: 'quick_check: ok' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports random bytes as corrupt (not a database)', () => {
    const file = path.join(dir, 'minga.sqlite');
    fs.writeFileSync(file, randomBytes(16 * 1024));
    const report = inspectDatabaseFile(file);
    expect(report.state).toBe('corrupt');
    expect(report.detail).toContain('SQLITE_NOTADB');
  });

  it('reports a database truncated to half its size as corrupt', () => {
    const file = path.join(dir, 'minga.sqlite');
    writeDatabase(file);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(100 * 1024);
    fs.truncateSync(file, Math.floor(size / 2));
    const truncated = fs.readFileSync(file);
    const report = inspectDatabaseFile(file);
    expect(report.state).toBe('corrupt');
    expect(fs.readFileSync(file).equals(truncated)).toBe(true);
  });

  it('reports a database another connection holds exclusively as locked', () => {
    const file = path.join(dir, 'minga.sqlite');
    writeDatabase(file, 10);
    const holder = new Database(file);
    try {
      holder.exec('BEGIN EXCLUSIVE');
      holder.exec("INSERT INTO notes (text) VALUES ('en curso')");
      const report = inspectDatabaseFile(file, { busyTimeoutMs: 50 });
      expect(report.state).toBe('locked');
      expect(report.detail).toContain('SQLITE_BUSY');
      holder.exec('ROLLBACK');
    } finally {
      holder.close();
    }
    expect(inspectDatabaseFile(file).state).toBe('ok');
  });

  it('reports a file it cannot open as unreadable, not corrupt', () => {
    const report = inspectDatabaseFile(dir); // a directory where a file is expected
    expect(report.state).toBe('unreadable');
  });
});
