import type { AppHandlers, SearchHit } from '../../shared/contract';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'search'>;

/**
 * Turns what a person typed into an FTS5 query: every word must appear, the last one may be a
 * prefix (search as you type), and nothing typed can inject FTS syntax.
 */
export function toFtsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return '';
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

interface HitRow {
  doc_id: string;
  kind: SearchHit['kind'];
  exercise_id: string;
  workshop_id: string | null;
  title: string;
  snippet: string;
}

export function searchHandlers(context: () => StoreContext): Handlers {
  return {
    search({ query, limit }) {
      const fts = toFtsQuery(query);
      if (!fts) return [];
      const store = context();
      store.projector.flush();
      // bm25 weights: a match in the title counts five times one in the body.
      const rows = store.db
        .prepare<[string, number], HitRow>(
          `SELECT doc_id, kind, exercise_id, workshop_id, title,
                  snippet(search_index, 5, char(2), char(3), '…', 12) AS snippet
           FROM search_index WHERE search_index MATCH ?
           ORDER BY bm25(search_index, 0, 0, 0, 0, 5.0, 1.0) LIMIT ?`,
        )
        .all(fts, limit);
      return rows.map((row) => ({
        id: row.doc_id,
        kind: row.kind,
        title: row.title,
        snippet: row.snippet,
        exerciseId: row.exercise_id,
        ...(row.workshop_id ? { workshopId: row.workshop_id } : {}),
      }));
    },
  };
}
