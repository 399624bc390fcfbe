import type { TemplateDefinition } from './definition';

/*
 * Ideation: the "How might we…?" question across the top (a text label the team rewrites), free
 * brainstorming on the left and affinity clustering on the right, where notes are dragged into
 * named groups before dot voting (tool 'ideation' offers the voting session). 1,840 × 960.
 */
export const ideation: TemplateDefinition = {
  id: 'ideation',
  version: 1,
  name: { 'es-CO': 'Ideación', en: 'Ideation' },
  description: {
    'es-CO': 'Una pregunta «¿Cómo podríamos…?», lluvia de ideas libre, agrupación por afinidad y votación por puntos.',
    en: 'A “How might we…?” question, free brainstorming, affinity clustering and dot voting.',
  },
  tool: 'ideation',
  zones: [
    {
      key: 'brainstorm', x: 0, y: 160, width: 900, height: 800, color: '#fff4d6',
      title: { 'es-CO': 'Lluvia de ideas', en: 'Brainstorm' },
      prompt: {
        'es-CO': 'Una idea por nota y sin juzgar: aquí cuenta la cantidad. Construye sobre las ideas de los demás.',
        en: 'One idea per note and no judging: quantity counts here. Build on each other’s ideas.',
      },
    },
    {
      key: 'clusters', x: 940, y: 160, width: 900, height: 800, color: '#e3f1ff',
      title: { 'es-CO': 'Grupos por afinidad', en: 'Affinity clusters' },
      prompt: {
        'es-CO': 'Arrastra aquí las ideas parecidas, forma grupos y ponles nombre. Luego vota con puntos.',
        en: 'Drag similar ideas here, form groups and name them. Then vote with dots.',
      },
    },
  ],
  defaultElements: [
    { type: 'text', x: 0, y: 0, width: 1840, height: 120, text: { 'es-CO': '¿Cómo podríamos…?', en: 'How might we…?' } },
  ],
};
