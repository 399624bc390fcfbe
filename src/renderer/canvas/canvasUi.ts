import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { RichText } from '../../shared/board/richText';
import type { FormatKey } from './formatting';

/**
 * Canvas state that is not in the document: which element is being edited and what "find on
 * board" matched. Nodes select single facts from it, so a change re-renders only the nodes
 * whose fact changed.
 */
export interface CanvasUiState {
  editingId: string | undefined;
  matches: ReadonlySet<string>;
  currentMatch: string | undefined;
  /** Dots of the last vote and open comments per element, from the facilitation tools. */
  votes: ReadonlyMap<string, number>;
  comments: ReadonlyMap<string, number>;
}

export const createCanvasUi = () => createStore<CanvasUiState>(() => ({ editingId: undefined, matches: new Set(), currentMatch: undefined, votes: new Map(), comments: new Map() }));
export type CanvasUi = StoreApi<CanvasUiState>;

/** What a node may ask of the board; one stable object for the canvas's lifetime. */
export interface CanvasActions {
  ui: CanvasUi;
  /** This tab's client id: private notes of others are blurred. */
  clientId: string;
  startEdit(id: string): void;
  stopEdit(id: string, refocus: boolean): void;
  setText(id: string, field: 'text' | 'title' | 'label', text: string): void;
  /** Toggles bold or italic on a range of an element's text. */
  format(id: string, range: { index: number; length: number }, key: FormatKey): void;
  /** Object URL for an image asset (loaded once and cached), or undefined while loading. */
  assetUrl(assetId: string): Promise<string | undefined>;
  zoneText(zoneKey: string, fallback: { title: string; prompt: string }): { title: string; prompt: string };
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('Canvas nodes render inside a board canvas');
  return actions;
}

export function useEditing(id: string): boolean {
  const { ui } = useCanvasActions();
  return useStore(ui, (state) => state.editingId === id);
}

/** 'current' for the match the find bar is on, 'match' for the others. */
export function useMatch(id: string): 'current' | 'match' | undefined {
  const { ui } = useCanvasActions();
  return useStore(ui, (state) => (state.currentMatch === id ? 'current' : state.matches.has(id) ? 'match' : undefined));
}

/** Dots and open comments on one element (0 when none). */
export function useBadges(id: string): { votes: number; comments: number } {
  const { ui } = useCanvasActions();
  const votes = useStore(ui, (state) => state.votes.get(id) ?? 0);
  const comments = useStore(ui, (state) => state.comments.get(id) ?? 0);
  return { votes, comments };
}

/** Runs of formatted text, or the plain text as one run. */
export function textRuns(text: string, rich: RichText | undefined): RichText {
  return rich ?? [{ insert: text }];
}
