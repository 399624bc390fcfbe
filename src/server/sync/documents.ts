import * as Y from 'yjs';
import type { Connection, Document } from '@hocuspocus/server';
import { readMeta } from '../../shared/documents/schema';
import { parseDocumentName, type AccessPolicy, type Principal } from '../access';
import type { Accounts } from '../store/accounts';
import type { DocumentLog } from '../store/documentLog';
import { Refusal, type SyncContext } from './context';

/**
 * Checks the first update stored for a document the hub has never seen. It must carry the
 * document's meta (kind, and for workshops and boards the exercise), and its author must be
 * allowed to write that exercise. Then the document is recorded under that exercise for good:
 * later edits of `meta.exerciseId` do not move it. Any other connection already open on the
 * document that may not see that exercise is closed before the update is applied.
 */
export function claimDocument(
  deps: { accounts: Accounts; documents: DocumentLog; policy: AccessPolicy },
  document: Document,
  update: Uint8Array,
  author: Principal,
): void {
  const parsed = parseDocumentName(document.name);
  if (!parsed) throw new Refusal('permission-denied');
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(document));
    let changed = false;
    scratch.on('update', () => {
      changed = true;
    });
    Y.applyUpdate(scratch, update);
    // Nothing new (a client with an empty copy answering the sync): nothing to claim yet.
    if (!changed) return;
    const meta = readMeta(scratch);
    if (!meta || meta.kind !== parsed.kind) throw new Refusal('document-meta-missing');
    const exerciseId = parsed.kind === 'exercise' ? parsed.id : meta.exerciseId;
    if (!exerciseId || !parseDocumentName(`exercise:${exerciseId}`)) throw new Refusal('document-meta-missing');
    if (deps.policy.forExercise(author, exerciseId) !== 'write') throw new Refusal('permission-denied');
    deps.accounts.ensureExercise(exerciseId, author.id);
    deps.documents.claim({ name: document.name, kind: parsed.kind, exerciseId, createdBy: author.id });
  } finally {
    scratch.destroy();
  }
  for (const connection of document.getConnections() as Connection<SyncContext>[]) {
    const access = deps.policy.forExercise(connection.context, deps.documents.record(document.name)!.exerciseId);
    if (access === 'none') connection.close({ code: 4403, reason: 'permission-denied' });
    else if (access === 'read') connection.readOnly = true;
  }
}
