import { useTranslation } from 'react-i18next';
import type { ExerciseReport } from '../../../shared/contract/reports';
import { currencies } from '../../../shared/domain/money';
import { api } from '../../app/api';
import { formatDate, formatMinorMoney } from '../../i18n/format';
import { ErrorMessage, Spinner, useApiQuery } from '../../ui';
import { IndicatorTable } from './IndicatorTable';
import { numberSections, ReportLayout, ReportSection } from './ReportLayout';
import { usePrintReady } from './usePrintReady';
import { DecisionsTable } from './WorkshopSections';

const sectionIds = ['overview', 'contributions', 'indicators', 'workshops'] as const;

/** `#/print/exercise/:id`: the exercise report, every workshop summarised, for the screen and for paper. */
export function ExerciseReportPage({ id }: { id: string }) {
  const query = useApiQuery(() => api.exerciseReport({ id }), [id]);
  usePrintReady(Boolean(query.data));
  if (!query.data) return <main id="main">{query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : <Spinner />}</main>;
  return <ExerciseReportView report={query.data} />;
}

function ExerciseReportView({ report }: { report: ExerciseReport }) {
  const { t, i18n } = useTranslation('reports');
  const { t: te } = useTranslation('exercises');
  const { t: tw } = useTranslation('workshops');
  const locale = i18n.language;
  const { exercise } = report;
  const none = t('exercise.none');
  const day = (iso: string) => (iso ? formatDate(iso, locale, 'long') : none);
  const sections = numberSections(sectionIds.map((key) => ({ id: `report-${key}`, title: t(`exercise.sections.${key}`) })));
  const [overview, contributions, indicators, workshops] = sections as [typeof sections[number], ...typeof sections];

  const facts: [string, string][] = [
    [t('exercise.leadEntity'), exercise.leadEntity || none],
    [t('exercise.otherActors'), exercise.otherActors.join(', ') || none],
    [t('exercise.sdgs'), exercise.sdgs.map((goal) => `${te('sdgShort', { number: goal })} · ${te(`sdg.${goal}`)}`).join('; ') || none],
    [t('exercise.phase'), te(`phase.${exercise.phase}`)],
    [t('exercise.dates'), exercise.startDate || exercise.endDate ? t('exercise.dateRange', { start: day(exercise.startDate), end: day(exercise.endDate) }) : none],
    [t('exercise.team'), exercise.team.join(', ') || none],
  ];
  return (
    <ReportLayout
      report={{ kind: 'exercise', id: exercise.id }}
      kind={t('exercise.kind')}
      title={exercise.title}
      subtitle={exercise.leadEntity}
      cover={<p className="report-cover__meta">{te(`phase.${exercise.phase}`)}</p>}
      generatedAt={report.generatedAt}
      sections={sections}
    >
      <ReportSection entry={overview}>
        <h3>{t('exercise.challenge')}</h3>
        <p className="report-prose">{exercise.challenge || none}</p>
        <dl className="report-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </ReportSection>
      <ReportSection entry={contributions!}>
        <p>{t('exercise.contributionsCount', { count: report.contributions.count })}</p>
        <table className="report-table report-table--narrow">
          <caption>{t('exercise.totalsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exercise.currency')}</th>
              <th scope="col">{t('exercise.total')}</th>
            </tr>
          </thead>
          <tbody>
            {currencies.map((currency) => (
              <tr key={currency}>
                <th scope="row">{currency}</th>
                <td>{formatMinorMoney(report.contributions.totals[currency], currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>
      <ReportSection entry={indicators!}>
        <IndicatorTable indicators={report.indicators} />
      </ReportSection>
      <ReportSection entry={workshops!}>
        {report.workshops.length === 0 ? <p className="muted">{t('exercise.noWorkshops')}</p> : null}
        {report.workshops.map((workshop) => (
          <article className="report-workshop" key={workshop.id} aria-labelledby={`report-workshop-${workshop.id}`}>
            <h3 id={`report-workshop-${workshop.id}`}>{workshop.title}</h3>
            <p className="muted">
              {t('exercise.workshopMeta', { date: day(workshop.date), place: [workshop.municipality, workshop.department].filter(Boolean).join(', ') || none })}
              {' · '}
              {t('exercise.participants', { count: workshop.participants })}
              {' · '}
              {t('exercise.boards', { count: workshop.boardCount })}
            </p>
            {workshop.bySector.length > 0 ? (
              <ul className="report-sectors">
                {workshop.bySector.map((entry) => (
                  <li key={entry.sector}>{t('exercise.sectorCount', { sector: tw(`sector.${entry.sector}`), count: entry.count })}</li>
                ))}
              </ul>
            ) : null}
            <h4>{t('exercise.decisions')}</h4>
            {workshop.decisions.length === 0 ? <p className="muted">{t('exercise.noDecisions')}</p> : <DecisionsTable decisions={workshop.decisions} />}
          </article>
        ))}
      </ReportSection>
    </ReportLayout>
  );
}
