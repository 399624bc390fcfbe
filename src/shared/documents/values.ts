import * as Y from 'yjs';

/** Defensive readers: a document may come from an older or a foreign client. */
export function readString(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  if (typeof value === 'string') return value;
  if (value instanceof Y.Text) return value.toString();
  return '';
}

export function readNumber(map: Y.Map<unknown>, key: string, fallback = 0): number {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function readStringList(map: Y.Map<unknown>, key: string): string[] {
  const value = map.get(key);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
