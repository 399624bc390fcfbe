import { defineNamespace } from './define';

/** Innovation culture diagnosis. */
export const culture = defineNamespace({
  'es-CO': {
    title: 'Diagnóstico de cultura de innovación',
  },
  en: {
    title: 'Innovation culture diagnosis',
  },
});
