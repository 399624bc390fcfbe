import { useTranslation } from 'react-i18next';
import { isOverdue, strategyStatuses, type Initiative, type StrategyStatus } from '../../../shared/documents/strategy';
import { Button } from '../../ui';

export interface InitiativeActions {
  onStatus: (initiative: Initiative, status: StrategyStatus) => void;
  onEdit: (initiative: Initiative) => void;
  onRemove: (initiative: Initiative) => void;
}

export const removeInitiativeId = (id: string) => `strategy-initiative-${id}-remove`;

/** One objective's initiatives; the status changes in place, the rest through the form. */
export function InitiativeTable({ caption, initiatives, today, date, actions }: {
  caption: string;
  initiatives: readonly Initiative[];
  today: string;
  date: (iso: string) => string;
  actions: InitiativeActions;
}) {
  const { t } = useTranslation('strategy');
  return (
    <div className="table-scroll">
      <table className="table strategy-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('initiatives.code')}</th>
            <th scope="col">{t('initiatives.name')}</th>
            <th scope="col">{t('initiatives.owner')}</th>
            <th scope="col">{t('initiatives.dates')}</th>
            <th scope="col">{t('initiatives.status')}</th>
            <th scope="col">{t('initiatives.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {initiatives.map((initiative) => (
            <tr key={initiative.id}>
              <td className="strategy-code">{initiative.code}</td>
              <th scope="row" className="strategy-table__name">
                {initiative.name}
                {isOverdue(initiative, today) ? <span className="badge strategy-badge--overdue">{t('initiatives.overdue')}</span> : null}
              </th>
              <td>{initiative.owner}</td>
              <td className="strategy-table__dates">{t('initiatives.range', { start: date(initiative.start), end: date(initiative.end) })}</td>
              <td>
                <select
                  className="input input--select strategy-status"
                  aria-label={t('initiatives.statusOf', { code: initiative.code })}
                  value={initiative.status}
                  onChange={(event) => actions.onStatus(initiative, event.target.value as StrategyStatus)}
                >
                  {strategyStatuses.map((status) => (
                    <option key={status} value={status}>
                      {t(`status.${status}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <div className="table__actions">
                  <Button variant="ghost" onClick={() => actions.onEdit(initiative)}>
                    {t('initiatives.edit', { code: initiative.code })}
                  </Button>
                  <Button id={removeInitiativeId(initiative.id)} variant="ghost" onClick={() => actions.onRemove(initiative)}>
                    {t('initiatives.remove', { code: initiative.code })}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
