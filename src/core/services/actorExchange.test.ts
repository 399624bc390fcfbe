import { describe, expect, it } from 'vitest';
import type { ActorRegister } from '../../shared/domain/actor';
import { engineForEachTest } from '../testing/engineForEachTest';

/** The register without ids, relationships by actor name: what must survive a trip between exercises. */
function byName(register: ActorRegister) {
  const names = new Map(register.actors.map((actor) => [actor.id, actor.name]));
  return {
    actors: register.actors.map(({ id: _id, ...fields }) => fields),
    relationships: register.relationships.map(({ from, to, type, strength }) => ({ from: names.get(from), to: names.get(to), type, strength })),
  };
}

describe('actor register exchange service', () => {
  const fixture = engineForEachTest();

  async function seeded() {
    const api = fixture.running.client();
    const source = await api.createExercise({ title: 'Movilidad segura en Pasto' });
    await api.addActor({ exerciseId: source.id, fields: { name: 'Secretaría de Movilidad', power: 5, interest: 4, attitude: 'supporter', proximity: 'core', notes: 'Lidera', tags: ['gobierno'] } });
    let register = await api.addActor({ exerciseId: source.id, fields: { name: 'Gremio de transportadores', type: 'private', power: 4, interest: 2, attitude: 'opponent', owner: 'Luis' } });
    register = await api.addRelationship({ exerciseId: source.id, fields: { from: register.actors[0]!.id, to: register.actors[1]!.id, type: 'conflict', strength: 3 } });
    return { api, source, register };
  }

  it('exports XLSX and CSV, previews, imports into another exercise in one step, and undoes it', async () => {
    const { api, source, register } = await seeded();
    const xlsx = await api.exportActorRegister({ exerciseId: source.id, format: 'xlsx' });
    expect(xlsx.files.map((file) => file.fileName)).toEqual(['movilidad-segura-en-pasto-actores.xlsx']);
    const csv = await api.exportActorRegister({ exerciseId: source.id, format: 'csv' });
    expect(csv.files.map((file) => file.fileName)).toEqual(['movilidad-segura-en-pasto-actores-elements.csv', 'movilidad-segura-en-pasto-actores-connections.csv']);

    for (const files of [xlsx.files, csv.files]) {
      const target = await api.createExercise({ title: 'Otro reto' });
      const preview = await api.previewActorImport({ exerciseId: target.id, files });
      expect(preview).toMatchObject({ status: 'ready', summary: { newActors: ['Secretaría de Movilidad', 'Gremio de transportadores'], newConnections: 1 } });
      expect((await api.listActors({ exerciseId: target.id })).actors).toEqual([]);

      const imported = await api.importActors({ exerciseId: target.id, files });
      if (imported.status !== 'imported') throw new Error('expected an import');
      expect(byName(imported.register)).toEqual(byName(register));
      expect(byName(await api.listActors({ exerciseId: target.id }))).toEqual(byName(register));

      // Importing the same file again changes nothing.
      const again = await api.importActors({ exerciseId: target.id, files });
      expect(again).toMatchObject({ status: 'imported', summary: { newActors: [], updatedActors: [], unchangedActors: 2, newConnections: 0 } });

      expect(await api.undoActorImport({ exerciseId: target.id, undo: imported.undo })).toEqual({ actors: [], relationships: [] });
    }
  });

  it('merges into an existing register and undo restores what the import replaced', async () => {
    const { api, source, register } = await seeded();
    const text = 'Label,Interest,Tags\r\nSECRETARIA DE MOVILIDAD,1,pilotos\r\nPersonería,,\r\n';
    const files = [{ fileName: 'e.csv', bytes: new TextEncoder().encode(text) }];
    const imported = await api.importActors({ exerciseId: source.id, files });
    if (imported.status !== 'imported') throw new Error('expected an import');
    expect(imported.summary).toMatchObject({ newActors: ['Personería'], updatedActors: ['Secretaría de Movilidad'] });
    expect(imported.register.actors[0]).toMatchObject({ interest: 1, tags: ['gobierno', 'pilotos'], power: 5 });
    expect(imported.register.relationships).toHaveLength(1);
    expect(await api.undoActorImport({ exerciseId: source.id, undo: imported.undo })).toEqual(register);
  });

  it('refuses a bad file with the problem named and writes nothing, even when the fault is in the last row', async () => {
    const { api, source, register } = await seeded();
    const rows = ['Label,Power', ...Array.from({ length: 50 }, (_, index) => `Actor ${index},3`), 'Último,muy alto'];
    const files = [{ fileName: 'e.csv', bytes: new TextEncoder().encode(rows.join('\n')) }];
    expect(await api.previewActorImport({ exerciseId: source.id, files })).toEqual({
      status: 'refused',
      problem: { code: 'bad_value', sheet: 'elements', row: 52, column: 'Power', value: 'muy alto' },
    });
    expect(await api.importActors({ exerciseId: source.id, files })).toMatchObject({ status: 'refused', problem: { code: 'bad_value' } });
    expect(await api.listActors({ exerciseId: source.id })).toEqual(register);

    // Mutated workbooks: each is refused (nothing written) or imported whole.
    const { files: [workbook] } = await api.exportActorRegister({ exerciseId: source.id, format: 'xlsx' });
    for (let round = 0; round < 20; round += 1) {
      const target = await api.createExercise({ title: `Fuzz ${round}` });
      const bytes = workbook!.bytes.slice();
      const at = (round * 7919) % bytes.length;
      bytes[at] = (bytes[at] ?? 0) ^ 0xff;
      const result = await api.importActors({ exerciseId: target.id, files: [{ fileName: 'f.xlsx', bytes }] });
      const after = await api.listActors({ exerciseId: target.id });
      if (result.status === 'refused') expect(after).toEqual({ actors: [], relationships: [] });
      else expect(after).toEqual(result.register);
    }
  });

  it('answers input that is not files as invalid, and an unknown exercise as not found', async () => {
    const api = fixture.running.client();
    const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code: string }) => error.code);
    const exercise = await api.createExercise({ title: 'Reto' });
    expect(await codeOf(api.previewActorImport({ exerciseId: exercise.id, files: [] }))).toBe('invalid_input');
    expect(await codeOf(api.previewActorImport({ exerciseId: exercise.id, files: [{ fileName: 'x', bytes: 'Label' as unknown as Uint8Array }] }))).toBe('invalid_input');
    expect(await codeOf(api.exportActorRegister({ exerciseId: exercise.id, format: 'pdf' as 'csv' }))).toBe('invalid_input');
    expect(await codeOf(api.exportActorRegister({ exerciseId: '00000000-0000-4000-8000-000000000001', format: 'csv' }))).toBe('not_found');
  });
});
