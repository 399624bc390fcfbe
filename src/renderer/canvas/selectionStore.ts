import { createStore, useStore } from 'zustand';

/**
 * The open board's selection, for what lives outside the canvas (the board header's export
 * offers «Solo la selección»). A window shows one board canvas at a time; the canvas publishes
 * its selection here and clears it when it closes.
 */
export const boardSelection = createStore<{ ids: readonly string[] }>(() => ({ ids: [] }));

export function useBoardSelection(): readonly string[] {
  return useStore(boardSelection, (state) => state.ids);
}
