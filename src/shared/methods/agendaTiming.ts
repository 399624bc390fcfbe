import type { AgendaItemFields } from '../domain/workshop';
import type { CardLocale, MethodCard } from './library/card';

const minutesPerDay = 24 * 60;

/** "09:30" → 570 minutes after midnight; '' or anything malformed → undefined (no start set). */
export function parseClockTime(value: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/**
 * Minutes as a clock reading "H:MM": 570 → "9:30", 45 → "0:45". Past midnight it wraps
 * (a 23:30 start plus 45 min reads "0:15"), as a wall clock would.
 */
export function clockLabel(minutes: number): string {
  const wrapped = ((Math.round(minutes) % minutesPerDay) + minutesPerDay) % minutesPerDay;
  return `${Math.floor(wrapped / 60)}:${String(wrapped % 60).padStart(2, '0')}`;
}

export interface AgendaBlock {
  /** Minutes from the workshop's beginning. */
  startOffset: number;
  endOffset: number;
  /** "9:30" from the workshop's start time, or the elapsed time "0:45" when it has none. */
  startLabel: string;
  endLabel: string;
}

/**
 * Where each activity sits in time: it starts when the one before it ends. With a start time
 * the labels are wall-clock times; without one they count from 0:00.
 */
export function agendaBlocks(agenda: readonly { minutes: number }[], startTime: string): AgendaBlock[] {
  const origin = parseClockTime(startTime) ?? 0;
  let elapsed = 0;
  return agenda.map((item) => {
    const startOffset = elapsed;
    elapsed += item.minutes;
    return { startOffset, endOffset: elapsed, startLabel: clockLabel(origin + startOffset), endLabel: clockLabel(origin + elapsed) };
  });
}

/** The agenda item a card becomes when dropped on the agenda: its name and its typical length. */
export function agendaItemFromCard(card: MethodCard, locale: CardLocale): AgendaItemFields {
  const name = card.text[locale].name;
  return { activity: name, method: name, minutes: card.duration.typical, responsible: '' };
}

/**
 * Where a dropped card lands: before the block it was dropped on, or at the end when it was
 * dropped on the agenda itself (or its empty state). Anything else is not a drop on the agenda.
 */
export function dropIndex(overId: string | undefined, blockIds: readonly string[], agendaDropId: string): number | undefined {
  if (overId === undefined) return undefined;
  if (overId === agendaDropId) return blockIds.length;
  const index = blockIds.indexOf(overId);
  return index === -1 ? undefined : index;
}

/** The order after moving one id to `toIndex` (what the screen shows while the core confirms). */
export function movedOrder<T>(items: readonly T[], fromIndex: number, toIndex: number): T[] {
  const next = [...items];
  const [moved] = next.splice(fromIndex, 1);
  if (moved === undefined) return next;
  next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, moved);
  return next;
}
