import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { cultureRoot, readCulture, seedCultureInstrument, type CultureDiagnosis } from '../../../shared/documents/culture';
import { localIsoDate } from '../../../shared/domain/localDate';
import { useDocRoot } from '../journey/useDocRoot';

/** The diagnosis in the board document, re-read on every change to it (local, remote, undo). */
export function useCulture(doc: Y.Doc): CultureDiagnosis {
  return useDocRoot(doc, cultureRoot, readCulture);
}

/**
 * Writes the default questionnaire and a baseline round, in the UI's language, into a diagnosis
 * that never had them: a board made elsewhere than from the template (new boards are seeded when
 * created). Only on request, never on opening, so two copies never seed apart.
 */
export function useSeedCulture(doc: Y.Doc, origin: unknown): () => void {
  const { t, i18n } = useTranslation('culture');
  const locale = i18n.language === 'en' ? 'en' : 'es-CO';
  return () => {
    seedCultureInstrument(doc, { locale, baselineName: t('rounds.baselineName'), date: localIsoDate() }, origin);
  };
}

/** «1.2»: the dimension's place and the statement's place, as the grid and the print name them. */
export function itemNumber(dimensionIndex: number, itemIndex: number): string {
  return `${dimensionIndex + 1}.${itemIndex + 1}`;
}
