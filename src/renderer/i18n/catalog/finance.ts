import { defineNamespace } from './define';

/** Financial estimate. */
export const finance = defineNamespace({
  'es-CO': {
    title: 'Estimación financiera',
  },
  en: {
    title: 'Financial estimate',
  },
});
