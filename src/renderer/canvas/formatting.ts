import type { RichText, TextFormat } from '../../shared/board/richText';

export type FormatKey = keyof TextFormat;

/** Whether every character in [index, index + length) carries the attribute (so a toggle removes it). */
export function rangeHas(runs: RichText, index: number, length: number, key: FormatKey): boolean {
  if (length <= 0) return false;
  let position = 0;
  for (const run of runs) {
    const start = position;
    const end = position + run.insert.length;
    position = end;
    if (end <= index || start >= index + length) continue;
    if (!run.attributes?.[key]) return false;
  }
  return position > index;
}

/** The format a toggle writes: on unless the whole range already has it. */
export function toggledFormat(runs: RichText, index: number, length: number, key: FormatKey): TextFormat {
  return { [key]: !rangeHas(runs, index, length, key) };
}

/** Ctrl/Cmd+B and Ctrl/Cmd+I inside an element's text. */
export function formatShortcut(input: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): FormatKey | undefined {
  if (!(input.ctrlKey || input.metaKey) || input.altKey) return undefined;
  const key = input.key.toLowerCase();
  return key === 'b' ? 'bold' : key === 'i' ? 'italic' : undefined;
}
