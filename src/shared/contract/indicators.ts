import { z } from 'zod';
import { Id } from '../domain/ids';
import { Indicator, IndicatorFields, PeriodValue } from '../domain/indicator';
import { Period } from '../domain/period';
import { procedure } from './procedure';

const inExercise = { exerciseId: Id };

/**
 * An exercise's indicators (IATI results model). Every call answers with the whole list, so the
 * overview and the impact model redraw from one consistent value.
 */
export const indicatorsContract = {
  listIndicators: procedure(z.object(inExercise), z.array(Indicator)),
  addIndicator: procedure(z.object({ ...inExercise, fields: IndicatorFields }), z.array(Indicator)),
  updateIndicator: procedure(z.object({ ...inExercise, indicatorId: Id, fields: IndicatorFields }), z.array(Indicator)),
  removeIndicator: procedure(z.object({ ...inExercise, indicatorId: Id }), z.array(Indicator)),
  /** Records or corrects the actual of one period; refused when the period ends before the baseline. */
  recordActual: procedure(z.object({ ...inExercise, indicatorId: Id, actual: PeriodValue }), z.array(Indicator)),
  removeActual: procedure(z.object({ ...inExercise, indicatorId: Id, period: Period }), z.array(Indicator)),
};
