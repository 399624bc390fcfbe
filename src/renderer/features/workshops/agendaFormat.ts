import { agendaTotals } from '../../../shared/domain/workshop';

/**
 * A length of time as a facilitator says it: "45 min", "2 h", "1 h 30 min", with the unit
 * words from Intl in the chosen locale.
 */
export function formatDuration(totalMinutes: number, locale: string): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(rest, 'minute');
  if (rest === 0) return unit(hours, 'hour');
  return `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** When each activity starts, in minutes from the beginning of the workshop. */
export function startOffsets(agenda: readonly { minutes: number }[]): number[] {
  let elapsed = 0;
  return agenda.map((item) => {
    const start = elapsed;
    elapsed += item.minutes;
    return start;
  });
}

export type AgendaSummary =
  | { kind: 'unplanned'; totalMinutes: number }
  | { kind: 'within'; totalMinutes: number; plannedMinutes: number; spareMinutes: number }
  | { kind: 'overrun'; totalMinutes: number; plannedMinutes: number; overrunMinutes: number };

/** The agenda total against the planned length, using the shared rule from the domain. */
export function summariseAgenda(agenda: readonly { minutes: number }[], plannedMinutes: number): AgendaSummary {
  const { totalMinutes, overrunMinutes } = agendaTotals(agenda, plannedMinutes);
  if (plannedMinutes <= 0) return { kind: 'unplanned', totalMinutes };
  if (overrunMinutes > 0) return { kind: 'overrun', totalMinutes, plannedMinutes, overrunMinutes };
  return { kind: 'within', totalMinutes, plannedMinutes, spareMinutes: plannedMinutes - totalMinutes };
}
