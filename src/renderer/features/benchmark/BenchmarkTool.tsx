import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { benchmarkRoot, cellKey, readBenchmark } from '../../../shared/documents/benchmark';
import { benchmarkResults } from '../../../shared/methods/benchmark/results';
import type { MethodToolProps } from '../methodTools/types';
import { useDocRoot } from '../journey/useDocRoot';
import { CasesSection } from './CasesSection';
import { CriteriaSection } from './CriteriaSection';
import { EvidenceEditor } from './EvidenceEditor';
import { ResultsSection } from './ResultsSection';
import { ScoreMatrix, type CellRef } from './ScoreMatrix';
import './benchmark.css';

/**
 * The benchmarking matrix of a board: criteria and cases side by side, the score matrix under
 * them and the ranking last. Everything is read from the board document and written back with
 * the board's origin, so it syncs and undoes with the board.
 */
export function BenchmarkTool({ doc, origin }: MethodToolProps) {
  const { t } = useTranslation('benchmark');
  const benchmark = useDocRoot(doc, benchmarkRoot, readBenchmark);
  const results = useMemo(() => benchmarkResults(benchmark), [benchmark]);
  const [openCell, setOpenCell] = useState<CellRef | undefined>();
  const openCase = benchmark.cases.find((item) => item.id === openCell?.caseId);
  const openCriterion = benchmark.criteria.find((criterion) => criterion.id === openCell?.criterionId);

  return (
    <div className="benchmark">
      <header className="benchmark__intro">
        <h2 className="benchmark__title">{t('title')}</h2>
        <p>{t('intro')}</p>
        <p className="benchmark__convention">{t('convention')}</p>
      </header>
      <div className="benchmark__setup">
        <CriteriaSection doc={doc} origin={origin} criteria={benchmark.criteria} shares={results.shares} />
        <CasesSection doc={doc} origin={origin} cases={benchmark.cases} />
      </div>
      <ScoreMatrix doc={doc} origin={origin} benchmark={benchmark} results={results} openCell={openCell} onEvidence={setOpenCell} />
      {openCell && openCase && openCriterion ? (
        <EvidenceEditor
          key={cellKey(openCell.caseId, openCell.criterionId)}
          doc={doc}
          origin={origin}
          cell={openCell}
          caseName={openCase.organisation}
          criterionName={openCriterion.name}
          evidence={benchmark.cells[cellKey(openCell.caseId, openCell.criterionId)]?.evidence ?? ''}
          onClose={() => setOpenCell(undefined)}
        />
      ) : null}
      <ResultsSection results={results} />
    </div>
  );
}
