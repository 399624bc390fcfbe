import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { discardVotingSession, endVotingSession, readVotingSession } from '../../../shared/board/facilitation';
import { Button, ConfirmDialog } from '../../ui';
import { useAnnouncer } from '../boards/useAnnouncer';
import { wallClock } from './clock';
import { useDocValue } from './useDocValue';
import { VoterPicker } from './VoterPicker';
import { VotingResultsView } from './VotingResultsView';
import { VotingSetup } from './VotingSetup';
import { VotingTurnView } from './VotingTurnView';
import { useActiveVoter, useVotingTurn } from './votingTurn';

/**
 * The dot-voting panel: set a vote up, let people take turns on this laptop, close it and
 * read the ranking (which the canvas also shows as badges on the notes).
 */
export function VotingPanel({ doc, origin, boardId, selectedIds }: { doc: Y.Doc; origin: unknown; boardId: string; selectedIds: readonly string[] }) {
  const { t } = useTranslation('facilitation');
  const session = useDocValue(doc, readVotingSession);
  const voter = useActiveVoter(boardId, session?.id);
  const endTurn = useVotingTurn((state) => state.end);
  const turns = useVotingTurn((state) => (session ? (state.turns[session.id] ?? 0) : 0));
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const { message, announce } = useAnnouncer();

  if (!session) {
    return (
      <>
        <VotingSetup doc={doc} origin={origin} selectedIds={selectedIds} onStarted={(count) => announce(t('voting.started', { count }))} />
        <VotingResultsView doc={doc} />
        <p className="visually-hidden" aria-live="polite">
          {message}
        </p>
      </>
    );
  }

  return (
    <div className="voting-open">
      <p className="voting-open__summary">
        <strong>{t('voting.openHeading')}</strong> {t('voting.openSummary', { dots: session.dotsPerVoter, notes: session.eligibleIds.length, turns })}
        {session.anonymous ? <span className="facilitation-badge">{t('voting.anonymousBadge')}</span> : null}
      </p>
      {voter ? (
        <VotingTurnView
          doc={doc}
          origin={origin}
          session={session}
          voter={voter}
          onEnd={() => {
            endTurn(boardId);
            announce(t('voting.turnEnded'));
          }}
        />
      ) : (
        <VoterPicker doc={doc} origin={origin} boardId={boardId} session={session} />
      )}
      <div className="facilitation-form__row facilitation-form__row--end">
        <Button
          variant="primary"
          onClick={() => {
            endTurn(boardId);
            endVotingSession(doc, wallClock(), origin);
          }}
        >
          {t('voting.end')}
        </Button>
        <Button variant="danger" onClick={() => setConfirmDiscard(true)}>
          {t('voting.discard')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmDiscard}
        danger
        title={t('voting.discardTitle')}
        body={t('voting.discardBody')}
        confirmLabel={t('voting.discard')}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          endTurn(boardId);
          discardVotingSession(doc, origin);
        }}
      />
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
