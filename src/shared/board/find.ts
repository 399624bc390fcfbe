import { foldText } from '../domain/text';
import type { BoardElement } from './elements';

/** The words of an element that find-on-board and the search index look at. */
export function elementSearchText(element: BoardElement): string {
  switch (element.type) {
    // Author and tags too: «#movilidad» or a participant's name finds their notes.
    case 'note': return element.hidden ? '' : [element.text, element.author, ...element.tags.map((tag) => `#${tag}`)].filter(Boolean).join('\n');
    case 'text':
    case 'shape': return element.text;
    case 'frame': return element.title;
    case 'zone': return [element.title, element.prompt].filter(Boolean).join('\n');
    case 'connector': return element.label;
    case 'image': return element.alt;
  }
}

/**
 * Ids of the elements whose text contains the query, ignoring accents and case ("accion" finds
 * "Acción"), in reading order (top to bottom, then left to right) so "next match" pans
 * predictably. Notes hidden by private mode are not found until revealed.
 */
export function findElements(elements: readonly BoardElement[], query: string): string[] {
  const needle = foldText(query.trim());
  if (!needle) return [];
  return elements
    .filter((element) => foldText(elementSearchText(element)).includes(needle))
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((element) => element.id);
}
