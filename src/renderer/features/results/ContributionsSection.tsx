import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contribution } from '../../../shared/domain/contribution';
import { totalsByCurrency } from '../../../shared/domain/money';
import { api } from '../../app/api';
import { formatDate, formatMinorMoney } from '../../i18n/format';
import { Button, ConfirmDialog, EmptyState, ErrorMessage, Spinner, useApiQuery, useToast } from '../../ui';
import { ContributionForm, contributionFormValues } from './ContributionForm';
import { useResultChange } from './useResultChange';

type Editing = { mode: 'add' } | { mode: 'edit'; contribution: Contribution } | undefined;

/** «Aportes»: the exercise's contributions with their totals in pesos and in dollars, never converted. */
export function ContributionsSection({ exerciseId }: { exerciseId: string }) {
  const { t, i18n } = useTranslation('results');
  const locale = i18n.language;
  const toast = useToast();
  const query = useApiQuery(() => api.listContributions({ exerciseId }), [exerciseId]);
  const change = useResultChange(query.reload);
  const [editing, setEditing] = useState<Editing>();
  const [removing, setRemoving] = useState<Contribution>();
  const contributions = query.data ?? [];
  const totals = totalsByCurrency(contributions);

  const save = async (fields: Parameters<typeof api.addContribution>[0]['fields']) => {
    if (editing?.mode === 'edit') await api.updateContribution({ exerciseId, contributionId: editing.contribution.id, fields });
    else await api.addContribution({ exerciseId, fields });
    toast.show(t(editing?.mode === 'edit' ? 'contributions.updated' : 'contributions.added'), 'success');
    setEditing(undefined);
    query.reload();
  };

  return (
    <section className="section" aria-labelledby="exercise-contributions">
      <div className="section__header">
        <h2 id="exercise-contributions">{t('contributions.title')}</h2>
        {editing ? null : (
          <Button variant="primary" onClick={() => setEditing({ mode: 'add' })}>
            {t('contributions.add')}
          </Button>
        )}
      </div>
      <p className="muted">{t('contributions.intro')}</p>
      <dl className="details results-totals">
        <div>
          <dt>{t('contributions.totalCop')}</dt>
          <dd>{formatMinorMoney(totals.COP, 'COP', locale)}</dd>
        </div>
        <div>
          <dt>{t('contributions.totalUsd')}</dt>
          <dd>{formatMinorMoney(totals.USD, 'USD', locale)}</dd>
        </div>
      </dl>
      {editing ? (
        <ContributionForm
          key={editing.mode === 'edit' ? editing.contribution.id : 'new'}
          {...(editing.mode === 'edit' ? { initial: contributionFormValues(editing.contribution) } : {})}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}
      {query.loading && !query.data ? <Spinner /> : null}
      <ErrorMessage error={query.error} onRetry={query.reload} />
      {query.data && contributions.length === 0 && !editing ? (
        <EmptyState level={3} title={t('contributions.emptyTitle')} body={t('contributions.emptyBody')} />
      ) : null}
      {contributions.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('contributions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contributions.contributor')}</th>
                <th scope="col">{t('contributions.kind')}</th>
                <th scope="col">{t('contributions.date')}</th>
                <th scope="col" className="table__number">{t('contributions.amount')}</th>
                <th scope="col">{t('contributions.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {contributions.map((contribution) => (
                <tr key={contribution.id}>
                  <th scope="row">{contribution.contributor}</th>
                  <td>{t(`contributions.kinds.${contribution.kind}`)}</td>
                  <td>{contribution.date ? formatDate(contribution.date, locale) : t('indicators.none')}</td>
                  <td className="table__number">{formatMinorMoney(contribution.amountMinor, contribution.currency, locale)}</td>
                  <td className="results-actions">
                    <Button variant="ghost" aria-label={t('contributions.edit', { contributor: contribution.contributor })} onClick={() => setEditing({ mode: 'edit', contribution })}>
                      {t('common:actions.edit')}
                    </Button>
                    <Button variant="ghost" aria-label={t('contributions.remove', { contributor: contribution.contributor })} onClick={() => setRemoving(contribution)}>
                      {t('contributions.removeConfirm')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing !== undefined}
        danger
        title={t('contributions.removeTitle')}
        body={t('contributions.removeBody', { contributor: removing?.contributor ?? '' })}
        confirmLabel={t('contributions.removeConfirm')}
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          const contribution = removing;
          setRemoving(undefined);
          if (contribution) void change(() => api.removeContribution({ exerciseId, contributionId: contribution.id }), 'contributions.removed');
        }}
      />
    </section>
  );
}
