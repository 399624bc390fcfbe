import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DocumentTooNewError, migrateDocument, readMeta, writeMeta, type DocumentMigration } from './schema';

const versions = { exercise: 1, workshop: 1, board: 3, directory: 1, template: 1 };
const steps: DocumentMigration[] = [
  { kind: 'board', to: 3, name: 'board/rename-notes', up: (doc) => doc.getMap('board').set('renamed', true) },
  { kind: 'board', to: 2, name: 'board/add-frames', up: (doc) => doc.getMap('board').set('frames', doc.getMap('board').get('renamed') ? 'late' : 'first') },
];

describe('migrateDocument', () => {
  it('runs pending steps in order and records the new version', () => {
    const doc = new Y.Doc();
    writeMeta(doc, { kind: 'board', schemaVersion: 1 });
    expect(migrateDocument(doc, steps, versions)).toBe(true);
    expect(doc.getMap('board').get('frames')).toBe('first');
    expect(doc.getMap('board').get('renamed')).toBe(true);
    expect(readMeta(doc)?.schemaVersion).toBe(3);
    expect(migrateDocument(doc, steps, versions)).toBe(false);
  });

  it('refuses a document written by a newer Minga', () => {
    const doc = new Y.Doc();
    writeMeta(doc, { kind: 'board', schemaVersion: 9 });
    expect(() => migrateDocument(doc, steps, versions)).toThrow(DocumentTooNewError);
  });
});
