import type { Locale } from '../../shared/contract';
import { changeLocale } from '../i18n';
import { api } from './api';

/**
 * Switches the interface language at once, then saves the choice in the core so the next
 * start opens in it. A failed save keeps the switch for this session: the language is never
 * worth an error on the projector.
 */
export async function switchLocale(locale: Locale): Promise<void> {
  await changeLocale(locale);
  await api.setPreferences({ locale }).catch(() => undefined);
}
