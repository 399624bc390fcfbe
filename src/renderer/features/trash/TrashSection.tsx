import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui';

/** The way to the trash from Settings. */
export function TrashSection() {
  const { t } = useTranslation('trash');
  return (
    <section className="card" aria-labelledby="settings-trash">
      <h2 id="settings-trash">{t('title')}</h2>
      <p>{t('settings.body')}</p>
      <ButtonLink href="/trash">{t('settings.open')}</ButtonLink>
    </section>
  );
}
