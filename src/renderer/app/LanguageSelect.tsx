import { useTranslation } from 'react-i18next';
import { Locale, locales } from '../../shared/contract';
import { switchLocale } from './locale';

/** A compact language switch for the top bar; each option is written in its own language. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const current = Locale.safeParse(i18n.language).data ?? 'es-CO';
  return (
    <div className="language-select">
      <label htmlFor="language-select" className="language-select__label">
        {t('common:language.label')}
      </label>
      <select
        id="language-select"
        className="input input--select language-select__input"
        value={current}
        onChange={(event) => {
          const next = Locale.safeParse(event.target.value);
          if (next.success) void switchLocale(next.data);
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`common:language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
