import { canvasToBoard, type ImportedBoard } from './jsonCanvasImport';
import { excalidrawToBoard } from './excalidraw';
import { ImportRefused, parseJsonFile } from './refusal';

export const importFormats = ['canvas', 'excalidraw'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The board title a file's name suggests: its name without folders or extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(canvas|excalidraw|json)$/i, '').trim();
  return (stem || base.trim() || 'Minga').slice(0, 200);
}

/**
 * Which format a file is in: the extension says, and the content must agree (an Excalidraw
 * file carries `"type": "excalidraw"`; a canvas is an object with `nodes` or `edges`). A file
 * with another extension is recognised by its content alone.
 */
export function detectFormat(fileName: string, json: unknown): ImportFormat {
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  const looksExcalidraw = isObject && (json as { type?: unknown }).type === 'excalidraw';
  const looksCanvas = isObject && !looksExcalidraw && ('nodes' in json || 'edges' in json || Object.keys(json).length === 0);
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.excalidraw')) {
    if (!looksExcalidraw) throw new ImportRefused('invalidExcalidraw', 'type');
    return 'excalidraw';
  }
  if (lower.endsWith('.canvas')) {
    if (!looksCanvas) throw new ImportRefused('invalidCanvas');
    return 'canvas';
  }
  if (looksExcalidraw) return 'excalidraw';
  if (looksCanvas) return 'canvas';
  throw new ImportRefused('unknownFormat');
}

/** Reads an import file completely (size, JSON, format, every node) before anything is written. */
export function readImportFile(fileName: string, content: string): ImportedBoard & { format: ImportFormat } {
  const json = parseJsonFile(content);
  const format = detectFormat(fileName, json);
  const title = titleFromFileName(fileName);
  const board = format === 'canvas' ? canvasToBoard(json, title) : excalidrawToBoard(json, title);
  return { ...board, format };
}
