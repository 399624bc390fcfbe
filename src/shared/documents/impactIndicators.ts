import type * as Y from 'yjs';
import { z } from 'zod';
import { validationKeys } from '../domain/errors';
import { Id } from '../domain/ids';
import { impactRoot, ImpactLevelSchema, readStatements, type ImpactLevel } from './impactModel';

/**
 * Where each of the exercise's indicators sits in this board's theory of change. The indicators
 * themselves live in the exercise document (exerciseResults.ts), so they roll up to the exercise
 * overview and the hub; only the link is the board's own, stored in the impact root under
 * `indicator:<indicatorId>` as one plain value (the last writer wins for one indicator, and
 * different indicators merge). Another impact board of the same exercise may place them
 * differently: it is that board's reading of the chain.
 */
export const IndicatorLink = z.object({
  level: ImpactLevelSchema,
  /** '' when the indicator measures the level as a whole. */
  statementId: z.string().default(''),
});
export type IndicatorLink = z.infer<typeof IndicatorLink>;

const linkKey = (indicatorId: string) => `indicator:${indicatorId}`;

/**
 * Every stored link by indicator id. A link to a statement removed since reads as a link to its
 * level (the statement is gone, the level it measured is not).
 */
export function readIndicatorLinks(doc: Y.Doc): Record<string, IndicatorLink> {
  const statements = new Map(readStatements(doc).map((statement) => [statement.id, statement.level]));
  const links: Record<string, IndicatorLink> = {};
  impactRoot(doc).forEach((value, key) => {
    if (!key.startsWith('indicator:')) return;
    const parsed = IndicatorLink.safeParse(value);
    if (!parsed.success) return;
    const { level, statementId } = parsed.data;
    links[key.slice('indicator:'.length)] = { level, statementId: statements.get(statementId) === level ? statementId : '' };
  });
  return links;
}

/**
 * Links an indicator to a level (and optionally one statement of that level), or unlinks it with
 * `undefined`. Refuses an indicator id that is not an id, an unknown level, and a statement that
 * is not on that level; returns the validation key then, undefined otherwise.
 */
export function linkIndicator(doc: Y.Doc, indicatorId: string, link: { level: ImpactLevel; statementId?: string } | undefined, origin?: unknown): string | undefined {
  if (!Id.safeParse(indicatorId).success) return validationKeys.invalid;
  const root = impactRoot(doc);
  const key = linkKey(indicatorId);
  if (link === undefined) {
    if (root.has(key)) doc.transact(() => root.delete(key), origin);
    return undefined;
  }
  const parsed = IndicatorLink.safeParse(link);
  if (!parsed.success) return validationKeys.invalid;
  const { level, statementId } = parsed.data;
  if (statementId && !readStatements(doc).some((statement) => statement.id === statementId && statement.level === level)) return validationKeys.invalid;
  const current = IndicatorLink.safeParse(root.get(key));
  if (current.success && current.data.level === level && current.data.statementId === statementId) return undefined;
  doc.transact(() => root.set(key, { level, statementId }), origin);
  return undefined;
}
