import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../shared/contract';
import { newestBackup } from './newestBackup';

const backup = (id: string, createdAt: string): Backup => ({ id: `${id}.sqlite`, createdAt, bytes: 1024, reason: 'auto' });

describe('newestBackup', () => {
  it('picks the latest backup regardless of list order', () => {
    const list = [backup('a', '2025-03-01T10:00:00.000Z'), backup('c', '2025-03-02T08:00:00.000Z'), backup('b', '2025-03-01T23:00:00.000Z')];
    expect(newestBackup(list)?.id).toBe('c.sqlite');
  });

  it('returns undefined when there are no backups', () => {
    expect(newestBackup([])).toBeUndefined();
  });
});
