import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addDimension, addItem, countAnswers, cultureLimits, removeDimension, removeItem, renameDimension, setItemReversed, setItemText,
  type CultureDiagnosis,
} from '../../../shared/documents/culture';
import { Button, CheckboxField, ConfirmDialog, focusLater, neighbourIds } from '../../ui';
import { DocTextField } from '../journey/DocTextField';
import { itemNumber } from './useCulture';

const removeDimensionId = (id: string) => `culture-dimension-${id}-remove`;
const removeItemId = (id: string) => `culture-item-${id}-remove`;
const addItemId = (dimensionId: string) => `culture-dimension-${dimensionId}-add-item`;
const headingId = 'culture-instrument-heading';

interface PendingRemoval { title: string; body: string; run: () => void }

/**
 * The questionnaire, editable: dimensions and their statements renamed in place, added and
 * removed. Removing something that already has answers asks first, since the answers go with it.
 */
export function InstrumentEditor({ doc, origin, culture }: { doc: Y.Doc; origin: unknown; culture: CultureDiagnosis }) {
  const { t } = useTranslation('culture');
  const [pending, setPending] = useState<PendingRemoval | undefined>();
  const fullDimensions = culture.dimensions.length >= cultureLimits.dimensions;
  const addDimensionButton = useRef<HTMLButtonElement>(null);
  const dimensionIds = culture.dimensions.map((dimension) => dimension.id);

  const removeAsking = (itemIds: string[], run: () => void, ask: (count: number) => Omit<PendingRemoval, 'run'>) => {
    const count = countAnswers(culture, itemIds);
    if (count === 0) run();
    else setPending({ ...ask(count), run });
  };

  return (
    <section className="culture-section" aria-labelledby="culture-instrument-heading">
      <h2 id={headingId} tabIndex={-1}>{t('instrument.heading')}</h2>
      <p className="culture-hint">{t('instrument.intro')}</p>
      <p className="culture-hint">{t('instrument.reversedHint')}</p>
      <ol className="culture-dimensions">
        {culture.dimensions.map((dimension, dimensionIndex) => {
          const full = dimension.items.length >= cultureLimits.itemsPerDimension;
          const itemIds = dimension.items.map((item) => item.id);
          return (
            <li key={dimension.id} className="culture-dimension">
              <div className="culture-dimension__head">
                <DocTextField
                  label={t('instrument.dimensionName', { number: dimensionIndex + 1 })}
                  value={dimension.name}
                  onCommit={(value) => renameDimension(doc, dimension.id, value, origin)}
                />
                <Button
                  id={removeDimensionId(dimension.id)}
                  variant="ghost"
                  aria-label={t('instrument.removeDimension', { name: dimension.name })}
                  onClick={() =>
                    removeAsking(dimension.items.map((item) => item.id), () => {
                      // Its button goes with it: on to the next dimension's (or the previous one's), else «add a dimension».
                      if (removeDimension(doc, dimension.id, origin)) focusLater(...neighbourIds(dimensionIds, dimensionIndex, removeDimensionId), addDimensionButton.current, headingId);
                    }, (count) => ({
                      title: t('instrument.removeDimensionTitle', { name: dimension.name }),
                      body: t('instrument.removeDimensionBody', { count }),
                    }))
                  }
                >
                  {t('instrument.remove')}
                </Button>
              </div>
              <ol className="culture-items">
                {dimension.items.map((item, itemIndex) => {
                  const number = itemNumber(dimensionIndex, itemIndex);
                  return (
                    <li key={item.id} className="culture-item">
                      <DocTextField label={t('instrument.itemText', { item: number })} value={item.text} onCommit={(value) => setItemText(doc, item.id, value, origin)} />
                      <CheckboxField label={t('instrument.reversed')} checked={item.reversed} onChange={(event) => setItemReversed(doc, item.id, event.target.checked, origin)} aria-label={`${t('instrument.itemText', { item: number })}: ${t('instrument.reversed')}`} />
                      <Button
                        id={removeItemId(item.id)}
                        variant="ghost"
                        aria-label={t('instrument.removeItem', { item: number })}
                        onClick={() =>
                          removeAsking([item.id], () => {
                            if (removeItem(doc, item.id, origin)) focusLater(...neighbourIds(itemIds, itemIndex, removeItemId), addItemId(dimension.id), headingId);
                          }, (count) => ({
                            title: t('instrument.removeItemTitle', { item: number }),
                            body: t('instrument.removeItemBody', { count }),
                          }))
                        }
                      >
                        {t('instrument.remove')}
                      </Button>
                    </li>
                  );
                })}
              </ol>
              <Button id={addItemId(dimension.id)} variant="secondary" disabled={full} onClick={() => addItem(doc, dimension.id, t('instrument.newItem'), origin)}>
                {t('instrument.addItem', { name: dimension.name })}
              </Button>
              {full ? <p className="culture-hint">{t('instrument.full', { count: cultureLimits.itemsPerDimension })}</p> : null}
            </li>
          );
        })}
      </ol>
      <Button ref={addDimensionButton} variant="secondary" disabled={fullDimensions} onClick={() => addDimension(doc, t('instrument.newDimension'), origin)}>
        {t('instrument.addDimension')}
      </Button>
      {fullDimensions ? <p className="culture-hint">{t('instrument.full', { count: cultureLimits.dimensions })}</p> : null}
      <ConfirmDialog
        open={pending !== undefined}
        danger
        title={pending?.title ?? ''}
        body={pending?.body ?? ''}
        confirmLabel={t('instrument.remove')}
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          pending?.run();
          setPending(undefined);
        }}
      />
    </section>
  );
}
