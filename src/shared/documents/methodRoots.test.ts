import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { methodToolRoot, methodToolRoots, methodToolText } from './methodRoots';

describe('method tool roots', () => {
  it('gives each tool its own root, and every root to the undo scope', () => {
    const doc = new Y.Doc();
    expect(methodToolRoot(doc, 'benchmark')).toBe(doc.getMap('method:benchmark'));
    expect(methodToolRoots(doc)).toHaveLength(5);
    expect(new Set(methodToolRoots(doc)).size).toBe(5);
  });

  it('collects the words typed into the tools for search, not ids or dates', () => {
    const doc = new Y.Doc();
    const cases = new Y.Map<unknown>();
    const row = new Y.Map<unknown>();
    row.set('id', '3f2b1c9e-1111-4a2b-9c3d-1234567890ab');
    row.set('organisation', 'Alcaldía de Medellín');
    row.set('country', 'Colombia');
    row.set('criterionId', 'abc');
    row.set('date', '2026-11-28');
    row.set('score', 4);
    const notes = new Y.Array<unknown>();
    notes.push(['Ventanilla única digital', { text: 'Evidencia pública', caseId: 'x' }]);
    row.set('notes', notes);
    cases.set('c1', row);
    doc.getMap('method:benchmark').set('cases', cases);
    doc.getMap('method:strategy').set('vision', new Y.Text('Un Estado abierto'));

    const text = methodToolText(doc).split('\n');
    expect(text).toEqual(expect.arrayContaining(['Alcaldía de Medellín', 'Colombia', 'Ventanilla única digital', 'Evidencia pública', 'Un Estado abierto']));
    expect(text).not.toContain('2026-11-28');
    expect(text.join(' ')).not.toMatch(/3f2b1c9e|abc|\bx\b/);
  });

  it('is empty for a board without tools', () => {
    expect(methodToolText(new Y.Doc())).toBe('');
  });
});
