import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { methodCards, searchCards, type MethodCard, type MethodFamily } from '../../../shared/methods/library';
import { EmptyState, PageHeader, TextField } from '../../ui';
import { useCardFacts, useCardLocale } from './cardText';
import { FamilyFilter } from './FamilyFilter';
import './methodLibrary.css';

/** `#/methods`: every method card, filtered by phase and searched without caring about accents. */
export function MethodLibraryPage() {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const [text, setText] = useState('');
  const [family, setFamily] = useState<MethodFamily>();
  const query = useDeferredValue(text);
  const found = searchCards(methodCards, { text: query, family }, locale);

  return (
    <div className="method-library">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="method-library__controls">
        <TextField
          type="search"
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
        />
        <FamilyFilter value={family} onChange={setFamily} />
      </div>
      <p role="status" className="method-library__count">
        {t('search.count', { count: found.length })}
      </p>
      {found.length === 0 ? (
        <EmptyState title={t('search.noneTitle')} body={t('search.noneBody')} />
      ) : (
        <ul className="method-grid">
          {found.map((card) => (
            <MethodTile key={card.id} card={card} />
          ))}
        </ul>
      )}
    </div>
  );
}

function MethodTile({ card }: { card: MethodCard }) {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const text = card.text[locale];
  const { durationText, groupText } = useCardFacts(card);
  return (
    <li className={`method-tile method-family--${card.family}`}>
      <p className="method-tile__family">{t(`family.${card.family}`)}</p>
      <h2 className="method-tile__name">
        <Link href={`/methods/${card.id}`}>{text.name}</Link>
      </h2>
      <p className="method-tile__purpose">{text.purpose}</p>
      <p className="method-tile__facts">
        <span>{durationText}</span> · <span>{groupText}</span>
      </p>
    </li>
  );
}
