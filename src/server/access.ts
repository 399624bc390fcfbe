import type { DocumentKind } from '../shared/documents/schema';
import { documentKinds, isHubOwned } from '../shared/documents/schema';
import type { Role } from './roles';
import type { AccountStore, DocumentStore } from './store/types';

export type Access = 'write' | 'read' | 'none';

export interface Principal {
  id: string;
  role: Role;
}

/** Documents are named `<kind>:<id>`; anything else is refused before it reaches Hocuspocus. */
const namePattern = new RegExp(`^(${documentKinds.join('|')}):([A-Za-z0-9_-]{1,100})$`);

export function parseDocumentName(name: string): { kind: DocumentKind; id: string } | undefined {
  const match = namePattern.exec(name);
  return match ? { kind: match[1] as DocumentKind, id: match[2]! } : undefined;
}

/** What a role may do with an exercise the hub knows. */
export function exerciseAccess(user: Principal, exercise: { createdBy: string | null }, assigned: boolean): Access {
  switch (user.role) {
    case 'admin':
      return 'write';
    case 'coordinator':
      return 'read';
    case 'facilitator':
      return exercise.createdBy === user.id || assigned ? 'write' : 'none';
    case 'observer':
      return assigned ? 'read' : 'none';
  }
}

/**
 * What a role may do with a document the hub has never stored, whose exercise is therefore not
 * known yet. Writers get a provisional connection: the first update must carry the document's
 * meta, and is checked against its exercise before it is applied (see `claimDocument`).
 */
export function unclaimedAccess(user: Principal): Access {
  switch (user.role) {
    case 'admin':
    case 'facilitator':
      return 'write';
    case 'coordinator':
      return 'read';
    case 'observer':
      return 'none';
  }
}

/** What a role may do over sync with a hub-owned document: read it, whatever the role. */
export function hubOwnedAccess(_user: Principal): Access {
  return 'read';
}

export interface DocumentAccess {
  access: Access;
  /** The document's exercise, once the hub knows it. */
  exerciseId?: string;
  /** Whether the hub already stored this document (its exercise is then fixed). */
  claimed: boolean;
}

/** The one place that decides what a user may do with a document. */
export class AccessPolicy {
  constructor(private readonly accounts: AccountStore, private readonly documents: DocumentStore) {}

  async forDocument(user: Principal, name: string): Promise<DocumentAccess> {
    const parsed = parseDocumentName(name);
    if (!parsed) return { access: 'none', claimed: false };
    const record = await this.documents.record(name);
    // The directory and templates: every signed-in role reads them; only the hub writes them
    // (server-side, see sync/hubDocuments.ts), never a client over sync.
    if (isHubOwned(parsed.kind)) return { access: hubOwnedAccess(user), claimed: record !== undefined };
    if (record?.exerciseId === null) return { access: 'none', claimed: true };
    if (record) return { access: await this.forExercise(user, record.exerciseId), exerciseId: record.exerciseId, claimed: true };
    if (parsed.kind === 'exercise' && (await this.accounts.exercise(parsed.id))) {
      return { access: await this.forExercise(user, parsed.id), exerciseId: parsed.id, claimed: false };
    }
    return { access: unclaimedAccess(user), claimed: false };
  }

  /** Access to an exercise; one the hub does not know yet may be created by a writer role. */
  async forExercise(user: Principal, exerciseId: string): Promise<Access> {
    const exercise = await this.accounts.exercise(exerciseId);
    if (!exercise) return unclaimedAccess(user) === 'write' ? 'write' : user.role === 'coordinator' ? 'read' : 'none';
    return exerciseAccess(user, exercise, await this.accounts.isAssigned(exerciseId, user.id));
  }
}
