import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readVotingArchive, readVotingResults } from '../../../shared/board/facilitation';
import { useNoteLabel } from './noteLabels';
import { useDocValue } from './useDocValue';

/** The last vote's ranking (most dots first); notes that got none are only counted. */
export function VotingResultsView({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation('facilitation');
  const headingId = useId();
  const results = useDocValue(doc, readVotingResults);
  const archived = useDocValue(doc, (current) => readVotingArchive(current).length);
  const noteLabel = useNoteLabel(doc);
  if (!results) return <p className="facilitation-panel__hint">{t('voting.noResults')}</p>;
  const voted = results.ranking.filter((entry) => entry.votes > 0);
  const unvoted = results.ranking.length - voted.length;
  return (
    <section aria-labelledby={headingId} className="voting-results">
      <h3 id={headingId} className="facilitation-panel__subheading">
        {t('voting.resultsHeading')}
      </h3>
      <p className="facilitation-panel__hint">{t('voting.resultsSummary', { count: results.voterCount, dots: results.dotsPerVoter })}</p>
      <ol className="voting-results__list">
        {voted.map((entry) => (
          <li key={entry.elementId} className="voting-results__entry">
            <span className="voting-results__text">{noteLabel(entry.elementId, entry.headline)}</span>
            <span className="voting-results__votes">{t('voting.votes', { count: entry.votes })}</span>
          </li>
        ))}
      </ol>
      {unvoted > 0 ? <p className="facilitation-panel__hint">{t('voting.unvoted', { count: unvoted })}</p> : null}
      {archived > 0 ? <p className="facilitation-panel__hint">{t('voting.archived', { count: archived })}</p> : null}
    </section>
  );
}
