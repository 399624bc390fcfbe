import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemFields, Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { useToast } from '../../ui';
import { moveButtonId } from './AgendaBlockRow';
import { useWorkshopChange, type AcceptWorkshop } from './useWorkshop';

/**
 * Keeps keyboard focus on the moved activity: its row changes place, so the focus goes to its
 * move button in the same direction, or the other one when it reached the end of the list.
 */
function refocusMoved(itemId: string, direction: 'up' | 'down') {
  requestAnimationFrame(() => {
    const same = document.getElementById(moveButtonId(itemId, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(itemId, direction === 'up' ? 'down' : 'up')) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  });
}

/**
 * Every change the agenda makes, each one call to the core (two for "add here": add, then
 * move), answered by a toast. Removing offers Undo: the same activity back in the same place.
 */
export function useAgendaActions(workshop: Workshop, accept: AcceptWorkshop) {
  const { t } = useTranslation('workshops');
  const { t: tl } = useTranslation('methodLibrary');
  const toast = useToast();
  const change = useWorkshopChange(accept);
  const workshopId = workshop.id;

  /** Adds an activity at `index` (the end when absent); resolves to the new item, if any. */
  const insert = useCallback(
    async (fields: AgendaItemFields, index?: number) => {
      const before = new Set(workshop.agenda.map((item) => item.id));
      let next = await api.addAgendaItem({ workshopId, fields });
      const added = next.agenda.find((item) => !before.has(item.id));
      if (added && index !== undefined && index < next.agenda.length - 1) {
        next = await api.moveAgendaItem({ workshopId, itemId: added.id, toIndex: index });
      }
      accept(next);
      return added;
    },
    [accept, workshop.agenda, workshopId],
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
      const next = await change(() => api.removeAgendaItem({ workshopId, itemId: item.id }));
      if (!next) return;
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
    [change, tl, toast, workshopId],
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
