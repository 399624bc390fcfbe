import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { benefitCostRatio, cumulate, discountFactor, netPresentValue, payback } from './indicators';

const decs = (values: (number | string)[]) => values.map((value) => new Dec(value));

describe('discountFactor', () => {
  it('is 1 in period 0 (now) and 1/(1+r)ᵗ after', () => {
    expect(discountFactor('10', 0).toString()).toBe('1');
    // 1 / 1,21 = 0,826446280991735537190082644628099173553… (40 digits)
    expect(discountFactor('10', 2).toDecimalPlaces(10).toString()).toBe('0.826446281');
    // A 0 % rate discounts nothing.
    expect(discountFactor('0', 5).toString()).toBe('1');
  });
});

describe('netPresentValue', () => {
  it('worked example: 10 %, −$1.000.000 now, +$600.000 in periods 1 and 2', () => {
    // −1.000.000 + 600.000/1,1 + 600.000/1,21 = −1.000.000 + 545.454,5454… + 495.867,7685… = 41.322,3140…
    // In centavos: 4.132.231,40… → 4.132.231 ($ 41.322,31).
    const npv = netPresentValue(decs([-100_000_000, 60_000_000, 60_000_000]), '10');
    expect(npv.toDecimalPlaces(0).toString()).toBe('4132231');
    expect(npv.toDecimalPlaces(4).toString()).toBe('4132231.405');
  });

  it('worked example at 12,5 %: −$500.000 now, +$200.000 in periods 1…3', () => {
    // 200.000/1,125 = 177.777,78; /1,265625 = 158.024,69; /1,423828125 = 140.466,39; sum 476.268,86.
    // NPV = 476.268,8614540… − 500.000 = −23.731,1385459… → −2.373.113,85… centavos → −2.373.114.
    const npv = netPresentValue(decs([-50_000_000, 20_000_000, 20_000_000, 20_000_000]), '12.5');
    expect(npv.toDecimalPlaces(0).toString()).toBe('-2373114');
  });

  it('a negative rate above −100 % makes later money worth more: −10 %, −100 now, +100 in period 1', () => {
    // −100 + 100/0,9 = 11,111… (centavos: −10.000 + 11.111,11… = 1.111,11… → 1.111)
    expect(netPresentValue(decs([-10_000, 10_000]), '-10').toDecimalPlaces(0).toString()).toBe('1111');
  });
});

describe('benefitCostRatio', () => {
  it('divides present values: 1.041.322,31 / 1.000.000 = 1,0413…', () => {
    expect(benefitCostRatio(new Dec('104132231.405'), new Dec('100000000'))!.toDecimalPlaces(4).toString()).toBe('1.0413');
  });

  it('is not defined without costs', () => {
    expect(benefitCostRatio(new Dec(5000), new Dec(0))).toBeUndefined();
  });
});

describe('payback', () => {
  it('worked example: cumulative −1.000.000, −400.000, +200.000 → period 2, interpolated 1 + 400.000/600.000 = 1,6667', () => {
    const result = payback(decs([-1_000_000, -400_000, 200_000]));
    expect(result.kind).toBe('recovered');
    if (result.kind !== 'recovered') return;
    expect(result.period).toBe(2);
    expect(result.interpolated.toDecimalPlaces(4).toString()).toBe('1.6667');
  });

  it('recovers exactly at the end of a period: −1.000, 0 → period 1, interpolated 0 + 1.000/1.000 = 1', () => {
    expect(payback(decs([-1000, 0]))).toMatchObject({ kind: 'recovered', period: 1 });
    const result = payback(decs([-1000, 0]));
    if (result.kind === 'recovered') expect(result.interpolated.toString()).toBe('1');
  });

  it('counts from where it stays recovered: −100, +50, −20, +30 → period 3, interpolated 2 + 20/50 = 2,4', () => {
    const result = payback(decs([-100, 50, -20, 30]));
    expect(result).toMatchObject({ kind: 'recovered', period: 3 });
    if (result.kind === 'recovered') expect(result.interpolated.toString()).toBe('2.4');
  });

  it('an investment after a quiet period 0: 0, −100, +50 → period 2, interpolated 1 + 100/150 = 1,6667', () => {
    const result = payback(decs([0, -100, 50]));
    expect(result).toMatchObject({ kind: 'recovered', period: 2 });
    if (result.kind === 'recovered') expect(result.interpolated.toDecimalPlaces(4).toString()).toBe('1.6667');
  });

  it('is not recovered when the cumulative net ends negative, and has nothing to recover when it never is', () => {
    expect(payback(decs([-1000, -900]))).toEqual({ kind: 'notRecovered' });
    expect(payback(decs([0, 100, 200]))).toEqual({ kind: 'noInvestment' });
  });

  it('discounted payback of the worked example: −1.000.000, −454.545,45…, +41.322,31… → 1 + 0,91667 = 1,9167', () => {
    // 454.545,4545… / 495.867,7685… = (1.210.000 − 660.000) / 600.000 = 0,916666…
    const nets = decs([-1_000_000, 600_000, 600_000]).map((net, period) => net.times(discountFactor('10', period)));
    const result = payback(cumulate(nets));
    expect(result).toMatchObject({ kind: 'recovered', period: 2 });
    if (result.kind === 'recovered') expect(result.interpolated.toDecimalPlaces(4).toString()).toBe('1.9167');
  });
});
