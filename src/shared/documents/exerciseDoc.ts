import * as Y from 'yjs';
import type { Exercise, ExerciseFields } from '../domain/exercise';
import { Phase } from '../domain/exercise';
import { currentSchemaVersion, roots, writeMeta } from './schema';
import { readString, readStringList } from './values';

/** Fields of an exercise live in one map; list fields are whole values (last writer wins). */
export function initExerciseDoc(doc: Y.Doc, fields: ExerciseFields, now: string): void {
  doc.transact(() => {
    writeMeta(doc, { kind: 'exercise', schemaVersion: currentSchemaVersion.exercise });
    const map = doc.getMap(roots.exercise);
    map.set('createdAt', now);
    map.set('archived', false);
    writeExerciseFields(doc, fields, now);
  });
}

/** Writes only the fields that differ, so an unchanged save produces no update. */
export function writeExerciseFields(doc: Y.Doc, fields: ExerciseFields, now: string): boolean {
  const map = doc.getMap(roots.exercise);
  let changed = false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) {
        map.set(key, value);
        changed = true;
      }
    }
    if (changed) map.set('updatedAt', now);
  });
  return changed;
}

export function setExerciseArchived(doc: Y.Doc, archived: boolean, now: string): void {
  const map = doc.getMap(roots.exercise);
  doc.transact(() => {
    map.set('archived', archived);
    map.set('updatedAt', now);
  });
}

export function readExercise(doc: Y.Doc, id: string): Exercise {
  const map = doc.getMap(roots.exercise);
  const phase = Phase.safeParse(map.get('phase'));
  const sdgs = map.get('sdgs');
  return {
    id,
    title: readString(map, 'title'),
    challenge: readString(map, 'challenge'),
    leadEntity: readString(map, 'leadEntity'),
    otherActors: readStringList(map, 'otherActors'),
    sdgs: Array.isArray(sdgs) ? sdgs.filter((goal): goal is number => typeof goal === 'number') : [],
    phase: phase.success ? phase.data : 'explore',
    startDate: readString(map, 'startDate'),
    endDate: readString(map, 'endDate'),
    team: readStringList(map, 'team'),
    archived: map.get('archived') === true,
    createdAt: readString(map, 'createdAt'),
    updatedAt: readString(map, 'updatedAt'),
  };
}
