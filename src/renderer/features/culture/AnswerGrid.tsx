import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addRespondent, removeRespondent, setAnswer, type CultureDiagnosis, type CultureRespondent } from '../../../shared/documents/culture';
import { Button, ConfirmDialog, focusLater, neighbourIds } from '../../ui';
import { validationMessageKey } from '../../ui/fieldIssues';
import { AnswerCell, type GridMove } from './AnswerCell';
import { itemNumber } from './useCulture';

const removeRespondentId = (id: string) => `culture-respondent-${id}-remove`;

const steps: Record<GridMove, readonly [number, number]> = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] };

interface CellError { respondentId: string; itemId: string; number: number; item: string; key: string }

/**
 * A round's answers as a grid: a row per statement, a column per anonymous respondent (one
 * paper questionnaire typed down its column). Arrows and Enter move between cells.
 */
export function AnswerGrid({ doc, origin, culture, roundId }: { doc: Y.Doc; origin: unknown; culture: CultureDiagnosis; roundId: string }) {
  const { t } = useTranslation('culture');
  const { t: tAny } = useTranslation();
  const errorId = useId();
  const table = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<CellError | undefined>();
  /** The new respondent's column, focused once it is drawn. */
  const focusColumn = useRef<number | undefined>(undefined);
  const [removing, setRemoving] = useState<{ respondent: CultureRespondent; number: number } | undefined>();
  const respondents = culture.respondents.filter((respondent) => respondent.roundId === roundId);
  const items = culture.dimensions.flatMap((dimension, dimensionIndex) => dimension.items.map((item, itemIndex) => ({ item, number: itemNumber(dimensionIndex, itemIndex) })));

  const focusCell = (row: number, column: number) => table.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-column="${column}"]`)?.focus();
  useEffect(() => {
    if (focusColumn.current === undefined) return;
    focusCell(0, focusColumn.current);
    focusColumn.current = undefined;
  });

  const move = (row: number, column: number, direction: GridMove) => {
    const [rows, columns] = steps[direction];
    focusCell(row + rows, column + columns);
  };

  const add = () => {
    focusColumn.current = respondents.length;
    if (!addRespondent(doc, roundId, origin).ok) focusColumn.current = undefined;
  };
  /** Removes the column; focus goes to the next column's remove button (or the previous one's), else the add button. */
  const removeNow = (respondent: CultureRespondent) => {
    const ids = respondents.map((entry) => entry.id);
    if (!removeRespondent(doc, respondent.id, origin)) return;
    focusLater(...neighbourIds(ids, ids.indexOf(respondent.id), removeRespondentId), addButton.current);
  };
  const remove = (respondent: CultureRespondent, number: number) => {
    if (Object.keys(respondent.answers).length === 0) removeNow(respondent);
    else setRemoving({ respondent, number });
  };

  return (
    <div className="culture-answers">
      {error ? (
        <p id={errorId} className="culture-error" role="alert">
          {t('answers.cellError', { number: error.number, item: error.item, message: tAny(validationMessageKey(error.key) ?? 'validation:invalid') })}
        </p>
      ) : null}
      {respondents.length === 0 ? <p className="culture-note">{t('answers.none')}</p> : null}
      <div>
        <Button ref={addButton} variant="primary" onClick={add}>
          {t('answers.add')}
        </Button>
      </div>
      <div className="culture-grid-scroll">
        <table className="culture-grid" ref={table}>
          <thead>
            <tr>
              <th scope="col">{t('answers.statement')}</th>
              {respondents.map((respondent, index) => (
                <th scope="col" key={respondent.id} className="culture-grid__respondent">
                  {t('answers.respondent', { number: index + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {culture.dimensions.map((dimension, dimensionIndex) => (
              <Fragment key={dimension.id}>
                <tr className="culture-grid__dimension">
                  <th scope="colgroup" colSpan={respondents.length + 1}>
                    {dimensionIndex + 1}. {dimension.name}
                  </th>
                </tr>
                {dimension.items.map((item, itemIndex) => {
                  const number = itemNumber(dimensionIndex, itemIndex);
                  const row = items.findIndex((entry) => entry.item.id === item.id);
                  return (
                    <tr key={item.id}>
                      <th scope="row" className="culture-grid__statement">
                        <span className="culture-grid__number">{number}</span> {item.text}
                        {item.reversed ? <span className="culture-tag"> ({t('answers.reversed')})</span> : null}
                      </th>
                      {respondents.map((respondent, column) => {
                        const mine = error?.respondentId === respondent.id && error.itemId === item.id;
                        return (
                          <td key={respondent.id}>
                            <AnswerCell
                              answer={respondent.answers[item.id]}
                              label={t('answers.cell', { number: column + 1, item: number })}
                              row={row}
                              column={column}
                              errorId={mine ? errorId : undefined}
                              onCommit={(value) => setAnswer(doc, respondent.id, item.id, value, origin)}
                              onError={(key) => {
                                if (key) setError({ respondentId: respondent.id, itemId: item.id, number: column + 1, item: number, key });
                                else if (mine) setError(undefined);
                              }}
                              onMove={(direction) => move(row, column, direction)}
                            />
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
          {respondents.length > 0 ? (
            <tfoot>
              <tr>
                <td />
                {respondents.map((respondent, index) => (
                  <td key={respondent.id}>
                    <Button id={removeRespondentId(respondent.id)} variant="ghost" className="culture-grid__remove" onClick={() => remove(respondent, index + 1)}>
                      {t('answers.remove', { number: index + 1 })}
                    </Button>
                  </td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <ConfirmDialog
        open={removing !== undefined}
        danger
        title={t('answers.removeTitle', { number: removing?.number ?? 0 })}
        body={t('answers.removeBody', { count: removing ? Object.keys(removing.respondent.answers).length : 0 })}
        confirmLabel={t('answers.removeConfirm')}
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          if (removing) removeNow(removing.respondent);
          setRemoving(undefined);
        }}
      />
    </div>
  );
}
