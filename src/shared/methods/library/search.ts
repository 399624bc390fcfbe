import { foldText } from '../../domain/text';
import type { CardLocale, MethodCard, MethodFamily } from './card';

export interface CardQuery {
  /** Free text; every word must appear somewhere in the card (accents and case ignored). */
  text: string;
  /** Only this family, or every family when absent. */
  family?: MethodFamily | undefined;
}

function words(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

/**
 * The cards that match, in the library's order but with name matches first: someone typing
 * "cultura" wants the culture diagnosis before a card that mentions culture in a step.
 * Searches the card's text in the reader's language (what they see) plus its id.
 */
export function searchCards(cards: readonly MethodCard[], query: CardQuery, locale: CardLocale): MethodCard[] {
  const wanted = words(query.text);
  const inFamily = query.family ? cards.filter((card) => card.family === query.family) : [...cards];
  if (wanted.length === 0) return inFamily;
  const scored: { card: MethodCard; nameHits: number }[] = [];
  for (const card of inFamily) {
    const text = card.text[locale];
    const name = foldText(`${text.name} ${card.id}`);
    const body = foldText([text.purpose, text.whenToUse, ...text.steps, ...text.materials, ...text.publicSector].join(' '));
    if (!wanted.every((word) => name.includes(word) || body.includes(word))) continue;
    scored.push({ card, nameHits: wanted.filter((word) => name.includes(word)).length });
  }
  // Array.prototype.sort is stable, so equal scores keep the library's order.
  return scored.sort((a, b) => b.nameHits - a.nameHits).map((entry) => entry.card);
}
