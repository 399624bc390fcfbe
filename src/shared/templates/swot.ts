import type { TemplateDefinition } from './definition';

/* SWOT (DOFA): internal factors on top, external below; helpful on the left, harmful on the right. */
const width = 600;
const height = 420;
const gap = 20;

export const swot: TemplateDefinition = {
  id: 'swot',
  version: 1,
  name: { 'es-CO': 'DOFA', en: 'SWOT' },
  description: {
    'es-CO': 'Debilidades, oportunidades, fortalezas y amenazas del reto o de la entidad.',
    en: 'Strengths, weaknesses, opportunities and threats of the challenge or the entity.',
  },
  tool: 'none',
  zones: [
    {
      key: 'strengths', x: 0, y: 0, width, height, color: '#e6f5e6',
      title: { 'es-CO': 'Fortalezas', en: 'Strengths' },
      prompt: { 'es-CO': '¿Qué hacemos bien? ¿Qué capacidades y recursos propios nos ayudan?', en: 'What do we do well? Which of our own capabilities and resources help us?' },
    },
    {
      key: 'weaknesses', x: width + gap, y: 0, width, height, color: '#fde8ef',
      title: { 'es-CO': 'Debilidades', en: 'Weaknesses' },
      prompt: { 'es-CO': '¿Qué nos falta o hacemos mal? ¿Qué nos limita desde adentro?', en: 'What do we lack or do poorly? What holds us back from within?' },
    },
    {
      key: 'opportunities', x: 0, y: height + gap, width, height, color: '#e3f1ff',
      title: { 'es-CO': 'Oportunidades', en: 'Opportunities' },
      prompt: { 'es-CO': '¿Qué tendencias, aliados, normas o recursos externos podemos aprovechar?', en: 'Which external trends, allies, regulations or resources can we take advantage of?' },
    },
    {
      key: 'threats', x: width + gap, y: height + gap, width, height, color: '#fdebd9',
      title: { 'es-CO': 'Amenazas', en: 'Threats' },
      prompt: {
        'es-CO': '¿Qué factores externos podrían afectarnos? (presupuesto, cambios de gobierno, orden público, clima…)',
        en: 'Which external factors could harm us? (budget, changes of government, public order, weather…)',
      },
    },
  ],
  defaultElements: [],
};
