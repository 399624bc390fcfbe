import type { TemplateDefinition } from './definition';

/*
 * Financial estimate: a method tool (tool 'finance'). Its structured data is the main view; the canvas keeps
 * one zone for the team's loose notes around it.
 */
export const financialEstimate: TemplateDefinition = {
  id: 'financial-estimate',
  version: 1,
  name: { 'es-CO': 'Estimación financiera', en: 'Financial estimate' },
  description: {
    'es-CO': 'Costos y beneficios por periodo, relación beneficio-costo, VPN a una tasa de descuento y periodo de recuperación.',
    en: 'Costs and benefits per period, benefit-cost ratio, NPV at a discount rate and payback period.',
  },
  tool: 'finance',
  zones: [
    {
      key: 'notes', x: 0, y: 0, width: 960, height: 640, color: '#fff4d6',
      title: { 'es-CO': 'Supuestos', en: 'Assumptions' },
      prompt: { 'es-CO': '¿De dónde salen las cifras? ¿Qué supuestos hay detrás de cada costo y beneficio?', en: 'Where do the figures come from? Which assumptions lie behind each cost and benefit?' },
    },
  ],
  defaultElements: [],
};
