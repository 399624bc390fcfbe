import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validationKeys } from '../domain/errors';
import {
  addCase,
  addCriterion,
  benchmarkRoot,
  cellKey,
  isWebLink,
  maxCriteria,
  moveCase,
  moveCriterion,
  readBenchmark,
  removeCase,
  removeCriterion,
  setEvidence,
  setScore,
  updateCase,
  updateCriterion,
} from './benchmark';

const origin = { local: true };
const blankCase = { organisation: '', country: '', source: '', description: '' };

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

function idOf(result: { id: string } | { refused: string }): string {
  if (!('id' in result)) throw new Error(`refused: ${result.refused}`);
  return result.id;
}

/** A board with two cases and two criteria, for the cell tests. */
function matrix() {
  const doc = new Y.Doc();
  const seoul = idOf(addCase(doc, { ...blankCase, organisation: 'Seoul Innovation Bureau', country: 'Corea del Sur' }));
  const gds = idOf(addCase(doc, { ...blankCase, organisation: 'GDS', country: 'Reino Unido', source: 'https://www.gov.uk/' }));
  const reach = idOf(addCriterion(doc, { name: 'Alcance', weight: 60 }));
  const cost = idOf(addCriterion(doc, { name: 'Costo', weight: 40 }));
  return { doc, seoul, gds, reach, cost };
}

describe('cases', () => {
  it('adds cases in order, trimmed, and edits them in one step', () => {
    const { doc, seoul, gds } = matrix();
    expect(readBenchmark(doc).cases.map((item) => [item.organisation, item.country, item.source])).toEqual([
      ['Seoul Innovation Bureau', 'Corea del Sur', ''],
      ['GDS', 'Reino Unido', 'https://www.gov.uk/'],
    ]);
    const undo = new Y.UndoManager(benchmarkRoot(doc), { trackedOrigins: new Set([origin]) });
    expect(updateCase(doc, seoul, { organisation: '  Seoul Metropolitan Government ', country: 'Corea', source: 'http://seoul.go.kr', description: 'Laboratorio' }, origin)).toBeUndefined();
    expect(readBenchmark(doc).cases[0]).toMatchObject({ id: seoul, organisation: 'Seoul Metropolitan Government', description: 'Laboratorio' });
    undo.undo();
    expect(readBenchmark(doc).cases[0]).toMatchObject({ organisation: 'Seoul Innovation Bureau', country: 'Corea del Sur', description: '' });
    expect(moveCase(doc, gds, -1)).toBe(true);
    expect(readBenchmark(doc).cases.map((item) => item.id)).toEqual([gds, seoul]);
    expect(moveCase(doc, gds, -1)).toBe(false);
  });

  it('refuses a case without organisation and links that are not web pages, storing nothing', () => {
    const doc = new Y.Doc();
    expect(addCase(doc, blankCase)).toEqual({ refused: validationKeys.required });
    for (const source of ['javascript:alert(1)', 'data:text/html,hola', 'file:///etc/passwd', 'www.gov.uk', 'https://user:pw@evil.example', 'ftp://example.org']) {
      expect(addCase(doc, { ...blankCase, organisation: 'X', source })).toEqual({ refused: validationKeys.webLink });
    }
    expect(benchmarkRoot(doc).size).toBe(0);
    const id = idOf(addCase(doc, { ...blankCase, organisation: 'X' }));
    expect(updateCase(doc, id, { ...blankCase, organisation: 'X', source: 'javascript:void(0)' })).toEqual({ refused: validationKeys.webLink });
    expect(readBenchmark(doc).cases[0]?.source).toBe('');
    expect(isWebLink('https://apolitical.co/es')).toBe(true);
  });

  it('does not show a link a foreign client stored without checking it', () => {
    const { doc, seoul } = matrix();
    (benchmarkRoot(doc).get(`case:${seoul}`) as Y.Map<unknown>).set('source', 'javascript:alert(1)');
    expect(readBenchmark(doc).cases[0]?.source).toBe('');
  });

  it('removes a case with its cells in one undoable step', () => {
    const { doc, seoul, gds, reach } = matrix();
    setScore(doc, seoul, reach, 4, origin);
    setEvidence(doc, seoul, reach, 'Informe anual 2024', origin);
    setScore(doc, gds, reach, 2, origin);
    const undo = new Y.UndoManager(benchmarkRoot(doc), { trackedOrigins: new Set([origin]) });
    undo.stopCapturing();
    expect(removeCase(doc, seoul, origin)).toBe(true);
    expect([...benchmarkRoot(doc).keys()].some((key) => key.includes(seoul))).toBe(false);
    expect(readBenchmark(doc).cells).toEqual({ [cellKey(gds, reach)]: { score: 2, evidence: '' } });
    undo.undo();
    expect(readBenchmark(doc).cells[cellKey(seoul, reach)]).toEqual({ score: 4, evidence: 'Informe anual 2024' });
    expect(removeCase(doc, 'missing')).toBe(false);
  });
});

