import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeader } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:notFound.title')} subtitle={t('common:notFound.body')} />
      <Link href="/" className="button button--primary button--md">
        {t('common:notFound.home')}
      </Link>
    </>
  );
}
