import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStage, moveStage, readJourney, removeStage, renameStage, seedJourney, setStageEmotion, setStageLane } from './journey';
import { orderBetween } from './ordering';

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

const names = (doc: Y.Doc) => readJourney(doc).map((stage) => stage.name);

describe('journey stages', () => {
  it('seeds the template stages once, even when two windows seed at the same time', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    expect(seedJourney(left, ['Se entera', 'Busca', 'Trámite'])).toBe(true);
    expect(seedJourney(right, ['Se entera', 'Busca', 'Trámite'])).toBe(true);
    sync(left, right);
    sync(right, left);
    expect(names(left)).toEqual(['Se entera', 'Busca', 'Trámite']);
    expect(names(right)).toEqual(names(left));
    expect(readJourney(left).map((stage) => stage.id)).toEqual(['stage-1', 'stage-2', 'stage-3']);
    expect(seedJourney(left, ['Otra'])).toBe(false);
    for (const stage of readJourney(left)) removeStage(left, stage.id);
    expect(seedJourney(left, ['Otra'])).toBe(false);
    expect(readJourney(left)).toEqual([]);
  });

  it('adds, renames, reorders and removes stages', () => {
    const doc = new Y.Doc();
    seedJourney(doc, ['A', 'B', 'C']);
    const added = addStage(doc, 'A½', undefined, 'stage-1')!;
    expect(names(doc)).toEqual(['A', 'A½', 'B', 'C']);
    moveStage(doc, 'stage-3', 0);
    expect(names(doc)).toEqual(['C', 'A', 'A½', 'B']);
    moveStage(doc, 'stage-3', 3);
    expect(names(doc)).toEqual(['A', 'A½', 'B', 'C']);
    renameStage(doc, added, 'Entre A y B');
    removeStage(doc, 'stage-2');
    expect(names(doc)).toEqual(['A', 'Entre A y B', 'C']);
    expect(moveStage(doc, 'missing', 0)).toBe(false);
  });

  it('keeps lanes and a clamped emotion per stage, each change one undo step', () => {
    const doc = new Y.Doc();
    seedJourney(doc, ['A']);
    const origin = { user: 'facilitator' };
    const undo = new Y.UndoManager(doc.getMap('journey'), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    setStageEmotion(doc, 'stage-1', 7, origin);
    setStageLane(doc, 'stage-1', 'pain-points', 'Filas largas', origin);
    const [stage] = readJourney(doc);
    expect(stage?.emotion).toBe(2);
    expect(stage?.lanes['pain-points']).toBe('Filas largas');
    expect(stage?.lanes.actions).toBe('');
    undo.undo();
    expect(readJourney(doc)[0]?.lanes['pain-points']).toBe('');
    expect(readJourney(doc)[0]?.emotion).toBe(2);
  });

  it('finds an order between neighbours', () => {
    expect(orderBetween(undefined, undefined)).toBe(1);
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(undefined, 1)).toBe(0);
    expect(orderBetween(3, undefined)).toBe(4);
  });
});
