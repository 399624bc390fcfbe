import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debianPostgresDirs, findProgram } from './processes';

describe('finding PostgreSQL and Redis for the hub tests', () => {
  it('looks in Debian\'s versioned folders, newest first, and fails with what to install', () => {
    const root = mkdtempSync(join(tmpdir(), 'minga-pgdirs-'));
    try {
      for (const version of ['13', '15', 'common']) mkdirSync(join(root, version, 'bin'), { recursive: true });
      writeFileSync(join(root, '15', 'bin', 'minga-fake-initdb'), '');
      expect(debianPostgresDirs(root)).toEqual([join(root, '15', 'bin'), join(root, '13', 'bin')]);
      expect(findProgram('minga-fake-initdb', debianPostgresDirs(root), '')).toBe(join(root, '15', 'bin', 'minga-fake-initdb'));
      expect(() => findProgram('minga-missing', debianPostgresDirs(root), 'Install Debian\'s postgresql.'))
        .toThrow(/minga-missing was not found on PATH nor in .*Install Debian's postgresql\./);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
