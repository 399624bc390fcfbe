import { describe, expect, it } from 'vitest';
import { agendaTotals } from '../domain/workshop';
import { agendaBlocks, agendaItemFromCard, clockLabel, dropIndex, movedOrder, parseClockTime } from './agendaTiming';
import { methodCardById } from './library';

describe('clock times', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(parseClockTime('09:30')).toBe(570); // 9 × 60 + 30
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('23:59')).toBe(1439);
    expect(parseClockTime('')).toBeUndefined();
    expect(parseClockTime('24:00')).toBeUndefined();
    expect(parseClockTime('9:30')).toBeUndefined();
  });

  it('labels minutes as H:MM and wraps past midnight', () => {
    expect(clockLabel(570)).toBe('9:30');
    expect(clockLabel(45)).toBe('0:45');
    expect(clockLabel(125)).toBe('2:05');
    expect(clockLabel(23 * 60 + 30 + 45)).toBe('0:15'); // 23:30 + 45 min
  });
});

describe('agendaBlocks', () => {
  // Check-in 15 + ideation 60 + dot voting 20 = 95 min.
  const agenda = [{ minutes: 15 }, { minutes: 60 }, { minutes: 20 }];

  it('counts from 0:00 when the workshop has no start time', () => {
    expect(agendaBlocks(agenda, '')).toEqual([
      { startOffset: 0, endOffset: 15, startLabel: '0:00', endLabel: '0:15' },
      { startOffset: 15, endOffset: 75, startLabel: '0:15', endLabel: '1:15' },
      { startOffset: 75, endOffset: 95, startLabel: '1:15', endLabel: '1:35' },
    ]);
  });

  it('shows wall-clock times from the start time', () => {
    // 08:30 → 08:45 → 09:45 → 10:05.
    expect(agendaBlocks(agenda, '08:30').map((block) => `${block.startLabel}–${block.endLabel}`)).toEqual([
      '8:30–8:45', '8:45–9:45', '9:45–10:05',
    ]);
  });

  it('agrees with the workshop total and overrun', () => {
    const blocks = agendaBlocks(agenda, '');
    expect(blocks.at(-1)?.endOffset).toBe(agendaTotals(agenda, 90).totalMinutes);
    expect(agendaTotals(agenda, 90)).toEqual({ totalMinutes: 95, overrunMinutes: 5 }); // 95 − 90
    expect(agendaTotals(agenda, 120)).toEqual({ totalMinutes: 95, overrunMinutes: 0 });
    expect(agendaBlocks([], '09:00')).toEqual([]);
  });
});

describe('dropping cards and moving blocks', () => {
  it('turns a card into an agenda item with its typical length', () => {
    const card = methodCardById('check-in')!;
    expect(agendaItemFromCard(card, 'es-CO')).toEqual({
      activity: 'Ronda de apertura (check-in)', method: 'Ronda de apertura (check-in)', minutes: 15, responsible: '',
    });
    expect(agendaItemFromCard(card, 'en').activity).toBe('Opening round (check-in)');
  });

  it('places a drop before the block it lands on, or at the end', () => {
    const blocks = ['a', 'b', 'c'];
    expect(dropIndex('b', blocks, 'agenda')).toBe(1);
    expect(dropIndex('agenda', blocks, 'agenda')).toBe(3);
    expect(dropIndex('elsewhere', blocks, 'agenda')).toBeUndefined();
    expect(dropIndex(undefined, blocks, 'agenda')).toBeUndefined();
  });

  it('moves one entry', () => {
    expect(movedOrder(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(movedOrder(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(movedOrder(['a', 'b'], 0, 9)).toEqual(['b', 'a']);
  });
});
