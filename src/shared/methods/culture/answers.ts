import { z } from 'zod';
import { validationKeys } from '../../domain/errors';
import { likertPoints, type LikertPoint } from './instrument';

/**
 * One respondent's answer to one statement: a point of the 1–5 agreement scale, or «No sé / no
 * aplica» ('dk'), which is kept (it says the person saw the statement) but counted in no mean.
 */
export const dontKnow = 'dk' as const;
export const LikertAnswer = z.union(
  [z.number().int().min(1).max(5).transform((value) => value as LikertPoint), z.literal(dontKnow)],
  { error: validationKeys.likertAnswer },
);
export type LikertAnswer = LikertPoint | typeof dontKnow;

/** Typed as «No sé» in the answer grid: a question mark in both languages, or the initials. */
const dontKnowWords = new Set(['?', 'ns', 'nsna', 'dk', 'na', 'n/a']);

/**
 * Reads what someone typed in an answer cell. Empty clears the answer (`null`); «?», «NS» or «DK»
 * is «No sé»; a digit 1–5 is an agreement point. Anything else (0, 6, 2,5, text) is refused with
 * the validation key and nothing is stored.
 */
export function parseAnswerInput(text: string): { ok: true; value: LikertAnswer | null } | { ok: false; error: string } {
  const typed = text.trim().toLowerCase();
  if (typed === '') return { ok: true, value: null };
  if (dontKnowWords.has(typed)) return { ok: true, value: dontKnow };
  if (!/^[0-9]+$/.test(typed)) return { ok: false, error: validationKeys.likertAnswer };
  const parsed = LikertAnswer.safeParse(Number(typed));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: validationKeys.likertAnswer };
}

/** The cell's text for a stored answer ('' when there is none). */
export function answerText(answer: LikertAnswer | undefined): string {
  if (answer === undefined) return '';
  return answer === dontKnow ? '?' : String(answer);
}

export const isLikertPoint = (value: unknown): value is LikertPoint => typeof value === 'number' && (likertPoints as readonly number[]).includes(value);
