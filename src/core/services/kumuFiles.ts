import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import {
  KumuRefusal,
  kumuLimits,
  sheetKindOfHeader,
  sheetNames,
  enumKey,
  type KumuSheets,
  type SheetKind,
  type SheetRows,
} from '../../shared/interchange/kumu';

/**
 * Kumu sheets to and from file bytes: one XLSX workbook with the sheets "Elements" and
 * "Connections", or one CSV file per sheet (Kumu imports a CSV as one sheet, recognised by its
 * header). Readers check everything they can before exceljs or papaparse see the bytes, and
 * answer anything they cannot read with a `KumuRefusal`, never a crash.
 */

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// Columns whose cells are numbers in Kumu; written as numbers so its filters treat them so.
const numericColumns = new Set(['power', 'interest', 'strength']);

export const kumuMimes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

/** exceljs takes about 200 ms to load: only when a sheet is read or written, not at every start. */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function writeKumuWorkbook(sheets: Required<KumuSheets>): Promise<Uint8Array> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Minga';
  for (const kind of ['elements', 'connections'] as const) {
    const rows = sheets[kind];
    const sheet = workbook.addWorksheet(sheetNames[kind]);
    const numeric = (rows[0] ?? []).map((name) => numericColumns.has(enumKey(name)));
    rows.forEach((cells, index) => {
      sheet.addRow(cells.map((cell, column) => (index > 0 && numeric[column] && /^\d+$/.test(cell) ? Number(cell) : cell)));
    });
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 24));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One sheet as CSV: UTF-8 with a byte-order mark so that Excel shows accents, CRLF line ends. */
export function writeKumuCsv(rows: SheetRows): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function checkRows(kind: SheetKind, rows: SheetRows, file: string): SheetRows {
  const limit = kind === 'elements' ? kumuLimits.elementRows : kumuLimits.connectionRows;
  if (rows.length > limit + 1) throw new KumuRefusal({ code: 'too_many_rows', file, sheet: kind, limit });
  rows.forEach((cells, index) => {
    if (cells.length > kumuLimits.columns) throw new KumuRefusal({ code: 'too_many_columns', file, sheet: kind, limit: kumuLimits.columns });
    const long = cells.findIndex((cell) => cell.length > kumuLimits.cellChars);
    if (long >= 0) throw new KumuRefusal({ code: 'bad_value', file, sheet: kind, row: index + 1, column: rows[0]?.[long] ?? String(long + 1), limit: kumuLimits.cellChars });
  });
  return rows;
}

function addSheet(sheets: KumuSheets, kind: SheetKind, rows: SheetRows, file: string): void {
  if (sheets[kind]) throw new KumuRefusal({ code: 'duplicate_sheet', file, sheet: kind });
  sheets[kind] = checkRows(kind, rows, file);
}

function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

function readCsv(bytes: Uint8Array, file: string, sheets: KumuSheets): void {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new KumuRefusal({ code: 'not_a_spreadsheet', file });
  }
  // Control characters other than tab and line ends mean a binary file, not text.
  if (hasControlCharacters(text)) throw new KumuRefusal({ code: 'not_a_spreadsheet', file });
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new KumuRefusal({ code: 'damaged_file', file, row: (broken.row ?? 0) + 1 });
  const rows = parsed.data.filter((cells) => Array.isArray(cells)).map((cells) => cells.map((cell) => String(cell)));
  const kind = sheetKindOfHeader(rows[0]);
  if (!kind) throw new KumuRefusal({ code: 'no_kumu_sheet', file, value: (rows[0]?.[0] ?? '').slice(0, 60) });
  addSheet(sheets, kind, rows, file);
}

/** The declared unzipped size, read from the zip's directory without inflating anything. */
function checkZip(bytes: Uint8Array, file: string): void {
  let total = 0;
  const parts = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        parts.add(entry.name);
        return false;
      },
    });
  } catch {
    throw new KumuRefusal({ code: 'damaged_file', file });
  }
  if (total > kumuLimits.unzippedBytes) throw new KumuRefusal({ code: 'too_large', file, limit: kumuLimits.unzippedBytes });
  if (!parts.has('xl/workbook.xml')) throw new KumuRefusal({ code: 'not_a_spreadsheet', file });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

async function readXlsx(bytes: Uint8Array, file: string, sheets: KumuSheets): Promise<void> {
  checkZip(bytes, file);
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new KumuRefusal({ code: 'damaged_file', file });
  }
  let found = 0;
  for (const sheet of workbook.worksheets) {
    // Kumu skips sheets marked "(ignore)"; a sheet is ours by its name or else by its header.
    if (/\(ignore\)/i.test(sheet.name)) continue;
    if (sheet.rowCount > kumuLimits.connectionRows + 1) throw new KumuRefusal({ code: 'too_many_rows', file, limit: kumuLimits.connectionRows });
    const rows: SheetRows = [];
    for (let index = 1; index <= sheet.rowCount; index += 1) {
      const row = sheet.getRow(index);
      const cells: string[] = [];
      for (let column = 1; column <= Math.min(row.cellCount, kumuLimits.columns + 1); column += 1) cells.push(cellText(row.getCell(column).value));
      rows.push(cells);
    }
    const byName = enumKey(sheet.name) === 'elements' ? 'elements' : enumKey(sheet.name) === 'connections' ? 'connections' : undefined;
    const kind = byName ?? sheetKindOfHeader(rows[0]);
    if (!kind) continue;
    addSheet(sheets, kind, rows, file);
    found += 1;
  }
  if (found === 0) throw new KumuRefusal({ code: 'no_kumu_sheet', file });
}

/** The sheets in one or two files (an XLSX workbook, or an Elements and a Connections CSV). */
export async function readKumuFiles(files: readonly { fileName: string; bytes: Uint8Array }[]): Promise<KumuSheets> {
  if (files.length > kumuLimits.files) throw new KumuRefusal({ code: 'too_many_files', limit: kumuLimits.files });
  const sheets: KumuSheets = {};
  for (const { fileName, bytes } of files) {
    if (bytes.byteLength > kumuLimits.fileBytes) throw new KumuRefusal({ code: 'too_large', file: fileName, limit: kumuLimits.fileBytes });
    if (bytes.byteLength === 0) throw new KumuRefusal({ code: 'not_a_spreadsheet', file: fileName });
    if (startsWith(bytes, zipMagic)) await readXlsx(bytes, fileName, sheets);
    else readCsv(bytes, fileName, sheets);
  }
  return sheets;
}
