import * as Y from 'yjs';
import type { Hocuspocus } from '@hocuspocus/server';
import { isHubOwned, readMeta, writeMeta, currentSchemaVersion } from '../../shared/documents/schema';
import { parseDocumentName, type Principal } from '../access';
import type { DocumentStore } from '../store/types';
import type { SyncContext } from './context';

export interface HubDocumentDeps {
  hocuspocus: Hocuspocus<SyncContext>;
  documents: DocumentStore;
  /** Told after the update is committed (the projector), as for a client's update. */
  onStored?: (name: string) => void;
}

/**
 * The one way a hub-owned document (the entity directory, a template) changes: the hub edits it
 * on behalf of a coordinator. The change is made on a copy of the live document, committed to the
 * store as one update (write before apply, as for a client's update), and only then applied to
 * the document Hocuspocus holds through a direct connection, which sends it to every open
 * connection and, through Redis, to the other hub instances. `change` may throw to refuse; then
 * nothing is stored. Returns whether anything changed.
 */
export async function editHubDocument(
  deps: HubDocumentDeps, name: string, editor: Principal, change: (doc: Y.Doc) => void,
): Promise<boolean> {
  const parsed = parseDocumentName(name);
  if (!parsed || !isHubOwned(parsed.kind)) throw new Error(`${name} is not a hub-owned document.`);
  await deps.documents.claim({ name, kind: parsed.kind, exerciseId: null, createdBy: editor.id });
  const context: SyncContext = { id: editor.id, role: editor.role, deviceId: 'hub', tokenExpiresAt: Number.MAX_SAFE_INTEGER, access: 'write' };
  const connection = await deps.hocuspocus.openDirectConnection(name, context);
  try {
    const live = connection.document!;
    const scratch = new Y.Doc();
    try {
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(live));
      const before = Y.encodeStateVector(scratch);
      scratch.transact(() => {
        if (!readMeta(scratch)) writeMeta(scratch, { kind: parsed.kind, schemaVersion: currentSchemaVersion[parsed.kind] });
        change(scratch);
      });
      const update = Y.encodeStateAsUpdate(scratch, before);
      // Two zero varints: nothing inserted, nothing deleted.
      if (update.length <= 2) return false;
      await deps.documents.append(name, update);
      deps.onStored?.(name);
      await connection.transact((doc) => Y.applyUpdate(doc, update));
      return true;
    } finally {
      scratch.destroy();
    }
  } finally {
    await connection.disconnect();
  }
}

/** The current state of a hub-owned document, from the store (the truth), decoded. */
export async function readHubDocument<T>(documents: DocumentStore, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  const doc = new Y.Doc();
  try {
    const state = await documents.load(name);
    if (state) Y.applyUpdate(doc, state);
    return read(doc);
  } finally {
    doc.destroy();
  }
}
