import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addCriterion, moveCriterion, removeCriterion, updateCriterion, type BenchmarkCriterion } from '../../../shared/documents/benchmark';
import type { BenchmarkResults } from '../../../shared/methods/benchmark/results';
import { totalWeight } from '../../../shared/methods/benchmark/score';
import { IconButton, useToast } from '../../ui';
import { CriterionForm } from './CriterionForm';
import { formatPercent, formatWeight } from './display';

/** The weighted criteria: each weight with its share of the total, edited in place, plus the form to add one. */
export function CriteriaSection({ doc, origin, criteria, shares }: { doc: Y.Doc; origin: unknown; criteria: readonly BenchmarkCriterion[]; shares: BenchmarkResults['shares'] }) {
  const { t, i18n } = useTranslation('benchmark');
  const toast = useToast();
  const [editing, setEditing] = useState<string | undefined>();
  // The removed row's button goes with it: focus lands on the section's heading, not on the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const locale = i18n.language;
  const refusal = (result: { refused: string } | { id: string } | undefined) => (result && 'refused' in result ? result.refused : undefined);

  const remove = (criterion: BenchmarkCriterion) => {
    if (!removeCriterion(doc, criterion.id, origin)) return;
    heading.current?.focus();
    toast.show(t('criteria.removed', { name: criterion.name }));
  };

  return (
    <section className="benchmark-section" aria-labelledby="benchmark-criteria-heading">
      <h2 id="benchmark-criteria-heading" className="benchmark-section__title" ref={heading} tabIndex={-1}>{t('criteria.heading')}</h2>
      {criteria.length === 0 ? (
        <p className="muted">{t('criteria.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table benchmark-list">
            <thead>
              <tr>
                <th scope="col">{t('criteria.name')}</th>
                <th scope="col" className="table__number">{t('criteria.weight')}</th>
                <th scope="col" className="table__number">{t('criteria.share')}</th>
                <th scope="col" className="table__actions"><span className="visually-hidden">{t('criteria.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((criterion, index) => (
                <Fragment key={criterion.id}>
                  {editing === criterion.id ? (
                    <tr>
                      <td colSpan={4}>
                        <CriterionForm
                          initial={{ name: criterion.name, weight: criterion.weight }}
                          onSave={(fields) => {
                            const refused = updateCriterion(doc, criterion.id, fields, origin)?.refused;
                            if (!refused) setEditing(undefined);
                            return refused;
                          }}
                          onCancel={() => setEditing(undefined)}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr>
                      <th scope="row" className="table__title">{criterion.name}</th>
                      <td className="table__number">{formatWeight(criterion.weight, locale)}</td>
                      <td className="table__number">{formatPercent(shares.get(criterion.id), locale)}</td>
                      <td className="table__actions">
                        <div className="benchmark-actions">
                          <IconButton label={t('criteria.moveUp', { name: criterion.name })} icon="↑" disabled={index === 0} onClick={() => moveCriterion(doc, criterion.id, -1, origin)} />
                          <IconButton label={t('criteria.moveDown', { name: criterion.name })} icon="↓" disabled={index === criteria.length - 1} onClick={() => moveCriterion(doc, criterion.id, 1, origin)} />
                          <IconButton label={t('criteria.edit', { name: criterion.name })} icon="✎" onClick={() => setEditing(criterion.id)} />
                          <IconButton variant="danger" label={t('criteria.remove', { name: criterion.name })} icon="×" onClick={() => remove(criterion)} />
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={4} className="muted">{t('criteria.totalWeight', { total: formatWeight(totalWeight(criteria).toNumber(), locale) })}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <CriterionForm onSave={(fields) => refusal(addCriterion(doc, fields, origin))} />
    </section>
  );
}
