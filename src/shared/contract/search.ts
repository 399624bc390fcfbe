import { z } from 'zod';
import { Id } from '../domain/ids';
import { limits } from '../domain/limits';
import { procedure } from './procedure';

export const SearchHit = z.object({
  id: Id,
  kind: z.enum(['exercise', 'workshop', 'board']),
  title: z.string(),
  /** A short excerpt with the matched words between \u0002 and \u0003 markers. */
  snippet: z.string(),
  exerciseId: Id,
  workshopId: Id.optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchContract = {
  search: procedure(
    z.object({ query: z.string().trim().max(limits.searchQuery), limit: z.number().int().min(1).max(100).default(30) }),
    z.array(SearchHit),
  ),
};
