import type { Locale } from '../../shared/contract';

/** The app speaks Colombian Spanish until the person chooses otherwise. */
export const defaultLocale: Locale = 'es-CO';
