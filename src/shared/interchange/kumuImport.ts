import { z } from 'zod';
import {
  ActorFields,
  ActorType,
  Attitude,
  Proximity,
  RelationshipType,
  type ActorRegister,
  type Relationship,
} from '../domain/actor';
import { newId } from '../domain/ids';
import {
  KumuRefusal,
  connectionColumns,
  elementColumns,
  enumKey,
  kumuLimits,
  labelKey,
  multiValueSeparator,
  quoted,
  type KumuSheets,
  type SheetKind,
  type SheetRows,
} from './kumu';

/** What an import will do (the preview) and did (the answer after applying it). */
export const skipReasons = ['unknown_actor', 'same_actor'] as const;
export const KumuImportSummary = z.object({
  newActors: z.array(z.string()),
  updatedActors: z.array(z.string()),
  unchangedActors: z.number().int(),
  newConnections: z.number().int(),
  updatedConnections: z.number().int(),
  /** Connection types we do not have ("Personal") come in as collaboration. */
  retypedConnections: z.number().int(),
  skippedConnections: z.array(z.object({ row: z.number().int(), from: z.string(), to: z.string(), reason: z.enum(skipReasons) })),
});
export type KumuImportSummary = z.infer<typeof KumuImportSummary>;

type Fields = z.output<typeof ActorFields>;
type ConnectionFields = Pick<Relationship, 'from' | 'to' | 'type' | 'strength'>;

/** The writes an import makes; new actors already have their ids so connections can name them. */
export interface KumuImportPlan {
  summary: KumuImportSummary;
  newActors: { id: string; fields: Fields }[];
  updatedActors: { id: string; fields: Fields; previous: Fields }[];
  newConnections: ConnectionFields[];
  updatedConnections: { id: string; fields: ConnectionFields; previous: ConnectionFields }[];
}

/** Header name → column index; Kumu ignores columns it does not know, and so do we. */
function columnsOf(sheet: SheetKind, rows: SheetRows, known: readonly string[]): Map<string, number> {
  const header = rows[0] ?? [];
  if (header.length > kumuLimits.columns) throw new KumuRefusal({ code: 'too_many_columns', sheet, limit: kumuLimits.columns });
  const found = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = known.find((column) => enumKey(column) === enumKey(cell));
    if (!name) return;
    if (found.has(name)) throw new KumuRefusal({ code: 'duplicate_column', sheet, column: name });
    found.set(name, index);
  });
  return found;
}

function dataRows(sheet: SheetKind, rows: SheetRows, limit: number): { cells: string[]; row: number }[] {
  const data = rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(1)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (data.length > limit) throw new KumuRefusal({ code: 'too_many_rows', sheet, limit });
  return data;
}

function parseScore(sheet: SheetKind, row: number, column: string, text: string, max: number): number {
  const value = Number(text.trim());
  if (!/^\s*\d+(\.0+)?\s*$/.test(text) || value < 1 || value > max) throw new KumuRefusal({ code: 'bad_value', sheet, row, column, value: quoted(text) });
  return value;
}

function parseEnum<T>(schema: { safeParse(value: unknown): z.ZodSafeParseResult<T> }, sheet: SheetKind, row: number, column: string, text: string): T {
  const parsed = schema.safeParse(enumKey(text));
  if (!parsed.success) throw new KumuRefusal({ code: 'bad_value', sheet, row, column, value: quoted(text) });
  return parsed.data;
}

function splitValues(text: string): string[] {
  return text.split(multiValueSeparator).map((value) => value.trim()).filter((value) => value !== '');
}

const fieldColumn: Record<string, string> = {
  name: 'Label', type: 'Type', notes: 'Description', tags: 'Tags', power: 'Power', interest: 'Interest',
  attitude: 'Attitude', proximity: 'Proximity', engagementStrategy: 'Engagement strategy', owner: 'Owner',
};

/** One Elements row over what we know of the actor already; an empty cell keeps what was there. */
function mergeElement(row: number, cell: (column: string) => string, base: Fields | undefined): Fields {
  const sheet = 'elements';
  // A matched actor keeps its name: "ALCALDIA" in a file must not strip the accents we have.
  const draft: Record<string, unknown> = { ...(base ?? {}), name: base?.name ?? cell('Label').trim() };
  const tags = [...(base?.tags ?? [])];
  const addTags = (values: string[]) => values.forEach((tag) => tags.some((known) => labelKey(known) === labelKey(tag)) || tags.push(tag));
  const type = cell('Type').trim();
  if (type) {
    const known = ActorType.safeParse(enumKey(type));
    // Kumu's Type is free text ("Person"); one we do not have is kept as a tag, not lost.
    if (known.success) draft.type = known.data;
    else addTags([type]);
  }
  addTags(splitValues(cell('Tags')));
  draft.tags = tags;
  if (cell('Description').trim()) draft.notes = cell('Description');
  if (cell('Power').trim()) draft.power = parseScore(sheet, row, 'Power', cell('Power'), 5);
  if (cell('Interest').trim()) draft.interest = parseScore(sheet, row, 'Interest', cell('Interest'), 5);
  if (cell('Attitude').trim()) draft.attitude = parseEnum(Attitude, sheet, row, 'Attitude', cell('Attitude'));
  if (cell('Proximity').trim()) draft.proximity = parseEnum(Proximity, sheet, row, 'Proximity', cell('Proximity'));
  if (cell('Engagement strategy').trim()) draft.engagementStrategy = cell('Engagement strategy');
  if (cell('Owner').trim()) draft.owner = cell('Owner');
  const parsed = ActorFields.safeParse(draft);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'name');
    const column = fieldColumn[field] ?? 'Label';
    throw new KumuRefusal({ code: 'bad_value', sheet, row, column, value: quoted(cell(column)) });
  }
  return parsed.data;
}

