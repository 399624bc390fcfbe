import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, editStatement, impactRoot, maxStatementsPerLevel, moveStatement, readTheoryOfChange, removeStatement, writeAssumption, writeProblem, type ImpactLevel } from './impactModel';

const origin = { user: 'facilitator' };

function board(): { doc: Y.Doc; undo: Y.UndoManager } {
  const doc = new Y.Doc();
  // As the board session does: the tool's root, only this window's origin, each write its own step.
  const undo = new Y.UndoManager(impactRoot(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  return { doc, undo };
}

const texts = (doc: Y.Doc, level: ImpactLevel) => readTheoryOfChange(doc).levels[level].map((statement) => statement.text);

function add(doc: Y.Doc, level: ImpactLevel, text: string): string {
  const result = addStatement(doc, level, text, origin);
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

function exchange(left: Y.Doc, right: Y.Doc): void {
  const toRight = Y.encodeStateAsUpdate(left, Y.encodeStateVector(right));
  const toLeft = Y.encodeStateAsUpdate(right, Y.encodeStateVector(left));
  Y.applyUpdate(right, toRight);
  Y.applyUpdate(left, toLeft);
}

describe('theory of change', () => {
  it('reads an empty board as five empty levels and four empty assumptions', () => {
    const toc = readTheoryOfChange(new Y.Doc());
    expect(Object.keys(toc.levels)).toEqual(['inputs', 'activities', 'outputs', 'outcomes', 'impact']);
    expect(Object.values(toc.levels).every((level) => level.length === 0)).toBe(true);
    expect(toc.assumptions).toEqual({ 'inputs>activities': '', 'activities>outputs': '', 'outputs>outcomes': '', 'outcomes>impact': '' });
    expect(toc.problem).toBe('');
  });

  it('adds statements in order per level, edits, reorders and removes them', () => {
    const { doc } = board();
    const a = add(doc, 'activities', '  Talleres con alcaldías ');
    const b = add(doc, 'activities', 'Piloto de ventanilla digital');
    const c = add(doc, 'activities', 'Capacitación a funcionarios');
    add(doc, 'impact', 'Trámites más rápidos para la ciudadanía');
    expect(texts(doc, 'activities')).toEqual(['Talleres con alcaldías', 'Piloto de ventanilla digital', 'Capacitación a funcionarios']);
    expect(texts(doc, 'impact')).toEqual(['Trámites más rápidos para la ciudadanía']);

    expect(moveStatement(doc, c, 0, origin)).toBe(true);
    expect(texts(doc, 'activities')).toEqual(['Capacitación a funcionarios', 'Talleres con alcaldías', 'Piloto de ventanilla digital']);
    expect(moveStatement(doc, c, 99, origin)).toBe(true);
    expect(texts(doc, 'activities')).toEqual(['Talleres con alcaldías', 'Piloto de ventanilla digital', 'Capacitación a funcionarios']);
    // Already there: nothing written.
    expect(moveStatement(doc, a, 0, origin)).toBe(false);
    expect(moveStatement(doc, 'missing', 0, origin)).toBe(false);

    expect(editStatement(doc, b, 'Piloto de ventanilla única', origin)).toBeUndefined();
    expect(removeStatement(doc, a, origin)).toBe(true);
    expect(removeStatement(doc, a, origin)).toBe(false);
    expect(texts(doc, 'activities')).toEqual(['Piloto de ventanilla única', 'Capacitación a funcionarios']);
  });

  it('refuses an empty or too long statement, an unknown level and a full level, storing nothing', () => {
    const { doc } = board();
    expect(addStatement(doc, 'inputs', '   ', origin)).toEqual({ ok: false, error: 'validation.required' });
    expect(addStatement(doc, 'inputs', 'x'.repeat(401), origin)).toEqual({ ok: false, error: 'validation.tooLong' });
    expect(addStatement(doc, 'results' as ImpactLevel, 'Algo', origin)).toEqual({ ok: false, error: 'validation.invalid' });
    expect(impactRoot(doc).size).toBe(0);
    const id = add(doc, 'inputs', 'Presupuesto del laboratorio');
    expect(editStatement(doc, id, '', origin)).toBe('validation.required');
    expect(editStatement(doc, 'missing', 'Algo', origin)).toBe('validation.invalid');
    expect(texts(doc, 'inputs')).toEqual(['Presupuesto del laboratorio']);
    for (let index = 1; index < maxStatementsPerLevel; index += 1) add(doc, 'inputs', `Insumo ${index}`);
    expect(addStatement(doc, 'inputs', 'Uno más', origin)).toEqual({ ok: false, error: 'validation.tooMany' });
    expect(texts(doc, 'inputs')).toHaveLength(maxStatementsPerLevel);
  });

  it('keeps assumptions per link and the problem, refusing an unknown link and a too long text', () => {
    const { doc } = board();
    expect(writeAssumption(doc, 'outputs>outcomes', 'Las entidades adoptan la ventanilla', origin)).toBeUndefined();
    expect(writeAssumption(doc, 'inputs>impact' as never, 'No es un eslabón', origin)).toBe('validation.invalid');
    expect(writeProblem(doc, 'Los trámites toman 30 días', origin)).toBeUndefined();
    expect(writeProblem(doc, 'x'.repeat(5001), origin)).toBe('validation.tooLong');
    const toc = readTheoryOfChange(doc);
    expect(toc.assumptions['outputs>outcomes']).toBe('Las entidades adoptan la ventanilla');
    expect(toc.assumptions['inputs>activities']).toBe('');
    expect(toc.problem).toBe('Los trámites toman 30 días');
  });

  it('undoes each write as one step, and an unchanged write adds no step', () => {
    const { doc, undo } = board();
    const id = add(doc, 'outputs', 'Ventanilla en línea');
    editStatement(doc, id, 'Ventanilla digital en línea', origin);
    editStatement(doc, id, 'Ventanilla digital en línea', origin);
    expect(undo.undoStack).toHaveLength(2);
    undo.undo();
    expect(texts(doc, 'outputs')).toEqual(['Ventanilla en línea']);
    undo.undo();
    expect(texts(doc, 'outputs')).toEqual([]);
    undo.redo();
    expect(texts(doc, 'outputs')).toEqual(['Ventanilla en línea']);
  });

  it('merges two copies edited apart: both sides keep their statements, moves and assumptions', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    // Each copy adds on a board that had nothing yet: no nested map made on both sides to clash.
    const fromLeft = add(left, 'outcomes', 'Menos días de espera');
    add(right, 'outcomes', 'Más trámites en línea');
    writeAssumption(right, 'inputs>activities', 'Hay presupuesto', origin);
    exchange(left, right);
    expect(texts(left, 'outcomes')).toHaveLength(2);
    expect(texts(right, 'outcomes')).toEqual(texts(left, 'outcomes'));

    editStatement(left, fromLeft, 'Menos días de espera por trámite', origin);
    moveStatement(right, fromLeft, 1, origin);
    writeAssumption(left, 'outcomes>impact', 'La ciudadanía usa el canal', origin);
    exchange(left, right);
    expect(texts(left, 'outcomes')).toEqual(['Más trámites en línea', 'Menos días de espera por trámite']);
    expect(readTheoryOfChange(right)).toEqual(readTheoryOfChange(left));
    expect(readTheoryOfChange(right).assumptions['inputs>activities']).toBe('Hay presupuesto');
  });
});
