import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ContributionFields } from '../domain/contribution';
import { ExerciseFields } from '../domain/exercise';
import { IndicatorFields } from '../domain/indicator';
import { initExerciseDoc, readExercise } from './exerciseDoc';
import {
  insertContribution, insertIndicator, readContributions, readIndicators, recordActual, removeActual, removeContribution,
  removeIndicator, updateContribution, updateIndicator,
} from './exerciseResults';
import { currentSchemaVersion, migrateDocument, readMeta, writeMeta, roots } from './schema';

const now = '2026-03-02T10:00:00.000Z';
const later = '2026-03-03T10:00:00.000Z';
const [c1, c2, i1, i2] = ['c1', 'c2', 'i1', 'i2'].map((name) => `00000000-0000-4000-8000-${name.padStart(12, '0')}`) as [string, string, string, string];

const contribution = (contributor: string, amountMinor: number, currency: 'COP' | 'USD' = 'COP') =>
  ContributionFields.parse({ contributor, amountMinor, currency, kind: 'cash', date: '2026-03-01' });
const indicator = (title: string) =>
  IndicatorFields.parse({ title, unit: 'entidades', baseline: { value: 20, date: '2026-01-15' }, targets: [{ period: '2026', value: 50 }] });

function exercise(): Y.Doc {
  const doc = new Y.Doc();
  initExerciseDoc(doc, ExerciseFields.parse({ title: 'Movilidad' }), now);
  return doc;
}

