import type { z } from 'zod';

/**
 * Why an import file is refused. Each reason has a sentence in the renderer's `interchange`
 * catalogue (`refused.<reason>`) and an English one here for the command line and logs.
 */
export const refusalReasons = [
  'tooLarge', 'notJson', 'unknownFormat', 'invalidCanvas', 'invalidExcalidraw', 'duplicateId', 'missingNode', 'invalidMinga', 'tooManyElements',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

const english: Record<RefusalReason, string> = {
  tooLarge: 'the file is larger than Minga imports',
  notJson: 'the file is not valid JSON (damaged or cut short?)',
  unknownFormat: 'the file is neither a JSON Canvas (.canvas) nor an Excalidraw (.excalidraw) file',
  invalidCanvas: 'the file does not follow JSON Canvas 1.0',
  invalidExcalidraw: 'the file is not a valid Excalidraw drawing',
  duplicateId: 'two nodes or edges share one id',
  missingNode: 'an edge points to a node that is not in the file',
  invalidMinga: 'the Minga fields written with this board are damaged',
  tooManyElements: 'the board has more elements than one Minga board holds',
};

/** A refused import: nothing was written. `where` names the place in the file (a path or an id). */
export class ImportRefused extends Error {
  constructor(readonly reason: RefusalReason, readonly where = '') {
    super(`${english[reason]}${where ? ` (at ${where})` : ''}.`);
    this.name = 'ImportRefused';
  }
}

/** The first zod issue's path as `nodes[3].x`, so the message points into the file. */
export function issuePath(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  return issue.path.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${String(part)}` : String(part)), '');
}

/** How much Minga reads from one file: about 4 MiB of UTF-8, under the browser-mode frame cap (5 MiB). */
export const maxImportBytes = 4 * 1024 * 1024;
/** At most this many elements (nodes and edges together) in one imported board. */
export const maxImportElements = 10_000;

/** Parses JSON text after checking its size; anything else is refused with a reason. */
export function parseJsonFile(content: string): unknown {
  // Every UTF-16 unit is at most 3 UTF-8 bytes; count exactly only when it could matter.
  if (content.length * 3 > maxImportBytes && new TextEncoder().encode(content).byteLength > maxImportBytes) throw new ImportRefused('tooLarge');
  try {
    return JSON.parse(content) as unknown;
  } catch {
    throw new ImportRefused('notJson');
  }
}
