import { create } from 'zustand';

export const workshopTabIds = ['details', 'agenda', 'participants', 'decisions', 'boards'] as const;
export type WorkshopTabId = (typeof workshopTabIds)[number];

/**
 * The open tab per workshop for this session, so coming back from a board lands on the
 * Boards tab rather than on the details.
 */
export const useWorkshopTabs = create<{ tabs: Record<string, WorkshopTabId>; select: (workshopId: string, tab: WorkshopTabId) => void }>(
  (set) => ({
    tabs: {},
    select: (workshopId, tab) => set((state) => ({ tabs: { ...state.tabs, [workshopId]: tab } })),
  }),
);
