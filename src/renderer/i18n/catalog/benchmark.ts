import { defineNamespace } from './define';

/** Benchmarking matrix. */
export const benchmark = defineNamespace({
  'es-CO': {
    title: 'Matriz de benchmarking',
  },
  en: {
    title: 'Benchmarking matrix',
  },
});