/** Two copies of one document, as two facilitators' laptops hold it after a sync. */
function twoCopies(doc: Y.Doc): [Y.Doc, Y.Doc] {
  const left = new Y.Doc();
  const right = new Y.Doc();
  Y.applyUpdate(left, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(right, Y.encodeStateAsUpdate(doc));
  return [left, right];
}

function exchange(left: Y.Doc, right: Y.Doc): void {
  const toRight = Y.encodeStateAsUpdate(left, Y.encodeStateVector(right));
  const toLeft = Y.encodeStateAsUpdate(right, Y.encodeStateVector(left));
  Y.applyUpdate(right, toRight);
  Y.applyUpdate(left, toLeft);
}

describe('contributions in the exercise document', () => {
  it('adds, edits and removes entries, and touches the exercise', () => {
    const doc = exercise();
    insertContribution(doc, c1, contribution('Gobernación de Nariño', 150_000_000), now);
    insertContribution(doc, c2, contribution('PNUD', 500_000, 'USD'), later);
    expect(readContributions(doc)).toEqual([
      { id: c1, contributor: 'Gobernación de Nariño', kind: 'cash', amountMinor: 150_000_000, currency: 'COP', date: '2026-03-01', note: '' },
      expect.objectContaining({ id: c2, currency: 'USD', amountMinor: 500_000 }),
    ]);
    expect(updateContribution(doc, c1, { ...contribution('Gobernación de Nariño', 99), kind: 'in_kind' }, later)).toBe(true);
    expect(readContributions(doc)[0]).toMatchObject({ kind: 'in_kind', amountMinor: 99 });
    expect(removeContribution(doc, c2, later)).toBe(true);
    expect(removeContribution(doc, c2, later)).toBe(false);
    expect(readContributions(doc).map((entry) => entry.id)).toEqual([c1]);
    expect(readExercise(doc, 'x').updatedAt).toBe(later);
  });

  it('merges two facilitators\' concurrent edits per entry, not the whole list', () => {
    const doc = exercise();
    insertContribution(doc, c1, contribution('Alcaldía', 1_000), now);
    const [ana, luis] = twoCopies(doc);
    // Offline at the same time: Ana corrects the amount of c1, Luis adds c2 and notes c1's contributor.
    updateContribution(ana, c1, contribution('Alcaldía', 2_000), later);
    insertContribution(luis, c2, contribution('Universidad', 300, 'USD'), later);
    updateContribution(luis, c1, contribution('Alcaldía de Pasto', 1_000), later);
    exchange(ana, luis);
    for (const copy of [ana, luis]) {
      expect(readContributions(copy)).toEqual([
        expect.objectContaining({ id: c1, contributor: 'Alcaldía de Pasto', amountMinor: 2_000 }),
        expect.objectContaining({ id: c2, contributor: 'Universidad', currency: 'USD' }),
      ]);
    }
  });
});

describe('indicators in the exercise document', () => {
  it('keeps baseline, targets by period and actuals by period', () => {
    const doc = exercise();
    insertIndicator(doc, i1, indicator('Entidades con servicio digital'), now);
    expect(recordActual(doc, i1, { period: '2026-Q1', value: 24 }, now)).toBe(true);
    expect(recordActual(doc, i1, { period: '2026-Q1', value: 26 }, later)).toBe(true);
    expect(recordActual(doc, i2, { period: '2026-Q1', value: 1 }, later)).toBe(false);
    updateIndicator(doc, i1, { ...indicator('Entidades con servicio digital'), targets: [{ period: '2027', value: 60 }, { period: '2026-H2', value: 35 }] }, later);
    expect(readIndicators(doc)).toEqual([{
      id: i1, title: 'Entidades con servicio digital', unit: 'entidades', baseline: { value: 20, date: '2026-01-15' },
      targets: [{ period: '2026-H2', value: 35 }, { period: '2027', value: 60 }],
      actuals: [{ period: '2026-Q1', value: 26, recordedAt: later }], source: '', responsible: '',
    }]);
    expect(removeActual(doc, i1, '2026-Q1', later)).toBe(true);
    expect(readIndicators(doc)[0]!.actuals).toEqual([]);
    expect(removeIndicator(doc, i1, later)).toBe(true);
    expect(readIndicators(doc)).toEqual([]);
  });

  it('merges concurrent actuals of different periods, a target added and a title edited', () => {
    const doc = exercise();
    insertIndicator(doc, i1, indicator('Entidades'), now);
    const [ana, luis] = twoCopies(doc);
    recordActual(ana, i1, { period: '2026-Q1', value: 24 }, later);
    updateIndicator(ana, i1, { ...indicator('Entidades'), targets: [{ period: '2026', value: 50 }, { period: '2027', value: 70 }] }, later);
    recordActual(luis, i1, { period: '2026-Q2', value: 29 }, later);
    updateIndicator(luis, i1, { ...indicator('Entidades acompañadas'), targets: [{ period: '2026', value: 50 }] }, later);
    insertIndicator(luis, i2, indicator('Trámites en línea'), later);
    exchange(ana, luis);
    expect(readIndicators(ana)).toEqual(readIndicators(luis));
    const [first, second] = readIndicators(ana);
    expect(first).toMatchObject({
      title: 'Entidades acompañadas',
      targets: [{ period: '2026', value: 50 }, { period: '2027', value: 70 }],
      actuals: [{ period: '2026-Q1', value: 24 }, { period: '2026-Q2', value: 29 }],
    });
    expect(second).toMatchObject({ id: i2, title: 'Trámites en línea' });
  });
});

describe('an exercise document written before contributions and indicators', () => {
  it('reads as having none, needs no migration and takes new entries', () => {
    // What the previous Minga wrote: meta at version 1, the exercise map, no results roots.
    const old = new Y.Doc();
    writeMeta(old, { kind: 'exercise', schemaVersion: 1 });
    old.getMap(roots.exercise).set('title', 'Antiguo');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(old));
    expect(currentSchemaVersion.exercise).toBe(1);
    expect(migrateDocument(doc)).toBe(false);
    expect(readContributions(doc)).toEqual([]);
    expect(readIndicators(doc)).toEqual([]);
    insertContribution(doc, c1, contribution('Alcaldía', 100), now);
    expect(readContributions(doc)).toHaveLength(1);
    expect(readMeta(doc)?.schemaVersion).toBe(1);
    // And the older copy, merging the newer one back, keeps the entries it cannot show.
    Y.applyUpdate(old, Y.encodeStateAsUpdate(doc));
    expect(readContributions(old)).toHaveLength(1);
  });

  it('leaves out entries a foreign client wrote with a fractional amount or an unknown currency', () => {
    const doc = exercise();
    const bad = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>('contributions').set(c1, bad);
    bad.set('amountMinor', 10.5);
    bad.set('currency', 'COP');
    const foreign = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>('contributions').set(c2, foreign);
    foreign.set('amountMinor', 10);
    foreign.set('currency', 'EUR');
    expect(readContributions(doc)).toEqual([]);
  });
});
