import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote } from '../../../shared/documents/boardDoc';
import { exportHubPackage, importHubPackage } from '../../../server/sync/packages';
import { backends, useBackend } from '../../../server/testing/backends';
import { startTestHub, testPassword, type TestHub } from '../../../server/testing/hubHarness';
import { documentContent, startTestEngine, tempDataDir } from '../../testing/harness';
import { login } from '../login';
import { syncRound } from '../syncRound';
import { exportDesktopPackage, importDesktopPackage } from './desktopPackage';
import { decodePackage, encodePackage, PackageRefused, packageFormatVersion } from './format';

type Desk = ReturnType<typeof startTestEngine> & { remove(): void };

function desk(): Desk {
  const folder = tempDataDir('minga-pkg-');
  return { ...startTestEngine(folder.dir), remove: folder.remove };
}
const storeOf = (d: Desk) => d.engine.store!;

function stateOf(d: Desk, id: string) {
  const doc = storeOf(d).documents.get(id).doc;
  return { vector: Y.decodeStateVector(Y.encodeStateVector(doc)), content: documentContent(doc) };
}

/** Through the bytes, as on a USB stick. */
const carry = (pkg: Parameters<typeof encodePackage>[0]) => decodePackage(encodePackage(pkg));

describe.each(backends)('sync packages between desktops and a real hub on %s', (backend) => {
  const backendStore = useBackend(backend);
  let hub: TestHub;
  const desks: Desk[] = [];
  const open = () => {
    const made = desk();
    desks.push(made);
    return made;
  };
  const signIn = (d: Desk, email: string) => login(storeOf(d), { hubUrl: hub.hub.url, email, password: testPassword, deviceName: 'sin red' });
  const hubLog = async () => (await hub.documents.records()).map(({ name, lastSeq, snapshotSeq }) => ({ name, lastSeq, snapshotSeq }));

  beforeEach(async () => {
    hub = await startTestHub(await backendStore.storeOptions());
  });
  afterEach(async () => {
    for (const d of desks.splice(0)) {
      d.close();
      d.remove();
    }
    await hub.close();
  });

  async function fieldWork(a: Desk) {
    const api = a.client();
    const exercise = await api.createExercise({ title: 'Veredas sin señal', leadEntity: 'Gobernación' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller rural' } });
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas' } });
    storeOf(a).documents.change(board.id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: 1, y: 2, text: 'Camino veredal' }));
    return { exercise, workshop, board };
  }

  it('carries a desktop to the hub like a network sync, and a second import changes nothing', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    await signIn(a, 'ana@example.org');
    const { exercise, workshop, board } = await fieldWork(a);

    const pkg = carry(exportDesktopPackage(storeOf(a)));
    expect(pkg.author).toMatchObject({ email: 'ana@example.org' });
    expect(pkg.documents.map((doc) => doc.exerciseId)).toEqual([exercise.id, exercise.id, exercise.id]);
    const first = await importHubPackage(hub.hub.store, pkg);
    expect(first.refused).toEqual([]);
    expect(first.stored).toEqual([`exercise:${exercise.id}`, `workshop:${workshop.id}`, `board:${board.id}`]);
    expect((await hub.documents.record(`board:${board.id}`))?.exerciseId).toBe(exercise.id);

    const logBefore = await hubLog();
    const again = await importHubPackage(hub.hub.store, pkg);
    expect(again).toMatchObject({ stored: [], refused: [] });
    expect(again.unchanged).toHaveLength(3);
    expect(await hubLog()).toEqual(logBefore);

    // Another desktop of the same user syncs over the network and gets exactly A's documents.
    const b = open();
    await signIn(b, 'ana@example.org');
    const round = await syncRound(storeOf(b));
    expect(round.received.sort()).toEqual([`board:${board.id}`, `exercise:${exercise.id}`, `workshop:${workshop.id}`].sort());
    for (const id of [exercise.id, workshop.id, board.id]) expect(stateOf(b, id)).toEqual(stateOf(a, id));
    // And A, syncing later, has nothing left to send.
    expect(await syncRound(storeOf(a))).toMatchObject({ sent: [], refused: [] });
  });

  it('exports one exercise with --exercise', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    await signIn(a, 'ana@example.org');
    const { exercise } = await fieldWork(a);
    const other = await a.client().createExercise({ title: 'Otro' });
    const only = exportDesktopPackage(storeOf(a), { exerciseId: exercise.id });
    expect(only.documents).toHaveLength(3);
    expect(only.documents.map((doc) => doc.name)).not.toContain(`exercise:${other.id}`);
  });

  it('refuses corrupt, truncated, foreign and too-new files whole, and the hub stays as it was', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    await signIn(a, 'ana@example.org');
    await fieldWork(a);
    const bytes = encodePackage(exportDesktopPackage(storeOf(a)));

    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    expect(() => decodePackage(flipped)).toThrow(/damaged or truncated/);
    expect(() => decodePackage(bytes.subarray(0, bytes.length - 100))).toThrow(/damaged or truncated/);
    expect(() => decodePackage(bytes.subarray(0, 12))).toThrow(/truncated/);
    expect(() => decodePackage(Buffer.from('PK\u0003\u0004 a zip file, not ours'))).toThrow(/not a Minga sync package/);
    const newer = Buffer.from(bytes);
    newer.writeUInt16BE(packageFormatVersion + 1, 8);
    expect(() => decodePackage(newer)).toThrow(/newer Minga/);

    // A well-formed file whose document is not a Yjs state: refused before anything is stored.
    const pkg = decodePackage(bytes);
    pkg.documents[2] = { ...pkg.documents[2]!, state: new Uint8Array([200, 1, 2, 3, 4, 5]) };
    const refused = await importHubPackage(hub.hub.store, decodePackage(encodePackage(pkg))).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PackageRefused);
    expect(await hubLog()).toEqual([]);
  });

  it('refuses what the author may not write: an observer, a facilitator without the exercise, an unknown author', async () => {
    const ana = await hub.addUser('ana@example.org', 'facilitator');
    const olga = await hub.addUser('olga@example.org', 'observer');
    await hub.addUser('maria@example.org', 'facilitator');
    const a = open();
    await signIn(a, ana.email);
    const { exercise } = await fieldWork(a);
    await importHubPackage(hub.hub.store, carry(exportDesktopPackage(storeOf(a))));
    await hub.accounts.assign(exercise.id, olga.id);
    const logBefore = await hubLog();

    // The observer got the exercise over the network once, edited it and made one of her own.
    const o = open();
    await signIn(o, olga.email);
    await syncRound(storeOf(o));
    await o.client().updateExercise({ id: exercise.id, fields: { title: 'Cambiado por la observadora' } });
    const own = await o.client().createExercise({ title: 'Propio' });
    const fromObserver = await importHubPackage(hub.hub.store, carry(exportDesktopPackage(storeOf(o))));
    expect(fromObserver.stored).toEqual([]);
    expect(fromObserver.refused).toEqual(expect.arrayContaining([
      { name: `exercise:${exercise.id}`, reason: 'read-only: changes are not taken' },
      { name: `exercise:${own.id}`, reason: 'permission-denied' },
    ]));
    expect(await hub.stored(`exercise:${own.id}`)).toBeUndefined();
    expect((await hub.stored(`exercise:${exercise.id}`))!.getMap('exercise').get('title')).toBe('Veredas sin señal');

    // Another facilitator carrying a copy of Ana's exercise may not write it.
    const m = open();
    await signIn(m, 'maria@example.org');
    for (const entry of exportDesktopPackage(storeOf(a)).documents) {
      storeOf(m).documents.merge(entry.name.split(':')[1]!, entry.kind, entry.state, 'hub');
    }
    storeOf(m).documents.change(exercise.id, (doc) => doc.getMap('exercise').set('title', 'De María'));
    const fromMaria = await importHubPackage(hub.hub.store, carry(exportDesktopPackage(storeOf(m))));
    expect(fromMaria.stored).toEqual([]);
    expect(fromMaria.refused.map((entry) => entry.reason)).toEqual(['permission-denied', 'permission-denied', 'permission-denied']);
    expect(await hubLog()).toEqual(logBefore);

    const forged = { ...exportDesktopPackage(storeOf(a)), author: { email: 'nadie@example.org' } };
    await expect(importHubPackage(hub.hub.store, carry(forged))).rejects.toThrow(/no account on this hub/);
    await hub.hub.store.devices.revoke((await hub.hub.store.devices.list(ana.id))[0]!.id);
    await expect(importHubPackage(hub.hub.store, carry(exportDesktopPackage(storeOf(a))))).rejects.toThrow(/revoked/);
  });

  it('carries the hub back to a desktop through the document store, idempotently', async () => {
    const ana = await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    await signIn(a, ana.email);
    const { exercise, workshop, board } = await fieldWork(a);
    await syncRound(storeOf(a));
    await hub.addUser('otro@example.org', 'facilitator');
    const elsewhere = open();
    await signIn(elsewhere, 'otro@example.org');
    const hidden = await elsewhere.client().createExercise({ title: 'No es de Ana' });
    await syncRound(storeOf(elsewhere));

    const back = carry(await exportHubPackage(hub.hub.store, ana.email, new Date()));
    expect(back.documents.map((doc) => doc.name)).toEqual([`exercise:${exercise.id}`, `workshop:${workshop.id}`, `board:${board.id}`]);
    expect(back.documents.map((doc) => doc.name)).not.toContain(`exercise:${hidden.id}`);

    const c = open();
    const first = importDesktopPackage(storeOf(c), back);
    expect(first.changed).toHaveLength(3);
    expect(await c.client().listExercises({})).toEqual([expect.objectContaining({ id: exercise.id, title: 'Veredas sin señal', workshopCount: 1 })]);
    expect((await c.client().search({ query: 'veredas' })).map((hit) => hit.id)).toContain(exercise.id);
    for (const id of [exercise.id, workshop.id, board.id]) expect(stateOf(c, id)).toEqual(stateOf(a, id));
    const rows = () => storeOf(c).db.prepare('SELECT doc_id, seq FROM document_updates ORDER BY doc_id, seq').all();
    const before = rows();
    expect(importDesktopPackage(storeOf(c), back)).toEqual({ changed: [], unchanged: first.changed });
    expect(rows()).toEqual(before);

    expect(() => importDesktopPackage(storeOf(c), carry(exportDesktopPackage(storeOf(a))))).toThrow(/made by a desktop/);
    await expect(importHubPackage(hub.hub.store, back)).rejects.toThrow(/made by the hub/);
  });
});
