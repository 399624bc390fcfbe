import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../shared/domain/errors';
import { addNote, readNotes } from '../shared/documents/boardDoc';
import { startTestEngine, tempDataDir } from './testing/harness';

describe('engine over the contract', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    folder = tempDataDir();
  });
  afterEach(() => folder.remove());

  it('creates exercises, workshops and boards that survive a restart', async () => {
    const first = startTestEngine(folder.dir);
    const api = first.client();
    const exercise = await api.createExercise({ title: 'Participación ciudadana', leadEntity: 'Alcaldía de Pasto', sdgs: [16, 11, 16] });
    expect(exercise.sdgs).toEqual([11, 16]);
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller de cocreación', plannedMinutes: 60 } });
    await api.addAgendaItem({ workshopId: workshop.id, fields: { activity: 'Bienvenida', minutes: 15 } });
    await api.addParticipant({
      workshopId: workshop.id,
      fields: { name: 'Ana Gómez', sector: 'civil_society', consent: true, consentDate: '2026-11-27', consentNoticeVersion: '1.0' },
    });
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas' } });
    const opened = await api.openBoard({ id: board.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    const updates: Uint8Array[] = [];
    doc.on('update', (update) => updates.push(update));
    addNote(doc, { id: crypto.randomUUID(), x: 10, y: 20, text: 'Mejorar la atención' });
    await api.applyBoardUpdate({ id: board.id, update: updates[0]! });
    first.close();

    const second = startTestEngine(folder.dir);
    const again = second.client();
    const [listed] = await again.listExercises({});
    expect(listed).toMatchObject({ title: 'Participación ciudadana', workshopCount: 1 });
    const reloaded = await again.getWorkshop({ id: workshop.id });
    expect(reloaded.agenda.map((item) => item.activity)).toEqual(['Bienvenida']);
    expect(reloaded.participants[0]).toMatchObject({ name: 'Ana Gómez', consent: true });
    const boards = await again.listBoards({ workshopId: workshop.id });
    expect(boards[0]).toMatchObject({ title: 'Ideas', elementCount: 1 });
    const state = await again.openBoard({ id: board.id });
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, state.state);
    expect(readNotes(reopened).map((note) => note.text)).toEqual(['Mejorar la atención']);
    second.close();
  });

  it('refuses invalid input with field issues and stores nothing', async () => {
    const running = startTestEngine(folder.dir);
    const api = running.client();
    const error = await api.createExercise({ title: '   ' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_input');
    expect((error as ApiError).issues).toContainEqual({ path: 'title', key: 'validation.required' });
    expect(await api.listExercises({})).toEqual([]);
    const tooLong = await api.createExercise({ title: 'x'.repeat(201) }).catch((caught: unknown) => caught);
    expect((tooLong as ApiError).issues).toContainEqual({ path: 'title', key: 'validation.tooLong' });
    const exercise = await api.createExercise({ title: 'Reto válido' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    const noConsentDate = await api
      .addParticipant({ workshopId: workshop.id, fields: { name: 'Ana', consent: true, consentNoticeVersion: '1.0' } })
      .catch((caught: unknown) => caught);
    expect((noConsentDate as ApiError).issues).toContainEqual({ path: 'fields.consentDate', key: 'validation.consentDateRequired' });
    const badMinutes = await api.addAgendaItem({ workshopId: workshop.id, fields: { activity: 'Cierre', minutes: 0 } }).catch((caught: unknown) => caught);
    expect((badMinutes as ApiError).code).toBe('invalid_input');
    expect((await api.getWorkshop({ id: workshop.id })).participants).toEqual([]);
    const missing = await api.getExercise({ id: crypto.randomUUID() }).catch((caught: unknown) => caught);
    expect((missing as ApiError).code).toBe('not_found');
    running.close();
  });

  it('finds records accent-insensitively, ranking title matches first', async () => {
    const running = startTestEngine(folder.dir);
    const api = running.client();
    const inBody = await api.createExercise({ title: 'Trámites digitales', challenge: 'Más participación de jóvenes' });
    const inTitle = await api.createExercise({ title: 'Participación ciudadana en Nariño' });
    await api.createExercise({ title: 'Otro reto' });
    const hits = await api.search({ query: 'participacion' });
    expect(hits.map((hit) => hit.id)).toEqual([inTitle.id, inBody.id]);
    expect(await api.search({ query: 'narino' })).toHaveLength(1);
    expect(await api.search({ query: '"; DROP TABLE' })).toEqual([]);
    running.close();
  });

  it('sends one client’s board edits to another that has the board open', async () => {
    const running = startTestEngine(folder.dir);
    const received: Uint8Array[] = [];
    const alice = running.client();
    const bob = running.client({ boardUpdated: ({ update }) => received.push(update) });
    const exercise = await alice.createExercise({ title: 'Reto' });
    const workshop = await alice.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    const board = await alice.createBoard({ workshopId: workshop.id, fields: { title: 'Tablero' } });
    const aliceDoc = new Y.Doc();
    const bobDoc = new Y.Doc();
    Y.applyUpdate(aliceDoc, (await alice.openBoard({ id: board.id })).state);
    Y.applyUpdate(bobDoc, (await bob.openBoard({ id: board.id })).state);
    const outgoing: Uint8Array[] = [];
    aliceDoc.on('update', (update) => outgoing.push(update));
    addNote(aliceDoc, { id: crypto.randomUUID(), x: 0, y: 0, text: 'Hola' });
    await alice.applyBoardUpdate({ id: board.id, update: outgoing[0]! });
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const update of received) Y.applyUpdate(bobDoc, update);
    expect(readNotes(bobDoc).map((note) => note.text)).toEqual(['Hola']);
    const bad = await alice.applyBoardUpdate({ id: board.id, update: new Uint8Array([1, 2, 3, 255]) }).catch((caught: unknown) => caught);
    expect((bad as ApiError).code).toBe('invalid_input');
    running.close();
  });

  it('erases a participant so their data no longer exists in the store file', async () => {
    const running = startTestEngine(folder.dir);
    const api = running.client();
    const exercise = await api.createExercise({ title: 'Reto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    const withPerson = await api.addParticipant({ workshopId: workshop.id, fields: { name: 'Zoila Quintero Unique', email: 'zoila@example.org' } });
    const person = withPerson.participants[0]!;
    const exported = await api.exportParticipant({ workshopId: workshop.id, participantId: person.id });
    expect(JSON.parse(exported.json).participant.email).toBe('zoila@example.org');
    expect(exported.fileName).toBe('minga-zoila-quintero-unique.json');
    const after = await api.eraseParticipant({ workshopId: workshop.id, participantId: person.id });
    expect(after.participants).toEqual([]);
    running.close();
    const { readFileSync, existsSync } = await import('node:fs');
    const file = readFileSync(`${folder.dir}/minga.sqlite`);
    expect(file.includes(Buffer.from('Zoila Quintero Unique'))).toBe(false);
    const wal = `${folder.dir}/minga.sqlite-wal`;
    if (existsSync(wal)) expect(readFileSync(wal).includes(Buffer.from('Zoila'))).toBe(false);
  });
});
