import { minorToDecimal } from '../../shared/domain/money';
import type { Language } from './portfolio';
import { label, messages } from './messages';
import type { ExerciseSummary } from './portfolio';

/**
 * One CSV field. Quoted when it holds a quote, comma, semicolon or line break (quotes doubled,
 * RFC 4180). A text starting with = + - @ (or a tab or carriage return) is what spreadsheets run
 * as a formula — a title like `=HYPERLINK(…)` would become a live link in the coordinator's
 * Excel — so it gets a leading apostrophe, which shows it as text. Numbers are written as numbers.
 */
export function csvField(value: string | number | boolean): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? String(value) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The exercise list as CSV: UTF-8 with a byte-order mark, so Excel (what the centre opens it
 * with) reads tildes and ñ right; CRLF line ends as RFC 4180 says; headers in the language asked.
 */
export function portfolioCsv(exercises: readonly ExerciseSummary[], language: Language): string {
  const text = messages[language];
  const columns: [string, (exercise: ExerciseSummary) => string | number | boolean][] = [
    [text.id, (exercise) => exercise.id],
    [text.exerciseTitle, (exercise) => exercise.title],
    [text.leadEntity, (exercise) => exercise.leadEntity],
    [text.phase, (exercise) => label(text.phases, exercise.phase)],
    [text.sdgs, (exercise) => exercise.sdgs.join(' ')],
    [text.departments, (exercise) => exercise.departments.join(' | ')],
    [text.facilitators, (exercise) => exercise.facilitators.join(' | ')],
    [text.startDate, (exercise) => exercise.startDate],
    [text.endDate, (exercise) => exercise.endDate],
    [text.workshops, (exercise) => exercise.workshops],
    [text.participants, (exercise) => exercise.participants],
    [text.actorsLinked, (exercise) => exercise.actors],
    [text.boards, (exercise) => exercise.boards],
    // Exact decimals of each currency, never a float's rounding.
    [text.contributionsCop, (exercise) => minorToDecimal(exercise.contributions.COP, 'COP')],
    [text.contributionsUsd, (exercise) => minorToDecimal(exercise.contributions.USD, 'USD')],
    [text.indicators, (exercise) => exercise.indicators],
    [text.archived, (exercise) => (exercise.archived ? text.yes : text.no)],
  ];
  const lines = [
    columns.map(([header]) => csvField(header)).join(','),
    ...exercises.map((exercise) => columns.map(([, value]) => csvField(value(exercise))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
