import type { TemplateDefinition } from './definition';

/*
 * Impact model: a method tool (tool 'impact'). Its structured data is the main view; the canvas keeps
 * one zone for the team's loose notes around it.
 */
export const impactModel: TemplateDefinition = {
  id: 'impact-model',
  version: 1,
  name: { 'es-CO': 'Modelo de impacto', en: 'Impact model' },
  description: {
    'es-CO': 'Teoría de cambio (insumos → actividades → productos → resultados → impacto) e indicadores IATI con su avance.',
    en: 'Theory of change (inputs → activities → outputs → outcomes → impact) and IATI indicators with their progress.',
  },
  tool: 'impact',
  zones: [
    {
      key: 'notes', x: 0, y: 0, width: 960, height: 640, color: '#fff4d6',
      title: { 'es-CO': 'Supuestos y evidencia', en: 'Assumptions and evidence' },
      prompt: { 'es-CO': '¿Qué supuestos unen cada eslabón? ¿Qué evidencia los respalda?', en: 'Which assumptions link each step? What evidence backs them?' },
    },
  ],
  defaultElements: [],
};
