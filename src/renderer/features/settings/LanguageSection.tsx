import { useTranslation } from 'react-i18next';
import { Locale, locales } from '../../../shared/contract';
import { switchLocale } from '../../app/locale';
import { useToast } from '../../ui';

/** The language as a radio group: both choices visible at once, each named in its own language. */
export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const current = Locale.safeParse(i18n.language).data ?? 'es-CO';
  const choose = async (locale: Locale) => {
    await switchLocale(locale);
    toast.show(t('settings:language.changed', { lng: locale }), 'success');
  };
  return (
    <section className="card">
      <h2 id="settings-language">{t('settings:language.title')}</h2>
      <fieldset className="fieldset">
        <legend className="field__label">{t('settings:language.legend')}</legend>
        <div className="radio-group">
          {locales.map((locale) => (
            <label key={locale} className="radio-option" lang={locale}>
              <input type="radio" name="locale" value={locale} checked={current === locale} onChange={() => void choose(locale)} />
              {t(`common:language.${locale}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
