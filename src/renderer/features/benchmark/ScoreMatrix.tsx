import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { cellKey, setScore, type Benchmark, type BenchmarkCase, type BenchmarkCriterion } from '../../../shared/documents/benchmark';
import type { BenchmarkResults } from '../../../shared/methods/benchmark/results';
import { scoreScale } from '../../../shared/methods/benchmark/score';
import { useFieldError, useToast } from '../../ui';
import { formatPercent, formatScore, formatWeight } from './display';
import { RankLabel } from './RankLabel';

export interface CellRef {
  caseId: string;
  criterionId: string;
}

const scores = Array.from({ length: scoreScale.max - scoreScale.min + 1 }, (_, index) => scoreScale.min + index);

/**
 * Cases down, criteria across, a 1–5 select per cell (a digit key picks a score, «—» clears it)
 * and a button to note the evidence. The rows keep the cases' own order while scores change, so
 * nothing jumps under the pointer; the ranking is beside it, in the results.
 */
export function ScoreMatrix({ doc, origin, benchmark, results, onEvidence, openCell }: {
  doc: Y.Doc;
  origin: unknown;
  benchmark: Benchmark;
  results: BenchmarkResults;
  onEvidence: (cell: CellRef) => void;
  openCell: CellRef | undefined;
}) {
  const { t, i18n } = useTranslation('benchmark');
  const toast = useToast();
  const fieldError = useFieldError();
  const locale = i18n.language;
  const { cases, criteria } = benchmark;

  const score = (item: BenchmarkCase, criterion: BenchmarkCriterion, value: string) => {
    const refused = setScore(doc, item.id, criterion.id, value === '' ? undefined : Number(value), origin)?.refused;
    if (refused) toast.show(fieldError({ message: refused }) ?? '', 'error');
  };

  return (
    <section className="benchmark-section" aria-labelledby="benchmark-matrix-heading">
      <h2 id="benchmark-matrix-heading" className="benchmark-section__title">{t('matrix.heading')}</h2>
      {cases.length === 0 || criteria.length === 0 ? (
        <p className="muted">{t('matrix.needsBoth')}</p>
      ) : (
        <>
          <p className="muted">{t('matrix.scale')}</p>
          <div className="table-scroll">
            <table className="table benchmark-matrix">
              <caption className="visually-hidden">{t('matrix.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('matrix.case')}</th>
                  {criteria.map((criterion) => (
                    <th scope="col" key={criterion.id} className="benchmark-matrix__criterion">
                      {criterion.name}
                      <span className="benchmark-sub">
                        {t('matrix.weightShare', { weight: formatWeight(criterion.weight, locale), share: formatPercent(results.shares.get(criterion.id), locale) })}
                      </span>
                    </th>
                  ))}
                  <th scope="col" className="table__number">{t('matrix.weighted')}</th>
                  <th scope="col" className="table__number">{t('matrix.percent')}</th>
                  <th scope="col">{t('matrix.rank')}</th>
                </tr>
              </thead>
              <tbody>
                {cases.map((item) => {
                  const entry = results.byCase.get(item.id);
                  const total = entry?.total;
                  const provisional = total !== undefined && !total.complete && total.mean !== undefined;
                  return (
                    <tr key={item.id}>
                      <th scope="row" className="table__title">
                        {item.organisation}
                        {item.country ? <span className="benchmark-sub">{item.country}</span> : null}
                      </th>
                      {criteria.map((criterion) => {
                        const cell = benchmark.cells[cellKey(item.id, criterion.id)];
                        const names = { case: item.organisation, criterion: criterion.name };
                        const open = openCell?.caseId === item.id && openCell.criterionId === criterion.id;
                        return (
                          <td key={criterion.id} className="benchmark-cell" data-score={cell?.score ?? ''}>
                            <select
                              className="input input--select benchmark-cell__score"
                              aria-label={t('matrix.score', names)}
                              value={cell?.score ?? ''}
                              onChange={(event) => score(item, criterion, event.target.value)}
                            >
                              <option value="">{t('matrix.notScored')}</option>
                              {scores.map((value) => (
                                <option key={value} value={value}>{value}</option>
                              ))}
                            </select>
                            <button
                              type="button"
                              className={`benchmark-cell__evidence${cell?.evidence ? ' benchmark-cell__evidence--noted' : ''}`}
                              aria-label={t(cell?.evidence ? 'matrix.evidenceNoted' : 'matrix.evidence', names)}
                              aria-expanded={open}
                              aria-controls={open ? 'benchmark-evidence' : undefined}
                              title={cell?.evidence || undefined}
                              data-cell={cellKey(item.id, criterion.id)}
                              onClick={() => onEvidence({ caseId: item.id, criterionId: criterion.id })}
                            >
                              {cell?.evidence ? '✓ ' : ''}
                              {t('matrix.evidenceShort')}
                            </button>
                          </td>
                        );
                      })}
                      <td className={`table__number benchmark-total${provisional ? ' benchmark-total--provisional' : ''}`}>
                        {formatScore(total?.mean, locale)}
                        {provisional ? <span className="benchmark-sub">{t('matrix.provisional')}</span> : null}
                      </td>
                      <td className="table__number">{formatPercent(total?.percentOfMax, locale)}</td>
                      <td>{entry ? <RankLabel entry={entry} tied={entry.rank !== undefined && results.tiedRanks.has(entry.rank)} /> : null}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
