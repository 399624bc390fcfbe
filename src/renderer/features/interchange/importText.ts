import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/domain/errors';
import type { ElementType } from '../../../shared/board/elements';
import { refusalReasons, type RefusalReason } from '../../../shared/interchange/refusal';

const refusedPrefix = 'interchange.refused.';

/** Content first, structure last, as a person would list what a board holds. */
const summaryOrder: readonly ElementType[] = ['note', 'text', 'shape', 'image', 'frame', 'zone', 'connector'];

/** «5 notas, 1 marco, 4 conectores»: Minga's element types in a fixed order, in the reader's language. */
export function createdText(t: TFunction<'interchange'>, created: Record<string, number>): string {
  const parts = summaryOrder.filter((type) => (created[type] ?? 0) > 0).map((type) => t(`elements.${type}`, { count: created[type] }));
  return parts.length > 0 ? parts.join(', ') : t('import.nothing');
}

/** What was left out, by the file's own type names (Excalidraw's `freedraw`, `image` …): data, not UI text. */
export function skippedText(skipped: Record<string, number>): string {
  return Object.entries(skipped).map(([type, count]) => `${count} ${type}`).join(', ');
}

/** The refusal reason the core put in the error's first issue, if it is one. */
export function refusalOf(error: unknown): { reason: RefusalReason; where: string } | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.issues?.[0];
  const reason = issue?.key.startsWith(refusedPrefix) ? issue.key.slice(refusedPrefix.length) : undefined;
  return reason && (refusalReasons as readonly string[]).includes(reason) ? { reason: reason as RefusalReason, where: issue!.path } : undefined;
}

/** A refused file in one sentence or three: which file, why, and where in it. */
export function refusalText(t: TFunction<'interchange'>, fileName: string, refusal: { reason: RefusalReason; where: string }): string {
  return [t('refused.title', { fileName }), t(`refused.${refusal.reason}`), refusal.where ? t('refused.where', { where: refusal.where }) : '']
    .filter(Boolean)
    .join(' ');
}
