import { useTranslation } from 'react-i18next';
import { DecisionStatus, decisionStatuses, type Decision, type Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { formatDate } from '../../i18n/format';
import { Button, EmptyState, useToast } from '../../ui';
import { DecisionForm } from './DecisionForm';
import { useWorkshopChange, type AcceptWorkshop } from './useWorkshop';

/** Decisions and next steps: who does what by when, with a status changed right in the list. */
export function DecisionsTab({ workshop, accept }: { workshop: Workshop; accept: AcceptWorkshop }) {
  const { t, i18n } = useTranslation('workshops');
  const toast = useToast();
  const change = useWorkshopChange(accept);
  const workshopId = workshop.id;
  const locale = i18n.language;

  const setStatus = (decision: Decision, value: string) => {
    const status = DecisionStatus.safeParse(value);
    if (!status.success || status.data === decision.status) return;
    const { text, owner, dueDate } = decision;
    void change(
      () => api.updateDecision({ workshopId, decisionId: decision.id, fields: { text, owner, dueDate, status: status.data } }),
      'decisions.updated',
    );
  };

  return (
    <section aria-labelledby="workshop-decisions-heading" className="workshop-section">
      <h2 id="workshop-decisions-heading" className="workshop-section__title">
        {t('tabs.decisions')}
      </h2>
      {workshop.decisions.length === 0 ? (
        <EmptyState level={3} title={t('decisions.emptyTitle')} body={t('decisions.emptyBody')} />
      ) : (
        <div className="workshop-table-wrap">
          <table className="workshop-table">
            <caption className="workshop-visually-hidden">{t('decisions.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.text')}</th>
                <th scope="col">{t('decisions.owner')}</th>
                <th scope="col">{t('decisions.dueDate')}</th>
                <th scope="col">{t('decisions.status')}</th>
                <th scope="col">{t('actions.column')}</th>
              </tr>
            </thead>
            <tbody>
              {workshop.decisions.map((decision) => (
                <tr key={decision.id} className={`decision decision--${decision.status}`}>
                  <th scope="row" className="decision__text">
                    {decision.text}
                  </th>
                  <td className={decision.owner ? undefined : 'workshop-table__muted'}>{decision.owner || t('decisions.noOwner')}</td>
                  <td className={decision.dueDate ? undefined : 'workshop-table__muted'}>
                    {decision.dueDate ? <time dateTime={decision.dueDate}>{formatDate(decision.dueDate, locale)}</time> : t('page.noDate')}
                  </td>
                  <td>
                    <select
                      className="input input--select"
                      aria-label={t('decisions.statusOf', { text: decision.text })}
                      value={decision.status}
                      onChange={(event) => setStatus(decision, event.target.value)}
                    >
                      {decisionStatuses.map((status) => (
                        <option key={status} value={status}>
                          {t(`status.${status}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <Button
                      variant="ghost"
                      aria-label={t('decisions.remove', { text: decision.text })}
                      onClick={() => void change(() => api.removeDecision({ workshopId, decisionId: decision.id }), 'decisions.removed')}
                    >
                      {t('actions.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="workshop-subtitle">{t('decisions.addHeading')}</h3>
      <DecisionForm
        onSave={async (fields) => {
          accept(await api.addDecision({ workshopId, fields }));
          toast.show(t('decisions.added'), 'success');
        }}
      />
    </section>
  );
}
