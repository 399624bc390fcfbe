import * as Y from 'yjs';
import { z } from 'zod';
import { validationKeys } from '../domain/errors';
import { newId } from '../domain/ids';
import { limits } from '../domain/limits';
import { methodToolRoot } from './methodRoots';
import { readNumber, readString } from './values';
import { orderBetween, reorder } from './ordering';

/**
 * The impact model's theory of change, in the board document's root `method:impact`:
 *
 * - `statement:<id>`: one Y.Map per statement with its `level`, `text` and `order` (a number, so
 *   a move is one field change and two people moving different statements merge);
 * - `assumption:<link>`: one text per link between two adjacent levels (`inputs>activities` …):
 *   what must hold for one step to lead to the next;
 * - `problem`: the problem the exercise addresses (one text);
 * - `indicator:<indicatorId>`: where an exercise indicator sits in the chain (impactLinks.ts).
 *
 * Every write is one transaction with the caller's origin, so it syncs and undoes with the board.
 * Writers check values first and return a validation key instead of storing a refused value.
 */
export const impactLevels = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const;
export type ImpactLevel = (typeof impactLevels)[number];
export const ImpactLevelSchema = z.enum(impactLevels);

/** The four links of the chain, each named by the two levels it joins. */
export const impactLinks = impactLevels.slice(0, -1).map((level, index) => `${level}>${impactLevels[index + 1]}`) as ImpactLink[];
export type ImpactLink = `${ImpactLevel}>${ImpactLevel}`;

/** Enough for a workshop's theory of change; more is a sign the level should be split up. */
export const maxStatementsPerLevel = 30;

export const StatementText = z
  .string()
  .trim()
  .min(1, { error: validationKeys.required })
  .max(limits.shortText * 2, { error: validationKeys.tooLong });
const LongText = z.string().trim().max(limits.longText, { error: validationKeys.tooLong });

export interface Statement {
  id: string;
  level: ImpactLevel;
  text: string;
  order: number;
}

export interface TheoryOfChange {
  problem: string;
  /** Each level's statements in their order. */
  levels: Record<ImpactLevel, Statement[]>;
  assumptions: Record<ImpactLink, string>;
}

/** What a writer answers: the id it wrote, or the validation key of a refused value. */
export type WriteResult = { ok: true; id: string } | { ok: false; error: string };

export const impactRoot = (doc: Y.Doc) => methodToolRoot(doc, 'impact');

/*
 * Entries sit directly in the root under prefixed keys rather than in nested maps made on first
 * write: two copies that each created a `statements` map offline would clash on that key and one
 * side's statements would be lost, while distinct keys in one map always merge.
 */
const statementKey = (id: string) => `statement:${id}`;
const assumptionKey = (link: ImpactLink) => `assumption:${link}`;

function statementMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const value = impactRoot(doc).get(statementKey(id));
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

const emptyLevels = (): Record<ImpactLevel, Statement[]> => ({ inputs: [], activities: [], outputs: [], outcomes: [], impact: [] });

export function readStatements(doc: Y.Doc): Statement[] {
  const statements: Statement[] = [];
  impactRoot(doc).forEach((value, key) => {
    if (!key.startsWith('statement:') || !(value instanceof Y.Map)) return;
    const id = key.slice('statement:'.length);
    const level = ImpactLevelSchema.safeParse(value.get('level'));
    // A statement from a foreign client with an unknown level is left out rather than guessed.
    if (!level.success) return;
    statements.push({ id, level: level.data, text: readString(value as Y.Map<unknown>, 'text'), order: readNumber(value as Y.Map<unknown>, 'order', 0) });
  });
  return statements.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function readTheoryOfChange(doc: Y.Doc): TheoryOfChange {
  const levels = emptyLevels();
  for (const statement of readStatements(doc)) levels[statement.level].push(statement);
  const root = impactRoot(doc);
  const assumptions = Object.fromEntries(impactLinks.map((link) => [link, readString(root, assumptionKey(link))])) as Record<ImpactLink, string>;
  return { problem: readString(root, 'problem'), levels, assumptions };
}


const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? validationKeys.invalid;

/** Adds a statement at the end of its level. */
export function addStatement(doc: Y.Doc, level: ImpactLevel, text: string, origin?: unknown): WriteResult {
  const parsed = StatementText.safeParse(text);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  if (!ImpactLevelSchema.safeParse(level).success) return { ok: false, error: validationKeys.invalid };
  const siblings = readStatements(doc).filter((statement) => statement.level === level);
  if (siblings.length >= maxStatementsPerLevel) return { ok: false, error: validationKeys.tooMany };
  const id = newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    impactRoot(doc).set(statementKey(id), map);
    map.set('level', level);
    map.set('text', parsed.data);
    map.set('order', orderBetween(siblings.at(-1)?.order, undefined));
  }, origin);
  return { ok: true, id };
}

/** Rewrites a statement's text; an unchanged text writes nothing (no empty undo step). */
export function editStatement(doc: Y.Doc, id: string, text: string, origin?: unknown): string | undefined {
  const parsed = StatementText.safeParse(text);
  if (!parsed.success) return firstIssue(parsed.error);
  const map = statementMap(doc, id);
  if (!map) return validationKeys.invalid;
  if (readString(map, 'text') === parsed.data) return undefined;
  doc.transact(() => map.set('text', parsed.data), origin);
  return undefined;
}

export function removeStatement(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const root = impactRoot(doc);
  if (!statementMap(doc, id)) return false;
  doc.transact(() => root.delete(statementKey(id)), origin);
  return true;
}

/** Moves a statement to position `toIndex` of its level by changing only its `order`. */
export function moveStatement(doc: Y.Doc, id: string, toIndex: number, origin?: unknown): boolean {
  const map = statementMap(doc, id);
  const moving = readStatements(doc).find((statement) => statement.id === id);
  if (!map || !moving) return false;
  const writes = reorder(readStatements(doc).filter((statement) => statement.level === moving.level), id, toIndex);
  if (!writes) return false;
  doc.transact(() => writes.forEach((order, statementId) => statementMap(doc, statementId)?.set('order', order)), origin);
  return true;
}

export function writeAssumption(doc: Y.Doc, link: ImpactLink, text: string, origin?: unknown): string | undefined {
  if (!impactLinks.includes(link)) return validationKeys.invalid;
  const parsed = LongText.safeParse(text);
  if (!parsed.success) return firstIssue(parsed.error);
  const root = impactRoot(doc);
  if (readString(root, assumptionKey(link)) === parsed.data) return undefined;
  doc.transact(() => root.set(assumptionKey(link), parsed.data), origin);
  return undefined;
}

export function writeProblem(doc: Y.Doc, text: string, origin?: unknown): string | undefined {
  const parsed = LongText.safeParse(text);
  if (!parsed.success) return firstIssue(parsed.error);
  const root = impactRoot(doc);
  if (readString(root, 'problem') === parsed.data) return undefined;
  doc.transact(() => root.set('problem', parsed.data), origin);
  return undefined;
}
