import type { BoardElement } from '../board/elements';

/**
 * The part of a board a selection exports: the selected elements, and the connectors whose two
 * ends are both in it (a connector to something left out would point at nothing). The drawing's
 * bounds then come from these alone.
 */
export function selectedElements(elements: readonly BoardElement[], only: readonly string[]): BoardElement[] {
  const chosen = new Set(only);
  return elements.filter((element) => chosen.has(element.id) || (element.type === 'connector' && chosen.has(element.from) && chosen.has(element.to)));
}
