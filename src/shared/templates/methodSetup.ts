import type * as Y from 'yjs';
import { methodToolRoot } from '../documents/methodRoots';
import type { Locale } from '../contract/system';
import type { MethodTool } from './definition';

/**
 * What a method tool writes into a new board before anyone edits it: its collections (so two
 * laptops adding rows while apart add to the same Y.Map instead of each creating one under the
 * same key, where one would hide the other's rows) and any default content in the board's language.
 * Runs inside the board's creating transaction.
 */
export type MethodSetup = (root: Y.Map<unknown>, locale: Locale) => void;

const setups: Partial<Record<MethodTool, MethodSetup>> = {};

export function setUpMethodTool(doc: Y.Doc, tool: MethodTool, locale: Locale): void {
  setups[tool]?.(methodToolRoot(doc, tool), locale);
}
