import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemFields } from '../../../shared/domain/workshop';
import { agendaBlocks } from '../../../shared/methods/agendaTiming';
import { AgendaBlockRow, editButtonId, type BlockActions } from './AgendaBlockRow';
import { AgendaItemForm } from './AgendaItemForm';

/** After an inline edit closes, focus returns to the row's Edit button instead of the page top. */
function refocusEdit(itemId: string) {
  requestAnimationFrame(() => document.getElementById(editButtonId(itemId))?.focus());
}

/**
 * The agenda as timed blocks in a table: each row says when it starts and ends (from the
 * workshop's start time, or from 0:00) and can be dragged, moved, resized, edited or removed.
 * The rows are a sortable list for the DndContext around them (the agenda builder).
 */
export function AgendaBlocks({
  agenda,
  startTime,
  actions,
  onSaveItem,
}: {
  agenda: readonly AgendaItem[];
  startTime: string;
  actions: Omit<BlockActions, 'edit'>;
  onSaveItem: (item: AgendaItem, fields: AgendaItemFields) => Promise<void>;
}) {
  const { t } = useTranslation('workshops');
  const { t: tc } = useTranslation('common');
  const [editingId, setEditingId] = useState<string>();
  const blocks = agendaBlocks(agenda, startTime);
  // Library activities start without a responsible; the column appears once someone is named.
  const showResponsible = agenda.some((item) => item.responsible);
  const rowActions: BlockActions = { ...actions, edit: (item) => setEditingId(item.id) };

  return (
    <div className="workshop-table-wrap">
      <table className="workshop-table agenda-blocks">
        <caption className="workshop-visually-hidden">{t('agenda.tableCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('agenda.order')}</th>
            <th scope="col">{t('agenda.start')}</th>
            <th scope="col">{t('agenda.activity')}</th>
            <th scope="col">{t('agenda.minutes')}</th>
            {showResponsible ? <th scope="col">{t('agenda.responsible')}</th> : null}
            <th scope="col">{t('actions.column')}</th>
          </tr>
        </thead>
        <SortableContext items={agenda.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <tbody>
            {agenda.map((item, index) =>
              editingId === item.id ? (
                <tr key={item.id} className="workshop-table__editing">
                  <td colSpan={showResponsible ? 7 : 6}>
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
                        await onSaveItem(item, fields);
                        setEditingId(undefined);
                        refocusEdit(item.id);
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <AgendaBlockRow key={item.id} item={item} index={index} count={agenda.length} block={blocks[index]!} showResponsible={showResponsible} actions={rowActions} />
              ),
            )}
          </tbody>
        </SortableContext>
      </table>
    </div>
  );
}
