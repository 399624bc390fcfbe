import * as Y from 'yjs';
import { z } from 'zod';
import { newId } from '../domain/ids';
import { elementsRoot, maxZ, readElements, textFields, toElementMap } from './elementMaps';
import { BoardElement } from './elements';
import { elementsBounds } from './geometry';
import type { Origin } from './ops';
import { elementRichText, isFormatted, RichText, writeRichText } from './richText';

/**
 * What copy puts on the system clipboard: plain, versioned JSON, so paste works across boards
 * and windows, and text from anywhere else is validated before it touches a document.
 */
export const clipboardFormat = 'minga/board-elements';
export const ClipboardPayload = z.object({
  format: z.literal(clipboardFormat),
  version: z.literal(1),
  elements: z.array(BoardElement).max(5_000),
  /** Formatted text (bold, italic) by element id; plain text needs no entry. */
  richText: z.record(z.string(), RichText).default({}),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayload>;

/**
 * Copies the selection, plus every connector whose two ends are both in it (a connector to an
 * element left behind would dangle wherever it is pasted). Stacking order is kept.
 */
export function copySelection(doc: Y.Doc, ids: readonly string[]): ClipboardPayload {
  const wanted = new Set(ids);
  const all = readElements(doc);
  const chosen = all.filter((element) => wanted.has(element.id) && element.type !== 'connector');
  const kept = new Set(chosen.map((element) => element.id));
  const connectors = all.filter((element) => element.type === 'connector' && kept.has(element.from) && kept.has(element.to));
  const elements = [...chosen, ...connectors].sort((a, b) => a.z - b.z);
  const richText: Record<string, RichText> = {};
  for (const element of elements) {
    const runs = textFields[element.type] ? elementRichText(doc, element.id) : undefined;
    if (runs && isFormatted(runs)) richText[element.id] = runs;
  }
  return { format: clipboardFormat, version: 1, elements, richText };
}

export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}

/** The payload in clipboard text, or undefined when the text is anything else. */
export function parseClipboard(text: string): ClipboardPayload | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = ClipboardPayload.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Pastes a payload so its top-left corner lands on `at`. Every element gets a new id (so the
 * same payload can be pasted twice, or into the board it came from), connectors are re-pointed
 * to the copies (one whose ends are not in the payload is dropped), and the copies go in front
 * of everything, in their original order. Returns the new ids, in payload order.
 */
export function pasteElements(doc: Y.Doc, payload: ClipboardPayload, at: { x: number; y: number }, origin: Origin, clientId: string): string[] {
  const box = elementsBounds(payload.elements);
  const dx = box ? at.x - box.x : 0;
  const dy = box ? at.y - box.y : 0;
  const ids = new Map(payload.elements.map((element) => [element.id, newId()]));
  const created: string[] = [];
  doc.transact(() => {
    const root = elementsRoot(doc);
    let z = maxZ(doc);
    for (const element of [...payload.elements].sort((a, b) => a.z - b.z)) {
      let copy: BoardElement = { ...element, id: ids.get(element.id)!, x: element.x + dx, y: element.y + dy, z: (z += 1), createdBy: clientId };
      if (copy.type === 'connector') {
        const from = ids.get(copy.from);
        const to = ids.get(copy.to);
        if (!from || !to) continue;
        copy = { ...copy, from, to };
      }
      if (root.has(copy.id)) continue;
      const map = toElementMap(copy);
      root.set(copy.id, map);
      const runs = payload.richText[element.id];
      const field = textFields[copy.type];
      // The runs must spell the element's own text; a mismatch from a foreign payload is ignored.
      if (runs && field && runs.map((run) => run.insert).join('') === (copy as { text?: string }).text) {
        const text = new Y.Text();
        map.set(field, text);
        writeRichText(text, runs);
      }
      created.push(copy.id);
    }
  }, origin);
  const order = new Map(payload.elements.map((element, index) => [ids.get(element.id), index]));
  return created.sort((a, b) => order.get(a)! - order.get(b)!);
}

/** Duplicates the selection, shifted by `offset`; connectors between duplicated elements follow. */
export function duplicateElements(doc: Y.Doc, ids: readonly string[], offset: { x: number; y: number }, origin: Origin, clientId: string): string[] {
  const payload = copySelection(doc, ids);
  const box = elementsBounds(payload.elements);
  if (!box) return [];
  return pasteElements(doc, payload, { x: box.x + offset.x, y: box.y + offset.y }, origin, clientId);
}
