import { useTranslation } from 'react-i18next';
import { formatDuration, summariseAgenda } from './agendaFormat';

/** The agenda total against the planned length, with an alert when it runs over. */
export function AgendaSummary({ agenda, plannedMinutes }: { agenda: readonly { minutes: number }[]; plannedMinutes: number }) {
  const { t, i18n } = useTranslation('workshops');
  const locale = i18n.language;
  const summary = summariseAgenda(agenda, plannedMinutes);
  return (
    <div className="agenda-summary">
      <p className="agenda-summary__total">
        <strong>{t('agenda.total', { total: formatDuration(summary.totalMinutes, locale) })}</strong>
        {summary.kind !== 'unplanned' ? <span> · {t('agenda.planned', { planned: formatDuration(summary.plannedMinutes, locale) })}</span> : null}
      </p>
      {summary.kind === 'unplanned' ? <p className="agenda-summary__hint">{t('agenda.noPlanned')}</p> : null}
      {summary.kind === 'within' && summary.spareMinutes > 0 ? (
        <p className="agenda-summary__hint">{t('agenda.withinPlan', { spare: formatDuration(summary.spareMinutes, locale) })}</p>
      ) : null}
      <div role="alert" className={summary.kind === 'overrun' ? 'agenda-summary__overrun' : undefined}>
        {summary.kind === 'overrun' ? t('agenda.overrun', { overrun: formatDuration(summary.overrunMinutes, locale) }) : null}
      </div>
    </div>
  );
}
