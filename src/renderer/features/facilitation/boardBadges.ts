import type * as Y from 'yjs';
import { isPrivateModeOn, readCommentCounts, readVoteTotals } from '../../../shared/board/facilitation';
import { useDocValue } from './useDocValue';

/*
 * What the canvas draws from the facilitation tools, as hooks that follow the document:
 * dot totals of the last vote and open comments per element, and whether private mode is on.
 */
export function useVoteTotals(doc: Y.Doc): Map<string, number> {
  return useDocValue(doc, readVoteTotals);
}

export function useCommentCounts(doc: Y.Doc): Map<string, number> {
  return useDocValue(doc, readCommentCounts);
}

export function usePrivateMode(doc: Y.Doc): boolean {
  return useDocValue(doc, isPrivateModeOn);
}
