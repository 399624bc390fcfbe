import { roundMinor, sum, type Dec } from './decimal';
import { periodFlows, type FlowLine, type PeriodFlow } from './cashFlow';
import { benefitCostRatio, cumulate, netPresentValue, payback, presentValues, type Payback } from './indicators';

export interface EstimateInput {
  lines: readonly FlowLine[];
  horizon: number;
  ratePercent: string;
}

export interface EstimateResults {
  periods: PeriodFlow[];
  totalCosts: Dec;
  totalBenefits: Dec;
  totalNet: Dec;
  /** Present values, rounded to the minor unit for display (the ratio uses the exact ones). */
  pvCosts: Dec;
  pvBenefits: Dec;
  npv: Dec;
  /** PV(benefits) / PV(costs), exact; undefined without costs. */
  benefitCost: Dec | undefined;
  payback: Payback;
  discountedPayback: Payback;
}

/** Everything the tool and its print show, from the lines and the settings. */
export function evaluateEstimate({ lines, horizon, ratePercent }: EstimateInput): EstimateResults {
  const periods = periodFlows(lines, horizon);
  const pvCosts = sum(presentValues(periods.map((flow) => flow.costs), ratePercent));
  const pvBenefits = sum(presentValues(periods.map((flow) => flow.benefits), ratePercent));
  const nets = periods.map((flow) => flow.net);
  return {
    periods,
    totalCosts: sum(periods.map((flow) => flow.costs)),
    totalBenefits: sum(periods.map((flow) => flow.benefits)),
    totalNet: sum(nets),
    pvCosts: roundMinor(pvCosts),
    pvBenefits: roundMinor(pvBenefits),
    npv: roundMinor(netPresentValue(nets, ratePercent)),
    benefitCost: benefitCostRatio(pvBenefits, pvCosts),
    payback: payback(periods.map((flow) => flow.cumulativeNet)),
    discountedPayback: payback(cumulate(presentValues(nets, ratePercent))),
  };
}
