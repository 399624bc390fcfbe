import { describe, expect, it } from 'vitest';
import type { ActorRegister } from '../domain/actor';
import { KumuRefusal, registerToSheets, sheetKindOfHeader, type KumuProblem, type KumuSheets } from './kumu';
import { planKumuImport } from './kumuImport';

const ids = { alcaldia: '00000000-0000-4000-8000-00000000000a', gremio: '00000000-0000-4000-8000-00000000000b' };
const register: ActorRegister = {
  actors: [
    { id: ids.alcaldia, name: 'Alcaldía de Pasto', type: 'public', power: 5, interest: 4, attitude: 'supporter', proximity: 'core', engagementStrategy: 'Mesa mensual', owner: 'Ana', notes: 'Lidera el reto', tags: ['gobierno', 'Nariño'] },
    { id: ids.gremio, name: 'Gremio de transportadores', type: 'private', power: 4, interest: 2, attitude: 'opponent', proximity: 'direct', engagementStrategy: '', owner: '', notes: '', tags: [] },
  ],
  relationships: [{ id: '00000000-0000-4000-8000-0000000000c1', from: ids.alcaldia, to: ids.gremio, type: 'conflict', strength: 3 }],
};
const empty: ActorRegister = { actors: [], relationships: [] };

let counter = 0;
const makeId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

function refusal(run: () => unknown): KumuProblem | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof KumuRefusal) return error.problem;
    throw error;
  }
  return undefined;
}

