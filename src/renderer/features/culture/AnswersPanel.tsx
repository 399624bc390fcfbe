import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addFollowUpRound, type CultureDiagnosis } from '../../../shared/documents/culture';
import { likertPoints } from '../../../shared/methods/culture/instrument';
import { formatDate } from '../../i18n/format';
import { focusLater, SelectField } from '../../ui';
import { AnswerGrid } from './AnswerGrid';
import { RoundDetails } from './RoundDetails';
import { RoundForm } from './RoundForm';
import { localIsoDate } from '../../../shared/domain/localDate';

/** Rounds (baseline and follow-ups) and, for the chosen one, its anonymous respondents' answers. */
export function AnswersPanel({ doc, origin, culture }: { doc: Y.Doc; origin: unknown; culture: CultureDiagnosis }) {
  const { t, i18n } = useTranslation('culture');
  const [chosen, setChosen] = useState<string | undefined>();
  const roundSelect = useRef<HTMLSelectElement>(null);
  const round = culture.rounds.find((entry) => entry.id === chosen) ?? culture.rounds[0];
  const followUps = culture.rounds.filter((entry) => entry.kind === 'followUp').length;
  if (!round) return null;
  const respondents = culture.respondents.filter((respondent) => respondent.roundId === round.id).length;
  return (
    <section className="culture-section" aria-labelledby="culture-answers-heading">
      <div className="culture-rounds">
        <SelectField
          ref={roundSelect}
          label={t('rounds.select')}
          value={round.id}
          onChange={(event) => setChosen(event.target.value)}
          options={culture.rounds.map((entry) => ({ value: entry.id, label: t('rounds.option', { name: entry.name, date: formatDate(entry.date, i18n.language) }) }))}
        />
        <RoundDetails key={round.id} doc={doc} origin={origin} round={round} respondents={respondents} onRemoved={() => focusLater(roundSelect.current)} />
      </div>
      <h2 id="culture-answers-heading">{t('answers.heading', { round: round.name })}</h2>
      <p className="culture-note culture-note--privacy" role="note">
        {t('answers.anonymity')}
      </p>
      <p className="culture-hint">{t('answers.howTo')}</p>
      <p className="culture-scale">
        <strong>{t('scale.heading')}:</strong> {likertPoints.map((point) => `${point} = ${t(`scale.${point}`)}`).join(' · ')} · ? = {t('scale.dontKnow')}
      </p>
      <AnswerGrid doc={doc} origin={origin} culture={culture} roundId={round.id} />
      <RoundForm
        defaultName={t('rounds.followUpName', { number: followUps + 1 })}
        defaultDate={localIsoDate()}
        onAdd={(fields) => {
          const added = addFollowUpRound(doc, fields, origin);
          if (!added.ok) return added.error;
          setChosen(added.id);
          return undefined;
        }}
      />
    </section>
  );
}
