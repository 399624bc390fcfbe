import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative, Objective } from '../../../shared/documents/strategy';
import { Button } from '../../ui';
import { DocTextField } from '../journey/DocTextField';
import { InitiativeTable, type InitiativeActions } from './InitiativeTable';

export const objectiveButtonId = (id: string, action: 'up' | 'down' | 'remove' | 'addInitiative') => `strategy-objective-${id}-${action}`;

export interface ObjectiveCardProps {
  objective: Objective;
  initiatives: readonly Initiative[];
  isFirst: boolean;
  isLast: boolean;
  today: string;
  date: (iso: string) => string;
  actions: InitiativeActions;
  onField: (field: 'title' | 'description', value: string) => string | undefined;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onAddInitiative: () => void;
  /** The initiative form, when it is open on this objective. */
  form?: ReactNode;
}

/** One numbered objective: its texts (edited in place), its initiatives and their form. */
export function ObjectiveCard({ objective, initiatives, isFirst, isLast, today, date, actions, onField, onMove, onRemove, onAddInitiative, form }: ObjectiveCardProps) {
  const { t } = useTranslation('strategy');
  const code = objective.code;
  return (
    <li className="strategy-objective" aria-labelledby={`objective-${objective.id}`}>
      <div className="strategy-objective__head">
        <span id={`objective-${objective.id}`} className="strategy-objective__code">
          {code}
        </span>
        <div className="strategy-objective__fields">
          <DocTextField label={t('objectives.titleOf', { code })} value={objective.title} onCommit={(value) => onField('title', value)} />
          <DocTextField label={t('objectives.descriptionOf', { code })} value={objective.description} multiline onCommit={(value) => onField('description', value)} />
        </div>
        <div className="strategy-objective__tools">
          <Button id={objectiveButtonId(objective.id, 'up')} variant="ghost" disabled={isFirst} onClick={() => onMove(-1)}>
            {t('objectives.moveUp', { code })}
          </Button>
          <Button id={objectiveButtonId(objective.id, 'down')} variant="ghost" disabled={isLast} onClick={() => onMove(1)}>
            {t('objectives.moveDown', { code })}
          </Button>
          <Button id={objectiveButtonId(objective.id, 'remove')} variant="danger" onClick={onRemove}>
            {t('objectives.remove', { code })}
          </Button>
        </div>
      </div>
      {initiatives.length > 0 ? (
        <InitiativeTable caption={t('initiatives.caption', { code })} initiatives={initiatives} today={today} date={date} actions={actions} />
      ) : (
        <p className="muted">{t('initiatives.none')}</p>
      )}
      {form ?? (
        <div>
          <Button id={objectiveButtonId(objective.id, 'addInitiative')} variant="secondary" onClick={onAddInitiative}>
            {t('initiatives.add', { code })}
          </Button>
        </div>
      )}
    </li>
  );
}
