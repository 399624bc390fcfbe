import { useEffect, useState } from 'react';
import { loadBoardDrawing } from '../print/boardDrawing';
import { loadPrintFonts } from '../print/printFonts';

export type BoardDrawing = Awaited<ReturnType<typeof loadBoardDrawing>>;

/**
 * The drawings of a report's boards (the same static vector drawing as a board's own PDF), and
 * whether they have all loaded, so the report is not printed before its boards are drawn. A
 * board that cannot be loaded is left as its notes list.
 */
export function useBoardDrawings(ids: readonly string[] | undefined): { drawings: ReadonlyMap<string, BoardDrawing>; ready: boolean } {
  const [state, setState] = useState<{ key: string; drawings: Map<string, BoardDrawing> }>();
  const key = ids?.join(',');
  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all([
      loadPrintFonts(),
      ...wanted.map((id) => loadBoardDrawing(id).then((drawing) => [id, drawing] as const, () => undefined)),
    ]).then(([, ...loaded]) => {
      if (!live) return;
      setState({ key, drawings: new Map(loaded.filter((entry): entry is readonly [string, BoardDrawing] => entry !== undefined)) });
    });
    return () => {
      live = false;
    };
  }, [key]);
  const current = state && state.key === key ? state.drawings : undefined;
  return { drawings: current ?? new Map(), ready: current !== undefined };
}
