import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/contract';
import { namespaces } from './catalog';
import { defaultLocale } from './defaultLocale';

export { defaultLocale } from './defaultLocale';

function resourcesFor(locale: Locale) {
  return Object.fromEntries(Object.entries(namespaces).map(([name, catalog]) => [name, catalog[locale]]));
}

/** Initialised once, before the first render; both catalogues are bundled (the app is offline). */
export async function initI18n(locale: Locale = defaultLocale) {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'es-CO',
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    resources: { 'es-CO': resourcesFor('es-CO'), en: resourcesFor('en') },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export async function changeLocale(locale: Locale) {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
