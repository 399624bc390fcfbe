import { z } from 'zod';
import { Exercise, ExerciseFields, ExerciseSummary } from '../domain/exercise';
import { Id } from '../domain/ids';
import { procedure } from './procedure';

export const exercisesContract = {
  listExercises: procedure(z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }), z.array(ExerciseSummary)),
  getExercise: procedure(z.object({ id: Id }), Exercise),
  createExercise: procedure(ExerciseFields, Exercise),
  updateExercise: procedure(z.object({ id: Id, fields: ExerciseFields }), Exercise),
  archiveExercise: procedure(z.object({ id: Id, archived: z.boolean() }), Exercise),
};
