import { z } from 'zod';
import { validationKeys } from './errors';
import { limits } from './limits';

/** Trimmed required text with a length limit; messages are catalogue keys. */
export function requiredText(max: number = limits.shortText) {
  return z
    .string({ error: validationKeys.required })
    .trim()
    .min(1, { error: validationKeys.required })
    .max(max, { error: validationKeys.tooLong });
}

/** Trimmed optional text; an empty string is kept as empty (forms submit ''). */
export function optionalText(max: number = limits.shortText) {
  return z.string().trim().max(max, { error: validationKeys.tooLong }).default('');
}

/** A calendar date as YYYY-MM-DD, or '' for "not set". */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: validationKeys.invalidDate })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: validationKeys.invalidDate });
export const OptionalIsoDate = z.union([z.literal(''), IsoDate]).default('');

/** A list of short strings (team members, other actors), blanks dropped. */
export function textList(maxItems: number = limits.listItems) {
  return z
    .array(z.string().trim().max(limits.shortText, { error: validationKeys.tooLong }))
    .max(maxItems, { error: validationKeys.tooMany })
    .transform((items) => items.filter((item) => item.length > 0))
    .default([]);
}

/** Folds accents and case so that "participacion" matches "participación". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('es');
}
