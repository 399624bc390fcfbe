import * as Y from 'yjs';
import { tempDataDir } from '../../core/testing/harness';
import { writeMeta, type DocumentKind } from '../../shared/documents/schema';
import { hashPassword } from '../auth/passwords';
import type { HubOptions } from '../config';
import { startHub, type Hub } from '../hub';
import type { Role } from '../roles';
import type { UserRecord } from '../store/types';
import { hubClient, testPassword } from './hubClient';

export { testPassword, waitUntil, hubClient, type OpenDocument, type OpenOutcome } from './hubClient';

/** Cheap scrypt parameters: tests create many accounts. */
export const fastHash = (password: string) => hashPassword(password, { N: 1024, r: 8, p: 1 });

/**
 * A hub on 127.0.0.1, port 0, with helpers to sign in and open documents. Its store is a
 * throwaway folder, or the PostgreSQL database in `options.databaseUrl` (see backends.ts).
 */
export async function startTestHub(options: Partial<HubOptions> = {}) {
  const folder = options.databaseUrl === undefined && options.dataDir === undefined ? tempDataDir('minga-hub-') : undefined;
  const where = folder ? { dataDir: folder.dir } : {};
  const hub: Hub = await startHub({ ...where, port: 0, log: () => undefined, ...options });
  const { accounts, documents } = hub.store;
  const client = hubClient(hub);

  const addUser = async (email: string, role: Role): Promise<UserRecord> =>
    accounts.addUser({ email, role, passwordHash: await fastHash(testPassword) });

  /** What the hub has stored for a document, decoded. */
  const stored = async (name: string): Promise<Y.Doc | undefined> => {
    const state = await documents.load(name);
    if (!state) return undefined;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  };

  return {
    hub, accounts, documents, request: client.request, addUser, login: client.login, open: client.open, stored,
    /** The options that start a hub on the same store again (after `hub.close()`). */
    storeOptions: { ...where, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) } as Partial<HubOptions>,
    async close() {
      client.destroyAll();
      await hub.close();
      folder?.remove();
    },
  };
}

export type TestHub = Awaited<ReturnType<typeof startTestHub>>;

/** A new document of a kind with its meta, as the desktop app creates it. */
export function newDocument(kind: DocumentKind, parents: { exerciseId?: string; workshopId?: string } = {}, title = 'Título'): Y.Doc {
  const doc = new Y.Doc();
  writeMeta(doc, { kind, schemaVersion: 1, ...parents });
  doc.getMap(kind).set('title', title);
  return doc;
}
