import type { TemplateDefinition } from './definition';

/*
 * Strategyzer's value proposition canvas: the value map (a square) on the left, the customer
 * profile (a circle, drawn here as three zones) on the right. Fit is shown by connectors people
 * draw from pain relievers to pains and from gain creators to gains; a text label says so.
 */
const half = 500;
const profileX = 1100;

export const valuePropositionCanvas: TemplateDefinition = {
  id: 'value-proposition',
  version: 1,
  name: { 'es-CO': 'Lienzo de propuesta de valor', en: 'Value proposition canvas' },
  description: {
    'es-CO': 'El perfil del cliente (trabajos, frustraciones, alegrías) frente al mapa de valor (productos y servicios, aliviadores de frustraciones, creadores de alegrías).',
    en: 'The customer profile (jobs, pains, gains) next to the value map (products and services, pain relievers, gain creators).',
  },
  tool: 'none',
  zones: [
    {
      key: 'products-services', x: 0, y: 0, width: 440, height: half * 2 + 20, color: '#e3f1ff',
      title: { 'es-CO': 'Productos y servicios', en: 'Products and services' },
      prompt: {
        'es-CO': '¿Qué productos y servicios ofrecemos que ayudan al cliente a hacer sus trabajos?',
        en: 'Which products and services do we offer that help the customer get their jobs done?',
      },
    },
    {
      key: 'gain-creators', x: 460, y: 0, width: 440, height: half, color: '#e6f5e6',
      title: { 'es-CO': 'Creadores de alegrías', en: 'Gain creators' },
      prompt: {
        'es-CO': '¿Cómo crean alegrías nuestros productos y servicios? ¿Qué resultados esperados o inesperados producen?',
        en: 'How do our products and services create gains? Which expected or surprising outcomes do they produce?',
      },
    },
    {
      key: 'pain-relievers', x: 460, y: half + 20, width: 440, height: half, color: '#fde8ef',
      title: { 'es-CO': 'Aliviadores de frustraciones', en: 'Pain relievers' },
      prompt: {
        'es-CO': '¿Cómo alivian nuestros productos y servicios las frustraciones del cliente?',
        en: 'How do our products and services relieve the customer’s pains?',
      },
    },
    {
      key: 'gains', x: profileX, y: 0, width: 440, height: half, color: '#e6f5e6',
      title: { 'es-CO': 'Alegrías', en: 'Gains' },
      prompt: {
        'es-CO': '¿Qué resultados y beneficios espera, desea o le sorprenderían al cliente?',
        en: 'Which outcomes and benefits does the customer expect, want or would be surprised by?',
      },
    },
    {
      key: 'pains', x: profileX, y: half + 20, width: 440, height: half, color: '#fde8ef',
      title: { 'es-CO': 'Frustraciones', en: 'Pains' },
      prompt: {
        'es-CO': '¿Qué le molesta? ¿Qué riesgos y obstáculos enfrenta antes, durante y después de hacer su trabajo?',
        en: 'What annoys them? Which risks and obstacles do they face before, during and after getting the job done?',
      },
    },
    {
      key: 'jobs', x: profileX + 460, y: 0, width: 440, height: half * 2 + 20, color: '#fff4d6',
      title: { 'es-CO': 'Trabajos del cliente', en: 'Customer jobs' },
      prompt: {
        'es-CO': '¿Qué intenta lograr el cliente en su trabajo o en su vida? Trabajos funcionales, sociales y emocionales.',
        en: 'What is the customer trying to get done in their work or life? Functional, social and emotional jobs.',
      },
    },
  ],
  defaultElements: [
    { type: 'text', x: 0, y: -100, width: 900, height: 70, text: { 'es-CO': 'Mapa de valor', en: 'Value map' } },
    { type: 'text', x: profileX, y: -100, width: 900, height: 70, text: { 'es-CO': 'Perfil del cliente', en: 'Customer profile' } },
    {
      type: 'text', x: 0, y: half * 2 + 60, width: 2000, height: 80,
      text: {
        'es-CO': 'Encaje: dibuja conectores de cada aliviador a la frustración que alivia y de cada creador a la alegría que crea.',
        en: 'Fit: draw connectors from each pain reliever to the pain it relieves and from each gain creator to the gain it creates.',
      },
    },
  ],
};
