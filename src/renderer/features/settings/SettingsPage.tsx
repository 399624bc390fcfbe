import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui';
import { ArchiveSection } from '../archive/ArchiveSection';
import { CentralOfficeSection } from '../sync/CentralOfficeSection';
import { TrashSection } from '../trash/TrashSection';
import { BackupsSection } from './BackupsSection';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings:title')} />
      <div className="stack">
        <LanguageSection />
        <DataSection />
        <CentralOfficeSection />
        <BackupsSection />
        <ArchiveSection />
        <TrashSection />
      </div>
    </>
  );
}
