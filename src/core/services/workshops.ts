import type * as Y from 'yjs';
import type { AppHandlers } from '../../shared/contract';
import { ApiError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { foldText } from '../../shared/domain/text';
import type { WorkshopSummary } from '../../shared/domain/workshop';
import { readExercise } from '../../shared/documents/exerciseDoc';
import {
  initWorkshopDoc,
  insertEntry,
  moveEntry,
  readWorkshop,
  removeEntry,
  updateEntry,
  writeWorkshopFields,
  type WorkshopList,
} from '../../shared/documents/workshopDoc';
import type { Session, StoreContext } from './context';

type Handlers = Pick<
  AppHandlers<Session>,
  | 'listWorkshops' | 'getWorkshop' | 'createWorkshop' | 'updateWorkshop'
  | 'addAgendaItem' | 'updateAgendaItem' | 'removeAgendaItem' | 'moveAgendaItem'
  | 'addParticipant' | 'updateParticipant' | 'eraseParticipant' | 'exportParticipant'
  | 'addDecision' | 'updateDecision' | 'removeDecision'
>;

interface WorkshopRow {
  id: string;
  exercise_id: string;
  title: string;
  date: string;
  municipality: string;
  department: string;
  modality: WorkshopSummary['modality'];
  participant_count: number;
  board_count: number;
}

export function workshopHandlers(context: () => StoreContext): Handlers {
  const requireKind = (store: StoreContext, id: string, kind: 'exercise' | 'workshop') => {
    if (store.documents.kindOf(id) !== kind) throw new ApiError('not_found', `No ${kind} ${id}.`);
  };

  /** One edit of a workshop document: persisted, projected and read back in one go. */
  const edit = (workshopId: string, session: Session, change: (doc: Y.Doc, now: string) => boolean | void) => {
    const store = context();
    requireKind(store, workshopId, 'workshop');
    store.transact([workshopId], () => {
      let found = true;
      store.documents.change(workshopId, (doc) => {
        found = change(doc, store.now()) !== false;
      });
      if (!found) throw new ApiError('not_found', `No such entry in workshop ${workshopId}.`);
      store.projector.project(workshopId);
    });
    store.notifyChanged(session);
    return readWorkshop(store.documents.get(workshopId).doc, workshopId);
  };

  const entryEdit = (list: WorkshopList) => ({
    add: (workshopId: string, fields: object, session: Session) =>
      edit(workshopId, session, (doc, now) => insertEntry(doc, list, { id: newId(), ...fields }, now)),
    update: (workshopId: string, entryId: string, fields: object, session: Session) =>
      edit(workshopId, session, (doc, now) => updateEntry(doc, list, entryId, fields, now)),
    remove: (workshopId: string, entryId: string, session: Session) =>
      edit(workshopId, session, (doc, now) => removeEntry(doc, list, entryId, now)),
  });
  const agenda = entryEdit('agenda');
  const participants = entryEdit('participants');
  const decisions = entryEdit('decisions');

  return {
    listWorkshops({ exerciseId }) {
      const store = context();
      store.projector.flush();
      const rows = store.db
        .prepare<[string], WorkshopRow>(
          `SELECT w.*, (SELECT COUNT(*) FROM boards b WHERE b.workshop_id = w.id AND b.deleted_at IS NULL) AS board_count
           FROM workshops w WHERE w.exercise_id = ? ORDER BY w.date, w.title`,
        )
        .all(exerciseId);
      return rows.map((row) => ({
        id: row.id,
        exerciseId: row.exercise_id,
        title: row.title,
        date: row.date,
        municipality: row.municipality,
        department: row.department,
        modality: row.modality,
        participantCount: row.participant_count,
        boardCount: row.board_count,
      }));
    },
    getWorkshop({ id }) {
      const store = context();
      requireKind(store, id, 'workshop');
      return readWorkshop(store.documents.get(id).doc, id);
    },
    createWorkshop({ exerciseId, fields }, session) {
      const store = context();
      requireKind(store, exerciseId, 'exercise');
      const id = newId();
      const now = store.now();
      const doc = store.transact([id], () => {
        const created = store.documents.create(id, 'workshop', (doc) => initWorkshopDoc(doc, exerciseId, fields, now));
        store.projector.project(id);
        return created;
      });
      store.notifyChanged(session);
      return readWorkshop(doc, id);
    },
    updateWorkshop: ({ id, fields }, session) => edit(id, session, (doc, now) => void writeWorkshopFields(doc, fields, now)),

    addAgendaItem: ({ workshopId, fields }, session) => agenda.add(workshopId, fields, session),
    updateAgendaItem: ({ workshopId, itemId, fields }, session) => agenda.update(workshopId, itemId, fields, session),
    removeAgendaItem: ({ workshopId, itemId }, session) => agenda.remove(workshopId, itemId, session),
    moveAgendaItem: ({ workshopId, itemId, toIndex }, session) =>
      edit(workshopId, session, (doc, now) => moveEntry(doc, 'agenda', itemId, toIndex, now)),

    addParticipant: ({ workshopId, fields }, session) => participants.add(workshopId, fields, session),
    updateParticipant: ({ workshopId, participantId, fields }, session) =>
      participants.update(workshopId, participantId, fields, session),
    eraseParticipant({ workshopId, participantId }, session) {
      const workshop = participants.remove(workshopId, participantId, session);
      const store = context();
      // Yjs keeps no content of deleted items once compacted; the old log entries that still
      // hold the person's data are folded away and the WAL is truncated.
      store.documents.compact(workshopId, true);
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      return workshop;
    },
    exportParticipant({ workshopId, participantId }) {
      const store = context();
      requireKind(store, workshopId, 'workshop');
      const workshop = readWorkshop(store.documents.get(workshopId).doc, workshopId);
      const participant = workshop.participants.find((entry) => entry.id === participantId);
      if (!participant) throw new ApiError('not_found', `No participant ${participantId}.`);
      const exercise = store.documents.kindOf(workshop.exerciseId) === 'exercise'
        ? readExercise(store.documents.get(workshop.exerciseId).doc, workshop.exerciseId)
        : undefined;
      const record = {
        exportedAt: store.now(),
        legalBasis: 'Ley 1581 de 2012 (Colombia)',
        participant,
        heldIn: { exercise: exercise?.title ?? '', workshop: workshop.title, workshopDate: workshop.date },
      };
      const slug = foldText(participant.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'participant';
      return { fileName: `minga-${slug}.json`, json: JSON.stringify(record, null, 2) };
    },

    addDecision: ({ workshopId, fields }, session) => decisions.add(workshopId, fields, session),
    updateDecision: ({ workshopId, decisionId, fields }, session) => decisions.update(workshopId, decisionId, fields, session),
    removeDecision: ({ workshopId, decisionId }, session) => decisions.remove(workshopId, decisionId, session),
  };
}
