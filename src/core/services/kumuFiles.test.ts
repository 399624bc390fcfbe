import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ActorRegister } from '../../shared/domain/actor';
import { KumuRefusal, registerToSheets, type KumuProblem } from '../../shared/interchange/kumu';
import { planKumuImport } from '../../shared/interchange/kumuImport';
import { readKumuFiles, writeKumuCsv, writeKumuWorkbook } from './kumuFiles';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';
const c = '00000000-0000-4000-8000-00000000000c';
const register: ActorRegister = {
  actors: [
    { id: a, name: 'Alcaldía de Pasto', type: 'public', power: 5, interest: 4, attitude: 'supporter', proximity: 'core', engagementStrategy: 'Mesa mensual, con acta', owner: 'Ana Ñáñez', notes: 'Lidera el reto.\nDos líneas, "comillas" y ; punto y coma', tags: ['gobierno', 'Nariño'] },
    { id: b, name: 'Gremio de transportadores', type: 'private', power: 4, interest: 2, attitude: 'opponent', proximity: 'direct', engagementStrategy: '', owner: '', notes: '=SUM(A1)', tags: [] },
    { id: c, name: '¿Ciudadanía?', type: 'citizens', power: 1, interest: 5, attitude: 'neutral', proximity: 'context', engagementStrategy: '', owner: '', notes: '', tags: ['a b'] },
  ],
  relationships: [
    { id: '00000000-0000-4000-8000-0000000000c1', from: a, to: b, type: 'conflict', strength: 3 },
    { id: '00000000-0000-4000-8000-0000000000c2', from: c, to: a, type: 'information', strength: 1 },
  ],
};

/** The register rebuilt from its own export, with the ids the import gave it swapped back. */
function reimported(sheets: Awaited<ReturnType<typeof readKumuFiles>>): ActorRegister {
  const plan = planKumuImport({ actors: [], relationships: [] }, sheets);
  const original = new Map(plan.newActors.map(({ id }, index) => [id, register.actors[index]!.id]));
  return {
    actors: plan.newActors.map(({ id, fields }) => ({ id: original.get(id)!, ...fields })),
    relationships: plan.newConnections.map((fields, index) => ({ id: register.relationships[index]!.id, ...fields, from: original.get(fields.from)!, to: original.get(fields.to)! })),
  };
}

async function refusal(files: { fileName: string; bytes: Uint8Array }[]): Promise<KumuProblem | undefined> {
  try {
    await readKumuFiles(files);
  } catch (error) {
    if (error instanceof KumuRefusal) return error.problem;
    throw error;
  }
  return undefined;
}

describe('Kumu files', () => {
  it('Minga → XLSX → Minga loses nothing, with sheets named Elements and Connections', async () => {
    const bytes = await writeKumuWorkbook(registerToSheets(register));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Elements', 'Connections']);
    expect(workbook.getWorksheet('Elements')!.getCell('E2').value).toBe(5);
    expect(reimported(await readKumuFiles([{ fileName: 'actores.xlsx', bytes }]))).toEqual(register);
  });

  it('Minga → CSV → Minga loses nothing, from two files recognised by their header', async () => {
    const sheets = registerToSheets(register);
    const files = [
      { fileName: 'connections.csv', bytes: writeKumuCsv(sheets.connections) },
      { fileName: 'elements.csv', bytes: writeKumuCsv(sheets.elements) },
    ];
    expect(reimported(await readKumuFiles(files))).toEqual(register);
  });

  it('reads a semicolon-separated CSV as Excel writes it in Spanish locales', async () => {
    const bytes = new TextEncoder().encode('Label;Type;Power\r\nPersonería;civil_society;2\r\n');
    expect((await readKumuFiles([{ fileName: 'e.csv', bytes }])).elements).toEqual([['Label', 'Type', 'Power'], ['Personería', 'civil_society', '2'], ['']]);
  });

  it('refuses what is not a Kumu spreadsheet, naming the problem', async () => {
    const csv = (text: string) => [{ fileName: 'x.csv', bytes: new TextEncoder().encode(text) }];
    expect(await refusal(csv('Name,Type\nA,B'))).toMatchObject({ code: 'no_kumu_sheet', value: 'Name' });
    expect(await refusal(csv('Label\n"A'))).toMatchObject({ code: 'damaged_file' });
    expect(await refusal([{ fileName: 'x.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }])).toMatchObject({ code: 'not_a_spreadsheet' });
    expect(await refusal([{ fileName: 'x.csv', bytes: new Uint8Array([0x4c, 0xff, 0xfe]) }])).toMatchObject({ code: 'not_a_spreadsheet' });
    expect(await refusal([{ fileName: 'empty.csv', bytes: new Uint8Array() }])).toMatchObject({ code: 'not_a_spreadsheet' });
    expect(await refusal([{ fileName: 'big.csv', bytes: new Uint8Array(6 * 1024 * 1024).fill(65) }])).toMatchObject({ code: 'too_large' });
    expect(await refusal([...csv('Label\nA'), ...csv('Label\nB')])).toMatchObject({ code: 'duplicate_sheet', sheet: 'elements' });
    expect(await refusal([...csv('Label\nA'), ...csv('Label\nB'), ...csv('Label\nC')])).toMatchObject({ code: 'too_many_files' });
    expect(await refusal(csv(`Label\n${'A\n'.repeat(2_001)}`))).toMatchObject({ code: 'too_many_rows' });
    // A zip that is not a workbook, and one whose parts claim to unzip to far more than a register.
    expect(await refusal([{ fileName: 'x.xlsx', bytes: zipSync({ 'a.txt': new Uint8Array(10) }) }])).toMatchObject({ code: 'not_a_spreadsheet' });
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(await refusal([{ fileName: 'bomb.xlsx', bytes: bomb }])).toMatchObject({ code: 'too_large' });
  });

  it('refuses every truncation of a workbook and of a CSV cleanly', async () => {
    const xlsx = await writeKumuWorkbook(registerToSheets(register));
    for (let length = 0; length < xlsx.byteLength; length += Math.ceil(xlsx.byteLength / 40)) {
      const problem = await refusal([{ fileName: 'cut.xlsx', bytes: xlsx.slice(0, length) }]);
      expect(problem?.code).toMatch(/damaged_file|not_a_spreadsheet/);
    }
  });

  it('200 mutated workbooks and CSVs are refused with a problem or read; none crashes', async () => {
    const xlsx = await writeKumuWorkbook(registerToSheets(register));
    const csv = writeKumuCsv(registerToSheets(register).elements);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const outcomes = { read: 0, refused: 0 };
    for (let round = 0; round < 200; round += 1) {
      const source = round % 2 === 0 ? xlsx : csv;
      const bytes = source.slice();
      for (let flips = 1 + Math.floor(random() * 8); flips > 0; flips -= 1) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        const sheets = await readKumuFiles([{ fileName: `fuzz-${round}`, bytes }]);
        planKumuImport({ actors: [], relationships: [] }, sheets);
        outcomes.read += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(KumuRefusal);
        outcomes.refused += 1;
      }
    }
    expect(outcomes.read + outcomes.refused).toBe(200);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
