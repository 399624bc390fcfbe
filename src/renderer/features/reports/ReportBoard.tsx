import { useTranslation } from 'react-i18next';
import type { ReportBoardData, ReportNoteGroup } from '../../../shared/contract/reports';
import { templateById } from '../../../shared/templates';
import { formatNumber } from '../../i18n/format';

/**
 * One board in the workshop report. This is the slot for the static vector drawing of the board
 * (src/renderer/features/print/BoardPrint.tsx, being built separately): until it is embedded
 * here, the board is shown as its notes listed by template zone, with their dots.
 */
export function ReportBoard({ board }: { board: ReportBoardData }) {
  const { t, i18n } = useTranslation('reports');
  const locale = i18n.language;
  const language = locale === 'en' ? 'en' : 'es-CO';
  const template = templateById(board.kind);
  const headingId = `report-board-${board.id}`;
  return (
    <article className="report-board" aria-labelledby={headingId}>
      <h3 id={headingId}>{board.title}</h3>
      <dl className="report-facts report-facts--inline">
        <div>
          <dt>{t('board.kind')}</dt>
          <dd>{template ? template.name[language] : board.kind}</dd>
        </div>
        <div>
          <dt>{t('board.elements')}</dt>
          <dd>{formatNumber(board.elementCount, locale)}</dd>
        </div>
      </dl>
      {board.groups.length === 0 ? <p className="muted">{t('board.noNotes')}</p> : null}
      {board.groups.map((group, index) => (
        <div className="report-board__group" key={`${group.kind}-${group.zoneKey}-${index}`}>
          <h4>{groupTitle(group, template, language, t('board.loose'))}</h4>
          <ul>
            {group.notes.map((note) => (
              <li key={note.id}>
                {note.text}
                {note.votes > 0 ? <span className="report-votes"> · {t('board.votes', { count: note.votes })}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {board.hiddenNotes > 0 ? <p className="muted">{t('board.hidden', { count: board.hiddenNotes })}</p> : null}
    </article>
  );
}

/** A template zone named in the UI language; a hand-made zone or a frame keeps its own title. */
function groupTitle(group: ReportNoteGroup, template: ReturnType<typeof templateById>, language: 'es-CO' | 'en', loose: string): string {
  if (group.kind === 'loose') return loose;
  const zone = group.kind === 'zone' ? template?.zones.find((candidate) => candidate.key === group.zoneKey) : undefined;
  return zone ? zone.title[language] : group.title || group.zoneKey || loose;
}
