import type * as Y from 'yjs';
import type { AppHandlers } from '../../shared/contract';
import {
  insertContribution, insertIndicator, readContributions, readIndicators, recordActual, removeActual, removeContribution,
  removeIndicator, updateContribution, updateIndicator,
} from '../../shared/documents/exerciseResults';
import { ApiError, validationKeys } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { endsBeforeBaseline } from '../../shared/domain/indicator';
import { limits } from '../../shared/domain/limits';
import type { Session, StoreContext } from './context';
import { editExercise, exerciseDoc } from './exerciseEdit';

type Handlers = Pick<
  AppHandlers<Session>,
  | 'listContributions' | 'addContribution' | 'updateContribution' | 'removeContribution'
  | 'listIndicators' | 'addIndicator' | 'updateIndicator' | 'removeIndicator' | 'recordActual' | 'removeActual'
>;

/**
 * Contributions and indicators live in the exercise document (src/shared/documents/exerciseResults.ts),
 * so they sync with it and the hub projects them for the dashboard.
 */
export function resultHandlers(context: () => StoreContext): Handlers {
  const edit = <T>(exerciseId: string, session: Session, read: (doc: Y.Doc) => T, change: (doc: Y.Doc, now: string) => boolean): T =>
    editExercise(context(), session, exerciseId, 'contribution or indicator', read, change);
  const list = <T>(exerciseId: string, read: (doc: Y.Doc) => T): T => read(exerciseDoc(context(), exerciseId));
  const refuseWhenFull = (count: number, max: number) => {
    if (count >= max) throw new ApiError('invalid_input', `At most ${max} entries per exercise.`, [{ path: 'fields', key: validationKeys.tooMany }]);
  };

  return {
    listContributions: ({ exerciseId }) => list(exerciseId, readContributions),
    addContribution: ({ exerciseId, fields }, session) =>
      edit(exerciseId, session, readContributions, (doc, now) => {
        refuseWhenFull(readContributions(doc).length, limits.contributions);
        insertContribution(doc, newId(), fields, now);
        return true;
      }),
    updateContribution: ({ exerciseId, contributionId, fields }, session) =>
      edit(exerciseId, session, readContributions, (doc, now) => updateContribution(doc, contributionId, fields, now)),
    removeContribution: ({ exerciseId, contributionId }, session) =>
      edit(exerciseId, session, readContributions, (doc, now) => removeContribution(doc, contributionId, now)),

    listIndicators: ({ exerciseId }) => list(exerciseId, readIndicators),
    addIndicator: ({ exerciseId, fields }, session) =>
      edit(exerciseId, session, readIndicators, (doc, now) => {
        refuseWhenFull(readIndicators(doc).length, limits.indicators);
        insertIndicator(doc, newId(), fields, now);
        return true;
      }),
    updateIndicator: ({ exerciseId, indicatorId, fields }, session) =>
      edit(exerciseId, session, readIndicators, (doc, now) => updateIndicator(doc, indicatorId, fields, now)),
    removeIndicator: ({ exerciseId, indicatorId }, session) =>
      edit(exerciseId, session, readIndicators, (doc, now) => removeIndicator(doc, indicatorId, now)),
    recordActual: ({ exerciseId, indicatorId, actual }, session) =>
      edit(exerciseId, session, readIndicators, (doc, now) => {
        const indicator = readIndicators(doc).find((entry) => entry.id === indicatorId);
        if (!indicator) return false;
        // The baseline lives in the document, so this check cannot sit in the input schema.
        if (endsBeforeBaseline(actual.period, indicator.baseline.date)) {
          throw new ApiError('invalid_input', 'The period ends before the baseline date.', [{ path: 'period', key: validationKeys.periodBeforeBaseline }]);
        }
        if (indicator.actuals.length >= limits.indicatorPeriods && !indicator.actuals.some((entry) => entry.period === actual.period)) {
          throw new ApiError('invalid_input', 'Too many periods.', [{ path: 'period', key: validationKeys.tooMany }]);
        }
        return recordActual(doc, indicatorId, actual, now);
      }),
    removeActual: ({ exerciseId, indicatorId, period }, session) =>
      edit(exerciseId, session, readIndicators, (doc, now) => removeActual(doc, indicatorId, period, now)),
  };
}
