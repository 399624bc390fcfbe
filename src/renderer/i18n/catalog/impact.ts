import { defineNamespace } from './define';

/** Impact model. */
export const impact = defineNamespace({
  'es-CO': {
    title: 'Modelo de impacto',
  },
  en: {
    title: 'Impact model',
  },
});