describe('criteria', () => {
  it('refuses weights that are not positive, too large or too precise, and names that are empty', () => {
    const doc = new Y.Doc();
    for (const weight of [-2, 0, 1000.01, 2.555]) {
      expect(addCriterion(doc, { name: 'Alcance', weight })).toEqual({ refused: validationKeys.weightRange });
    }
    for (const weight of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(addCriterion(doc, { name: 'Alcance', weight })).toEqual({ refused: validationKeys.invalidNumber });
    }
    expect(addCriterion(doc, { name: '   ', weight: 10 })).toEqual({ refused: validationKeys.required });
    expect(benchmarkRoot(doc).size).toBe(0);
    const id = idOf(addCriterion(doc, { name: 'Alcance', weight: 12.5 }));
    expect(updateCriterion(doc, id, { name: 'Alcance', weight: -1 })).toEqual({ refused: validationKeys.weightRange });
    expect(readBenchmark(doc).criteria).toEqual([{ id, name: 'Alcance', weight: 12.5 }]);
    expect(updateCriterion(doc, id, { name: 'Alcance territorial', weight: 1000 })).toBeUndefined();
    expect(readBenchmark(doc).criteria).toEqual([{ id, name: 'Alcance territorial', weight: 1000 }]);
  });

  it('stops at the maximum number of criteria', () => {
    const doc = new Y.Doc();
    for (let index = 0; index < maxCriteria; index += 1) idOf(addCriterion(doc, { name: `C${index}`, weight: 1 }));
    expect(addCriterion(doc, { name: 'Una más', weight: 1 })).toEqual({ refused: validationKeys.tooMany });
  });

  it('reorders and removes a criterion with its cells', () => {
    const { doc, seoul, reach, cost } = matrix();
    setScore(doc, seoul, cost, 5, origin);
    setScore(doc, seoul, reach, 3, origin);
    expect(moveCriterion(doc, reach, 1)).toBe(true);
    expect(readBenchmark(doc).criteria.map((item) => item.name)).toEqual(['Costo', 'Alcance']);
    expect(removeCriterion(doc, cost, origin)).toBe(true);
    expect(readBenchmark(doc).cells).toEqual({ [cellKey(seoul, reach)]: { score: 3, evidence: '' } });
  });
});

