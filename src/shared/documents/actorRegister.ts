import * as Y from 'yjs';
import {
  ActorType,
  Attitude,
  Proximity,
  RelationshipType,
  clampScore,
  strengthRange,
  type Actor,
  type ActorFields,
  type ActorRegister,
  type Relationship,
  type RelationshipFields,
} from '../domain/actor';
import { roots } from './schema';
import { readNumber, readString, readStringList } from './values';

/**
 * The actor register in an exercise document: two root maps keyed by id, one Y.Map per actor
 * or relationship so that two people editing different fields of one actor both keep their
 * change. The roots live here rather than in schema.ts because only the register uses them.
 */
export const actorRegisterRoots = { actors: 'actors', relationships: 'relationships' } as const;

type EntryMap = Y.Map<unknown>;

function actorsOf(doc: Y.Doc): Y.Map<EntryMap> {
  return doc.getMap<EntryMap>(actorRegisterRoots.actors);
}

function relationshipsOf(doc: Y.Doc): Y.Map<EntryMap> {
  return doc.getMap<EntryMap>(actorRegisterRoots.relationships);
}

// Actor edits change the exercise too: its list is ordered by last change.
function touchExercise(doc: Y.Doc, now: string): void {
  doc.getMap(roots.exercise).set('updatedAt', now);
}

// Lists (tags) compare by value, so that saving an unchanged actor writes nothing.
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b));
}

function writeFields(map: EntryMap, fields: object): void {
  for (const [key, value] of Object.entries(fields)) if (!sameValue(map.get(key), value)) map.set(key, value);
}

export function insertActor(doc: Y.Doc, id: string, fields: ActorFields, now: string): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    actorsOf(doc).set(id, map);
    writeFields(map, { ...fields, createdAt: now });
    touchExercise(doc, now);
  });
}

/** Writes the fields that differ; false when the actor does not exist. */
export function updateActor(doc: Y.Doc, id: string, fields: Partial<ActorFields>, now: string): boolean {
  const map = actorsOf(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    writeFields(map, fields);
    touchExercise(doc, now);
  });
  return true;
}

/** Removes the actor and every relationship that starts or ends at it. */
export function removeActor(doc: Y.Doc, id: string, now: string): boolean {
  const actors = actorsOf(doc);
  if (!actors.has(id)) return false;
  doc.transact(() => {
    actors.delete(id);
    const relationships = relationshipsOf(doc);
    for (const [relationshipId, map] of [...relationships.entries()]) {
      if (map.get('from') === id || map.get('to') === id) relationships.delete(relationshipId);
    }
    touchExercise(doc, now);
  });
  return true;
}

/** Adds a relationship between two existing actors; false when either end is missing. */
export function insertRelationship(doc: Y.Doc, id: string, fields: RelationshipFields, now: string): boolean {
  const actors = actorsOf(doc);
  if (!actors.has(fields.from) || !actors.has(fields.to)) return false;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    relationshipsOf(doc).set(id, map);
    writeFields(map, { ...fields, createdAt: now });
    touchExercise(doc, now);
  });
  return true;
}

export function updateRelationship(doc: Y.Doc, id: string, fields: RelationshipFields, now: string): boolean {
  const map = relationshipsOf(doc).get(id);
  const actors = actorsOf(doc);
  if (!map || !actors.has(fields.from) || !actors.has(fields.to)) return false;
  doc.transact(() => {
    writeFields(map, fields);
    touchExercise(doc, now);
  });
  return true;
}

export function removeRelationship(doc: Y.Doc, id: string, now: string): boolean {
  const relationships = relationshipsOf(doc);
  if (!relationships.has(id)) return false;
  doc.transact(() => {
    relationships.delete(id);
    touchExercise(doc, now);
  });
  return true;
}

function readActor(id: string, map: EntryMap): Actor {
  const type = ActorType.safeParse(map.get('type'));
  const attitude = Attitude.safeParse(map.get('attitude'));
  const proximity = Proximity.safeParse(map.get('proximity'));
  return {
    id,
    name: readString(map, 'name'),
    type: type.success ? type.data : 'public',
    power: clampScore(readNumber(map, 'power', 3)),
    interest: clampScore(readNumber(map, 'interest', 3)),
    attitude: attitude.success ? attitude.data : 'neutral',
    proximity: proximity.success ? proximity.data : 'context',
    engagementStrategy: readString(map, 'engagementStrategy'),
    owner: readString(map, 'owner'),
    notes: readString(map, 'notes'),
    tags: readStringList(map, 'tags'),
  };
}

function readRelationship(id: string, map: EntryMap): Relationship {
  const type = RelationshipType.safeParse(map.get('type'));
  return {
    id,
    from: readString(map, 'from'),
    to: readString(map, 'to'),
    type: type.success ? type.data : 'collaboration',
    strength: clampScore(readNumber(map, 'strength', 2), strengthRange),
  };
}

/** Entries in the order they were added (map iteration order is not the same on every peer). */
function byCreation(entries: [string, EntryMap][]): [string, EntryMap][] {
  return entries.sort(([idA, a], [idB, b]) => readString(a, 'createdAt').localeCompare(readString(b, 'createdAt')) || idA.localeCompare(idB));
}

/**
 * The register as plain values. A relationship whose actor was removed on another peer at the
 * same moment it was drawn is left out rather than shown dangling.
 */
export function readActorRegister(doc: Y.Doc): ActorRegister {
  const actors = byCreation([...actorsOf(doc).entries()]).map(([id, map]) => readActor(id, map));
  const known = new Set(actors.map((actor) => actor.id));
  const relationships = byCreation([...relationshipsOf(doc).entries()])
    .map(([id, map]) => readRelationship(id, map))
    .filter((relationship) => known.has(relationship.from) && known.has(relationship.to) && relationship.from !== relationship.to);
  return { actors, relationships };
}
