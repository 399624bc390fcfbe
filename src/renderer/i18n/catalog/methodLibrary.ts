import { defineNamespace } from './define';

/** Method library. */
export const methodLibrary = defineNamespace({
  'es-CO': {
    title: 'Biblioteca de métodos',
  },
  en: {
    title: 'Method library',
  },
});
