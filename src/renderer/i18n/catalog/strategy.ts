import { defineNamespace } from './define';

/** Strategic plan. */
export const strategy = defineNamespace({
  'es-CO': {
    title: 'Plan estratégico',
  },
  en: {
    title: 'Strategic plan',
  },
});
