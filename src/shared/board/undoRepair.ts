import * as Y from 'yjs';
import { BoardElement, type ElementType } from './elements';
import { elementsRoot, readElementMap, textFields } from './elementMaps';

/** The fields each element type stores (what a view adds on top, like rich text runs, is left out). */
const storedFields = new Map<ElementType, ReadonlySet<string>>(
  BoardElement.options.map((schema) => [schema.shape.type.value, new Set(Object.keys(schema.shape))]),
);

/**
 * Yjs's UndoManager never overwrites someone else's change, which leaves one sharp edge on maps:
 * when two people set the same key at once (both move a note) and the one whose value won then
 * undoes, the undo removes the winning value and restores nothing (the older value was replaced
 * by both), so the key is left empty. A note without `x` no longer reads as an element and would
 * vanish from the board. After an undo or redo, every element it touched that was readable
 * before and is not now gets its missing fields back from its last readable values (the note
 * stays where it was before the undo). Returns the ids repaired.
 */
export function restoreElementsEmptiedByUndo(
  doc: Y.Doc,
  changedTypes: Iterable<unknown>,
  before: ReadonlyMap<string, BoardElement>,
  origin: unknown,
): string[] {
  const changed = new Set(changedTypes);
  const repaired: string[] = [];
  const root = elementsRoot(doc);
  doc.transact(() => {
    root.forEach((map, id) => {
      const last = before.get(id);
      if (!last || !changed.has(map) || !(map instanceof Y.Map) || readElementMap(id, map)) return;
      const textField = textFields[last.type];
      for (const [key, value] of Object.entries(last)) {
        if (key === 'id' || map.has(key) || !storedFields.get(last.type)?.has(key)) continue;
        if (key === textField) map.set(key, new Y.Text(String(value)));
        else map.set(key, Array.isArray(value) ? [...(value as unknown[])] : value);
      }
      if (readElementMap(id, map)) repaired.push(id);
    });
  }, origin);
  return repaired;
}
