import type { TemplateDefinition } from './definition';

/*
 * Innovation culture diagnosis: a method tool (tool 'culture'). Its structured data is the main view; the canvas keeps
 * one zone for the team's loose notes around it.
 */
export const cultureDiagnosis: TemplateDefinition = {
  id: 'culture-diagnosis',
  version: 1,
  name: { 'es-CO': 'Diagnóstico de cultura de innovación', en: 'Innovation culture diagnosis' },
  description: {
    'es-CO': 'Un cuestionario Likert por dimensiones, respuestas anónimas, radar por dimensión y línea base frente a seguimiento.',
    en: 'A Likert questionnaire by dimension, anonymous answers, a radar per dimension and baseline versus follow-up.',
  },
  tool: 'culture',
  zones: [
    {
      key: 'notes', x: 0, y: 0, width: 960, height: 640, color: '#fff4d6',
      title: { 'es-CO': 'Lecturas del equipo', en: 'The team’s reading' },
      prompt: { 'es-CO': '¿Qué explica los resultados? ¿Qué haremos con las dimensiones más bajas?', en: 'What explains the results? What will we do about the lowest dimensions?' },
    },
  ],
  defaultElements: [],
};
