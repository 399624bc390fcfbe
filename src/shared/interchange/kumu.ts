import { z } from 'zod';
import type { ActorRegister } from '../domain/actor';
import { foldText } from '../domain/text';

/**
 * The actor register as Kumu-compatible sheets (docs.kumu.io, "Structure your data for Kumu"):
 * an Elements sheet whose first column is Label, then Type, Description and Tags (several values
 * joined with "|"), then our own fields, which Kumu keeps as custom fields; and a Connections
 * sheet whose first two columns are From and To (labels), then Type and Strength. Column names
 * are English in every UI language because Kumu and other tools match them by name.
 */
export const elementColumns = ['Label', 'Type', 'Description', 'Tags', 'Power', 'Interest', 'Attitude', 'Proximity', 'Engagement strategy', 'Owner'] as const;
export const connectionColumns = ['From', 'To', 'Type', 'Strength'] as const;
export type ElementColumn = (typeof elementColumns)[number];
export type ConnectionColumn = (typeof connectionColumns)[number];

export const sheetNames = { elements: 'Elements', connections: 'Connections' } as const;
export const SheetKind = z.enum(['elements', 'connections']);
export type SheetKind = z.infer<typeof SheetKind>;

/** One sheet as text cells, header row first (numbers and dates already turned into text). */
export type SheetRows = string[][];
export interface KumuSheets {
  elements?: SheetRows;
  connections?: SheetRows;
}

/** Kumu's separator for several values in one cell (tags; several targets in "To"). */
export const multiValueSeparator = '|';

/** Bounds for an import: a register holds tens of actors, so these refuse only what is not one. */
export const kumuLimits = {
  fileBytes: 5 * 1024 * 1024,
  /** Sum of the sizes an XLSX declares for its parts once unzipped (a zip bomb stops here). */
  unzippedBytes: 40 * 1024 * 1024,
  elementRows: 2_000,
  connectionRows: 10_000,
  columns: 100,
  cellChars: 10_000,
  files: 2,
} as const;

export const kumuFormats = ['xlsx', 'csv'] as const;
export const KumuFormat = z.enum(kumuFormats);
export type KumuFormat = z.infer<typeof KumuFormat>;

/**
 * Why a file was refused. The renderer turns the code into a sentence from its catalogue,
 * filling in where the problem is (sheet, row as the spreadsheet numbers it, column, value).
 */
export const kumuProblemCodes = [
  'too_large',
  'too_many_files',
  'not_a_spreadsheet',
  'damaged_file',
  'no_kumu_sheet',
  'duplicate_sheet',
  'missing_column',
  'duplicate_column',
  'too_many_rows',
  'too_many_columns',
  'missing_value',
  'bad_value',
  'duplicate_label',
] as const;
export const KumuProblem = z.object({
  code: z.enum(kumuProblemCodes),
  file: z.string().max(300).optional(),
  sheet: SheetKind.optional(),
  row: z.number().int().optional(),
  column: z.string().max(300).optional(),
  value: z.string().max(300).optional(),
  limit: z.number().optional(),
});
export type KumuProblem = z.infer<typeof KumuProblem>;

/** Raised by the readers and the planner; the service answers it as a refusal, never a crash. */
export class KumuRefusal extends Error {
  constructor(readonly problem: KumuProblem) {
    super(`Refused: ${problem.code}${problem.sheet ? ` in ${problem.sheet}` : ''}${problem.row ? ` row ${problem.row}` : ''}${problem.column ? ` column ${problem.column}` : ''}`);
  }
}

/** A value quoted in a message stays short (a hostile cell could be megabytes). */
export function quoted(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** Labels match whatever their case and accents: "Alcaldía" and "ALCALDIA" are one actor. */
export function labelKey(label: string): string {
  return foldText(label.trim()).replace(/\s+/g, ' ');
}

/** Our enum values typed by hand: "Civil society", "civil-society" and "civil_society" all match. */
export function enumKey(value: string): string {
  return foldText(value.trim()).replace(/[\s-]+/g, '_');
}

/** The register as sheets; relationships name their actors by label, as Kumu expects. */
export function registerToSheets(register: ActorRegister): Required<KumuSheets> {
  const labels = new Map(register.actors.map((actor) => [actor.id, actor.name]));
  const elements: SheetRows = [
    [...elementColumns],
    ...register.actors.map((actor) => [
      actor.name,
      actor.type,
      actor.notes,
      actor.tags.join(multiValueSeparator),
      String(actor.power),
      String(actor.interest),
      actor.attitude,
      actor.proximity,
      actor.engagementStrategy,
      actor.owner,
    ]),
  ];
  const connections: SheetRows = [
    [...connectionColumns],
    ...register.relationships.map((relationship) => [
      labels.get(relationship.from) ?? '',
      labels.get(relationship.to) ?? '',
      relationship.type,
      String(relationship.strength),
    ]),
  ];
  return { elements, connections };
}

/**
 * Which sheet a header row belongs to: Kumu requires Label in A1, or From in A1 and To in B1,
 * after an optional ID column (Kumu's way to avoid duplicates; we match by label and ignore it).
 */
export function sheetKindOfHeader(header: readonly string[] | undefined): SheetKind | undefined {
  const names = (header ?? []).map(enumKey);
  const start = names[0] === 'id' ? 1 : 0;
  if (names[start] === 'label') return 'elements';
  if (names[start] === 'from' && names[start + 1] === 'to') return 'connections';
  return undefined;
}
