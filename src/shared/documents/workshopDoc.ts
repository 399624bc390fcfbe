import * as Y from 'yjs';
import type { AgendaItem, Decision, Participant, Workshop, WorkshopFields } from '../domain/workshop';
import { DecisionStatus, Modality, Sector } from '../domain/workshop';
import { currentSchemaVersion, roots, writeMeta } from './schema';
import { readNumber, readString } from './values';

/** The three ordered lists of a workshop; each entry is a Y.Map with an `id`. */
export const workshopLists = ['agenda', 'participants', 'decisions'] as const;
export type WorkshopList = (typeof workshopLists)[number];

export function initWorkshopDoc(doc: Y.Doc, exerciseId: string, fields: WorkshopFields, now: string): void {
  doc.transact(() => {
    writeMeta(doc, { kind: 'workshop', schemaVersion: currentSchemaVersion.workshop, exerciseId });
    doc.getMap(roots.workshop).set('createdAt', now);
    writeWorkshopFields(doc, fields, now);
  });
}

export function writeWorkshopFields(doc: Y.Doc, fields: WorkshopFields, now: string): boolean {
  const map = doc.getMap(roots.workshop);
  let changed = false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (map.get(key) !== value) {
        map.set(key, value);
        changed = true;
      }
    }
    if (changed) map.set('updatedAt', now);
  });
  return changed;
}

function list(doc: Y.Doc, name: WorkshopList): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(roots[name]);
}

function touch(doc: Y.Doc, now: string): void {
  doc.getMap(roots.workshop).set('updatedAt', now);
}

export function findEntryIndex(doc: Y.Doc, name: WorkshopList, id: string): number {
  return list(doc, name).toArray().findIndex((entry) => entry.get('id') === id);
}

/** Adds an entry at the end (or at `index`) and returns nothing: the caller chose the id. */
export function insertEntry(doc: Y.Doc, name: WorkshopList, entry: { id: string } & object, now: string, index?: number): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>(Object.entries(entry));
    const target = list(doc, name);
    target.insert(index === undefined ? target.length : Math.max(0, Math.min(index, target.length)), [map]);
    touch(doc, now);
  });
}

/** Updates the fields that differ; returns false when the entry does not exist. */
export function updateEntry(doc: Y.Doc, name: WorkshopList, id: string, fields: object, now: string): boolean {
  const index = findEntryIndex(doc, name, id);
  if (index < 0) return false;
  const map = list(doc, name).get(index);
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) if (map.get(key) !== value) map.set(key, value);
    touch(doc, now);
  });
  return true;
}

export function removeEntry(doc: Y.Doc, name: WorkshopList, id: string, now: string): boolean {
  const index = findEntryIndex(doc, name, id);
  if (index < 0) return false;
  doc.transact(() => {
    list(doc, name).delete(index, 1);
    touch(doc, now);
  });
  return true;
}

/**
 * Moves an entry by re-inserting a copy. Two people moving the same entry at once may leave a
 * duplicate, which the list then shows and either can delete; nothing is lost.
 */
export function moveEntry(doc: Y.Doc, name: WorkshopList, id: string, toIndex: number, now: string): boolean {
  const index = findEntryIndex(doc, name, id);
  if (index < 0) return false;
  const target = list(doc, name);
  const plain = target.get(index).toJSON() as { id: string };
  doc.transact(() => {
    target.delete(index, 1);
    target.insert(Math.max(0, Math.min(toIndex, target.length)), [new Y.Map<unknown>(Object.entries(plain))]);
    touch(doc, now);
  });
  return true;
}

function readAgenda(doc: Y.Doc): AgendaItem[] {
  return list(doc, 'agenda').toArray().map((map) => ({
    id: readString(map, 'id'),
    activity: readString(map, 'activity'),
    method: readString(map, 'method'),
    minutes: readNumber(map, 'minutes', 0),
    responsible: readString(map, 'responsible'),
  }));
}

function readParticipants(doc: Y.Doc): Participant[] {
  return list(doc, 'participants').toArray().map((map) => {
    const sector = Sector.safeParse(map.get('sector'));
    return {
      id: readString(map, 'id'),
      name: readString(map, 'name'),
      organisation: readString(map, 'organisation'),
      sector: sector.success ? sector.data : 'public',
      role: readString(map, 'role'),
      email: readString(map, 'email'),
      consent: map.get('consent') === true,
      consentDate: readString(map, 'consentDate'),
      consentNoticeVersion: readString(map, 'consentNoticeVersion'),
    };
  });
}

function readDecisions(doc: Y.Doc): Decision[] {
  return list(doc, 'decisions').toArray().map((map) => {
    const status = DecisionStatus.safeParse(map.get('status'));
    return {
      id: readString(map, 'id'),
      text: readString(map, 'text'),
      owner: readString(map, 'owner'),
      dueDate: readString(map, 'dueDate'),
      status: status.success ? status.data : 'open',
    };
  });
}

export function readWorkshop(doc: Y.Doc, id: string): Workshop {
  const map = doc.getMap(roots.workshop);
  const modality = Modality.safeParse(map.get('modality'));
  return {
    id,
    exerciseId: readString(doc.getMap(roots.meta), 'exerciseId'),
    title: readString(map, 'title'),
    date: readString(map, 'date'),
    municipality: readString(map, 'municipality'),
    department: readString(map, 'department'),
    modality: modality.success ? modality.data : 'in_person',
    objective: readString(map, 'objective'),
    plannedMinutes: readNumber(map, 'plannedMinutes', 0),
    startTime: readString(map, 'startTime'),
    agenda: readAgenda(doc),
    participants: readParticipants(doc),
    decisions: readDecisions(doc),
    createdAt: readString(map, 'createdAt'),
    updatedAt: readString(map, 'updatedAt'),
  };
}
