import { create } from 'zustand';

/** List view choices that should survive a visit to an exercise and back. */
interface ExerciseListView {
  showArchived: boolean;
  filter: string;
  setShowArchived: (showArchived: boolean) => void;
  setFilter: (filter: string) => void;
}

export const useExerciseListView = create<ExerciseListView>((set) => ({
  showArchived: false,
  filter: '',
  setShowArchived: (showArchived) => set({ showArchived }),
  setFilter: (filter) => set({ filter }),
}));
