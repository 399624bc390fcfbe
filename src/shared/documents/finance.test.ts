import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validationKeys } from '../domain/errors';
import type { LineInput } from '../methods/finance/fields';
import { methodToolRoot } from './methodRoots';
import { readFinance, removeLine, saveLine, setCurrency, setDiscountRate, setHorizon, setPeriodUnit } from './finance';

const origin = Symbol('test');
const cost = (overrides: Partial<LineInput> = {}): LineInput => ({
  kind: 'cost', category: 'talent', description: 'Facilitadora', unit: 'mes', quantity: '12', unitCost: '2.500.000', period: 1, ...overrides,
});
const benefit = (overrides: Partial<LineInput> = {}): LineInput => ({
  kind: 'benefit', category: 'citizen-time', description: 'Horas ahorradas', unit: 'hora', quantity: '1000', unitCost: '600', period: 1, ...overrides,
});

function undoManager(doc: Y.Doc) {
  return new Y.UndoManager(methodToolRoot(doc, 'finance'), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
}

describe('finance settings', () => {
  it('reads the defaults of a new estimate: COP, 5 years, 9 %', () => {
    expect(readFinance(new Y.Doc())).toEqual({ currency: 'COP', horizon: 5, periodUnit: 'year', discountRate: '9', lines: [], outside: [] });
  });

  it('stores a typed rate as exact decimal text and refuses −100 % and absurd values, storing nothing', () => {
    const doc = new Y.Doc();
    expect(setDiscountRate(doc, '12,5', origin)).toBeUndefined();
    expect(readFinance(doc).discountRate).toBe('12.5');
    expect(setDiscountRate(doc, '-100', origin)).toBe(validationKeys.discountRateRange);
    expect(setDiscountRate(doc, '1000', origin)).toBe(validationKeys.discountRateRange);
    expect(setDiscountRate(doc, 'doce', origin)).toBe(validationKeys.invalidNumber);
    expect(readFinance(doc).discountRate).toBe('12.5');
  });

  it('sets currency, period unit and horizon, refusing values outside their lists', () => {
    const doc = new Y.Doc();
    expect(setCurrency(doc, 'USD', origin)).toBeUndefined();
    expect(setCurrency(doc, 'EUR', origin)).toBe(validationKeys.invalid);
    expect(setPeriodUnit(doc, 'month', origin)).toBeUndefined();
    expect(setPeriodUnit(doc, 'week', origin)).toBe(validationKeys.invalid);
    expect(setHorizon(doc, '10', origin)).toBeUndefined();
    expect(setHorizon(doc, '0', origin)).toBe(validationKeys.horizonRange);
    expect(setHorizon(doc, '2,5', origin)).toBe(validationKeys.horizonRange);
    expect(setHorizon(doc, '61', origin)).toBe(validationKeys.horizonRange);
    expect(readFinance(doc)).toMatchObject({ currency: 'USD', periodUnit: 'month', horizon: 10 });
  });

  it('refuses to shorten the horizon below a period a line uses', () => {
    const doc = new Y.Doc();
    expect(saveLine(doc, cost({ period: 4 }), origin).ok).toBe(true);
    expect(setHorizon(doc, 3, origin)).toBe(validationKeys.horizonBelowLines);
    expect(setHorizon(doc, 4, origin)).toBeUndefined();
  });
});

describe('finance lines', () => {
  it('stores a line with its quantity as decimal text and its unit cost in minor units', () => {
    const doc = new Y.Doc();
    const saved = saveLine(doc, cost({ quantity: '1,5', unitCost: '2.500.000,50' }), origin);
    expect(saved.ok).toBe(true);
    const [line] = readFinance(doc).lines;
    expect(line).toMatchObject({ kind: 'cost', category: 'talent', quantity: '1.5', unitCostMinor: 250_000_050, period: 1, unit: 'mes' });
  });

  it('refuses a negative or zero quantity, a zero unit cost, a period out of the horizon and a category of the other kind, storing nothing', () => {
    const doc = new Y.Doc();
    expect(saveLine(doc, cost({ quantity: '-3' }), origin)).toEqual({ ok: false, issues: { quantity: validationKeys.quantityPositive } });
    expect(saveLine(doc, cost({ quantity: '0' }), origin)).toEqual({ ok: false, issues: { quantity: validationKeys.quantityPositive } });
    expect(saveLine(doc, cost({ quantity: 'muchos' }), origin)).toEqual({ ok: false, issues: { quantity: validationKeys.invalidNumber } });
    expect(saveLine(doc, cost({ unitCost: '0' }), origin)).toEqual({ ok: false, issues: { unitCost: validationKeys.amountPositive } });
    expect(saveLine(doc, cost({ period: 6 }), origin)).toEqual({ ok: false, issues: { period: validationKeys.periodOutsideHorizon } });
    expect(saveLine(doc, cost({ period: -1 }), origin)).toEqual({ ok: false, issues: { period: validationKeys.periodOutsideHorizon } });
    expect(saveLine(doc, cost({ category: 'revenue' }), origin)).toEqual({ ok: false, issues: { category: validationKeys.required } });
    expect(saveLine(doc, cost({ description: '  ' }), origin)).toEqual({ ok: false, issues: { description: validationKeys.required } });
    expect(readFinance(doc).lines).toEqual([]);
    expect(methodToolRoot(doc, 'finance').size).toBe(0);
  });

  it('reports every refused field at once, so the form can mark them all', () => {
    const doc = new Y.Doc();
    expect(saveLine(doc, cost({ description: '', quantity: '-1', unitCost: 'abc', period: 9 }), origin)).toEqual({
      ok: false,
      issues: { description: validationKeys.required, quantity: validationKeys.quantityPositive, unitCost: validationKeys.invalidAmount, period: validationKeys.periodOutsideHorizon },
    });
  });

  it('edits and removes a line, each as one undo step', () => {
    const doc = new Y.Doc();
    const undo = undoManager(doc);
    const saved = saveLine(doc, cost(), origin);
    if (!saved.ok) throw new Error('not saved');
    saveLine(doc, cost({ quantity: '6', description: 'Facilitadora (medio año)' }), origin, saved.id);
    expect(readFinance(doc).lines[0]).toMatchObject({ quantity: '6', description: 'Facilitadora (medio año)' });
    removeLine(doc, saved.id, origin);
    expect(readFinance(doc).lines).toEqual([]);
    undo.undo();
    expect(readFinance(doc).lines[0]).toMatchObject({ quantity: '6' });
    undo.undo();
    expect(readFinance(doc).lines[0]).toMatchObject({ quantity: '12', description: 'Facilitadora' });
    undo.undo();
    expect(readFinance(doc).lines).toEqual([]);
  });

  it('orders lines by period, then by when they were added', () => {
    const doc = new Y.Doc();
    saveLine(doc, cost({ description: 'B', period: 2 }), origin);
    saveLine(doc, cost({ description: 'C', period: 0 }), origin);
    saveLine(doc, cost({ description: 'A', period: 2 }), origin);
    expect(readFinance(doc).lines.map((line) => line.description)).toEqual(['C', 'B', 'A']);
  });
});

describe('finance merge of two copies', () => {
  it('keeps lines added concurrently in both copies and both settings changed apart', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    saveLine(left, cost({ description: 'Licencias' }), origin);
    setDiscountRate(left, '12', origin);
    saveLine(right, benefit({ description: 'Trámites en línea' }), origin);
    setCurrency(right, 'USD', origin);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    for (const doc of [left, right]) {
      const estimate = readFinance(doc);
      expect(estimate.lines.map((line) => line.description).sort()).toEqual(['Licencias', 'Trámites en línea']);
      expect(estimate).toMatchObject({ discountRate: '12', currency: 'USD' });
    }
  });

  it('merges edits of different fields of one line, and flags a line left beyond a horizon shortened concurrently', () => {
    const left = new Y.Doc();
    const saved = saveLine(left, cost({ period: 1 }), origin);
    if (!saved.ok) throw new Error('not saved');
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    saveLine(left, cost({ period: 1, quantity: '10' }), origin, saved.id);
    saveLine(right, cost({ period: 1, unit: 'mes calendario' }), origin, saved.id);
    setHorizon(left, 2, origin);
    saveLine(right, cost({ description: 'Soporte', period: 4 }), origin);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    for (const doc of [left, right]) {
      const estimate = readFinance(doc);
      expect(estimate.lines).toHaveLength(1);
      expect(estimate.lines[0]).toMatchObject({ quantity: '10', unit: 'mes calendario' });
      expect(estimate.outside.map((line) => line.description)).toEqual(['Soporte']);
    }
  });
});
