import type { Workshop } from '../../../shared/domain/workshop';

/**
 * The newer of two copies of a workshop. Every change answers with the whole workshop, which
 * is shown at once; a reload (after another window's edit) replaces it once it is newer.
 */
export function newerWorkshop(loaded: Workshop | undefined, changed: Workshop | undefined): Workshop | undefined {
  if (!loaded) return changed;
  if (!changed) return loaded;
  return changed.updatedAt >= loaded.updatedAt ? changed : loaded;
}
