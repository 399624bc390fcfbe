import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorFields } from '../../../shared/domain/indicator';
import { api } from '../../app/api';
import { Button, ConfirmDialog, EmptyState, ErrorMessage, Spinner, useApiQuery, useToast, type ApiQuery } from '../../ui';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorsGlance } from './IndicatorsGlance';
import { useResultChange } from './useResultChange';
import './results.css';

type Editing = { mode: 'add' } | { mode: 'edit'; indicator: Indicator } | undefined;

/**
 * «Indicadores»: each indicator's progress at a glance, with its baseline, final target and latest
 * actual. The exercise page shows it as it is; the impact model's board passes its own intro, a
 * chart for the summary and each indicator's details, over the same data and the same forms.
 */
export function IndicatorsSection({ exerciseId }: { exerciseId: string }) {
  const query = useApiQuery(() => api.listIndicators({ exerciseId }), [exerciseId]);
  return <IndicatorsPanel exerciseId={exerciseId} query={query} />;
}

/** The section over a list its page already holds (the impact model shares it with the chain). */
export function IndicatorsPanel({ exerciseId, query, intro, summary, details }: {
  exerciseId: string;
  query: ApiQuery<Indicator[]>;
  intro?: string;
  /** Drawn above the cards when there are indicators; the exercise page's compact bars by default. */
  summary?: (indicators: Indicator[]) => ReactNode;
  details?: (indicator: Indicator) => ReactNode;
}) {
  const { t } = useTranslation('results');
  const toast = useToast();
  const change = useResultChange(query.reload);
  const [editing, setEditing] = useState<Editing>();
  const [removing, setRemoving] = useState<Indicator>();
  const indicators = query.data ?? [];

  const save = async (fields: IndicatorFields) => {
    if (editing?.mode === 'edit') await api.updateIndicator({ exerciseId, indicatorId: editing.indicator.id, fields });
    else await api.addIndicator({ exerciseId, fields });
    toast.show(t(editing?.mode === 'edit' ? 'indicators.updated' : 'indicators.added'), 'success');
    setEditing(undefined);
    query.reload();
  };

  return (
    <section className="section" aria-labelledby="exercise-indicators">
      <div className="section__header">
        <h2 id="exercise-indicators">{t('indicators.title')}</h2>
        {editing ? null : (
          <Button variant="primary" onClick={() => setEditing({ mode: 'add' })}>
            {t('indicators.add')}
          </Button>
        )}
      </div>
      <p className="muted">{intro ?? t('indicators.intro')}</p>
      {indicators.length > 0 ? (summary ?? ((all) => <IndicatorsGlance indicators={all} />))(indicators) : null}
      {editing ? (
        <IndicatorForm
          key={editing.mode === 'edit' ? editing.indicator.id : 'new'}
          {...(editing.mode === 'edit' ? { initial: editing.indicator } : {})}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}
      {query.loading && !query.data ? <Spinner /> : null}
      <ErrorMessage error={query.error} onRetry={query.reload} />
      {query.data && indicators.length === 0 && !editing ? (
        <EmptyState level={3} title={t('indicators.emptyTitle')} body={t('indicators.emptyBody')} />
      ) : null}
      <div className="results-indicators">
        {indicators.map((indicator) => (
          <IndicatorCard
            key={indicator.id}
            indicator={indicator}
            onEdit={() => setEditing({ mode: 'edit', indicator })}
            onRemove={() => setRemoving(indicator)}
            onRecord={async (actual) => {
              await api.recordActual({ exerciseId, indicatorId: indicator.id, actual });
              toast.show(t('indicators.actualRecorded'), 'success');
              query.reload();
            }}
          >
            {details?.(indicator)}
          </IndicatorCard>
        ))}
      </div>
      <ConfirmDialog
        open={removing !== undefined}
        danger
        title={t('indicators.removeTitle')}
        body={t('indicators.removeBody', { title: removing?.title ?? '' })}
        confirmLabel={t('indicators.removeConfirm')}
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          const indicator = removing;
          setRemoving(undefined);
          if (indicator) void change(() => api.removeIndicator({ exerciseId, indicatorId: indicator.id }), 'indicators.removed');
        }}
      />
    </section>
  );
}
