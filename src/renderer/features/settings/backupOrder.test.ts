import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../shared/contract';
import { sortBackupsNewestFirst } from './backupOrder';

const backup = (id: string, createdAt: string): Backup => ({ id: `${id}.sqlite`, createdAt, bytes: 1, reason: 'manual' });

describe('sortBackupsNewestFirst', () => {
  it('puts the newest backup first without changing the input', () => {
    const input = [backup('old', '2025-01-01T00:00:00Z'), backup('new', '2025-01-03T00:00:00Z'), backup('mid', '2025-01-02T00:00:00Z')];
    expect(sortBackupsNewestFirst(input).map((item) => item.id)).toEqual(['new.sqlite', 'mid.sqlite', 'old.sqlite']);
    expect(input[0]?.id).toBe('old.sqlite');
  });
});
