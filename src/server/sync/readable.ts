import type { Access, AccessPolicy, Principal } from '../access';
import type { DocumentStore } from '../store/types';

export interface ReadableDocument {
  name: string;
  /** Null for a hub-owned document (the entity directory, a published template). */
  exerciseId: string | null;
  access: Exclude<Access, 'none'>;
  /** The document's update-log position on the hub: it grows with every stored update. */
  version: number;
}

/**
 * Every document the hub stores that `user` may read, with its version: what a desktop may
 * fetch in a sync round, and what the sync manifest digests. Access is decided once per
 * exercise, from the database as always; listing every record is fine at a central office's
 * scale (thousands of documents).
 */
export async function readableDocuments(deps: { documents: DocumentStore; policy: AccessPolicy }, user: Principal): Promise<ReadableDocument[]> {
  const byExercise = new Map<string, Access>();
  const listed: ReadableDocument[] = [];
  for (const record of await deps.documents.records()) {
    // Hub-owned documents (directory, templates) have no exercise: the policy decides by kind.
    if (record.exerciseId === null) {
      const { access } = await deps.policy.forDocument(user, record.name);
      if (access !== 'none') listed.push({ name: record.name, exerciseId: null, access, version: record.lastSeq });
      continue;
    }
    let access = byExercise.get(record.exerciseId);
    if (!access) {
      access = await deps.policy.forExercise(user, record.exerciseId);
      byExercise.set(record.exerciseId, access);
    }
    if (access !== 'none') listed.push({ name: record.name, exerciseId: record.exerciseId, access, version: record.lastSeq });
  }
  return listed;
}
