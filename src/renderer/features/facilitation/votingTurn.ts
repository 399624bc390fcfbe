import { create } from 'zustand';

/**
 * Whose turn it is on this laptop, per board. This stays in memory only: in an anonymous vote
 * the pairing of a typed name with its random ballot key must never reach the document, yet the
 * same person may come back to move a dot before the vote closes.
 */
export interface ActiveVoter {
  sessionId: string;
  voterKey: string;
  /** What the screen calls the voter ("Ana", "Participante 3"). */
  label: string;
}

interface VotingTurnState {
  active: Record<string, ActiveVoter | undefined>;
  /** `${sessionId}\n${folded name}` → ballot key, for resuming an anonymous voter's ballot. */
  remembered: Record<string, string>;
  /** Turns started per session, to number "Participante N". */
  turns: Record<string, number>;
  begin(boardId: string, voter: ActiveVoter, name: string): void;
  end(boardId: string): void;
}

export const rememberKey = (sessionId: string, name: string) => `${sessionId}\n${name.trim().toLocaleLowerCase('es')}`;

export const useVotingTurn = create<VotingTurnState>((set) => ({
  active: {},
  remembered: {},
  turns: {},
  begin: (boardId, voter, name) =>
    set((state) => ({
      active: { ...state.active, [boardId]: voter },
      remembered: name.trim() ? { ...state.remembered, [rememberKey(voter.sessionId, name)]: voter.voterKey } : state.remembered,
      turns: { ...state.turns, [voter.sessionId]: (state.turns[voter.sessionId] ?? 0) + 1 },
    })),
  end: (boardId) => set((state) => ({ active: { ...state.active, [boardId]: undefined } })),
}));

/** The voter whose turn it is on a board, or null; for the canvas to place dots on click. */
export function useActiveVoter(boardId: string, sessionId: string | undefined): ActiveVoter | null {
  const voter = useVotingTurn((state) => state.active[boardId]);
  return voter && voter.sessionId === sessionId ? voter : null;
}
