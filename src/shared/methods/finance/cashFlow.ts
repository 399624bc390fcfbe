import { Dec, roundMinor, zero } from './decimal';

/**
 * The estimate's cash flow: each line's amount, then costs, benefits and net per period.
 * Amounts are integer minor units (centavos, cents) held as exact decimals; the only rounding
 * is once per line, when quantity × unit cost has more decimals than a centavo.
 */
export const flowKinds = ['cost', 'benefit'] as const;
export type FlowKind = (typeof flowKinds)[number];

export interface FlowLine {
  kind: FlowKind;
  /** Exact decimal text, e.g. "1.5". */
  quantity: string;
  unitCostMinor: number;
  period: number;
}

export interface PeriodFlow {
  period: number;
  costs: Dec;
  benefits: Dec;
  /** Benefits − costs of the period. */
  net: Dec;
  /** Net of periods 0…period. */
  cumulativeNet: Dec;
}

/** Quantity × unit cost, rounded half-up to the minor unit once (1,005 × $1,00 → $1,01). */
export function lineAmount(quantity: string, unitCostMinor: number): Dec {
  return roundMinor(new Dec(quantity).times(unitCostMinor));
}

/** The periods 0…horizon, each with its totals; lines outside the horizon are left out (the reader flags them). */
export function periodFlows(lines: readonly FlowLine[], horizon: number): PeriodFlow[] {
  const costs: Dec[] = Array.from({ length: horizon + 1 }, () => zero);
  const benefits: Dec[] = Array.from({ length: horizon + 1 }, () => zero);
  for (const line of lines) {
    if (!Number.isInteger(line.period) || line.period < 0 || line.period > horizon) continue;
    const column = line.kind === 'cost' ? costs : benefits;
    column[line.period] = column[line.period]!.plus(lineAmount(line.quantity, line.unitCostMinor));
  }
  let cumulative = zero;
  return costs.map((cost, period) => {
    const benefit = benefits[period]!;
    const net = benefit.minus(cost);
    cumulative = cumulative.plus(net);
    return { period, costs: cost, benefits: benefit, net, cumulativeNet: cumulative };
  });
}
