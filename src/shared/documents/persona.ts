import * as Y from 'yjs';
import { z } from 'zod';
import { validationKeys } from '../domain/errors';
import { limits } from '../domain/limits';
import { readString } from './values';

/**
 * The structured profile of a persona board, in the board document's root map `persona`: one
 * plain value per field (last writer wins per field), so it syncs and undoes with the board.
 * The photo is an asset in the local store, referred to by id.
 */
export const personaRoot = 'persona';

const short = z.string().trim().max(limits.shortText, { error: validationKeys.tooLong });
const long = z.string().trim().max(limits.longText, { error: validationKeys.tooLong });

export const PersonaFields = z.object({
  name: short,
  /** Free text: a workshop persona often has an age range ("30–40") rather than one number. */
  age: z.string().trim().max(40, { error: validationKeys.tooLong }),
  occupation: short,
  location: short,
  quote: long,
  goals: long,
  frustrations: long,
  context: long,
});
export type PersonaFields = z.infer<typeof PersonaFields>;
export type PersonaField = keyof PersonaFields;
export const personaFields = Object.keys(PersonaFields.shape) as PersonaField[];

export interface Persona extends PersonaFields {
  /** Asset id of the photo, '' when there is none. */
  photoAssetId: string;
}

export function personaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(personaRoot);
}

export function readPersona(doc: Y.Doc): Persona {
  const map = personaMap(doc);
  const fields = Object.fromEntries(personaFields.map((field) => [field, readString(map, field)])) as PersonaFields;
  return { ...fields, photoAssetId: readString(map, 'photoAssetId') };
}

/**
 * Writes one field after checking it; returns the validation key when the value is refused,
 * undefined otherwise. An unchanged value writes nothing, so it adds no undo step.
 */
export function writePersonaField(doc: Y.Doc, field: PersonaField, value: string, origin?: unknown): string | undefined {
  const parsed = PersonaFields.shape[field].safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? validationKeys.tooLong;
  const map = personaMap(doc);
  if (readString(map, field) === parsed.data) return undefined;
  doc.transact(() => map.set(field, parsed.data), origin);
  return undefined;
}

export function setPersonaPhoto(doc: Y.Doc, assetId: string, origin?: unknown): void {
  const map = personaMap(doc);
  if (map.get('photoAssetId') === assetId) return;
  doc.transact(() => map.set('photoAssetId', assetId), origin);
}
