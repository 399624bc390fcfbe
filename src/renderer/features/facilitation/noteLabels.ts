import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { noteHeadline, readNoteSummaries } from '../../../shared/board/facilitation';
import { useDocValue } from './useDocValue';

const readLabels = (doc: Y.Doc) => new Map(readNoteSummaries(doc).map((note) => [note.id, note.hidden ? null : noteHeadline(note.text)]));

/**
 * How the panels name a note: its first line, "Hidden note" while private mode hides it (the
 * panels must not leak what the board blurs), "Empty note", or "Deleted note".
 */
export function useNoteLabel(doc: Y.Doc): (id: string, removedFallback?: string) => string {
  const { t } = useTranslation('facilitation');
  const labels = useDocValue(doc, readLabels);
  return useCallback(
    (id: string, removedFallback?: string) => {
      if (!labels.has(id)) return removedFallback || t('voting.removedNote');
      const label = labels.get(id);
      if (label === null) return t('voting.hiddenNote');
      return label || t('voting.emptyNote');
    },
    [labels, t],
  );
}
