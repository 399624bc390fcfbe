import { z } from 'zod';
import { Contribution, ContributionFields } from '../domain/contribution';
import { Id } from '../domain/ids';
import { procedure } from './procedure';

const inExercise = { exerciseId: Id };

/** What the ecosystem contributed to an exercise. Every call answers with the whole (short) list. */
export const contributionsContract = {
  listContributions: procedure(z.object(inExercise), z.array(Contribution)),
  addContribution: procedure(z.object({ ...inExercise, fields: ContributionFields }), z.array(Contribution)),
  updateContribution: procedure(z.object({ ...inExercise, contributionId: Id, fields: ContributionFields }), z.array(Contribution)),
  removeContribution: procedure(z.object({ ...inExercise, contributionId: Id }), z.array(Contribution)),
};
