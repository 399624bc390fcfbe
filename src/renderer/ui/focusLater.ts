/** An element to focus, by its id or as a node (a ref's current value). */
export type FocusTarget = string | HTMLElement | null | undefined;

/**
 * After the change on screen is drawn, focuses the first of `targets` that is still on the page
 * and enabled. Used when the focused control goes away (its row was removed, its button became
 * disabled, its node moved), so the keyboard stays where the person was working instead of
 * falling to the top of the page. The frame's wait also lets a closing ConfirmDialog hand focus
 * back (to the removed button) first.
 */
export function focusLater(...targets: FocusTarget[]): void {
  requestAnimationFrame(() => {
    for (const target of targets) {
      const element = typeof target === 'string' ? document.getElementById(target) : target;
      if (!element?.isConnected || (element as HTMLButtonElement).disabled) continue;
      element.focus();
      return;
    }
  });
}

/** Ids of the same control in the rows before and after `index`: next first, then previous. */
export function neighbourIds(ids: readonly string[], index: number, idOf: (id: string) => string): string[] {
  return [ids[index + 1], ids[index - 1]].filter((id): id is string => id !== undefined).map(idOf);
}
