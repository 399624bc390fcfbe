import type { TemplateDefinition } from './definition';

/** An empty board: no zones, nothing placed. */
export const blankTemplate: TemplateDefinition = {
  id: 'blank',
  version: 1,
  name: { 'es-CO': 'Tablero en blanco', en: 'Blank board' },
  description: { 'es-CO': 'Un lienzo libre para cualquier actividad.', en: 'A free canvas for any activity.' },
  zones: [],
  defaultElements: [],
  tool: 'none',
};
