import { defineNamespace } from './define';

/** The frame around every method tool: its tabs, undo, and what is shared by the tools. */
export const methodTools = defineNamespace({
  'es-CO': {
    tabs: {
      label: 'Vistas del tablero',
      tool: 'Herramienta',
      canvas: 'Lienzo de notas',
    },
    undo: 'Deshacer',
    redo: 'Rehacer',
    undoHint: 'Ctrl+Z deshace y Ctrl+Y rehace los cambios de esta herramienta.',
    loadFailed: 'No se pudo abrir la herramienta. Recarga la página para intentarlo de nuevo.',
  },
  en: {
    tabs: {
      label: 'Board views',
      tool: 'Tool',
      canvas: 'Notes canvas',
    },
    undo: 'Undo',
    redo: 'Redo',
    undoHint: 'Ctrl+Z undoes and Ctrl+Y redoes this tool’s changes.',
    loadFailed: 'The tool could not be opened. Reload the page to try again.',
  },
});
