import type { SearchHit } from '../../../shared/contract';

/** The route that opens a search hit. */
export function hitPath(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  switch (hit.kind) {
    case 'exercise':
      return `/exercises/${hit.id}`;
    case 'workshop':
      return `/workshops/${hit.id}`;
    case 'board':
      return `/boards/${hit.id}`;
  }
}
