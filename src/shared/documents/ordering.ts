/**
 * Lists kept in order by an `order` number on each entry (journey stages, benchmark cases and
 * criteria, strategy objectives, impact statements). A move usually writes one number between
 * the new neighbours. Entries added on two laptops while apart can share numbers (each took "last
 * + 1"), and no number lies strictly between two equal ones: then the whole list is renumbered
 * 1…n in the order shown, in the same transaction, so the move lands where it was asked to.
 */

/** A number strictly between two neighbours' orders (either may be missing at an end). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/**
 * The orders to write so that `id` ends at `toIndex` of `entries` (given in the order shown):
 * one entry normally, every entry when neighbours tie. Undefined when `id` is not in the list or
 * nothing would change.
 */
export function reorder(entries: readonly { id: string; order: number }[], id: string, toIndex: number): Map<string, number> | undefined {
  const moving = entries.find((entry) => entry.id === id);
  if (!moving) return undefined;
  const others = entries.filter((entry) => entry.id !== id);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), others.length));
  const before = others[index - 1]?.order;
  const after = others[index]?.order;
  const between = orderBetween(before, after);
  const strictlyBetween = (before === undefined || between > before) && (after === undefined || between < after);
  if (strictlyBetween) return between === moving.order ? undefined : new Map([[id, between]]);
  const wanted = [...others.slice(0, index), moving, ...others.slice(index)];
  if (wanted.every((entry, position) => entry === entries[position])) return undefined;
  return new Map(wanted.map((entry, position) => [entry.id, position + 1]));
}
