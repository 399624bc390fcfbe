import { useDraggable } from '@dnd-kit/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { methodCards, searchCards, type MethodCard, type MethodFamily } from '../../../shared/methods/library';
import { Button, TextField } from '../../ui';
import { useCardLocale } from './cardText';
import { cardDragId } from './agendaDnd';
import { FamilyFilter } from './FamilyFilter';

export interface LibraryPanelActions {
  add: (card: MethodCard) => void;
  openAsBoard: (card: MethodCard) => void;
}

/** The method library beside the agenda: cards to drag in, or to add with a button. */
export function LibraryPanel({ actions }: { actions: LibraryPanelActions }) {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const [text, setText] = useState('');
  const [family, setFamily] = useState<MethodFamily>();
  const found = searchCards(methodCards, { text: useDeferredValue(text), family }, locale);
  return (
    <aside aria-labelledby="agenda-library-heading" className="agenda-library">
      <h3 id="agenda-library-heading" className="workshop-subtitle">
        {t('builder.heading')}
      </h3>
      <p className="agenda-library__intro">{t('builder.intro')}</p>
      <TextField type="search" label={t('search.label')} placeholder={t('search.placeholder')} value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
      <FamilyFilter value={family} onChange={setFamily} />
      <p role="status" className="method-library__count">
        {t('search.count', { count: found.length })}
      </p>
      <ul className="agenda-library__list">
        {found.map((card) => (
          <LibraryCard key={card.id} card={card} actions={actions} />
        ))}
      </ul>
    </aside>
  );
}

function LibraryCard({ card, actions }: { card: MethodCard; actions: LibraryPanelActions }) {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const name = card.text[locale].name;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: cardDragId(card.id),
    attributes: { roleDescription: t('builder.roleCard') },
  });
  return (
    <li ref={setNodeRef} className={`library-card method-family--${card.family}${isDragging ? ' library-card--dragging' : ''}`}>
      <div className="library-card__head">
        <button type="button" ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners} aria-label={t('builder.drag', { name })} title={t('builder.drag', { name })}>
          <span aria-hidden="true">⠿</span>
        </button>
        <CardSummary card={card} />
      </div>
      <div className="library-card__actions">
        <Button variant="primary" aria-label={t('builder.addLabel', { name })} onClick={() => actions.add(card)}>
          {t('builder.add')}
        </Button>
        {card.templateId ? (
          <Button aria-label={t('useTemplate.openHereLabel', { name })} onClick={() => actions.openAsBoard(card)}>
            {t('useTemplate.openHere')}
          </Button>
        ) : null}
        <Link href={`/methods/${card.id}`} className="library-card__link" aria-label={t('builder.detailsLabel', { name })}>
          {t('builder.details')}
        </Link>
      </div>
    </li>
  );
}

/** Name, phase and length: what the card shows in the list and while it is dragged. */
export function CardSummary({ card }: { card: MethodCard }) {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  return (
    <div className="library-card__summary">
      <p className="library-card__name">{card.text[locale].name}</p>
      <p className="library-card__meta">
        <span className="library-card__family">{t(`family.${card.family}`)}</span> · {t('builder.minutes', { minutes: card.duration.typical })}
      </p>
    </div>
  );
}
