import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { removeRound, updateRoundField, type CultureRound } from '../../../shared/documents/culture';
import { Button, ConfirmDialog, DateField, useFieldError } from '../../ui';
import { DocTextField } from '../journey/DocTextField';

/** The chosen round's name and date, edited in place; a follow-up can be deleted (after asking). */
export function RoundDetails({ doc, origin, round, respondents, onRemoved }: {
  doc: Y.Doc;
  origin: unknown;
  round: CultureRound;
  respondents: number;
  /** Called once the round is gone (this component with it), to put focus somewhere that stays. */
  onRemoved: () => void;
}) {
  const { t } = useTranslation('culture');
  const fieldError = useFieldError();
  const [dateError, setDateError] = useState<string | undefined>();
  const [dateDraft, setDateDraft] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const remove = () => {
    if (removeRound(doc, round.id, origin)) onRemoved();
  };
  return (
    <div className="culture-round">
      <div className="form__row">
        <DocTextField key={`${round.id}-name`} label={t('rounds.name')} value={round.name} onCommit={(value) => updateRoundField(doc, round.id, 'name', value, origin)} />
        <DateField
          label={t('rounds.date')}
          value={dateDraft ?? round.date}
          error={fieldError(dateError ? { message: dateError } : undefined)}
          // A date input reports only complete dates (or '' while one is cleared), so each change
          // can be written; a refused one stays as a draft with its message.
          onChange={(event) => {
            const refused = updateRoundField(doc, round.id, 'date', event.target.value, origin);
            setDateError(refused);
            setDateDraft(refused ? event.target.value : undefined);
          }}
        />
      </div>
      <p className="culture-hint">
        {t(round.kind === 'baseline' ? 'rounds.baseline' : 'rounds.followUp')} · {t('answers.count', { count: respondents })}
      </p>
      {round.kind === 'followUp' ? (
        <Button variant="danger" onClick={() => (respondents > 0 ? setConfirming(true) : remove())}>
          {t('rounds.remove')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        danger
        title={t('rounds.removeTitle', { name: round.name })}
        body={t('rounds.removeBody', { count: respondents })}
        confirmLabel={t('rounds.removeConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          remove();
          setConfirming(false);
        }}
      />
    </div>
  );
}
