import { z } from 'zod';

/** Every record id is a UUID v4; documents, rows and search entries share it. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** crypto.randomUUID exists both in Node 20 and in browsers, so shared code may call it. */
export function newId(): Id {
  return crypto.randomUUID();
}
