import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { cultureRoot, readCulture, seedCultureInstrument, type CultureDiagnosis } from '../../../shared/documents/culture';
import { localIsoDate } from '../../../shared/domain/localDate';
import { useDocRoot } from '../journey/useDocRoot';

/** Seeding is structure, not a user's edit: it syncs like any change but is not undone with Ctrl+Z. */
export const cultureSeedOrigin = 'culture-seed';

/** The diagnosis in the board document, re-read on every change to it (local, remote, undo). */
export function useCulture(doc: Y.Doc): CultureDiagnosis {
  return useDocRoot(doc, cultureRoot, readCulture);
}

/**
 * A new diagnosis board is seeded when it is created (`src/shared/templates/methodSetup.ts`);
 * this writes the default instrument and the baseline round only into one that never was (a
 * board made by an older Minga or copied from elsewhere), in the language of whoever opens it.
 */
export function useSeedCulture(doc: Y.Doc): void {
  const { t, i18n } = useTranslation('culture');
  const locale = i18n.language === 'en' ? 'en' : 'es-CO';
  useEffect(() => {
    seedCultureInstrument(doc, { locale, baselineName: t('rounds.baselineName'), date: today() }, cultureSeedOrigin);
    // Seeded once per board, whatever language is chosen later.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);
}

/** Today as YYYY-MM-DD in the local calendar (the round's date as the facilitator sees it). */
export const today = (): string => localIsoDate();

/** «1.2»: the dimension's place and the statement's place, as the grid and the print name them. */
export function itemNumber(dimensionIndex: number, itemIndex: number): string {
  return `${dimensionIndex + 1}.${itemIndex + 1}`;
}
