import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CultureDiagnosis } from '../../../shared/documents/culture';
import { compareRounds, smallSampleThreshold } from '../../../shared/methods/culture/results';
import { formatDate } from '../../i18n/format';
import { SelectField } from '../../ui';
import { CultureRadar } from './CultureRadar';
import { ResultsTable } from './ResultsTable';

/** Baseline against a follow-up: the radar, and the table with the same numbers. */
export function ResultsPanel({ culture }: { culture: CultureDiagnosis }) {
  const { t, i18n } = useTranslation('culture');
  const followUps = culture.rounds.filter((round) => round.kind === 'followUp');
  const [chosen, setChosen] = useState<string | undefined>();
  const comparison = compareRounds(culture, chosen);
  const anyAnswer = comparison.rows.some((row) => row.baseline.answers + (row.followUp?.answers ?? 0) > 0);
  return (
    <section className="culture-section" aria-labelledby="culture-results-heading">
      <h2 id="culture-results-heading">{t('results.heading')}</h2>
      {followUps.length > 1 ? (
        <SelectField
          label={t('results.compareWith')}
          value={comparison.followUpRound?.id ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          options={followUps.map((round) => ({ value: round.id, label: t('rounds.option', { name: round.name, date: formatDate(round.date, i18n.language) }) }))}
        />
      ) : null}
      {!anyAnswer ? <p className="culture-note">{t('results.empty')}</p> : null}
      {followUps.length === 0 ? <p className="culture-note">{t('results.noFollowUp')}</p> : null}
      {comparison.smallSample ? (
        <p className="culture-note culture-note--caution" role="note">
          {t('results.smallSample', { count: smallSampleThreshold })}
        </p>
      ) : null}
      <div className="culture-results">
        <div className="culture-results__chart">
          <CultureRadar comparison={comparison} />
        </div>
        <div className="culture-results__table">
          <ResultsTable comparison={comparison} />
          <p className="culture-hint">{t('results.conventions')}</p>
        </div>
      </div>
    </section>
  );
}
