import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DirectoryEntryFields, directoryDocumentId, initDirectoryDoc, putDirectoryEntry } from '../shared/documents/directoryDoc';
import { runDoctor } from './doctor';
import { startTestEngine, tempDataDir } from './testing/harness';

/** The doctor on a folder that also holds what the hub published (synced documents without list rows). */
describe('doctor with hub-owned documents', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let desk: ReturnType<typeof startTestEngine>;
  beforeEach(() => {
    folder = tempDataDir('minga-doctor-');
    desk = startTestEngine(folder.dir);
  });
  afterEach(() => {
    desk.close();
    folder.remove();
  });

  it('finds nothing missing, rebuilds, and the directory still reads afterwards', async () => {
    const api = desk.client();
    await api.createExercise({ title: 'Movilidad' });
    const store = desk.engine.store!;
    store.documents.create(directoryDocumentId, 'directory', (doc) => {
      initDirectoryDoc(doc);
      putDirectoryEntry(doc, 'e1', DirectoryEntryFields.parse({ name: 'Alcaldía de Pasto', kind: 'public_entity', sector: 'public' }));
    });
    // As a sync round does after merging what came from the hub.
    store.projector.schedule(directoryDocumentId);
    store.projector.flush();
    const report = runDoctor(store, false);
    expect(report).toMatchObject({ documents: 2, missingProjections: [], unreadableDocuments: [], ok: true });
    expect(runDoctor(store, true)).toMatchObject({ rebuilt: 2, ok: true });
    expect((await api.entityDirectory({})).map((entry) => entry.name)).toEqual(['Alcaldía de Pasto']);
    expect((await api.listExercises({})).map((exercise) => exercise.title)).toEqual(['Movilidad']);
  });
});
