import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, removeStatement } from './impactModel';
import { linkIndicator, readIndicatorLinks } from './impactIndicators';

const [i1, i2] = ['1', '2'].map((name) => `00000000-0000-4000-8000-${name.padStart(12, '0')}`) as [string, string];

function statement(doc: Y.Doc, level: 'outputs' | 'outcomes', text: string): string {
  const result = addStatement(doc, level, text);
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

describe('indicator links', () => {
  it('links an indicator to a level or to one of its statements, and unlinks it', () => {
    const doc = new Y.Doc();
    const outcome = statement(doc, 'outcomes', 'Menos días de espera');
    expect(linkIndicator(doc, i1, { level: 'outcomes', statementId: outcome })).toBeUndefined();
    expect(linkIndicator(doc, i2, { level: 'impact' })).toBeUndefined();
    expect(readIndicatorLinks(doc)).toEqual({ [i1]: { level: 'outcomes', statementId: outcome }, [i2]: { level: 'impact', statementId: '' } });
    expect(linkIndicator(doc, i2, undefined)).toBeUndefined();
    expect(readIndicatorLinks(doc)).toEqual({ [i1]: { level: 'outcomes', statementId: outcome } });
  });

  it('refuses a statement of another level, an unknown level and a bad indicator id, keeping the link as it was', () => {
    const doc = new Y.Doc();
    const output = statement(doc, 'outputs', 'Ventanilla en línea');
    linkIndicator(doc, i1, { level: 'outputs', statementId: output });
    expect(linkIndicator(doc, i1, { level: 'outcomes', statementId: output })).toBe('validation.invalid');
    expect(linkIndicator(doc, i1, { level: 'results' as never })).toBe('validation.invalid');
    expect(linkIndicator(doc, 'not-an-id', { level: 'outputs' })).toBe('validation.invalid');
    expect(readIndicatorLinks(doc)).toEqual({ [i1]: { level: 'outputs', statementId: output } });
  });

  it('reads a link to a removed statement as a link to its level', () => {
    const doc = new Y.Doc();
    const output = statement(doc, 'outputs', 'Ventanilla en línea');
    linkIndicator(doc, i1, { level: 'outputs', statementId: output });
    removeStatement(doc, output);
    expect(readIndicatorLinks(doc)[i1]).toEqual({ level: 'outputs', statementId: '' });
  });

  it('undoes a link with the board, and merges links of different indicators made apart', () => {
    const origin = 'me';
    const left = new Y.Doc();
    const undo = new Y.UndoManager(left.getMap('method:impact'), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    linkIndicator(left, i1, { level: 'outputs' }, origin);
    linkIndicator(left, i1, { level: 'outcomes' }, origin);
    undo.undo();
    expect(readIndicatorLinks(left)[i1]?.level).toBe('outputs');

    const right = new Y.Doc();
    linkIndicator(right, i2, { level: 'impact' });
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    expect(Object.keys(readIndicatorLinks(left)).sort()).toEqual([i1, i2]);
    expect(readIndicatorLinks(right)).toEqual(readIndicatorLinks(left));
  });
});
