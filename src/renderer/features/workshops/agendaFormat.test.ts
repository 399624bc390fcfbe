import { describe, expect, it } from 'vitest';
import { formatDuration, startOffsets, summariseAgenda } from './agendaFormat';

/** Intl may separate number and unit with a no-break space; compare on plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatDuration', () => {
  it('writes minutes, hours, and both', () => {
    expect(plain(formatDuration(45, 'en'))).toBe('45 min');
    expect(plain(formatDuration(120, 'en'))).toBe('2 hr');
    expect(plain(formatDuration(90, 'en'))).toBe('1 hr 30 min');
    expect(plain(formatDuration(90, 'es-CO'))).toBe('1 h 30 min');
    expect(plain(formatDuration(0, 'es-CO'))).toBe('0 min');
  });

  it('never shows negative or fractional minutes', () => {
    expect(plain(formatDuration(-5, 'en'))).toBe('0 min');
    expect(plain(formatDuration(59.6, 'en'))).toBe('1 hr');
  });
});

describe('agenda schedule and totals', () => {
  const agenda = [{ minutes: 15 }, { minutes: 45 }, { minutes: 30 }];

  it('computes when each activity starts', () => {
    expect(startOffsets(agenda)).toEqual([0, 15, 60]);
    expect(startOffsets([])).toEqual([]);
  });

  it('warns of an overrun only when the total exceeds the planned length', () => {
    expect(summariseAgenda(agenda, 120)).toEqual({ kind: 'within', totalMinutes: 90, plannedMinutes: 120, spareMinutes: 30 });
    expect(summariseAgenda(agenda, 90)).toEqual({ kind: 'within', totalMinutes: 90, plannedMinutes: 90, spareMinutes: 0 });
    expect(summariseAgenda(agenda, 60)).toEqual({ kind: 'overrun', totalMinutes: 90, plannedMinutes: 60, overrunMinutes: 30 });
    expect(summariseAgenda(agenda, 0)).toEqual({ kind: 'unplanned', totalMinutes: 90 });
  });
});
