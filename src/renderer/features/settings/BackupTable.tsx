import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../shared/contract';
import { Button } from '../../ui';

export interface BackupTableProps {
  backups: readonly Backup[];
  dateOf: (backup: Backup) => string;
  sizeOf: (backup: Backup) => string;
  disabled: boolean;
  onRestore: (backup: Backup) => void;
}

export function BackupTable({ backups, dateOf, sizeOf, disabled, onRestore }: BackupTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('settings:backups.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings:backups.date')}</th>
            <th scope="col">{t('settings:backups.reason')}</th>
            <th scope="col" className="table__number">
              {t('settings:backups.size')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('settings:backups.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.id}>
              <th scope="row">{dateOf(backup)}</th>
              <td>{t(`settings:backups.reasons.${backup.reason}`)}</td>
              <td className="table__number">{sizeOf(backup)}</td>
              <td className="table__actions">
                <Button variant="secondary" onClick={() => onRestore(backup)} disabled={disabled} aria-label={t('settings:backups.restoreLabel', { date: dateOf(backup) })}>
                  {t('settings:backups.restore')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
