import { useTranslation } from 'react-i18next';
import type { ReportAttendance, ReportBoardData } from '../../../shared/contract/reports';
import { agendaTotals, type AgendaItem, type Decision } from '../../../shared/domain/workshop';
import { agendaBlocks } from '../../../shared/methods/agendaTiming';
import { formatDate, formatMinutes, formatNumber } from '../../i18n/format';

/** The agenda as run, in order, with its total length. */
export function AgendaTable({ agenda, startTime }: { agenda: readonly AgendaItem[]; startTime: string }) {
  const { t, i18n } = useTranslation('reports');
  const locale = i18n.language;
  if (agenda.length === 0) return <p className="muted">{t('agenda.empty')}</p>;
  // Clock times when the workshop has a start time, elapsed times from 0:00 otherwise.
  const blocks = agendaBlocks(agenda, startTime);
  return (
    <table className="report-table">
      <caption>{t('agenda.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agenda.order')}</th>
          <th scope="col">{startTime ? t('agenda.time') : t('agenda.elapsed')}</th>
          <th scope="col">{t('agenda.activity')}</th>
          <th scope="col">{t('agenda.method')}</th>
          <th scope="col">{t('agenda.minutes')}</th>
          <th scope="col">{t('agenda.responsible')}</th>
        </tr>
      </thead>
      <tbody>
        {agenda.map((item, index) => (
          <tr key={item.id}>
            <td>{formatNumber(index + 1, locale)}</td>
            <td>{blocks[index] ? `${blocks[index].startLabel}–${blocks[index].endLabel}` : ''}</td>
            <th scope="row">{item.activity}</th>
            <td>{item.method}</td>
            <td>{formatMinutes(item.minutes, locale)}</td>
            <td>{item.responsible}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>{t('agenda.total')}</th>
          <td colSpan={2}>{formatMinutes(agendaTotals(agenda, 0).totalMinutes, locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Counts by sector always; names only of those who consented (the core sends no other names). */
export function AttendanceSection({ attendance }: { attendance: ReportAttendance }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tw } = useTranslation('workshops');
  const locale = i18n.language;
  if (attendance.total === 0) return <p className="muted">{t('attendance.empty')}</p>;
  return (
    <>
      <p>{t('attendance.total', { count: attendance.total })}</p>
      <table className="report-table report-table--narrow">
        <caption>{t('attendance.bySectorCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendance.sector')}</th>
            <th scope="col">{t('attendance.count')}</th>
          </tr>
        </thead>
        <tbody>
          {attendance.bySector.map((entry) => (
            <tr key={entry.sector}>
              <th scope="row">{tw(`sector.${entry.sector}`)}</th>
              <td>{formatNumber(entry.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {attendance.consenting.length > 0 ? (
        <table className="report-table">
          <caption>{t('attendance.named')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendance.name')}</th>
              <th scope="col">{t('attendance.organisation')}</th>
              <th scope="col">{t('attendance.sector')}</th>
            </tr>
          </thead>
          <tbody>
            {attendance.consenting.map((person, index) => (
              <tr key={`${person.name}-${index}`}>
                <th scope="row">{person.name}</th>
                <td>{person.organisation}</td>
                <td>{tw(`sector.${person.sector}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {attendance.withoutConsent > 0 ? <p className="muted">{t('attendance.withoutConsent', { count: attendance.withoutConsent })}</p> : null}
    </>
  );
}

/** The last finished dot vote of each board, ranked. */
export function VotingSection({ boards }: { boards: readonly ReportBoardData[] }) {
  const { t, i18n } = useTranslation('reports');
  const locale = i18n.language;
  const voted = boards.filter((board) => board.voting && board.voting.ranking.length > 0);
  if (voted.length === 0) return <p className="muted">{t('voting.empty')}</p>;
  return voted.map((board) => (
    <div className="report-voting" key={board.id}>
      <table className="report-table">
        <caption>{t('voting.caption', { board: board.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('voting.position')}</th>
            <th scope="col">{t('voting.note')}</th>
            <th scope="col">{t('voting.votes')}</th>
          </tr>
        </thead>
        <tbody>
          {board.voting!.ranking.map((entry) => (
            <tr key={entry.elementId}>
              <td>{formatNumber(entry.position, locale)}</td>
              <th scope="row">{entry.headline}</th>
              <td>{formatNumber(entry.votes, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('voting.summary', { count: board.voting!.voterCount, voters: formatNumber(board.voting!.voterCount, locale), dots: board.voting!.dotsPerVoter })}</p>
    </div>
  ));
}

/** Decisions and next steps with their owners, due dates and status. */
export function DecisionsTable({ decisions }: { decisions: readonly Decision[] }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tw } = useTranslation('workshops');
  if (decisions.length === 0) return <p className="muted">{t('decisions.empty')}</p>;
  return (
    <table className="report-table">
      <caption>{t('decisions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('decisions.text')}</th>
          <th scope="col">{t('decisions.owner')}</th>
          <th scope="col">{t('decisions.dueDate')}</th>
          <th scope="col">{t('decisions.status')}</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision) => (
          <tr key={decision.id}>
            <th scope="row">{decision.text}</th>
            <td>{decision.owner || t('decisions.noOwner')}</td>
            <td>{decision.dueDate ? formatDate(decision.dueDate, i18n.language) : ''}</td>
            <td>{tw(`status.${decision.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