describe('cells', () => {
  it('stores integer scores 1–5 and refuses 0, 6 and 2.5 without storing them', () => {
    const { doc, seoul, reach } = matrix();
    for (const score of [0, 6, 2.5, -1, Number.NaN]) {
      expect(setScore(doc, seoul, reach, score)).toEqual({ refused: validationKeys.scoreRange });
    }
    expect(readBenchmark(doc).cells).toEqual({});
    expect(setScore(doc, seoul, reach, 5)).toBeUndefined();
    expect(setScore(doc, seoul, reach, 1)).toBeUndefined();
    expect(readBenchmark(doc).cells[cellKey(seoul, reach)]?.score).toBe(1);
    expect(setScore(doc, seoul, reach, undefined)).toBeUndefined();
    expect(readBenchmark(doc).cells).toEqual({});
    expect(setScore(doc, seoul, 'missing', 3)).toEqual({ refused: validationKeys.invalid });
  });

  it('keeps an evidence note apart from the score, and removes an emptied one', () => {
    const { doc, gds, cost } = matrix();
    expect(setEvidence(doc, gds, cost, '  Presupuesto público 2023  ')).toBeUndefined();
    expect(readBenchmark(doc).cells[cellKey(gds, cost)]).toEqual({ score: undefined, evidence: 'Presupuesto público 2023' });
    expect(setEvidence(doc, gds, cost, 'x'.repeat(5001))).toEqual({ refused: validationKeys.tooLong });
    expect(setEvidence(doc, gds, cost, '')).toBeUndefined();
    expect(benchmarkRoot(doc).has(`evidence:${cellKey(gds, cost)}`)).toBe(false);
  });

  it('ignores values a foreign client stored that are not scores', () => {
    const { doc, seoul, reach } = matrix();
    benchmarkRoot(doc).set(`score:${cellKey(seoul, reach)}`, 7);
    expect(readBenchmark(doc).cells).toEqual({});
  });

  it('undoes one score as one step', () => {
    const { doc, seoul, reach } = matrix();
    const undo = new Y.UndoManager(benchmarkRoot(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    setScore(doc, seoul, reach, 4, origin);
    setScore(doc, seoul, reach, 2, origin);
    undo.undo();
    expect(readBenchmark(doc).cells[cellKey(seoul, reach)]?.score).toBe(4);
  });
});

describe('two windows editing at once', () => {
  it('merge scores of different cells, and the score and note of the same cell', () => {
    const { doc: left, seoul, gds, reach, cost } = matrix();
    const right = new Y.Doc();
    sync(left, right);
    setScore(left, seoul, reach, 4);
    setScore(right, gds, cost, 2);
    setScore(right, seoul, cost, 5);
    setEvidence(left, seoul, cost, 'Evaluación externa');
    const added = idOf(addCriterion(right, { name: 'Sostenibilidad', weight: 20 }));
    const otherCase = idOf(addCase(left, { ...blankCase, organisation: 'Laboratorio de Gobierno', country: 'Chile' }));
    sync(left, right);
    sync(right, left);
    const merged = readBenchmark(left);
    expect(readBenchmark(right)).toEqual(merged);
    expect(merged.cells).toEqual({
      [cellKey(seoul, reach)]: { score: 4, evidence: '' },
      [cellKey(seoul, cost)]: { score: 5, evidence: 'Evaluación externa' },
      [cellKey(gds, cost)]: { score: 2, evidence: '' },
    });
    expect(merged.criteria.map((item) => item.id)).toContain(added);
    expect(merged.cases.map((item) => item.id)).toContain(otherCase);
  });

  it('drop the score given to a case another window removed meanwhile', () => {
    const { doc: left, seoul, reach } = matrix();
    const right = new Y.Doc();
    sync(left, right);
    removeCase(left, seoul);
    setScore(right, seoul, reach, 3);
    sync(left, right);
    sync(right, left);
    expect(readBenchmark(left).cells).toEqual({});
    expect(readBenchmark(right).cases.map((item) => item.organisation)).toEqual(['GDS']);
  });

  it('moves a case where asked even after two laptops added cases apart (their orders tie)', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    const blank = { country: '', source: '', description: '' };
    idOf(addCase(left, { organisation: 'X', ...blank }));
    sync(left, right);
    const a2 = idOf(addCase(left, { organisation: 'A2', ...blank }));
    idOf(addCase(left, { organisation: 'A3', ...blank }));
    idOf(addCase(right, { organisation: 'B2', ...blank }));
    idOf(addCase(right, { organisation: 'B3', ...blank }));
    sync(left, right);
    sync(right, left);
    const names = () => readBenchmark(left).cases.map((item) => item.organisation);
    const before = names();
    expect(before).toHaveLength(5);
    // Every move up swaps a case with the one above it, ties or not.
    for (const name of before.slice(1)) {
      const current = names();
      const at = current.indexOf(name);
      const id = readBenchmark(left).cases[at]!.id;
      expect(moveCase(left, id, -1)).toBe(true);
      const expected = [...current];
      [expected[at - 1], expected[at]] = [expected[at]!, expected[at - 1]!];
      expect(names()).toEqual(expected);
    }
    expect(a2).not.toBe('');
  });
});
