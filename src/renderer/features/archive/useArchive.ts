import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveProblems, type ArchiveProblem } from '../../../shared/contract';
import { ApiError } from '../../../shared/domain/errors';
import { api } from '../../app/api';
import { archive as catalog } from '../../i18n/catalog/archive';
import { useErrorText, useToast } from '../../ui';
import { downloadBytes } from '../../ui/download';

// Every problem the core can name has its sentence in the catalogue (a type error otherwise).
catalog['es-CO'].problem satisfies Record<ArchiveProblem, string>;

const problemOf = (error: unknown): { problem: ArchiveProblem; entry: string } | undefined => {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.issues?.[0];
  const problem = issue?.key.replace(/^archive\.problem\./, '');
  return issue && (archiveProblems as readonly string[]).includes(problem ?? '') ? { problem: problem as ArchiveProblem, entry: issue.path } : undefined;
};

/** An archive refusal in the user's language, with the entry it concerns; other errors by code. */
export function useArchiveErrorText() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return useCallback((error: unknown) => {
    const refused = problemOf(error);
    if (!refused) return errorText(error);
    return t('archive:refused', { problem: t(`archive:problem.${refused.problem}`, { entry: refused.entry }) });
  }, [t, errorText]);
}

/** Exports everything, or one exercise, and saves the file; reports the outcome in a toast. */
export function useArchiveExport(exerciseId?: string) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const made = await api.exportArchive(exerciseId === undefined ? {} : { exerciseId });
      downloadBytes(made.fileName, made.bytes, 'application/zip');
      toast.show(t('archive:exported', { documents: made.documents, assets: made.assets }), 'success');
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
