import type * as Y from 'yjs';

/** One contiguous replacement: delete `deleteCount` characters at `index`, then insert `insert`. */
export interface TextChange {
  index: number;
  deleteCount: number;
  insert: string;
}

/**
 * The smallest single replacement that turns `before` into `after`: the common prefix and
 * suffix stay untouched, so two people typing in different parts of one note both keep their
 * words when the edits merge. Surrogate pairs are never split, so an emoji is never halved.
 */
export function diffText(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;

  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore -= 1;
    endAfter -= 1;
  }
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore += 1;
    endAfter += 1;
  }
  return { index: start, deleteCount: endBefore - start, insert: after.slice(start, endAfter) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Writes `next` into a Y.Text as one minimal delete + insert; returns whether anything changed. */
export function applyTextChange(text: Y.Text, next: string): boolean {
  const change = diffText(text.toString(), next);
  if (!change) return false;
  if (change.deleteCount > 0) text.delete(change.index, change.deleteCount);
  if (change.insert) text.insert(change.index, change.insert);
  return true;
}
