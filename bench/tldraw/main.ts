import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createShapeId, Tldraw, toRichText, type Editor, type TLNoteShape } from 'tldraw';
import 'tldraw/tldraw.css';
import type { BenchNote } from '../board/notes';

/**
 * The comparison side of `bench/board.ts`: tldraw full-screen with the same 2,000 notes. The
 * bench serves `notes.json`; this page creates them with `editor.createShapes`, marks
 * `data-board-ready` once the first frame with the notes has painted (the definition Minga's
 * canvas uses too) and exposes the editor as `window.editor` so the bench drives its camera.
 * No JSX and no DOM types: bench/ is type-checked with Node's libraries (tsconfig.node.json).
 */
interface PageElement {
  setAttribute(name: string, value: string): void;
}
const page = globalThis as unknown as {
  document: { getElementById(id: string): PageElement };
  location: { search: string };
  requestAnimationFrame(callback: () => void): number;
  editor?: Editor;
};

/** Minga's projector palette mapped to tldraw's nearest colours. */
const colours = { yellow: 'yellow', orange: 'orange', pink: 'light-red', green: 'light-green', blue: 'light-blue', purple: 'light-violet' } as const;

// The bench opens tldraw at the viewport Minga opened at, so both first frames draw the same part.
const params = new URLSearchParams(page.location.search);
const camera = { x: Number(params.get('x') ?? 0), y: Number(params.get('y') ?? 0), z: Number(params.get('z') ?? 1) };

async function start(): Promise<void> {
  const notes = (await (await fetch('./notes.json')).json()) as BenchNote[];
  const root = page.document.getElementById('root');
  const mount = (editor: Editor) => {
    editor.createShapes<TLNoteShape>(
      notes.map((note) => ({
        id: createShapeId(note.id),
        type: 'note',
        x: note.x,
        y: note.y,
        props: { color: colours[note.color], richText: toRichText(note.text), size: 's' },
      })),
    );
    editor.setCamera(camera);
    page.editor = editor;
    // After the next frame has painted, as Minga's canvas sets it.
    page.requestAnimationFrame(() => setTimeout(() => root.setAttribute('data-board-ready', 'true')));
  };
  createRoot(root as never).render(createElement('div', { className: 'bench-canvas' }, createElement(Tldraw, { onMount: mount })));
}

void start();
