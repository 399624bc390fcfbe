import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoardDoc, readBoardHeader } from './boardDoc';
import {
  boardDeletedAt, boardDeletedBy, markBoardDeleted, restoreBoard, trashDaysLeft, trashExpired, trashExpiresAt, trashRetentionDays,
} from './trash';

const parents = { exerciseId: 'e1', workshopId: 'w1' };

function board(): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, parents, 'Lluvia de ideas', 'blank', '2026-03-01T10:00:00.000Z');
  return doc;
}

describe('board trash in the document', () => {
  it('marks a board deleted with the date and the person, and restores it with its title intact', () => {
    const doc = board();
    expect(boardDeletedAt(doc)).toBeUndefined();
    markBoardDeleted(doc, new Date('2026-03-05T12:00:00.000Z'), 'ana@ejemplo.gov.co');
    expect(boardDeletedAt(doc)).toBe('2026-03-05T12:00:00.000Z');
    expect(boardDeletedBy(doc)).toBe('ana@ejemplo.gov.co');
    restoreBoard(doc);
    expect(boardDeletedAt(doc)).toBeUndefined();
    expect(boardDeletedBy(doc)).toBeUndefined();
    expect([...doc.getMap('board').keys()].sort()).toEqual(['createdAt', 'kind', 'title']);
    expect(readBoardHeader(doc).title).toBe('Lluvia de ideas');
  });

  it('omits the person when unknown, also over an earlier deletion by someone else', () => {
    const doc = board();
    markBoardDeleted(doc, '2026-03-05T12:00:00.000Z', 'ana@ejemplo.gov.co');
    markBoardDeleted(doc, '2026-03-06T12:00:00.000Z');
    expect(boardDeletedAt(doc)).toBe('2026-03-06T12:00:00.000Z');
    expect(boardDeletedBy(doc)).toBeUndefined();
  });

  it('deletes and restores in one undo step each', () => {
    const doc = board();
    const undo = new Y.UndoManager(doc.getMap('board'), { trackedOrigins: new Set([null]) });
    markBoardDeleted(doc, '2026-03-05T12:00:00.000Z', 'ana');
    undo.stopCapturing();
    undo.undo();
    expect(boardDeletedAt(doc)).toBeUndefined();
    expect(boardDeletedBy(doc)).toBeUndefined();
  });

  it('travels to another copy like any edit, and a restore there wins when later', () => {
    const here = board();
    const there = new Y.Doc();
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    markBoardDeleted(here, '2026-03-05T12:00:00.000Z');
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    expect(boardDeletedAt(there)).toBe('2026-03-05T12:00:00.000Z');
    restoreBoard(there);
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there));
    expect(boardDeletedAt(here)).toBeUndefined();
  });

  it('ignores values of the wrong type (a foreign or damaged copy)', () => {
    const doc = board();
    doc.getMap('board').set('deletedAt', 42);
    expect(boardDeletedAt(doc)).toBeUndefined();
    doc.getMap('board').set('deletedAt', '');
    expect(boardDeletedAt(doc)).toBeUndefined();
  });
});

describe('trash retention', () => {
  const deletedAt = '2026-03-01T10:00:00.000Z';

  it('keeps a board for 30 days and expires it after', () => {
    expect(trashRetentionDays).toBe(30);
    expect(trashExpired(deletedAt, new Date('2026-03-31T09:59:59.999Z'))).toBe(false);
    expect(trashExpired(deletedAt, new Date('2026-03-31T10:00:00.000Z'))).toBe(true);
    expect(trashExpiresAt(deletedAt)).toBe('2026-03-31T10:00:00.000Z');
  });

  it('never expires a date it cannot read', () => {
    expect(trashExpired('not a date', new Date('2099-01-01T00:00:00.000Z'))).toBe(false);
    expect(trashExpiresAt('not a date')).toBeUndefined();
  });

  it('counts the whole days left, rounding up and never below zero', () => {
    expect(trashDaysLeft(deletedAt, new Date(deletedAt))).toBe(30);
    expect(trashDaysLeft(deletedAt, new Date('2026-03-30T10:00:00.001Z'))).toBe(1);
    expect(trashDaysLeft(deletedAt, new Date('2026-04-10T00:00:00.000Z'))).toBe(0);
  });
});
