import { useTranslation } from 'react-i18next';
import { methodCardById, type MethodCard } from '../../../shared/methods/library';
import { EmptyState, PageHeader } from '../../ui';
import { templateName, useCardFacts, useCardLocale } from './cardText';
import { OpenAsBoardForm } from './OpenAsBoardForm';
import './methodLibrary.css';

/** `#/methods/:id`: one card with every field, large enough to project. */
export function MethodCardPage({ id }: { id: string }) {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const card = methodCardById(id);
  const breadcrumbs = [{ label: t('card.back'), href: '/methods' }];
  if (!card) {
    return (
      <>
        <PageHeader title={t('title')} breadcrumbs={breadcrumbs} />
        <EmptyState title={t('card.notFound')} />
      </>
    );
  }
  return (
    <article className={`method-card method-family--${card.family}`}>
      <PageHeader title={card.text[locale].name} subtitle={t(`family.${card.family}`)} breadcrumbs={breadcrumbs} />
      <MethodCardBody card={card} />
      {card.templateId ? <OpenAsBoardForm card={card} /> : null}
    </article>
  );
}

function MethodCardBody({ card }: { card: MethodCard }) {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const text = card.text[locale];
  const { durationText, groupText } = useCardFacts(card);
  return (
    <div className="method-card__body">
      <dl className="method-card__facts">
        <div>
          <dt>{t('card.duration')}</dt>
          <dd>{durationText}</dd>
        </div>
        <div>
          <dt>{t('card.groupSize')}</dt>
          <dd>{groupText}</dd>
        </div>
        <div>
          <dt>{t('card.board')}</dt>
          <dd>{templateName(card, locale) ?? t('card.noBoard')}</dd>
        </div>
      </dl>
      <section className="method-card__section">
        <h2>{t('card.purpose')}</h2>
        <p>{text.purpose}</p>
      </section>
      <section className="method-card__section">
        <h2>{t('card.whenToUse')}</h2>
        <p>{text.whenToUse}</p>
      </section>
      <section className="method-card__section method-card__section--wide">
        <h2>{t('card.steps')}</h2>
        <ol className="method-card__steps">
          {text.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section className="method-card__section">
        <h2>{t('card.materials')}</h2>
        <ul>
          {text.materials.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="method-card__section method-card__section--public">
        <h2>{t('card.publicSector')}</h2>
        <ul>
          {text.publicSector.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
