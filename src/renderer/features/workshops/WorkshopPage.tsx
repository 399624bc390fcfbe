import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { formatDate } from '../../i18n/format';
import { ErrorMessage, PageHeader, Spinner, TabPanel, Tabs, useApiQuery } from '../../ui';
import { ReportButton } from '../reports/ReportButton';
import { AgendaTab } from './AgendaTab';
import { BoardsTab } from './BoardsTab';
import { DecisionsTab } from './DecisionsTab';
import { DetailsTab } from './DetailsTab';
import { ParticipantsTab } from './ParticipantsTab';
import { useWorkshop } from './useWorkshop';
import { useWorkshopTabs, workshopTabIds, type WorkshopTabId } from './workshopTabs';
import './workshop.css';

const tabsPrefix = 'workshop';

/** A workshop: its details, agenda, participants, decisions and boards, one tab each. */
export function WorkshopPage({ id }: { id: string }) {
  const { t } = useTranslation('workshops');
  const { workshop, error, loading, reload, accept } = useWorkshop(id);
  const tab = useWorkshopTabs((state) => state.tabs[id] ?? 'details');
  const selectTab = useWorkshopTabs((state) => state.select);

  if (!workshop) {
    if (error) return <ErrorMessage error={error} onRetry={reload} />;
    return loading ? <Spinner /> : null;
  }

  const items = workshopTabIds.map((tabId) => ({ id: tabId, label: t(`tabs.${tabId}`) }));
  return (
    <div className="workshop-page">
      <WorkshopHeader workshop={workshop} />
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      <Tabs
        items={items}
        value={tab}
        label={t('page.tabsLabel')}
        idPrefix={tabsPrefix}
        onChange={(next) => selectTab(id, next as WorkshopTabId)}
      />
      <TabPanel idPrefix={tabsPrefix} id={tab}>
        {tab === 'details' ? <DetailsTab workshop={workshop} accept={accept} /> : null}
        {tab === 'agenda' ? <AgendaTab workshop={workshop} accept={accept} /> : null}
        {tab === 'participants' ? <ParticipantsTab workshop={workshop} accept={accept} /> : null}
        {tab === 'decisions' ? <DecisionsTab workshop={workshop} accept={accept} /> : null}
        {tab === 'boards' ? <BoardsTab workshop={workshop} /> : null}
      </TabPanel>
    </div>
  );
}

/** Title, where and when, and the way back to the exercise. */
function WorkshopHeader({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tc } = useTranslation('common');
  const exercise = useApiQuery(() => api.getExercise({ id: workshop.exerciseId }), [workshop.exerciseId]);
  const place = [workshop.municipality, workshop.department].filter(Boolean).join(', ');
  const subtitle = [
    workshop.date ? formatDate(workshop.date, i18n.language, 'long') : t('page.noDate'),
    place || t('page.noPlace'),
    t(`modality.${workshop.modality}`),
  ].join(' · ');
  const breadcrumbs = [{ label: tc('nav.exercises'), href: '/' }];
  if (exercise.data) breadcrumbs.push({ label: exercise.data.title, href: `/exercises/${exercise.data.id}` });
  return <PageHeader title={workshop.title} subtitle={subtitle} breadcrumbs={breadcrumbs} actions={<ReportButton report="workshop" id={workshop.id} />} />;
}
