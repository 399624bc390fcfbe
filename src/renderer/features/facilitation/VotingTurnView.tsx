import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { castDot, dotsLeft, readBallot, removeDot, type VotingSession } from '../../../shared/board/facilitation';
import { Button, IconButton } from '../../ui';
import { useAnnouncer } from '../boards/useAnnouncer';
import { useNoteLabel } from './noteLabels';
import { useDocValue } from './useDocValue';
import type { ActiveVoter } from './votingTurn';

/**
 * One voter's turn: every note in the vote with this voter's dots on it and buttons to add or
 * take back a dot. The canvas may also place dots on click through `castDot` with the same key.
 */
export function VotingTurnView({ doc, origin, session, voter, onEnd }: { doc: Y.Doc; origin: unknown; session: VotingSession; voter: ActiveVoter; onEnd: () => void }) {
  const { t } = useTranslation('facilitation');
  const listId = useId();
  const read = useCallback((current: Y.Doc) => readBallot(current, voter.voterKey), [voter.voterKey]);
  const ballot = useDocValue(doc, read);
  const noteLabel = useNoteLabel(doc);
  const { message, announce } = useAnnouncer();
  const left = ballot ? dotsLeft(session, ballot) : 0;

  const add = (elementId: string) => {
    const outcome = castDot(doc, voter.voterKey, elementId, origin);
    if (!outcome.ok) announce(t(`voting.refused.${outcome.reason}`));
    else announce(t('voting.dotsLeft', { count: dotsLeft(session, outcome.ballot), total: session.dotsPerVoter }));
  };
  const remove = (elementId: string) => {
    if (removeDot(doc, voter.voterKey, elementId, origin)) announce(t('voting.dotsLeft', { count: left + 1, total: session.dotsPerVoter }));
  };

  return (
    <div className="voting-turn">
      <h3 className="facilitation-panel__subheading">{t('voting.turnHeading', { name: voter.label })}</h3>
      <p className="voting-turn__left">{left > 0 ? t('voting.dotsLeft', { count: left, total: session.dotsPerVoter }) : t('voting.noDotsLeft')}</p>
      <h4 id={listId} className="visually-hidden">
        {t('voting.notesList')}
      </h4>
      <ul aria-labelledby={listId} className="voting-turn__notes">
        {session.eligibleIds.map((id) => {
          const label = noteLabel(id);
          const mine = ballot?.dots[id] ?? 0;
          return (
            <li key={id} className="voting-turn__note">
              <span className="voting-turn__text">{label}</span>
              <span className="voting-turn__dots" role="img" aria-label={t('voting.myDots', { count: mine })}>
                {'●'.repeat(mine)}
              </span>
              <IconButton label={t('voting.removeDot', { note: label })} icon="−" disabled={mine === 0} onClick={() => remove(id)} />
              <IconButton label={t('voting.addDot', { note: label })} icon="+" variant="primary" disabled={left === 0} onClick={() => add(id)} />
            </li>
          );
        })}
      </ul>
      <Button variant="primary" onClick={onEnd}>
        {t('voting.endTurn')}
      </Button>
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
