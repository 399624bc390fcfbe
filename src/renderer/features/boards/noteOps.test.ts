import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { limits } from '../../../shared/domain/limits';
import { readNotes } from '../../../shared/documents/boardDoc';
import { createBoardUndoManager, createNote, deleteNote, localOrigin, moveNote, recolorNote, remoteOrigin, setNoteText } from './noteOps';

describe('note operations', () => {
  it('create, edit, move, recolour and delete a note', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 10.4, y: 20.6 });
    expect(readNotes(doc)).toMatchObject([{ id, x: 10, y: 21, color: 'yellow', text: '' }]);
    expect(setNoteText(doc, id, 'Mapa de actores')).toBe(true);
    expect(moveNote(doc, id, { x: 100, y: -5 })).toBe(true);
    expect(moveNote(doc, id, { x: 100, y: 0 })).toBe(false);
    expect(recolorNote(doc, id, 'green')).toBe(true);
    expect(readNotes(doc)).toMatchObject([{ text: 'Mapa de actores', x: 100, y: 0, color: 'green' }]);
    expect(deleteNote(doc, id)).toBe(true);
    expect(readNotes(doc)).toEqual([]);
    expect(deleteNote(doc, id)).toBe(false);
  });

  it('marks every local transaction with the local origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    const id = createNote(doc, { x: 0, y: 0 });
    setNoteText(doc, id, 'hola');
    expect(origins).toEqual([localOrigin, localOrigin]);
  });

  it('clips note text at the documented limit', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0 });
    setNoteText(doc, id, 'x'.repeat(limits.noteText + 50));
    expect(readNotes(doc)[0]!.text).toHaveLength(limits.noteText);
  });

  it('undoes and redoes local edits but never remote ones', () => {
    const doc = new Y.Doc();
    const undo = createBoardUndoManager(doc);
    const id = createNote(doc, { x: 0, y: 0 });
    undo.stopCapturing();
    recolorNote(doc, id, 'blue');
    undo.stopCapturing();

    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const remoteId = createNote(peer, { x: 300, y: 300 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), remoteOrigin);

    undo.undo();
    expect(readNotes(doc).find((note) => note.id === id)?.color).toBe('yellow');
    undo.undo();
    expect(readNotes(doc).map((note) => note.id)).toEqual([remoteId]);
    undo.redo();
    expect(readNotes(doc).map((note) => note.id).sort()).toEqual([id, remoteId].sort());
  });
});
