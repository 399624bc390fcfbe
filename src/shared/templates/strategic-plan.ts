import type { TemplateDefinition } from './definition';

/*
 * Strategic plan: a method tool (tool 'strategy'). Its structured data is the main view; the canvas keeps
 * one zone for the team's loose notes around it.
 */
export const strategicPlan: TemplateDefinition = {
  id: 'strategic-plan',
  version: 1,
  name: { 'es-CO': 'Plan estratégico', en: 'Strategic plan' },
  description: {
    'es-CO': 'Reto y visión, objetivos, iniciativas con responsable y fechas, hitos y una línea de tiempo.',
    en: 'Challenge and vision, objectives, initiatives with owner and dates, milestones and a timeline.',
  },
  tool: 'strategy',
  zones: [
    {
      key: 'notes', x: 0, y: 0, width: 960, height: 640, color: '#fff4d6',
      title: { 'es-CO': 'Ideas y riesgos', en: 'Ideas and risks' },
      prompt: { 'es-CO': '¿Qué puede impedir el plan? ¿Qué iniciativas faltan?', en: 'What could stop the plan? Which initiatives are missing?' },
    },
  ],
  defaultElements: [],
};
