import { useTranslation } from 'react-i18next';
import type { ImpactLevel, Statement } from '../../../shared/documents/impactModel';
import { focusLater, IconButton, neighbourIds } from '../../ui';
import { DocTextField } from '../journey/DocTextField';
import { AddStatementForm } from './AddStatementForm';

export interface LevelActions {
  add: (text: string) => string | undefined;
  edit: (id: string, text: string) => string | undefined;
  move: (id: string, toIndex: number) => void;
  remove: (id: string) => void;
}

const statementButtonId = (id: string, action: 'up' | 'down' | 'remove') => `impact-statement-${id}-${action}`;

/**
 * One level of the chain: its statements in order (each edited in place, moved up or down by
 * keyboard-reachable buttons, removed), the form that adds one, and the indicators placed on it.
 */
export function LevelColumn({ level, number, statements, measuredBy, actions }: {
  level: ImpactLevel;
  number: number;
  statements: readonly Statement[];
  /** Titles of the indicators linked to this level, by statement id ('' for the whole level). */
  measuredBy: ReadonlyMap<string, string[]>;
  actions: LevelActions;
}) {
  const { t } = useTranslation('impact');
  const levelName = t(`toc.levels.${level}`);
  const headingId = `impact-level-${level}`;
  const ids = statements.map((statement) => statement.id);
  /** Keeps focus on the moved statement: its button the same way, or the other one at an end. */
  const move = (id: string, index: number, direction: 'up' | 'down') => {
    actions.move(id, direction === 'up' ? index - 1 : index + 1);
    focusLater(statementButtonId(id, direction), statementButtonId(id, direction === 'up' ? 'down' : 'up'));
  };
  /** Its buttons go with it: on to the next statement's remove button (or the previous one's), else the level's heading. */
  const remove = (id: string, index: number) => {
    actions.remove(id);
    focusLater(...neighbourIds(ids, index, (other) => statementButtonId(other, 'remove')), headingId);
  };
  return (
    <section className={`impact-level impact-level--${level}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="impact-level__title" tabIndex={-1}>
        <span className="impact-level__number" aria-hidden="true">{number}</span> {levelName}
      </h3>
      <p className="impact-level__hint">{t(`toc.levelHints.${level}`)}</p>
      {statements.length === 0 ? <p className="impact-level__empty">{t('toc.emptyLevel')}</p> : null}
      <ol className="impact-statements">
        {statements.map((statement, index) => {
          const position = { number: index + 1, level: levelName };
          return (
            <li key={statement.id} className="impact-statement">
              <DocTextField
                multiline
                label={t('toc.statement', position)}
                accessibleName={t('toc.statementOf', position)}
                value={statement.text}
                onCommit={(text) => actions.edit(statement.id, text)}
              />
              <div className="impact-statement__actions">
                <IconButton id={statementButtonId(statement.id, 'up')} size="md" variant="ghost" icon="↑" label={t('toc.moveUp', position)} disabled={index === 0} onClick={() => move(statement.id, index, 'up')} />
                <IconButton id={statementButtonId(statement.id, 'down')} size="md" variant="ghost" icon="↓" label={t('toc.moveDown', position)} disabled={index === statements.length - 1} onClick={() => move(statement.id, index, 'down')} />
                <IconButton id={statementButtonId(statement.id, 'remove')} size="md" variant="ghost" icon="✕" label={t('toc.remove', position)} onClick={() => remove(statement.id, index)} />
              </div>
              <MeasuredBy titles={measuredBy.get(statement.id)} />
            </li>
          );
        })}
      </ol>
      <MeasuredBy titles={measuredBy.get('')} />
      <AddStatementForm levelName={levelName} onAdd={actions.add} />
    </section>
  );
}

function MeasuredBy({ titles }: { titles: readonly string[] | undefined }) {
  const { t } = useTranslation('impact');
  if (!titles?.length) return null;
  return (
    <p className="impact-measured">
      <span className="impact-measured__label">{t('toc.measuredBy')}:</span> {titles.join(' · ')}
    </p>
  );
}
