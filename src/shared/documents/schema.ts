import * as Y from 'yjs';

/**
 * The shape of every Minga Yjs document. Each document carries a `meta` map with its kind,
 * its parents and the schema version it was written with; `migrateDocument` brings an older
 * document forward, step by step, inside one transaction.
 */
export const documentKinds = ['exercise', 'workshop', 'board', 'directory', 'template'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * Documents the hub owns and writes itself (the coordinators' entity directory and published
 * board templates): they belong to no exercise, every signed-in role reads them, and nobody
 * writes them over sync. Their meta carries no exerciseId.
 */
export const hubOwnedKinds = ['directory', 'template'] as const satisfies readonly DocumentKind[];
export type HubOwnedKind = (typeof hubOwnedKinds)[number];
export const isHubOwned = (kind: DocumentKind): kind is HubOwnedKind => (hubOwnedKinds as readonly DocumentKind[]).includes(kind);

export const currentSchemaVersion: Record<DocumentKind, number> = {
  exercise: 1,
  workshop: 1,
  board: 2,
  directory: 1,
  template: 1,
};

/** Root type names, so no caller spells a string twice. */
export const roots = {
  meta: 'meta',
  exercise: 'exercise',
  workshop: 'workshop',
  agenda: 'agenda',
  participants: 'participants',
  decisions: 'decisions',
  board: 'board',
  elements: 'elements',
  directoryEntries: 'entries',
  template: 'template',
} as const;

export interface DocumentMeta {
  kind: DocumentKind;
  schemaVersion: number;
  exerciseId?: string;
  workshopId?: string;
}

export function readMeta(doc: Y.Doc): DocumentMeta | undefined {
  const meta = doc.getMap(roots.meta);
  const kind = meta.get('kind');
  if (typeof kind !== 'string' || !(documentKinds as readonly string[]).includes(kind)) return undefined;
  const result: DocumentMeta = { kind: kind as DocumentKind, schemaVersion: Number(meta.get('schemaVersion') ?? 0) };
  const exerciseId = meta.get('exerciseId');
  const workshopId = meta.get('workshopId');
  if (typeof exerciseId === 'string') result.exerciseId = exerciseId;
  if (typeof workshopId === 'string') result.workshopId = workshopId;
  return result;
}

export function writeMeta(doc: Y.Doc, meta: DocumentMeta): void {
  const map = doc.getMap(roots.meta);
  doc.transact(() => {
    map.set('kind', meta.kind);
    map.set('schemaVersion', meta.schemaVersion);
    if (meta.exerciseId) map.set('exerciseId', meta.exerciseId);
    if (meta.workshopId) map.set('workshopId', meta.workshopId);
  });
}

export interface DocumentMigration {
  kind: DocumentKind;
  /** The version this step produces; steps run in ascending order. */
  to: number;
  name: string;
  up(doc: Y.Doc): void;
}

/**
 * Board version 2 (the studio): elements gained a stacking order, a lock and their creator,
 * and notes an author, tags and a private-mode flag. Version-1 boards held only notes. Missing
 * fields get neutral values; the stacking order follows reading order (top to bottom, left to
 * right, then id) so every copy that migrates the same board independently writes the same
 * values and the merge is a no-op. A note text stored as a plain string becomes a Y.Text.
 */
function boardV2(doc: Y.Doc): void {
  const elements = doc.getMap<unknown>(roots.elements);
  const entries = [...elements.entries()].filter((entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map);
  const position = (map: Y.Map<unknown>, key: string) => (typeof map.get(key) === 'number' ? (map.get(key) as number) : 0);
  entries.sort(([a, left], [b, right]) => position(left, 'y') - position(right, 'y') || position(left, 'x') - position(right, 'x') || (a < b ? -1 : 1));
  entries.forEach(([, map], index) => {
    const fill = (key: string, value: unknown) => {
      if (!map.has(key)) map.set(key, value);
    };
    fill('z', index + 1);
    fill('locked', false);
    fill('createdBy', '');
    if (map.get('type') !== 'note') return;
    fill('author', '');
    fill('tags', []);
    fill('hidden', false);
    const text = map.get('text');
    if (!(text instanceof Y.Text)) map.set('text', new Y.Text(typeof text === 'string' ? text : ''));
  });
}

/** Registered steps, in any order; `migrateDocument` sorts them by target version. */
export const documentMigrations: DocumentMigration[] = [
  { kind: 'board', to: 2, name: 'board/studio-elements', up: boardV2 },
];

export class DocumentTooNewError extends Error {
  constructor(readonly kind: DocumentKind, readonly version: number) {
    super(`A ${kind} document has schema version ${version}, newer than this Minga supports.`);
  }
}

/**
 * Applies the pending steps and returns whether anything changed. A document from a newer Minga
 * is refused rather than touched.
 */
export function migrateDocument(
  doc: Y.Doc,
  migrations: readonly DocumentMigration[] = documentMigrations,
  versions: Record<DocumentKind, number> = currentSchemaVersion,
): boolean {
  const meta = readMeta(doc);
  if (!meta) return false;
  const target = versions[meta.kind];
  if (meta.schemaVersion > target) throw new DocumentTooNewError(meta.kind, meta.schemaVersion);
  const steps = migrations
    .filter((step) => step.kind === meta.kind && step.to > meta.schemaVersion && step.to <= target)
    .sort((a, b) => a.to - b.to);
  if (steps.length === 0) return false;
  doc.transact(() => {
    for (const step of steps) {
      step.up(doc);
      doc.getMap(roots.meta).set('schemaVersion', step.to);
    }
  }, 'migration');
  return true;
}
