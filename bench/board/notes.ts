import { noteColors, type NoteColor } from '../../src/shared/domain/board';

/** One generated sticky note, in board coordinates; the same list is drawn by Minga and by tldraw. */
export interface BenchNote {
  id: string;
  x: number;
  y: number;
  color: NoteColor;
  text: string;
}

export const benchBoard = { notes: 2_000, columns: 56, step: 230, noteWidth: 180, noteHeight: 120 } as const;

const words = [
  'participación', 'ciudadana', 'trámites', 'digitales', 'barrio', 'jóvenes', 'datos', 'abiertos', 'confianza',
  'alcaldía', 'movilidad', 'escuela', 'salud', 'cultura', 'agua', 'energía', 'mercado', 'campesino', 'ruta',
];

/** A fixed generator so every run, and both renderers, see the same board. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** About 20 characters a line at the default note width: 1–3 lines of text per note. */
function noteText(random: () => number, index: number): string {
  const lines = 1 + Math.floor(random() * 3);
  const parts: string[] = [`#${index + 1}`];
  while (parts.join(' ').length < lines * 20 - 6) parts.push(words[Math.floor(random() * words.length)]!);
  return parts.join(' ');
}

/** 2,000 notes in a loose grid (56 columns, a little jitter) with varied colours and lengths. */
export function benchNotes(count: number = benchBoard.notes): BenchNote[] {
  const random = seeded(2026);
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    x: (index % benchBoard.columns) * benchBoard.step + Math.round(random() * 24),
    y: Math.floor(index / benchBoard.columns) * benchBoard.step + Math.round(random() * 24),
    color: noteColors[Math.floor(random() * noteColors.length)]!,
    text: noteText(random, index),
  }));
}

/** The board's extent, for centring the scripted viewport moves. */
export function boardExtent(notes: BenchNote[]): { width: number; height: number } {
  return {
    width: Math.max(...notes.map((note) => note.x)) + benchBoard.noteWidth,
    height: Math.max(...notes.map((note) => note.y)) + benchBoard.noteHeight,
  };
}
