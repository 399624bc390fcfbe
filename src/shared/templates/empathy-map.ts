import type { TemplateDefinition } from './definition';

/*
 * Empathy map: says, thinks, does and feels as a 2 × 2 block, with pains and gains stacked in a
 * third column; the question above names who the team is trying to understand. 1,540 × 920.
 */
const width = 500;
const height = 400;
const gap = 20;

export const empathyMap: TemplateDefinition = {
  id: 'empathy-map',
  version: 1,
  name: { 'es-CO': 'Mapa de empatía', en: 'Empathy map' },
  description: {
    'es-CO': 'Lo que una persona dice, piensa, hace y siente, con sus frustraciones y alegrías.',
    en: 'What a person says, thinks, does and feels, with their pains and gains.',
  },
  tool: 'none',
  zones: [
    {
      key: 'says', x: 0, y: 0, width, height, color: '#e3f1ff',
      title: { 'es-CO': 'Dice', en: 'Says' },
      prompt: { 'es-CO': '¿Qué dice en voz alta? Escribe citas textuales de entrevistas y observaciones.', en: 'What do they say out loud? Write down quotes from interviews and observations.' },
    },
    {
      key: 'thinks', x: width + gap, y: 0, width, height, color: '#efe8fb',
      title: { 'es-CO': 'Piensa', en: 'Thinks' },
      prompt: { 'es-CO': '¿Qué piensa y tal vez no dice? ¿Qué le preocupa o le importa de verdad?', en: 'What do they think but perhaps not say? What really worries them or matters to them?' },
    },
    {
      key: 'does', x: 0, y: height + gap, width, height, color: '#e6f5e6',
      title: { 'es-CO': 'Hace', en: 'Does' },
      prompt: { 'es-CO': '¿Qué hace? ¿Cómo actúa en su día a día frente a la situación?', en: 'What do they do? How do they act day to day in this situation?' },
    },
    {
      key: 'feels', x: width + gap, y: height + gap, width, height, color: '#fff4d6',
      title: { 'es-CO': 'Siente', en: 'Feels' },
      prompt: { 'es-CO': '¿Qué siente? ¿Qué emociones le genera la situación?', en: 'What do they feel? Which emotions does the situation stir up?' },
    },
    {
      key: 'pains', x: (width + gap) * 2, y: 0, width, height, color: '#fde8ef',
      title: { 'es-CO': 'Frustraciones', en: 'Pains' },
      prompt: { 'es-CO': '¿Qué miedos, obstáculos y frustraciones tiene?', en: 'Which fears, obstacles and frustrations do they have?' },
    },
    {
      key: 'gains', x: (width + gap) * 2, y: height + gap, width, height, color: '#e6f5e6',
      title: { 'es-CO': 'Alegrías', en: 'Gains' },
      prompt: { 'es-CO': '¿Qué desea, necesita o espera lograr? ¿Cómo mide su éxito?', en: 'What do they want, need or hope to achieve? How do they measure success?' },
    },
  ],
  defaultElements: [
    {
      type: 'text', x: 0, y: -100, width: (width + gap) * 3 - gap, height: 70,
      text: { 'es-CO': '¿A quién estamos tratando de entender?', en: 'Who are we trying to understand?' },
    },
  ],
};
