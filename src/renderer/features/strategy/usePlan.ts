import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readStrategyPlan, strategyRoot, type StrategyPlan } from '../../../shared/documents/strategy';
import { localIsoDate } from '../../../shared/domain/localDate';
import { formatDate } from '../../i18n/format';
import { useDocRoot } from '../journey/useDocRoot';

/** The plan in the board document, re-read on every change (local, another window's, an undo). */
export function usePlan(doc: Y.Doc): StrategyPlan {
  return useDocRoot(doc, strategyRoot, readStrategyPlan);
}

/** The UI language and a date formatter in it, for the plan's views. */
export function usePlanLocale(): { locale: string; date: (iso: string) => string; today: string } {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'es-CO';
  // Today as the facilitator's calendar has it; read once per view, which is enough for a session.
  const today = useMemo(() => localIsoDate(), []);
  return { locale, date: (iso: string) => formatDate(iso, locale), today };
}
