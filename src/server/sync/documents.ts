import * as Y from 'yjs';
import type { Connection, Document } from '@hocuspocus/server';
import { isHubOwned, readMeta } from '../../shared/documents/schema';
import { parseDocumentName, type AccessPolicy, type Principal } from '../access';
import type { AccountStore, DocumentRecord, DocumentStore } from '../store/types';
import { Refusal, type SyncContext } from './context';

/**
 * Checks the first update stored for a document the hub has never seen. It must carry the
 * document's meta (kind, and for workshops and boards the exercise), and its author must be
 * allowed to write that exercise. Then the document is recorded under that exercise for good:
 * later edits of `meta.exerciseId` do not move it. If another hub instance recorded it first,
 * that record holds and the author must be allowed to write its exercise. Any other connection
 * already open on the document that may not see that exercise is closed before the update is
 * applied. Returns false when the update brings nothing new (nothing to claim yet).
 */
export async function claimDocument(
  deps: ClaimDeps,
  document: Document,
  update: Uint8Array,
  author: Principal,
): Promise<boolean> {
  const record = await claimRecord(deps, document.name, document, update, author);
  if (!record) return false;
  for (const connection of document.getConnections() as Connection<SyncContext>[]) {
    const access = await deps.policy.forExercise(connection.context, record.exerciseId);
    if (access === 'none') connection.close({ code: 4403, reason: 'permission-denied' });
    else if (access === 'read') connection.readOnly = true;
  }
  return true;
}

export interface ClaimDeps {
  accounts: AccountStore;
  documents: DocumentStore;
  policy: AccessPolicy;
}

/**
 * The claim rules on their own, for any copy of the document (the one Hocuspocus has loaded, or
 * the stored state when a sync package is imported): returns the record that holds, undefined
 * when `update` brings nothing new, or throws a `Refusal`.
 */
export async function claimRecord(
  deps: ClaimDeps,
  name: string,
  current: Y.Doc,
  update: Uint8Array,
  author: Principal,
): Promise<(DocumentRecord & { exerciseId: string }) | undefined> {
  const parsed = parseDocumentName(name);
  // Hub-owned documents are written by the hub alone (sync/hubDocuments.ts), never claimed by a client.
  if (!parsed || isHubOwned(parsed.kind)) throw new Refusal('permission-denied');
  const scratch = new Y.Doc();
  let exerciseId: string | undefined;
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(current));
    let changed = false;
    scratch.on('update', () => {
      changed = true;
    });
    Y.applyUpdate(scratch, update);
    // Nothing new (a client with an empty copy answering the sync): nothing to claim yet.
    if (!changed) return undefined;
    const meta = readMeta(scratch);
    if (!meta || meta.kind !== parsed.kind) throw new Refusal('document-meta-missing');
    exerciseId = parsed.kind === 'exercise' ? parsed.id : meta.exerciseId;
    if (!exerciseId || !parseDocumentName(`exercise:${exerciseId}`)) throw new Refusal('document-meta-missing');
  } finally {
    scratch.destroy();
  }
  if ((await deps.policy.forExercise(author, exerciseId)) !== 'write') throw new Refusal('permission-denied');
  await deps.accounts.ensureExercise(exerciseId, author.id);
  const record = await deps.documents.claim({ name, kind: parsed.kind, exerciseId, createdBy: author.id });
  const holder = record.exerciseId;
  if (holder === null) throw new Refusal('permission-denied');
  if (holder !== exerciseId && (await deps.policy.forExercise(author, holder)) !== 'write') throw new Refusal('permission-denied');
  return { ...record, exerciseId: holder };
}