describe('Kumu sheets', () => {
  it('writes Label, Type, Description and Tags first, then our fields; connections name actors by label', () => {
    const sheets = registerToSheets(register);
    expect(sheets.elements[0]).toEqual(['Label', 'Type', 'Description', 'Tags', 'Power', 'Interest', 'Attitude', 'Proximity', 'Engagement strategy', 'Owner']);
    expect(sheets.elements[1]).toEqual(['Alcaldía de Pasto', 'public', 'Lidera el reto', 'gobierno|Nariño', '5', '4', 'supporter', 'core', 'Mesa mensual', 'Ana']);
    expect(sheets.connections).toEqual([['From', 'To', 'Type', 'Strength'], ['Alcaldía de Pasto', 'Gremio de transportadores', 'conflict', '3']]);
    expect(sheetKindOfHeader(sheets.elements[0])).toBe('elements');
    expect(sheetKindOfHeader(sheets.connections[0])).toBe('connections');
    expect(sheetKindOfHeader(['ID', 'Label'])).toBe('elements');
    expect(sheetKindOfHeader(['ID', 'From', 'To'])).toBe('connections');
    expect(sheetKindOfHeader(['Name', 'Label'])).toBeUndefined();
    expect(sheetKindOfHeader(['From', 'Type', 'To'])).toBeUndefined();
  });

  it('imports its own sheets into an empty register with every field', () => {
    const plan = planKumuImport(empty, registerToSheets(register), makeId);
    expect(plan.newActors.map(({ fields }) => fields)).toEqual(register.actors.map(({ id: _id, ...fields }) => fields));
    expect(plan.newConnections).toEqual([{ from: plan.newActors[0]!.id, to: plan.newActors[1]!.id, type: 'conflict', strength: 3 }]);
    expect(plan.summary).toMatchObject({ newActors: ['Alcaldía de Pasto', 'Gremio de transportadores'], newConnections: 1, skippedConnections: [] });
  });

  it('matches actors by label whatever the case and accents, updates from non-empty cells, never deletes', () => {
    const sheets: KumuSheets = {
      elements: [['label', 'TYPE', 'Interest'], ['ALCALDIA DE PASTO', '', '5'], ['Personería', 'Civil society', '']],
      connections: [['From', 'To', 'Type'], ['Personería', 'alcaldía de pasto|Nadie', 'Personal'], ['Gremio de transportadores', 'gremio de transportadores', '']],
    };
    const plan = planKumuImport(register, sheets, makeId);
    expect(plan.updatedActors).toHaveLength(1);
    expect(plan.updatedActors[0]).toMatchObject({ id: ids.alcaldia, fields: { name: 'Alcaldía de Pasto', interest: 5, power: 5, notes: 'Lidera el reto', tags: ['gobierno', 'Nariño'] } });
    expect(plan.newActors[0]!.fields).toMatchObject({ name: 'Personería', type: 'civil_society', power: 3 });
    expect(plan.summary).toMatchObject({
      newActors: ['Personería'],
      updatedActors: ['Alcaldía de Pasto'],
      newConnections: 1,
      retypedConnections: 1,
      skippedConnections: [
        { row: 2, from: 'Personería', to: 'Nadie', reason: 'unknown_actor' },
        { row: 3, from: 'Gremio de transportadores', to: 'gremio de transportadores', reason: 'same_actor' },
      ],
    });
    // The gremio is not in the file: it stays, untouched.
    expect(plan.updatedActors.map(({ id }) => id)).not.toContain(ids.gremio);
  });

  it('reads a sheet with an ID column first, matching by label', () => {
    const plan = planKumuImport(register, { elements: [['ID', 'Label', 'Type'], ['elem-1', 'alcaldía de pasto', 'private'], ['elem-2', 'Veeduría', '']] }, makeId);
    expect(plan.summary).toMatchObject({ newActors: ['Veeduría'], updatedActors: ['Alcaldía de Pasto'] });
    expect(plan.updatedActors[0]!.fields).toMatchObject({ name: 'Alcaldía de Pasto', type: 'private' });
  });

  it('keeps a Kumu type we do not have as a tag and counts an identical row as unchanged', () => {
    const plan = planKumuImport(register, { elements: [['Label', 'Type', 'Tags'], ['Jeff', 'Person', 'Founder|Runner'], ['Gremio de transportadores', 'private', '']] }, makeId);
    expect(plan.newActors[0]!.fields).toMatchObject({ type: 'public', tags: ['Person', 'Founder', 'Runner'] });
    expect(plan.summary.unchangedActors).toBe(1);
  });

  it('refuses bad files naming the sheet, row and column', () => {
    expect(refusal(() => planKumuImport(empty, { elements: [['Type'], ['x']] }))).toMatchObject({ code: 'missing_column', column: 'Label' });
    expect(refusal(() => planKumuImport(empty, { connections: [['From', 'Type'], ['a', 'b']] }))).toMatchObject({ code: 'missing_column', column: 'To' });
    expect(refusal(() => planKumuImport(empty, { elements: [['Label', 'Power'], ['A', '3'], ['B', 'alto']] }))).toMatchObject({ code: 'bad_value', sheet: 'elements', row: 3, column: 'Power', value: 'alto' });
    expect(refusal(() => planKumuImport(empty, { elements: [['Label', 'Power'], ['A', '9']] }))).toMatchObject({ code: 'bad_value', column: 'Power' });
    expect(refusal(() => planKumuImport(empty, { elements: [['Label', 'Attitude'], ['A', 'enemy']] }))).toMatchObject({ code: 'bad_value', column: 'Attitude' });
    expect(refusal(() => planKumuImport(empty, { elements: [['Label'], ['A'], ['á']] }))).toMatchObject({ code: 'duplicate_label', row: 3 });
    expect(refusal(() => planKumuImport(empty, { elements: [['Label', 'Type'], ['', 'public']] }))).toMatchObject({ code: 'missing_value', row: 2, column: 'Label' });
    expect(refusal(() => planKumuImport(empty, { elements: [['Label', 'label'], ['A', 'B']] }))).toMatchObject({ code: 'duplicate_column' });
    expect(refusal(() => planKumuImport(empty, { elements: [['Label'], ['x'.repeat(201)]] }))).toMatchObject({ code: 'bad_value', column: 'Label' });
    expect(refusal(() => planKumuImport(register, { connections: [['From', 'To', 'Strength'], ['Alcaldía de Pasto', 'Gremio de transportadores', '1.5']] }))).toMatchObject({ code: 'bad_value', column: 'Strength' });
  });
});