// Key order differs between a parsed row and a stored record, so compare sorted entries.
function sameFields(a: object, b: object): boolean {
  const canonical = (value: object) => JSON.stringify(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)));
  return canonical(a) === canonical(b);
}

/**
 * Plans an import into `register`: actors match by label (case and accents aside), new ones are
 * added, matched ones updated from the non-empty cells; nothing is ever deleted. Connections
 * whose ends are unknown are skipped and reported. Throws `KumuRefusal` for a file it will not
 * take, before anything is written.
 */
export function planKumuImport(register: ActorRegister, sheets: KumuSheets, makeId: () => string = newId): KumuImportPlan {
  const summary: KumuImportSummary = { newActors: [], updatedActors: [], unchangedActors: 0, newConnections: 0, updatedConnections: 0, retypedConnections: 0, skippedConnections: [] };
  const plan: KumuImportPlan = { summary, newActors: [], updatedActors: [], newConnections: [], updatedConnections: [] };
  const byLabel = new Map(register.actors.map((actor) => [labelKey(actor.name), actor.id]));
  const known = new Map(register.actors.map(({ id, ...fields }) => [id, fields as Fields]));

  if (sheets.elements) {
    const columns = columnsOf('elements', sheets.elements, elementColumns);
    if (!columns.has('Label')) throw new KumuRefusal({ code: 'missing_column', sheet: 'elements', column: 'Label' });
    const seen = new Map<string, number>();
    for (const { cells, row } of dataRows('elements', sheets.elements, kumuLimits.elementRows)) {
      const cell = (column: string) => cells[columns.get(column) ?? -1] ?? '';
      const label = cell('Label').trim();
      if (!label) throw new KumuRefusal({ code: 'missing_value', sheet: 'elements', row, column: 'Label' });
      const key = labelKey(label);
      if (seen.has(key)) throw new KumuRefusal({ code: 'duplicate_label', sheet: 'elements', row, value: quoted(label), limit: seen.get(key) });
      seen.set(key, row);
      const id = byLabel.get(key);
      const previous = id ? known.get(id) : undefined;
      const fields = mergeElement(row, cell, previous);
      if (id && previous) {
        if (sameFields(fields, previous)) summary.unchangedActors += 1;
        else {
          plan.updatedActors.push({ id, fields, previous });
          summary.updatedActors.push(fields.name);
        }
      } else {
        const newActorId = makeId();
        byLabel.set(key, newActorId);
        plan.newActors.push({ id: newActorId, fields });
        summary.newActors.push(fields.name);
      }
    }
  }

  if (sheets.connections) {
    const columns = columnsOf('connections', sheets.connections, connectionColumns);
    for (const column of ['From', 'To']) if (!columns.has(column)) throw new KumuRefusal({ code: 'missing_column', sheet: 'connections', column });
    const existing = new Map(register.relationships.map((relationship) => [`${relationship.from}>${relationship.to}`, relationship]));
    const planned = new Map<string, ConnectionFields>();
    for (const { cells, row } of dataRows('connections', sheets.connections, kumuLimits.connectionRows)) {
      const cell = (column: string) => cells[columns.get(column) ?? -1] ?? '';
      const fromLabel = cell('From').trim();
      if (!fromLabel) throw new KumuRefusal({ code: 'missing_value', sheet: 'connections', row, column: 'From' });
      const targets = splitValues(cell('To'));
      if (targets.length === 0) throw new KumuRefusal({ code: 'missing_value', sheet: 'connections', row, column: 'To' });
      const typeText = cell('Type').trim();
      const knownType = RelationshipType.safeParse(enumKey(typeText));
      const strengthText = cell('Strength').trim();
      const strength = strengthText ? parseScore('connections', row, 'Strength', strengthText, 3) : undefined;
      for (const toLabel of targets) {
        const from = byLabel.get(labelKey(fromLabel));
        const to = byLabel.get(labelKey(toLabel));
        const reason = !from || !to ? 'unknown_actor' : from === to ? 'same_actor' : undefined;
        if (reason || !from || !to) {
          summary.skippedConnections.push({ row, from: quoted(fromLabel), to: quoted(toLabel), reason: reason ?? 'unknown_actor' });
          continue;
        }
        const pair = `${from}>${to}`;
        const before = existing.get(pair);
        const type = knownType.success ? knownType.data : (before?.type ?? 'collaboration');
        if (typeText && !knownType.success) summary.retypedConnections += 1;
        planned.set(pair, { from, to, type, strength: strength ?? before?.strength ?? 2 });
      }
    }
    for (const [pair, fields] of planned) {
      const before = existing.get(pair);
      if (!before) plan.newConnections.push(fields);
      else {
        const previous = { from: before.from, to: before.to, type: before.type, strength: before.strength };
        if (!sameFields(fields, previous)) plan.updatedConnections.push({ id: before.id, fields, previous });
      }
    }
    summary.newConnections = plan.newConnections.length;
    summary.updatedConnections = plan.updatedConnections.length;
  }
  return plan;
}
