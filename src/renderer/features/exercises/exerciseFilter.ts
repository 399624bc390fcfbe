import type { ExerciseSummary } from '../../../shared/domain/exercise';
import { foldText } from '../../../shared/domain/text';

/**
 * Narrows the exercise list as the user types, ignoring accents and case ("bogota" finds
 * "Bogotá"); every word must appear in the title or the lead entity.
 */
export function filterExercises(exercises: readonly ExerciseSummary[], filter: string): readonly ExerciseSummary[] {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return exercises;
  return exercises.filter((exercise) => {
    const haystack = foldText(`${exercise.title} ${exercise.leadEntity}`);
    return words.every((word) => haystack.includes(word));
  });
}
