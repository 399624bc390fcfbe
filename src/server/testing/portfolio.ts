import * as Y from 'yjs';
import { insertActor } from '../../shared/documents/actorRegister';
import { initBoardDoc } from '../../shared/documents/boardDoc';
import { initExerciseDoc } from '../../shared/documents/exerciseDoc';
import { initWorkshopDoc, insertEntry } from '../../shared/documents/workshopDoc';
import { ActorFields } from '../../shared/domain/actor';
import { ExerciseFields, type ExerciseFieldsInput } from '../../shared/domain/exercise';
import { WorkshopFields, type WorkshopFieldsInput, type Sector } from '../../shared/domain/workshop';
import type { HubStore } from '../store/types';

const now = '2026-03-02T10:00:00.000Z';

/** Stores a document as a desktop's first sync would: its record, then its whole state as one update. */
async function storeDocument(store: HubStore, name: string, kind: 'exercise' | 'workshop' | 'board', exerciseId: string, createdBy: string, doc: Y.Doc) {
  await store.accounts.ensureExercise(exerciseId, createdBy);
  await store.documents.claim({ name, kind, exerciseId, createdBy });
  await store.documents.append(name, Y.encodeStateAsUpdate(doc));
}

/** An exercise document with fields and actors, and whatever `more` writes (contributions, indicators) (actor names are people, to check they stay out). */
export async function storeExercise(
  store: HubStore, id: string, createdBy: string, fields: ExerciseFieldsInput, actors: { name: string; type: string }[] = [],
  more: (doc: Y.Doc, now: string) => void = () => undefined,
): Promise<Y.Doc> {
  const doc = new Y.Doc();
  initExerciseDoc(doc, ExerciseFields.parse(fields), now);
  actors.forEach((actor, index) => insertActor(doc, `${id}-actor-${index}`, ActorFields.parse(actor), now));
  more(doc, now);
  await storeDocument(store, `exercise:${id}`, 'exercise', id, createdBy, doc);
  return doc;
}

/** A workshop with participants named and emailed, as a facilitator records them. */
export async function storeWorkshop(
  store: HubStore, id: string, exerciseId: string, createdBy: string, fields: WorkshopFieldsInput, sectors: Sector[] = [],
): Promise<Y.Doc> {
  const doc = new Y.Doc();
  initWorkshopDoc(doc, exerciseId, WorkshopFields.parse(fields), now);
  sectors.forEach((sector, index) => {
    const participant = {
      id: `${id}-p${index}`, name: `Persona ${index}`, organisation: 'Alcaldía', sector, role: '', email: `persona${index}@correo.co`,
      consent: true, consentDate: '2026-03-01', consentNoticeVersion: 'v1',
    };
    insertEntry(doc, 'participants', participant, now);
  });
  await storeDocument(store, `workshop:${id}`, 'workshop', exerciseId, createdBy, doc);
  return doc;
}

export async function storeBoard(store: HubStore, id: string, exerciseId: string, workshopId: string, createdBy: string, kind: 'blank' | 'swot' | 'bmc'): Promise<void> {
  const doc = new Y.Doc();
  initBoardDoc(doc, { exerciseId, workshopId }, 'Tablero', kind, now);
  await storeDocument(store, `board:${id}`, 'board', exerciseId, createdBy, doc);
}
