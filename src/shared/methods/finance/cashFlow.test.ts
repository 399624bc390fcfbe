import { describe, expect, it } from 'vitest';
import { lineAmount, periodFlows, type FlowLine } from './cashFlow';

const cost = (quantity: string, unitCostMinor: number, period: number): FlowLine => ({ kind: 'cost', quantity, unitCostMinor, period });
const benefit = (quantity: string, unitCostMinor: number, period: number): FlowLine => ({ kind: 'benefit', quantity, unitCostMinor, period });
const text = (values: { toString(): string }[]) => values.map((value) => value.toString());

describe('lineAmount', () => {
  it('multiplies exactly: 12 months × $2.500.000 = $30.000.000 (3.000.000.000 centavos)', () => {
    expect(lineAmount('12', 250_000_000).toString()).toBe('3000000000');
  });

  it('multiplies a decimal quantity exactly: 1,5 × $33,33 = $49,995 → half-up → $50,00 (5000 centavos)', () => {
    expect(lineAmount('1.5', 3333).toString()).toBe('5000');
  });

  it('rounds half-up once per line, where floats drift: 1,005 × 100 = 100,5 → 101 (a float gives 100,49999… → 100)', () => {
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(lineAmount('1.005', 100).toString()).toBe('101');
    // 2,5 → 3 (half-up, not half-even's 2); 0,25 × 1 = 0,25 → 0.
    expect(lineAmount('2.5', 1).toString()).toBe('3');
    expect(lineAmount('0.25', 1).toString()).toBe('0');
  });
});

describe('periodFlows', () => {
  it('adds costs and benefits per period with net and cumulative net', () => {
    // Period 0: cost $1.000.000; periods 1 and 2: benefit $600.000 each.
    // Net: −1.000.000, +600.000, +600.000; cumulative: −1.000.000, −400.000, +200.000.
    const flows = periodFlows([cost('1', 100_000_000, 0), benefit('2', 30_000_000, 1), benefit('1', 60_000_000, 2)], 2);
    expect(text(flows.map((flow) => flow.costs))).toEqual(['100000000', '0', '0']);
    expect(text(flows.map((flow) => flow.benefits))).toEqual(['0', '60000000', '60000000']);
    expect(text(flows.map((flow) => flow.net))).toEqual(['-100000000', '60000000', '60000000']);
    expect(text(flows.map((flow) => flow.cumulativeNet))).toEqual(['-100000000', '-40000000', '20000000']);
  });

  it('has no floating-point drift: $0,10 + $0,20 = $0,30 exactly, and 1.000 lines of $0,01 = $10,00', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(periodFlows([cost('1', 10, 0), cost('1', 20, 0)], 0)[0]!.costs.toString()).toBe('30');
    const pennies = Array.from({ length: 1000 }, () => cost('1', 1, 1));
    let floatTotal = 0;
    for (let index = 0; index < 1000; index += 1) floatTotal += 0.01;
    expect(floatTotal).not.toBe(10);
    expect(periodFlows(pennies, 1)[1]!.costs.toString()).toBe('1000');
  });

  it('rounds each line before adding: three lines of 0,5 × 1 centavo are 1 + 1 + 1 = 3, not round(1,5) = 2', () => {
    expect(periodFlows([cost('0.5', 1, 0), cost('0.5', 1, 0), cost('0.5', 1, 0)], 0)[0]!.costs.toString()).toBe('3');
  });

  it('leaves out lines outside periods 0…horizon', () => {
    const flows = periodFlows([cost('1', 500, 3), cost('1', 700, -1), cost('1', 100, 1)], 2);
    expect(flows).toHaveLength(3);
    expect(text(flows.map((flow) => flow.costs))).toEqual(['0', '100', '0']);
  });
});
