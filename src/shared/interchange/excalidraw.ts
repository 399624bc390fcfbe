import { z } from 'zod';
import { completeElement } from '../board/defaults';
import type { BoardElement, NewElement } from '../board/elements';
import { limits } from '../domain/limits';
import { newId } from '../domain/ids';
import { summarize } from './boardContent';
import { noteColorFor } from './colours';
import type { ImportedBoard } from './jsonCanvasImport';
import { ImportRefused, issuePath, maxImportElements } from './refusal';

/**
 * Excalidraw's `.excalidraw` file (JSON: type, version, source, elements, appState, files), read
 * for what a Minga board can hold. Only the fields used here are checked; an element of a type
 * Minga has no counterpart for (freedraw, image, embeddable …) is counted as skipped, not refused.
 */
const Coordinate = z.number().finite().min(-1e7).max(1e7);
const Binding = z.object({ elementId: z.string().max(256) }).nullish();
export const ExcalidrawElement = z.looseObject({
  id: z.string().min(1).max(256),
  type: z.string().min(1).max(64),
  x: Coordinate,
  y: Coordinate,
  width: z.number().finite().min(-1e6).max(1e6),
  height: z.number().finite().min(-1e6).max(1e6),
  isDeleted: z.boolean().optional(),
  text: z.string().max(100_000).optional(),
  fontSize: z.number().finite().optional(),
  containerId: z.string().max(256).nullish(),
  backgroundColor: z.string().max(64).optional(),
  name: z.string().max(1_000).nullish(),
  startBinding: Binding,
  endBinding: Binding,
  startArrowhead: z.string().max(64).nullish(),
  endArrowhead: z.string().max(64).nullish(),
});
type ExcalidrawElement = z.infer<typeof ExcalidrawElement>;

export const ExcalidrawFile = z.looseObject({
  type: z.literal('excalidraw'),
  version: z.number().int().min(1),
  elements: z.array(ExcalidrawElement).max(maxImportElements),
});

const shapeTypes = new Set(['rectangle', 'ellipse', 'diamond']);
const lineTypes = new Set(['arrow', 'line']);

/**
 * Best effort: a rectangle holding text becomes a note (Excalidraw's sticky note), other
 * rectangles, ellipses and diamonds shapes with their text, free text a text label, a frame a
 * frame, and an arrow or line bound at both ends to imported elements a connector (its text
 * the label). Everything else is counted in the summary's `skipped`, by Excalidraw type.
 */
export function excalidrawToBoard(json: unknown, title: string): ImportedBoard {
  const parsed = ExcalidrawFile.safeParse(json);
  if (!parsed.success) throw new ImportRefused('invalidExcalidraw', issuePath(parsed.error));
  const live = parsed.data.elements.filter((element) => !element.isDeleted);
  const seen = new Set<string>();
  for (const element of live) {
    if (seen.has(element.id)) throw new ImportRefused('duplicateId', element.id);
    seen.add(element.id);
  }
  // Text bound to a shape or an arrow is that element's text, not an element of its own.
  const boundText = new Map<string, string>();
  for (const element of live) {
    if (element.type === 'text' && element.containerId && seen.has(element.containerId)) boundText.set(element.containerId, element.text ?? '');
  }
  const ids = new Map<string, string>();
  const elements: BoardElement[] = [];
  const skipped: Record<string, number> = {};
  const skip = (type: string) => void (skipped[type] = (skipped[type] ?? 0) + 1);
  const add = (source: ExcalidrawElement, element: NewElement) => {
    const id = newId();
    ids.set(source.id, id);
    elements.push(completeElement(element, { id, z: elements.length + 1, createdBy: '' }));
  };

  for (const source of live) {
    const place = placeOf(source);
    const text = boundText.get(source.id);
    if (shapeTypes.has(source.type)) {
      const color = noteColorFor(source.backgroundColor, source.type === 'rectangle' && text ? 'yellow' : 'blue');
      if (source.type === 'rectangle' && text && text.length <= limits.noteText) add(source, { type: 'note', ...place, text, color });
      else add(source, { type: 'shape', ...place, shape: source.type as 'rectangle' | 'ellipse' | 'diamond', text: (text ?? '').slice(0, limits.noteText), color });
    } else if (source.type === 'text') {
      if (source.containerId && seen.has(source.containerId)) continue;
      const fontSize = Math.min(200, Math.max(8, source.fontSize ?? 20));
      add(source, { type: 'text', ...place, text: (source.text ?? '').slice(0, limits.longText), fontSize });
    } else if (source.type === 'frame') {
      add(source, { type: 'frame', ...place, title: (source.name ?? '').slice(0, limits.title) });
    } else if (!lineTypes.has(source.type)) skip(source.type);
  }
  // Connectors last: their ends must already have Minga ids.
  for (const source of live) {
    if (!lineTypes.has(source.type)) continue;
    const from = source.startBinding ? ids.get(source.startBinding.elementId) : undefined;
    const to = source.endBinding ? ids.get(source.endBinding.elementId) : undefined;
    if (!from || !to) {
      skip(source.type);
      continue;
    }
    const endArrow = source.type === 'arrow' && source.endArrowhead != null;
    const startArrow = source.type === 'arrow' && source.startArrowhead != null;
    const reversed = startArrow && !endArrow;
    add(source, {
      type: 'connector', x: 0, y: 0,
      from: reversed ? to : from, to: reversed ? from : to,
      label: (boundText.get(source.id) ?? '').slice(0, limits.shortText),
      arrow: endArrow || startArrow,
    });
  }
  return { content: { title, kind: 'blank', elements, richText: {} }, summary: summarize(elements, skipped) };
}

/** Excalidraw allows negative sizes for a shape drawn up or left; Minga wants the box. */
function placeOf(source: ExcalidrawElement) {
  const width = Math.abs(source.width);
  const height = Math.abs(source.height);
  return {
    x: source.width < 0 ? source.x + source.width : source.x,
    y: source.height < 0 ? source.y + source.height : source.y,
    width: Math.max(1, width),
    height: Math.max(1, height),
  };
}
