import * as Y from 'yjs';
import { z } from 'zod';
import { Sector } from '../domain/workshop';
import { currentSchemaVersion, roots, writeMeta } from './schema';

/** The one directory document the hub keeps: `directory:entities`. */
export const directoryDocumentName = 'directory:entities';
export const directoryDocumentId = 'entities';

export const directoryEntryKinds = ['public_entity', 'partner'] as const;

const text = (max: number) => z.string().trim().max(max);

/** An entity of the centre's directory: a public entity it accompanies, or a partner. */
export const DirectoryEntryFields = z.strictObject({
  name: text(200).min(1, 'validation.required'),
  kind: z.enum(directoryEntryKinds),
  department: text(100).default(''),
  sector: Sector,
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).optional().transform((value) => value || undefined),
});
export type DirectoryEntryFields = z.output<typeof DirectoryEntryFields>;
export type DirectoryEntryInput = z.input<typeof DirectoryEntryFields>;

export const DirectoryEntry = z.object({ id: z.string().min(1).max(100) }).and(DirectoryEntryFields);
export type DirectoryEntry = z.output<typeof DirectoryEntry>;

export function initDirectoryDoc(doc: Y.Doc): void {
  writeMeta(doc, { kind: 'directory', schemaVersion: currentSchemaVersion.directory });
}

/**
 * Entries are plain values in one map by id: an edit replaces the whole entry (the hub is the
 * only writer, so last writer wins is exact enough).
 */
export function putDirectoryEntry(doc: Y.Doc, id: string, fields: DirectoryEntryFields): void {
  const entry = DirectoryEntryFields.parse(fields);
  doc.getMap(roots.directoryEntries).set(id, { ...entry });
}

export function removeDirectoryEntry(doc: Y.Doc, id: string): boolean {
  const map = doc.getMap(roots.directoryEntries);
  if (!map.has(id)) return false;
  map.delete(id);
  return true;
}

/** Every valid entry, sorted by name; an entry a newer hub wrote in a shape unknown here is skipped. */
export function readDirectory(doc: Y.Doc): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const [id, value] of doc.getMap<unknown>(roots.directoryEntries).entries()) {
    const parsed = DirectoryEntry.safeParse({ ...(typeof value === 'object' && value ? value : {}), id });
    if (parsed.success) entries.push(parsed.data);
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name, 'es') || a.id.localeCompare(b.id));
}
