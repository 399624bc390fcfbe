import { useMemo } from 'react';
import type * as Y from 'yjs';
import { financeRoot, readFinance, type FinanceEstimate } from '../../../shared/documents/finance';
import { evaluateEstimate, type EstimateResults } from '../../../shared/methods/finance/evaluate';
import { useDocRoot } from '../journey/useDocRoot';

/** The estimate in the board document and its results, recomputed when anything in it changes. */
export function useEstimate(doc: Y.Doc): { estimate: FinanceEstimate; results: EstimateResults } {
  const estimate = useDocRoot(doc, financeRoot, readFinance);
  const results = useMemo(() => evaluateEstimate({ lines: estimate.lines, horizon: estimate.horizon, ratePercent: estimate.discountRate }), [estimate]);
  return { estimate, results };
}

/** The same, read once: the print view renders completely on its first paint. */
export function readEstimate(doc: Y.Doc): { estimate: FinanceEstimate; results: EstimateResults } {
  const estimate = readFinance(doc);
  return { estimate, results: evaluateEstimate({ lines: estimate.lines, horizon: estimate.horizon, ratePercent: estimate.discountRate }) };
}
