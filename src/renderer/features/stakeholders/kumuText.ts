import type { TFunction } from 'i18next';
import type { KumuProblem } from '../../../shared/interchange/kumu';
import type { KumuImportSummary } from '../../../shared/interchange/kumuImport';

/** Names shown in a summary line before "and N more": enough to recognise, short enough to read aloud. */
const namesShown = 8;
const skippedShown = 10;

function names(list: string[], t: TFunction<'actorExchange'>): string {
  const shown = list.slice(0, namesShown).join(', ');
  return list.length > namesShown ? `${shown} ${t('summary.more', { count: list.length - namesShown })}` : shown;
}

/** A refusal as one sentence that says where the fault is: file, sheet, row, column. */
export function problemText(problem: KumuProblem, t: TFunction<'actorExchange'>): string {
  // These sentences name the column or the sheet themselves; "where" would say it twice.
  const namesColumn = problem.code === 'missing_column' || problem.code === 'duplicate_column';
  const namesSheet = problem.code === 'duplicate_sheet';
  const where = [
    problem.file ? t('where.file', { file: problem.file }) : '',
    problem.sheet && !namesSheet ? t('where.sheet', { sheet: problem.sheet === 'elements' ? 'Elements' : 'Connections' }) : '',
    problem.row ? t('where.row', { row: problem.row }) : '',
    problem.column && !namesColumn ? t('where.column', { column: problem.column }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const sheet = problem.sheet === 'connections' ? 'Connections' : 'Elements';
  return t('refused', { problem: t(`problems.${problem.code}`, { where, sheet, column: problem.column ?? '', value: problem.value ?? '', limit: problem.limit ?? '' }) });
}

/** The preview as lines: what is new, updated, unchanged and skipped (each skipped connection named). */
export function summaryLines(summary: KumuImportSummary, t: TFunction<'actorExchange'>): string[] {
  const lines: string[] = [];
  if (summary.newActors.length) lines.push(t('summary.newActors', { count: summary.newActors.length, names: names(summary.newActors, t) }));
  if (summary.updatedActors.length) lines.push(t('summary.updatedActors', { count: summary.updatedActors.length, names: names(summary.updatedActors, t) }));
  if (summary.unchangedActors) lines.push(t('summary.unchangedActors', { count: summary.unchangedActors }));
  if (summary.newConnections) lines.push(t('summary.newConnections', { count: summary.newConnections }));
  if (summary.updatedConnections) lines.push(t('summary.updatedConnections', { count: summary.updatedConnections }));
  if (summary.retypedConnections) lines.push(t('summary.retypedConnections', { count: summary.retypedConnections }));
  if (summary.skippedConnections.length) {
    lines.push(t('summary.skippedConnections', { count: summary.skippedConnections.length }));
    for (const skipped of summary.skippedConnections.slice(0, skippedShown)) lines.push(t(`summary.${skipped.reason}`, { row: skipped.row, from: skipped.from, to: skipped.to }));
    if (summary.skippedConnections.length > skippedShown) lines.push(t('summary.more', { count: summary.skippedConnections.length - skippedShown }));
  }
  return lines;
}

/** True when applying the import would change nothing. */
export function changesNothing(summary: KumuImportSummary): boolean {
  return !summary.newActors.length && !summary.updatedActors.length && !summary.newConnections && !summary.updatedConnections;
}
