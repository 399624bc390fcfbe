import { useTranslation } from 'react-i18next';
import type { WorkshopReport } from '../../../shared/contract/reports';
import { api } from '../../app/api';
import { formatDate, formatMinutes } from '../../i18n/format';
import { ErrorMessage, Spinner, useApiQuery } from '../../ui';
import { IndicatorTable } from './IndicatorTable';
import { ReportBoard } from './ReportBoard';
import { numberSections, ReportLayout, ReportSection } from './ReportLayout';
import { useBoardDrawings, type BoardDrawing } from './useBoardDrawings';
import { usePrintReady } from './usePrintReady';
import { AgendaTable, AttendanceSection, DecisionsTable, VotingSection } from './WorkshopSections';

const sectionIds = ['overview', 'agenda', 'attendance', 'boards', 'voting', 'decisions', 'indicators'] as const;

/** `#/print/workshop/:id`: the workshop report (relatoría), for the screen and for paper. */
export function WorkshopReportPage({ id }: { id: string }) {
  const query = useApiQuery(() => api.workshopReport({ id }), [id]);
  const { drawings, ready } = useBoardDrawings(query.data?.boards.map((board) => board.id));
  usePrintReady(Boolean(query.data) && ready);
  if (!query.data) return <main id="main">{query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : <Spinner />}</main>;
  return <WorkshopReportView report={query.data} drawings={drawings} />;
}

function WorkshopReportView({ report, drawings }: { report: WorkshopReport; drawings: ReadonlyMap<string, BoardDrawing> }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tw } = useTranslation('workshops');
  const locale = i18n.language;
  const { workshop, exercise } = report;
  const none = t('workshop.none');
  const place = [workshop.municipality, workshop.department].filter(Boolean).join(', ');
  const date = workshop.date ? formatDate(workshop.date, locale, 'long') : none;
  const sections = numberSections(sectionIds.map((key) => ({ id: `report-${key}`, title: t(`workshop.sections.${key}`) })));
  const [overview, agenda, attendance, boards, voting, decisions, indicators] = sections as [typeof sections[number], ...typeof sections];

  const facts: [string, string][] = [
    [t('workshop.exercise'), exercise.title],
    [t('workshop.leadEntity'), exercise.leadEntity || none],
    [t('workshop.date'), date],
    [t('workshop.place'), place || none],
    [t('workshop.modality'), tw(`modality.${workshop.modality}`)],
    [t('workshop.facilitators'), report.facilitators.join(', ') || none],
    [t('workshop.plannedMinutes'), workshop.plannedMinutes ? formatMinutes(workshop.plannedMinutes, locale) : none],
  ];
  return (
    <ReportLayout
      report={{ kind: 'workshop', id: workshop.id }}
      kind={t('workshop.kind')}
      title={workshop.title}
      subtitle={[exercise.title, exercise.leadEntity].filter(Boolean).join(' · ')}
      cover={<p className="report-cover__meta">{[date, place].filter(Boolean).join(' · ')}</p>}
      generatedAt={report.generatedAt}
      sections={sections}
    >
      <ReportSection entry={overview}>
        <dl className="report-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('workshop.objective')}</h3>
        <p className="report-prose">{workshop.objective || none}</p>
      </ReportSection>
      <ReportSection entry={agenda!}>
        <AgendaTable agenda={report.agenda} startTime={report.workshop.startTime} />
      </ReportSection>
      <ReportSection entry={attendance!}>
        <AttendanceSection attendance={report.attendance} />
      </ReportSection>
      <ReportSection entry={boards!}>
        {report.boards.length === 0 ? <p className="muted">{t('board.empty')}</p> : null}
        {report.boards.map((board) => <ReportBoard key={board.id} board={board} drawing={drawings.get(board.id)} />)}
      </ReportSection>
      <ReportSection entry={voting!}>
        <VotingSection boards={report.boards} />
      </ReportSection>
      <ReportSection entry={decisions!}>
        <DecisionsTable decisions={report.decisions} />
      </ReportSection>
      <ReportSection entry={indicators!}>
        <IndicatorTable indicators={report.indicators} />
      </ReportSection>
    </ReportLayout>
  );
}
