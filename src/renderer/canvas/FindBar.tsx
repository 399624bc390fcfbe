import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import { findElements } from '../../shared/board/find';
import type { ElementIndex } from './elementStore';

/**
 * Find on board: matches are highlighted on the canvas and the view pans to the current one;
 * Enter goes to the next, Shift+Enter to the previous, Escape closes.
 */
export function FindBar({
  elements,
  onMatches,
  onClose,
}: {
  elements: ElementIndex;
  onMatches(ids: readonly string[], current: string | undefined): void;
  onClose(): void;
}) {
  const { t } = useTranslation('boards');
  const [query, setQuery] = useState('');
  const [position, setPosition] = useState(0);
  const matches = useMemo(() => findElements([...elements.values()], query), [elements, query]);
  const index = matches.length === 0 ? -1 : Math.min(position, matches.length - 1);

  useEffect(() => {
    onMatches(matches, index >= 0 ? matches[index] : undefined);
  }, [index, matches, onMatches]);

  const step = (by: number) => {
    if (matches.length === 0) return;
    setPosition((index + by + matches.length) % matches.length);
  };

  return (
    <div role="search" className="canvas-find" aria-label={t('find.label')}>
      <input
        type="search"
        aria-label={t('find.field')}
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setPosition(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="canvas-find__count" role="status">
        {query.trim() ? (matches.length > 0 ? t('find.count', { current: index + 1, total: matches.length }) : t('find.none')) : ''}
      </span>
      <Button onClick={() => step(-1)} disabled={matches.length === 0}>
        {t('find.previous')}
      </Button>
      <Button onClick={() => step(1)} disabled={matches.length === 0}>
        {t('find.next')}
      </Button>
      <Button variant="ghost" onClick={onClose}>
        {t('find.close')}
      </Button>
    </div>
  );
}
