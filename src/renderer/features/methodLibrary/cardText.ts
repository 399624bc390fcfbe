import { useTranslation } from 'react-i18next';
import { Locale } from '../../../shared/contract';
import type { CardLocale, MethodCard } from '../../../shared/methods/library';
import { templateById } from '../../../shared/templates';

/** The language a card is read in: the interface language, Spanish when it is anything else. */
export function useCardLocale(): CardLocale {
  const { i18n } = useTranslation();
  return Locale.catch('es-CO').parse(i18n.language);
}

/** The name of the board template a card opens, in the reader's language. */
export function templateName(card: MethodCard, locale: CardLocale): string | undefined {
  return card.templateId ? templateById(card.templateId)?.name[locale] : undefined;
}

/** A card's facts in one line each: "45 min (30 to 60)" and "2 to 8 people". */
export function useCardFacts(card: MethodCard) {
  const { t } = useTranslation('methodLibrary');
  const { duration, groupSize } = card;
  const minutes = (value: number) => t('builder.minutes', { minutes: value });
  const durationText =
    duration.min === duration.max
      ? minutes(duration.typical)
      : t('card.durationValue', { typical: minutes(duration.typical), min: minutes(duration.min), max: minutes(duration.max) });
  return { durationText, groupText: t('card.groupSizeValue', { min: groupSize.min, max: groupSize.max }) };
}
