import type { TemplateDefinition } from './definition';

/*
 * Benchmarking: a method tool (tool 'benchmark'). Its structured data is the main view; the canvas keeps
 * one zone for the team's loose notes around it.
 */
export const benchmarking: TemplateDefinition = {
  id: 'benchmarking',
  version: 1,
  name: { 'es-CO': 'Benchmarking', en: 'Benchmarking' },
  description: {
    'es-CO': 'Compara casos de otras organizaciones y países con criterios ponderados, puntajes de 1 a 5 y evidencia.',
    en: 'Compare cases from other organisations and countries on weighted criteria, with 1–5 scores and evidence.',
  },
  tool: 'benchmark',
  zones: [
    {
      key: 'notes', x: 0, y: 0, width: 960, height: 640, color: '#fff4d6',
      title: { 'es-CO': 'Hallazgos y preguntas', en: 'Findings and questions' },
      prompt: { 'es-CO': '¿Qué aprendemos de los casos? ¿Qué falta averiguar?', en: 'What do we learn from the cases? What is still to find out?' },
    },
  ],
  defaultElements: [],
};
