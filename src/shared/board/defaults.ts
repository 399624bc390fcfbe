import type { BoardElement, ElementType, NewElement } from './elements';
import { BoardElement as BoardElementSchema } from './elements';

/**
 * What a new element gets when its creator says nothing else. Sizes suit a projected board:
 * a note holds three short lines at 100 %, a frame a group of notes.
 */
export const elementDefaults: { [T in ElementType]: Record<string, unknown> } = {
  note: { width: 180, height: 120, color: 'yellow', text: '', author: '', tags: [], hidden: false },
  text: { width: 240, height: 48, text: '', fontSize: 24 },
  shape: { width: 160, height: 100, shape: 'rectangle', text: '', color: 'blue' },
  connector: { width: 1, height: 1, fromSide: null, toSide: null, label: '', arrow: true },
  image: { width: 320, height: 240, alt: '' },
  frame: { width: 800, height: 500, title: '', order: 0 },
  zone: { width: 400, height: 300, zoneKey: '', title: '', prompt: '', color: '#f1f5f9' },
};

/** Zones are template structure: locked unless the caller says otherwise. */
const lockedByDefault: Partial<Record<ElementType, boolean>> = { zone: true };

/**
 * A complete, validated element from what a caller gave. Throws (ZodError) on invalid input,
 * such as a connector without ends or a negative size, so bad data never reaches the document.
 */
export function completeElement(input: NewElement, fill: { id: string; z: number; createdBy: string }): BoardElement {
  const candidate = {
    ...elementDefaults[input.type],
    locked: lockedByDefault[input.type] ?? false,
    z: fill.z,
    ...input,
    id: fill.id,
    createdBy: fill.createdBy,
  };
  return BoardElementSchema.parse(candidate);
}
