import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemFields, Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { focusLater, neighbourIds, useErrorText, useToast } from '../../ui';
import { moveButtonId, removeButtonId } from './AgendaBlockRow';
import { useWorkshopChange, type AcceptWorkshop } from './useWorkshop';

/**
 * Keeps keyboard focus on the moved activity: its row changes place, so the focus goes to its
 * move button in the same direction, or the other one when it reached the end of the list.
 */
function refocusMoved(itemId: string, direction: 'up' | 'down') {
  focusLater(moveButtonId(itemId, direction), moveButtonId(itemId, direction === 'up' ? 'down' : 'up'));
}

/** Where focus goes when the agenda has no block left: the agenda's heading (in AgendaTab). */
export const agendaHeadingId = 'workshop-agenda-heading';

/**
 * Every change the agenda makes, each one call to the core (two for "add here": add, then
 * move), answered by a toast. Removing offers Undo: the same activity back in the same place.
 */
export function useAgendaActions(workshop: Workshop, accept: AcceptWorkshop) {
  const { t } = useTranslation('workshops');
  const { t: tl } = useTranslation('methodLibrary');
  const toast = useToast();
  const errorText = useErrorText();
  const change = useWorkshopChange(accept);
  const workshopId = workshop.id;

  /**
   * Adds an activity at `index` (the end when absent); resolves to the new item, if any, and
   * whether it is where it was asked for. The added agenda is shown before the move is tried, so
   * a move that fails leaves the activity visibly at the end (a toast says so) instead of hidden,
   * where trying again would add it twice. A failed add rejects, for the caller to explain.
   */
  const insert = useCallback(
    async (fields: AgendaItemFields, index?: number): Promise<{ added: AgendaItem | undefined; placed: boolean }> => {
      const before = new Set(workshop.agenda.map((item) => item.id));
      const next = await api.addAgendaItem({ workshopId, fields });
      accept(next);
      const added = next.agenda.find((item) => !before.has(item.id));
      if (!added || index === undefined || index >= next.agenda.length - 1) return { added, placed: true };
      try {
        accept(await api.moveAgendaItem({ workshopId, itemId: added.id, toIndex: index }));
        return { added, placed: true };
      } catch (error) {
        toast.show(tl('builder.addedAtEnd', { name: added.activity, reason: errorText(error) }), 'error');
        return { added, placed: false };
      }
    },
    [accept, errorText, tl, toast, workshop.agenda, workshopId],
  );

  const moveTo = useCallback(
    (item: AgendaItem, toIndex: number) =>
      change(() => api.moveAgendaItem({ workshopId, itemId: item.id, toIndex }), 'agenda.moved', { activity: item.activity, position: toIndex + 1 }),
    [change, workshopId],
  );

  const move = useCallback(
    async (item: AgendaItem, index: number, direction: 'up' | 'down') => {
      if (await moveTo(item, direction === 'up' ? index - 1 : index + 1)) refocusMoved(item.id, direction);
    },
    [moveTo],
  );

  const remove = useCallback(
    async (item: AgendaItem, index: number) => {
      const ids = workshop.agenda.map((entry) => entry.id);
      const next = await change(() => api.removeAgendaItem({ workshopId, itemId: item.id }));
      if (!next) return;
      // Its button went with the row: on to the next block's remove button (or the previous one's).
      focusLater(...neighbourIds(ids, ids.indexOf(item.id), removeButtonId), agendaHeadingId);
      const { activity, method, minutes, responsible } = item;
      toast.show(tl('builder.removed', { activity }), 'success', {
        label: tl('builder.undo'),
        run: () => {
          void change(async () => {
            const restored = await api.addAgendaItem({ workshopId, fields: { activity, method, minutes, responsible } });
            const back = restored.agenda.at(-1);
            return back && index < restored.agenda.length - 1 ? api.moveAgendaItem({ workshopId, itemId: back.id, toIndex: index }) : restored;
          }).then((done) => done && toast.show(tl('builder.restored', { activity }), 'success'));
        },
      });
    },
    [change, tl, toast, workshop.agenda, workshopId],
  );

  const saveItem = useCallback(
    async (item: AgendaItem, fields: AgendaItemFields) => {
      accept(await api.updateAgendaItem({ workshopId, itemId: item.id, fields }));
      toast.show(t('agenda.updated'), 'success');
    },
    [accept, t, toast, workshopId],
  );

  const saveMinutes = useCallback(
    async (item: AgendaItem, minutes: number) => {
      const { activity, method, responsible } = item;
      const next = await change(() => api.updateAgendaItem({ workshopId, itemId: item.id, fields: { activity, method, minutes, responsible } }));
      if (next) toast.show(tl('builder.minutesSaved', { activity, minutes }), 'success');
    },
    [change, tl, toast, workshopId],
  );

  return { insert, move, moveTo, remove, saveItem, saveMinutes };
}
