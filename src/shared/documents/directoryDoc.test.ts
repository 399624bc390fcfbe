import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DirectoryEntryFields, initDirectoryDoc, putDirectoryEntry, readDirectory, removeDirectoryEntry } from './directoryDoc';
import { readMeta, roots } from './schema';

describe('entity directory document', () => {
  it('keeps validated entries by id, sorted by name, and skips malformed ones', () => {
    const doc = new Y.Doc();
    initDirectoryDoc(doc);
    expect(readMeta(doc)).toEqual({ kind: 'directory', schemaVersion: 1 });
    putDirectoryEntry(doc, 'b', DirectoryEntryFields.parse({ name: 'Gobernación de Nariño', kind: 'public_entity', department: 'Nariño', sector: 'public', website: '' }));
    putDirectoryEntry(doc, 'a', DirectoryEntryFields.parse({ name: ' Alcaldía de Pasto ', kind: 'public_entity', sector: 'public', website: 'https://pasto.gov.co' }));
    doc.getMap(roots.directoryEntries).set('broken', { name: '', kind: 'alien' });
    expect(readDirectory(doc)).toEqual([
      { id: 'a', name: 'Alcaldía de Pasto', kind: 'public_entity', department: '', sector: 'public', website: 'https://pasto.gov.co' },
      { id: 'b', name: 'Gobernación de Nariño', kind: 'public_entity', department: 'Nariño', sector: 'public' },
    ]);
    expect(removeDirectoryEntry(doc, 'a')).toBe(true);
    expect(removeDirectoryEntry(doc, 'a')).toBe(false);
    expect(readDirectory(doc).map((entry) => entry.id)).toEqual(['b']);
  });

  it('refuses an entry without a name, of an unknown kind, or with a non-web address', () => {
    expect(DirectoryEntryFields.safeParse({ name: '  ', kind: 'partner', sector: 'private' }).success).toBe(false);
    expect(DirectoryEntryFields.safeParse({ name: 'X', kind: 'enemy', sector: 'private' }).success).toBe(false);
    expect(DirectoryEntryFields.safeParse({ name: 'X', kind: 'partner', sector: 'private', website: 'javascript:alert(1)' }).success).toBe(false);
  });
});
