import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { AgendaBlock } from '../../../shared/methods/agendaTiming';
import type { AgendaItem } from '../../../shared/domain/workshop';
import { Button } from '../../ui';
import { BlockMinutes } from './BlockMinutes';

export const moveButtonId = (itemId: string, direction: 'up' | 'down') => `agenda-${itemId}-${direction}`;
export const editButtonId = (itemId: string) => `agenda-${itemId}-edit`;
export const removeButtonId = (itemId: string) => `agenda-${itemId}-remove`;

export interface BlockActions {
  move: (item: AgendaItem, index: number, direction: 'up' | 'down') => void;
  edit: (item: AgendaItem) => void;
  remove: (item: AgendaItem, index: number) => void;
  saveMinutes: (item: AgendaItem, minutes: number) => Promise<void>;
}

/**
 * One timed block of the agenda as a table row: its handle drags it (mouse, or Space and the
 * arrows), the arrow buttons move it one place, and its length is edited in the row.
 */
export function AgendaBlockRow({ item, index, count, block, showResponsible, actions }: {
  item: AgendaItem;
  index: number;
  count: number;
  block: AgendaBlock;
  showResponsible: boolean;
  actions: BlockActions;
}) {
  const { t } = useTranslation('workshops');
  const { t: tl } = useTranslation('methodLibrary');
  const { t: tc } = useTranslation('common');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, attributes: { roleDescription: tl('builder.roleBlock') } });
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <tr ref={setNodeRef} style={style} className={isDragging ? 'agenda-block agenda-block--dragging' : 'agenda-block'}>
      <td className="agenda-block__handle-cell">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          {...attributes}
          {...listeners}
          aria-label={tl('builder.moveBlock', { activity: item.activity })}
          title={tl('builder.moveBlock', { activity: item.activity })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      </td>
      <td>{index + 1}</td>
      <td className="agenda-block__time">{tl('builder.time', { start: block.startLabel, end: block.endLabel })}</td>
      <th scope="row">
        {item.activity}
        {/* The method usually repeats the activity's name when it came from the library. */}
        {item.method && item.method !== item.activity ? <span className="agenda-block__method">{item.method}</span> : null}
      </th>
      <td>
        <BlockMinutes item={item} onSave={(minutes) => actions.saveMinutes(item, minutes)} />
      </td>
      {showResponsible ? <td>{item.responsible}</td> : null}
      <td>
        <div className="workshop-row-actions">
          <Button
            id={moveButtonId(item.id, 'up')}
            variant="ghost"
            aria-label={t('agenda.moveUp', { activity: item.activity })}
            title={t('agenda.moveUp', { activity: item.activity })}
            disabled={index === 0}
            onClick={() => actions.move(item, index, 'up')}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            id={moveButtonId(item.id, 'down')}
            variant="ghost"
            aria-label={t('agenda.moveDown', { activity: item.activity })}
            title={t('agenda.moveDown', { activity: item.activity })}
            disabled={index === count - 1}
            onClick={() => actions.move(item, index, 'down')}
          >
            <span aria-hidden="true">↓</span>
          </Button>
          <Button id={editButtonId(item.id)} variant="ghost" aria-label={t('agenda.edit', { activity: item.activity })} onClick={() => actions.edit(item)}>
            {tc('actions.edit')}
          </Button>
          <Button id={removeButtonId(item.id)} variant="ghost" aria-label={t('agenda.remove', { activity: item.activity })} onClick={() => actions.remove(item, index)}>
            {t('actions.remove')}
          </Button>
        </div>
      </td>
    </tr>
  );
}
