import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/domain/workshop';
import { newerWorkshop } from './workshopState';

const workshop = (updatedAt: string, title: string): Workshop => ({
  id: '00000000-0000-4000-8000-000000000001',
  exerciseId: '00000000-0000-4000-8000-000000000002',
  title,
  date: '',
  municipality: '',
  department: '',
  modality: 'in_person',
  objective: '',
  plannedMinutes: 0,
  startTime: '',
  agenda: [],
  participants: [],
  decisions: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt,
});

describe('newerWorkshop', () => {
  it('shows a change at once and a later reload once it is newer', () => {
    const loaded = workshop('2025-01-01T10:00:00.000Z', 'loaded');
    const changed = workshop('2025-01-01T10:00:05.000Z', 'changed');
    expect(newerWorkshop(loaded, changed)?.title).toBe('changed');
    expect(newerWorkshop(workshop('2025-01-01T10:00:09.000Z', 'reloaded'), changed)?.title).toBe('reloaded');
    expect(newerWorkshop(workshop('2025-01-01T10:00:05.000Z', 'same'), changed)?.title).toBe('changed');
    expect(newerWorkshop(undefined, changed)?.title).toBe('changed');
    expect(newerWorkshop(loaded, undefined)?.title).toBe('loaded');
  });
});
