import type { TemplateDefinition } from './definition';

/*
 * The power/interest grid (Mendelow): power grows upwards, interest to the right. The board's
 * zones are for free discussion with notes; the structured actor register beside the canvas
 * (tool 'stakeholders') draws the same four quadrants from the exercise's actors.
 */
// Wider than tall, so the grid fills a 16:9 projection (1,380 × 910 with the labels).
const width = 680;
const height = 360;
const gap = 20;

export const stakeholderMap: TemplateDefinition = {
  id: 'stakeholder-map',
  version: 1,
  name: { 'es-CO': 'Mapa de actores', en: 'Stakeholder map' },
  description: {
    'es-CO': 'Actores del reto según su poder e interés, respaldados por el registro de actores del ejercicio (cuadrícula, cebolla y red).',
    en: 'The challenge’s stakeholders by power and interest, backed by the exercise’s actor register (grid, onion and network).',
  },
  tool: 'stakeholders',
  zones: [
    {
      key: 'keep-satisfied', x: 0, y: 0, width, height, color: '#e3f1ff',
      title: { 'es-CO': 'Mantener satisfecho', en: 'Keep satisfied' },
      prompt: {
        'es-CO': 'Mucho poder, poco interés: ¿qué necesitan saber para no frenar el proceso?',
        en: 'High power, low interest: what do they need to know so they do not stall the process?',
      },
    },
    {
      key: 'manage-closely', x: width + gap, y: 0, width, height, color: '#fde8ef',
      title: { 'es-CO': 'Gestionar de cerca', en: 'Manage closely' },
      prompt: {
        'es-CO': 'Mucho poder y mucho interés: ¿cómo los involucramos en las decisiones?',
        en: 'High power, high interest: how do we involve them in decisions?',
      },
    },
    {
      key: 'monitor', x: 0, y: height + gap, width, height, color: '#eef1f4',
      title: { 'es-CO': 'Monitorear', en: 'Monitor' },
      prompt: {
        'es-CO': 'Poco poder y poco interés: ¿qué señales nos dirían que su posición cambió?',
        en: 'Low power, low interest: what signs would tell us their position has changed?',
      },
    },
    {
      key: 'keep-informed', x: width + gap, y: height + gap, width, height, color: '#e6f5e6',
      title: { 'es-CO': 'Mantener informado', en: 'Keep informed' },
      prompt: {
        'es-CO': 'Poco poder, mucho interés: ¿cómo los mantenemos al tanto y aprovechamos su interés?',
        en: 'Low power, high interest: how do we keep them up to date and build on their interest?',
      },
    },
  ],
  defaultElements: [
    {
      type: 'text', x: 0, y: -90, width: width * 2 + gap, height: 60,
      text: { 'es-CO': '↑ Más poder (arriba) · Más interés (derecha) →', en: '↑ More power (up) · More interest (right) →' },
    },
    {
      type: 'text', x: 0, y: height * 2 + gap * 2, width: width * 2 + gap, height: 60,
      text: {
        'es-CO': 'El registro de actores junto al tablero muestra los mismos actores como cuadrícula, cebolla y red.',
        en: 'The actor register beside the board shows the same actors as a grid, an onion and a network.',
      },
    },
  ],
};
