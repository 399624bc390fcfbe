/**
 * A catalogue namespace is declared once with both languages; `satisfies` makes a key missing
 * in English (or Spanish) a type error rather than a blank on the projector.
 */
export type Messages = { readonly [key: string]: string | Messages };
type SameShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export function defineNamespace<const T extends Messages>(catalog: { 'es-CO': T; en: SameShape<T> }) {
  return catalog;
}
