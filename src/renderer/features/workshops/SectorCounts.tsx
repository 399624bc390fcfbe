import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain/workshop';
import { formatNumber } from '../../i18n/format';
import { countBySector } from './participantStats';

/** Attendance at a glance: how many came, from which sectors, and how many gave consent. */
export function SectorCounts({ participants }: { participants: readonly Participant[] }) {
  const { t, i18n } = useTranslation('workshops');
  const stats = countBySector(participants);
  const locale = i18n.language;
  return (
    <div className="sector-counts">
      <p className="sector-counts__total">
        <strong>{t('participants.total', { count: stats.total })}</strong> · {t('participants.withConsent', { count: stats.withConsent })}
      </p>
      <h3 className="workshop-visually-hidden">{t('participants.bySector')}</h3>
      <ul className="sector-counts__list" aria-label={t('participants.bySector')}>
        {stats.bySector.map(({ sector, count }) => (
          <li key={sector} className="sector-counts__item">
            <span>{t(`sector.${sector}`)}</span> <strong>{formatNumber(count, locale)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
