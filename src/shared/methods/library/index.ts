import type { MethodCard, MethodFamily } from './card';
import { decideCards } from './decide';
import { facilitateCards } from './facilitate';
import { ideateCards } from './ideate';
import { measureCards } from './measure';
import { planCards } from './plan';
import { understandCards } from './understand';

export { MethodCard, MethodCardText, MethodFamily, methodFamilies, cardLocales, type CardLocale } from './card';
export { searchCards, type CardQuery } from './search';

/**
 * Every method card, in the order of an exercise's arc (understand → … → measure), then the
 * facilitation methods. A new card is one entry in its family's file; a test checks every card
 * against the schema and that each board template has at least one card that opens it.
 */
export const methodCards: readonly MethodCard[] = [
  ...understandCards, ...ideateCards, ...decideCards, ...planCards, ...measureCards, ...facilitateCards,
];

export function methodCardById(id: string): MethodCard | undefined {
  return methodCards.find((card) => card.id === id);
}

export function cardsInFamily(family: MethodFamily): MethodCard[] {
  return methodCards.filter((card) => card.family === family);
}
