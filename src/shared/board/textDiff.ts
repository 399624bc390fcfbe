import type * as Y from 'yjs';

/** One contiguous replacement: delete `deleteCount` characters at `index`, then insert `insert`. */
export interface TextSplice {
  index: number;
  deleteCount: number;
  insert: string;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single splice turning `before` into `after`. Keeping the common prefix and
 * suffix untouched is what lets two people type in different parts of one note and both keep
 * their words, and keeps the bold/italic attributes of the untouched parts. Never splits a
 * surrogate pair, so an emoji is never halved.
 */
export function textSplice(before: string, after: string): TextSplice | undefined {
  if (before === after) return undefined;
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start -= 1;
  let tail = 0;
  while (
    tail < before.length - start && tail < after.length - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) tail += 1;
  if (tail > 0 && isLow(before.charCodeAt(before.length - tail))) tail -= 1;
  return { index: start, deleteCount: before.length - tail - start, insert: after.slice(start, after.length - tail) };
}

/** Writes `next` into `text` as one minimal delete + insert; returns whether anything changed. */
export function writeTextDiff(text: Y.Text, next: string): boolean {
  const splice = textSplice(text.toString(), next);
  if (!splice) return false;
  if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
  if (splice.insert) text.insert(splice.index, splice.insert);
  return true;
}
