import * as Y from 'yjs';
import { z } from 'zod';
import { elementMap, textFields } from './elementMaps';

/** The formatting a note's text may carry; anything else a foreign client wrote is dropped on read. */
export const TextFormat = z.object({ bold: z.boolean().optional(), italic: z.boolean().optional() });
export type TextFormat = z.infer<typeof TextFormat>;

/** Formatted text as a Yjs delta: runs of text, each with its attributes. */
export const RichText = z.array(z.object({ insert: z.string(), attributes: TextFormat.optional() })).max(10_000);
export type RichText = z.infer<typeof RichText>;

/** Reads a Y.Text as runs of text with only the attributes Minga knows (bold, italic). */
export function readRichText(text: Y.Text): RichText {
  const runs: RichText = [];
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') continue;
    const attributes: TextFormat = {};
    if (op.attributes?.bold === true) attributes.bold = true;
    if (op.attributes?.italic === true) attributes.italic = true;
    runs.push(Object.keys(attributes).length > 0 ? { insert: op.insert, attributes } : { insert: op.insert });
  }
  return runs;
}

/** The rich text of an element's text field, or undefined when it has none (or is a plain string). */
export function elementRichText(doc: Y.Doc, id: string): RichText | undefined {
  const map = elementMap(doc, id);
  const type = map?.get('type');
  const field = typeof type === 'string' ? textFields[type as keyof typeof textFields] : undefined;
  const text = field ? map?.get(field) : undefined;
  return text instanceof Y.Text ? readRichText(text) : undefined;
}

/** Whether any run carries formatting (plain text needs no delta in the clipboard). */
export function isFormatted(runs: RichText): boolean {
  return runs.some((run) => run.attributes && (run.attributes.bold || run.attributes.italic));
}

/** Writes runs into an empty Y.Text (used by paste). */
export function writeRichText(text: Y.Text, runs: RichText): void {
  let index = text.length;
  for (const run of runs) {
    text.insert(index, run.insert, run.attributes ? { ...run.attributes } : {});
    index += run.insert.length;
  }
}
