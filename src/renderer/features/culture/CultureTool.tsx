import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCultureSeeded } from '../../../shared/documents/culture';
import { Button, EmptyState, TabPanel, Tabs } from '../../ui';
import type { MethodToolProps } from '../methodTools/types';
import { AnswersPanel } from './AnswersPanel';
import { InstrumentEditor } from './InstrumentEditor';
import { ResultsPanel } from './ResultsPanel';
import { useCulture, useSeedCulture } from './useCulture';
import './culture.css';

type View = 'answers' | 'results' | 'instrument';
const views: readonly View[] = ['answers', 'results', 'instrument'];
const idPrefix = 'culture-view';

/** The diagnosis on screen: answers by round, results (radar and table), and the questionnaire. */
export function CultureTool({ doc, origin }: MethodToolProps) {
  const { t } = useTranslation('culture');
  const culture = useCulture(doc);
  const seed = useSeedCulture(doc, origin);
  const [view, setView] = useState<View>('answers');
  if (!isCultureSeeded(doc) && culture.dimensions.length === 0) {
    return (
      <EmptyState
        title={t('seed.title')}
        body={t('seed.body')}
        action={<Button variant="primary" onClick={seed}>{t('seed.action')}</Button>}
      />
    );
  }
  return (
    <div className="culture-tool">
      <Tabs
        idPrefix={idPrefix}
        label={t('views.label')}
        value={view}
        onChange={(id) => setView(views.find((entry) => entry === id) ?? 'answers')}
        items={views.map((id) => ({ id, label: t(`views.${id}`) }))}
      />
      <TabPanel idPrefix={idPrefix} id={view}>
        {view === 'answers' ? <AnswersPanel doc={doc} origin={origin} culture={culture} /> : null}
        {view === 'results' ? <ResultsPanel culture={culture} /> : null}
        {view === 'instrument' ? <InstrumentEditor doc={doc} origin={origin} culture={culture} /> : null}
      </TabPanel>
    </div>
  );
}
