import { useCallback } from 'react';
import { useLocation } from 'wouter';
import type { MethodCard } from '../../../shared/methods/library';
import { api } from '../../app/api';
import { useErrorText, useToast } from '../../ui';
import { useCardLocale } from './cardText';

/**
 * «Abrir como tablero»: a new board of the card's template in the workshop, named after the
 * method, and the board opens. A refusal (the workshop was deleted meanwhile…) is a toast.
 */
export function useOpenAsBoard() {
  const locale = useCardLocale();
  const [, navigate] = useLocation();
  const toast = useToast();
  const errorText = useErrorText();
  return useCallback(
    async (card: MethodCard, workshopId: string) => {
      if (!card.templateId) return;
      try {
        const board = await api.createBoard({ workshopId, fields: { title: card.text[locale].name, kind: card.templateId }, locale });
        navigate(`/boards/${board.id}`);
      } catch (error) {
        toast.show(errorText(error), 'error');
      }
    },
    [errorText, locale, navigate, toast],
  );
}
