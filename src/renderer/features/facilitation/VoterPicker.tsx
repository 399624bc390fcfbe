import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { openBallot, type VotingSession } from '../../../shared/board/facilitation';
import { limits } from '../../../shared/domain/limits';
import { Button, TextField } from '../../ui';
import { rememberKey, useVotingTurn } from './votingTurn';

/** Starts a voter's turn: by name, or as the next "Participante N" when people prefer not to say. */
export function VoterPicker({ doc, origin, boardId, session }: { doc: Y.Doc; origin: unknown; boardId: string; session: VotingSession }) {
  const { t } = useTranslation('facilitation');
  const headingId = useId();
  const [name, setName] = useState('');
  const turns = useVotingTurn((state) => state.turns[session.id] ?? 0);
  const remembered = useVotingTurn((state) => state.remembered);
  const begin = useVotingTurn((state) => state.begin);
  const numbered = t('voting.participant', { number: turns + 1 });

  const start = (typed: string) => {
    const label = typed.trim() || numbered;
    const known = session.anonymous && typed.trim() ? remembered[rememberKey(session.id, typed)] : undefined;
    const voterKey = known ?? openBallot(doc, label, origin);
    if (!voterKey) return;
    begin(boardId, { sessionId: session.id, voterKey, label }, typed);
    setName('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start(name);
  };

  return (
    <form className="form facilitation-form" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId} className="facilitation-panel__subheading">
        {t('voting.voterHeading')}
      </h3>
      <TextField
        label={t('voting.voterName')}
        hint={session.anonymous ? t('voting.voterNameAnonymousHint') : undefined}
        maxLength={limits.shortText}
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="facilitation-form__row">
        <Button type="submit" variant="primary" disabled={!name.trim()}>
          {t('voting.startTurn')}
        </Button>
        <Button onClick={() => start('')}>{t('voting.startNumbered', { name: numbered })}</Button>
      </div>
    </form>
  );
}
