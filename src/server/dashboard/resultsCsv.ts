import { minorToDecimal } from '../../shared/domain/money';
import { csvField } from './csv';
import { label, messages } from './messages';
import type { Language } from './portfolio';
import type { ContributionRow, IndicatorRow } from '../projections/rows';

type Column<T> = [string, (row: T) => string | number];

/** UTF-8 with a byte-order mark and CRLF, like the portfolio CSV (see csv.ts for why). */
function csv<T>(columns: Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map(([header]) => csvField(header)).join(','), ...rows.map((row) => columns.map(([, value]) => csvField(value(row))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

interface OfExercise { exerciseTitle: string }

/** One line per indicator of the exercises listed: baseline, final target, latest actual, progress in %. */
export function indicatorsCsv(rows: readonly (IndicatorRow & OfExercise & { progress: number | null })[], language: Language): string {
  const text = messages[language];
  return csv<(typeof rows)[number]>([
    [text.exerciseId, (row) => row.exerciseId], [text.exerciseTitle, (row) => row.exerciseTitle], [text.indicator, (row) => row.title],
    [text.unit, (row) => row.unit], [text.baseline, (row) => row.baseline], [text.baselineDate, (row) => row.baselineDate],
    [text.target, (row) => row.target ?? ''], [text.targetPeriod, (row) => row.targetPeriod],
    [text.current, (row) => row.actual ?? ''], [text.currentPeriod, (row) => row.actualPeriod],
    [text.progressPercent, (row) => (row.progress === null ? '' : Math.round(row.progress * 100))],
    [text.source, (row) => row.source], [text.responsible, (row) => row.responsible],
  ], rows);
}

/** One line per contribution, its amount as an exact decimal in its own currency. */
export function contributionsCsv(rows: readonly (ContributionRow & OfExercise)[], language: Language): string {
  const text = messages[language];
  return csv<(typeof rows)[number]>([
    [text.exerciseId, (row) => row.exerciseId], [text.exerciseTitle, (row) => row.exerciseTitle], [text.contributor, (row) => row.contributor],
    [text.contributionKind, (row) => label(text.contributionKinds, row.kind)], [text.date, (row) => row.date],
    [text.currency, (row) => row.currency], [text.amount, (row) => minorToDecimal(row.amountMinor, row.currency)],
  ], rows);
}
