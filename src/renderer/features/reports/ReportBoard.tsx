import { useTranslation } from 'react-i18next';
import type { ReportBoardData, ReportNoteGroup } from '../../../shared/contract/reports';
import { templateById } from '../../../shared/templates';
import { useZoneText } from '../../canvas/useCanvasEditing';
import { formatNumber } from '../../i18n/format';
import { MethodPrint } from '../methodTools/MethodPrint';
import { BoardPrint } from '../print/BoardPrint';
import type { BoardDrawing } from './useBoardDrawings';

/**
 * One board in the workshop report: its drawing (the same static vector drawing as the board's
 * own PDF, `BoardPrint`), then its notes listed by template zone with their dots, which read
 * well on paper when the drawing's notes are small.
 */
export function ReportBoard({ board, drawing }: { board: ReportBoardData; drawing?: BoardDrawing | undefined }) {
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
      {drawing ? <MethodPrint kind={board.kind} doc={drawing.doc} exerciseId={drawing.exerciseId} data={drawing.printData} /> : null}
      {drawing ? <ReportBoardDrawing title={board.title} drawing={drawing} /> : null}
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

function ReportBoardDrawing({ title, drawing }: { title: string; drawing: BoardDrawing }) {
  const zoneText = useZoneText(drawing.content.kind, drawing.doc);
  return (
    <div className="report-board__drawing">
      <BoardPrint title={title} elements={drawing.content.elements} richText={drawing.content.richText} images={drawing.images} zoneText={zoneText} width="100%" height="100%" />
    </div>
  );
}

/** A template zone named in the UI language; a hand-made zone or a frame keeps its own title. */
function groupTitle(group: ReportNoteGroup, template: ReturnType<typeof templateById>, language: 'es-CO' | 'en', loose: string): string {
  if (group.kind === 'loose') return loose;
  const zone = group.kind === 'zone' ? template?.zones.find((candidate) => candidate.key === group.zoneKey) : undefined;
  return zone ? zone.title[language] : group.title || group.zoneKey || loose;
}
