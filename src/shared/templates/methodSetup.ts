import type * as Y from 'yjs';
import type { Locale } from '../contract/system';
import { seedCultureInstrument } from '../documents/culture';
import { localIsoDate } from '../domain/localDate';
import { baselineRoundName } from '../methods/culture/instrument';
import type { MethodTool } from './definition';

/**
 * What a method tool writes into a new board before anyone edits it: its collections (so two
 * laptops adding rows while apart add to the same Y.Map instead of each creating one under the
 * same key, where one would hide the other's rows) and any default content in the board's language.
 * Runs inside the board's creating transaction.
 */
export type MethodSetup = (doc: Y.Doc, locale: Locale) => void;

/*
 * The strategic plan, the impact model and the culture diagnosis keep every entry under its own
 * key in the tool's root (`objective:<id>`, `statement:<id>`…), so they need no collections made
 * in advance; the diagnosis starts with its default questionnaire and a baseline round.
 */
const setups: Partial<Record<MethodTool, MethodSetup>> = {
  culture: (doc, locale) => seedCultureInstrument(doc, { locale, baselineName: baselineRoundName[locale], date: localIsoDate() }),
};

export function setUpMethodTool(doc: Y.Doc, tool: MethodTool, locale: Locale): void {
  setups[tool]?.(doc, locale);
}
