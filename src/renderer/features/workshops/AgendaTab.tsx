import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { Button, EmptyState, useToast } from '../../ui';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaSummary } from './AgendaSummary';
import { formatDuration, startOffsets } from './agendaFormat';
import { useWorkshopChange, type AcceptWorkshop } from './useWorkshop';

const moveButtonId = (itemId: string, direction: 'up' | 'down') => `agenda-${itemId}-${direction}`;
const editButtonId = (itemId: string) => `agenda-${itemId}-edit`;

/** After an inline edit closes, focus returns to the row's Edit button instead of the page top. */
function refocusEdit(itemId: string) {
  requestAnimationFrame(() => document.getElementById(editButtonId(itemId))?.focus());
}

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

export function AgendaTab({ workshop, accept }: { workshop: Workshop; accept: AcceptWorkshop }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tc } = useTranslation('common');
  const toast = useToast();
  const change = useWorkshopChange(accept);
  const [editingId, setEditingId] = useState<string>();
  const agenda = workshop.agenda;
  const starts = startOffsets(agenda);
  const locale = i18n.language;
  const workshopId = workshop.id;

  const move = async (item: AgendaItem, index: number, direction: 'up' | 'down') => {
    const toIndex = direction === 'up' ? index - 1 : index + 1;
    const next = await change(() => api.moveAgendaItem({ workshopId, itemId: item.id, toIndex }), 'agenda.moved', {
      activity: item.activity,
      position: toIndex + 1,
    });
    if (next) refocusMoved(item.id, direction);
  };

  return (
    <section aria-labelledby="workshop-agenda-heading" className="workshop-section">
      <h2 id="workshop-agenda-heading" className="workshop-section__title">
        {t('tabs.agenda')}
      </h2>
      <AgendaSummary agenda={agenda} plannedMinutes={workshop.plannedMinutes} />
      {agenda.length === 0 ? (
        <EmptyState level={3} title={t('agenda.emptyTitle')} body={t('agenda.emptyBody')} />
      ) : (
        <div className="workshop-table-wrap">
          <table className="workshop-table">
            <caption className="workshop-visually-hidden">{t('agenda.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agenda.order')}</th>
                <th scope="col">{t('agenda.start')}</th>
                <th scope="col">{t('agenda.activity')}</th>
                <th scope="col">{t('agenda.method')}</th>
                <th scope="col">{t('agenda.duration')}</th>
                <th scope="col">{t('agenda.responsible')}</th>
                <th scope="col">{t('actions.column')}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.map((item, index) =>
                editingId === item.id ? (
                  <tr key={item.id} className="workshop-table__editing">
                    <td colSpan={7}>
                      <h3 className="workshop-subtitle">{t('agenda.editHeading', { activity: item.activity })}</h3>
                      <AgendaItemForm
                        autoFocus
                        initial={{ activity: item.activity, method: item.method, minutes: item.minutes, responsible: item.responsible }}
                        submitLabel={tc('actions.save')}
                        onCancel={() => {
                          setEditingId(undefined);
                          refocusEdit(item.id);
                        }}
                        onSave={async (fields) => {
                          accept(await api.updateAgendaItem({ workshopId, itemId: item.id, fields }));
                          setEditingId(undefined);
                          refocusEdit(item.id);
                          toast.show(t('agenda.updated'), 'success');
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={item.id}>
                    <td>{index + 1}</td>
                    <td>{formatDuration(starts[index] ?? 0, locale)}</td>
                    <th scope="row">{item.activity}</th>
                    <td>{item.method}</td>
                    <td>{formatDuration(item.minutes, locale)}</td>
                    <td>{item.responsible}</td>
                    <td>
                      <div className="workshop-row-actions">
                        <Button
                          id={moveButtonId(item.id, 'up')}
                          variant="ghost"
                          aria-label={t('agenda.moveUp', { activity: item.activity })}
                          title={t('agenda.moveUp', { activity: item.activity })}
                          disabled={index === 0}
                          onClick={() => void move(item, index, 'up')}
                        >
                          <span aria-hidden="true">↑</span>
                        </Button>
                        <Button
                          id={moveButtonId(item.id, 'down')}
                          variant="ghost"
                          aria-label={t('agenda.moveDown', { activity: item.activity })}
                          title={t('agenda.moveDown', { activity: item.activity })}
                          disabled={index === agenda.length - 1}
                          onClick={() => void move(item, index, 'down')}
                        >
                          <span aria-hidden="true">↓</span>
                        </Button>
                        <Button id={editButtonId(item.id)} variant="ghost" aria-label={t('agenda.edit', { activity: item.activity })} onClick={() => setEditingId(item.id)}>
                          {tc('actions.edit')}
                        </Button>
                        <Button
                          variant="ghost"
                          aria-label={t('agenda.remove', { activity: item.activity })}
                          onClick={() => void change(() => api.removeAgendaItem({ workshopId, itemId: item.id }), 'agenda.removed')}
                        >
                          {t('actions.remove')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="workshop-subtitle">{t('agenda.addHeading')}</h3>
      <AgendaItemForm
        submitLabel={t('agenda.add')}
        onSave={async (fields) => {
          accept(await api.addAgendaItem({ workshopId, fields }));
          toast.show(t('agenda.added'), 'success');
        }}
      />
    </section>
  );
}
