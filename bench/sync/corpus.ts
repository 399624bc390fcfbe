import * as Y from 'yjs';
import { addNote, initBoardDoc } from '../../src/shared/documents/boardDoc';
import { initExerciseDoc } from '../../src/shared/documents/exerciseDoc';
import { initWorkshopDoc } from '../../src/shared/documents/workshopDoc';
import { noteColors } from '../../src/shared/domain/board';
import { ExerciseFields } from '../../src/shared/domain/exercise';
import { WorkshopFields } from '../../src/shared/domain/workshop';
import type { DocumentStore, AccountStore } from '../../src/server/store/types';

const words = ['participación', 'ciudadanía', 'trámite', 'barrio', 'datos abiertos', 'reto', 'entidad', 'servicio', 'usuario', 'territorio'];

/** A board of `notes` notes with a sentence each, as a workshop leaves it. */
export function boardWithNotes(parents: { exerciseId: string; workshopId: string }, title: string, notes: number, seed: number): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, parents, title, 'blank', '2026-11-27T10:00:00.000Z');
  doc.transact(() => {
    for (let index = 0; index < notes; index += 1) {
      const text = Array.from({ length: 3 }, (_, word) => words[(seed + index * 7 + word * 3) % words.length]).join(' ');
      addNote(doc, { id: `n${seed}-${index}`, x: (index % 10) * 220, y: Math.floor(index / 10) * 160, text, color: noteColors[index % noteColors.length]!, createdBy: 'bench' });
    }
  });
  return doc;
}

export interface Corpus {
  exerciseId: string;
  workshopId: string;
  /** Every document name, exercise and workshop first. */
  names: string[];
  storedBytes: number;
}

/**
 * Stores one exercise, one workshop and `boards` boards of `notes` notes on the hub, as if a
 * facilitator had synced them: claimed for `userId`'s exercise, one update each, compacted.
 */
export async function storeCorpus(store: { documents: DocumentStore; accounts: AccountStore }, userId: string, boards: number, notes: number): Promise<Corpus> {
  const exerciseId = 'bench-exercise';
  const workshopId = 'bench-workshop';
  const exercise = new Y.Doc();
  initExerciseDoc(exercise, ExerciseFields.parse({ title: 'Reto de referencia' }), '2026-11-27T10:00:00.000Z');
  const workshop = new Y.Doc();
  initWorkshopDoc(workshop, exerciseId, WorkshopFields.parse({ title: 'Taller de referencia' }), '2026-11-27T10:00:00.000Z');
  const documents: [string, Y.Doc][] = [[`exercise:${exerciseId}`, exercise], [`workshop:${workshopId}`, workshop]];
  for (let index = 0; index < boards; index += 1) {
    documents.push([`board:bench-${String(index).padStart(4, '0')}`, boardWithNotes({ exerciseId, workshopId }, `Tablero ${index}`, notes, index)]);
  }
  await store.accounts.ensureExercise(exerciseId, userId);
  let storedBytes = 0;
  for (const [name, doc] of documents) {
    const kind = name.slice(0, name.indexOf(':')) as 'exercise' | 'workshop' | 'board';
    await store.documents.claim({ name, kind, exerciseId, createdBy: userId });
    const state = Y.encodeStateAsUpdate(doc);
    storedBytes += state.length;
    await store.documents.append(name, state);
    doc.destroy();
  }
  return { exerciseId, workshopId, names: documents.map(([name]) => name), storedBytes };
}
