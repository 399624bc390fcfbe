import { useTranslation } from 'react-i18next';
import { readCulture } from '../../../shared/documents/culture';
import { compareRounds, smallSampleThreshold } from '../../../shared/methods/culture/results';
import { formatDate } from '../../i18n/format';
import type { MethodPrintProps } from '../methodTools/types';
import { CultureRadar } from './CultureRadar';
import { ResultsTable } from './ResultsTable';
import { itemNumber } from './useCulture';
import './culture.css';

/**
 * The diagnosis on paper: the questionnaire, the rounds with their number of respondents, the
 * results table and the radar. Never one respondent's answers: only means per dimension.
 * Read once from the document, drawn at a fixed size without animation.
 */
export function CulturePrint({ doc }: MethodPrintProps) {
  const { t, i18n } = useTranslation('culture');
  const culture = readCulture(doc);
  const comparison = compareRounds(culture);
  return (
    <div className="culture-print">
      <h2>{t('print.results')}</h2>
      {comparison.smallSample ? <p className="culture-note culture-note--caution">{t('results.smallSample', { count: smallSampleThreshold })}</p> : null}
      <div className="culture-print__results">
        <CultureRadar comparison={comparison} size={{ width: 560, height: 420 }} />
        <ResultsTable comparison={comparison} />
      </div>
      <p className="culture-hint">{t('results.conventions')} {t('print.privacy')}</p>
      <h2>{t('print.rounds')}</h2>
      <ul>
        {culture.rounds.map((round) => (
          <li key={round.id}>
            {t('print.round', {
              name: round.name,
              kind: t(round.kind === 'baseline' ? 'rounds.baseline' : 'rounds.followUp'),
              date: formatDate(round.date, i18n.language),
              respondents: t('answers.count', { count: culture.respondents.filter((respondent) => respondent.roundId === round.id).length }),
            })}
          </li>
        ))}
      </ul>
      <h2>{t('print.instrument')}</h2>
      <p className="culture-hint">
        {t('scale.heading')}: 1 = {t('scale.1')} · 5 = {t('scale.5')} · ? = {t('scale.dontKnow')}
      </p>
      {culture.dimensions.map((dimension, dimensionIndex) => (
        <section key={dimension.id} className="culture-print__dimension">
          <h3>
            {dimensionIndex + 1}. {dimension.name}
          </h3>
          <ul>
            {dimension.items.map((item, itemIndex) => (
              <li key={item.id}>
                {itemNumber(dimensionIndex, itemIndex)} {item.text}
                {item.reversed ? ` (${t('answers.reversed')})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
