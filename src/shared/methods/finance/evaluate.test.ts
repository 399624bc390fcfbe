import { describe, expect, it } from 'vitest';
import { evaluateEstimate } from './evaluate';

describe('evaluateEstimate', () => {
  it('the worked example at 10 %, from lines', () => {
    // Costs: 2 people × $400.000 + 1 licence × $200.000 in period 0 = $1.000.000.
    // Benefits: 1.000 hours × $600 saved in periods 1 and 2 = $600.000 each.
    const results = evaluateEstimate({
      horizon: 2,
      ratePercent: '10',
      lines: [
        { kind: 'cost', quantity: '2', unitCostMinor: 40_000_000, period: 0 },
        { kind: 'cost', quantity: '1', unitCostMinor: 20_000_000, period: 0 },
        { kind: 'benefit', quantity: '1000', unitCostMinor: 60_000, period: 1 },
        { kind: 'benefit', quantity: '1000', unitCostMinor: 60_000, period: 2 },
      ],
    });
    expect(results.totalCosts.toString()).toBe('100000000');
    expect(results.totalBenefits.toString()).toBe('120000000');
    expect(results.totalNet.toString()).toBe('20000000');
    // PV benefits = 545.454,5454… + 495.867,7685… = 1.041.322,3140… → 104.132.231 centavos.
    expect(results.pvBenefits.toString()).toBe('104132231');
    expect(results.pvCosts.toString()).toBe('100000000');
    expect(results.npv.toString()).toBe('4132231');
    expect(results.benefitCost!.toDecimalPlaces(2).toString()).toBe('1.04');
    expect(results.payback).toMatchObject({ kind: 'recovered', period: 2 });
    expect(results.discountedPayback).toMatchObject({ kind: 'recovered', period: 2 });
  });

  it('an empty estimate: zeros, no ratio, nothing to recover', () => {
    const results = evaluateEstimate({ horizon: 3, ratePercent: '9', lines: [] });
    expect(results.periods).toHaveLength(4);
    expect(results.npv.isZero()).toBe(true);
    expect(results.benefitCost).toBeUndefined();
    expect(results.payback).toEqual({ kind: 'noInvestment' });
  });
});
