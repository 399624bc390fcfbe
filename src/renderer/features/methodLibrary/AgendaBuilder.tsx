import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useDroppable, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Workshop } from '../../../shared/domain/workshop';
import { agendaItemFromCard, dropIndex, movedOrder, parseClockTime, clockLabel } from '../../../shared/methods/agendaTiming';
import { methodCardById, type MethodCard } from '../../../shared/methods/library';
import { EmptyState, useErrorText, useToast } from '../../ui';
import { AgendaBlocks } from '../workshops/AgendaBlocks';
import { useAgendaActions } from '../workshops/useAgendaActions';
import type { AcceptWorkshop } from '../workshops/useWorkshop';
import { agendaCollisions, agendaEndId, cardIdOf, createAgendaKeyboard } from './agendaDnd';
import { useCardLocale } from './cardText';
import { CardSummary, LibraryPanel } from './LibraryPanel';
import { useOpenAsBoard } from './useOpenAsBoard';
import './methodLibrary.css';

/**
 * The agenda builder: the workshop's agenda as timed blocks next to the method library. A
 * card dragged (or added) onto the agenda becomes an activity with the card's typical length;
 * blocks are dragged to reorder. Mouse and keyboard both drive the same DndContext.
 */
export function AgendaBuilder({ workshop, accept }: { workshop: Workshop; accept: AcceptWorkshop }) {
  const { t } = useTranslation('workshops');
  const { t: tl } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const toast = useToast();
  const errorText = useErrorText();
  const actions = useAgendaActions(workshop, accept);
  const openAsBoard = useOpenAsBoard();
  // While the core confirms a drag, the rows stay where they were dropped instead of jumping back.
  const [optimistic, setOptimistic] = useState<AgendaItem[]>();
  const [activeCard, setActiveCard] = useState<MethodCard>();
  const agenda = optimistic ?? workshop.agenda;
  const blockIds = agenda.map((item) => item.id);
  const [keyboard] = useState(createAgendaKeyboard);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinateGetter }),
  );

  const addCard = async (card: MethodCard, index?: number) => {
    const fields = agendaItemFromCard(card, locale);
    try {
      // A move that failed after the add already said so (added at the end).
      if ((await actions.insert(fields, index)).placed) toast.show(tl('builder.added', { name: fields.activity, minutes: fields.minutes }), 'success');
    } catch (error) {
      toast.show(errorText(error), 'error');
    }
  };

  const onDragEnd = async ({ active, over, activatorEvent }: DragEndEvent) => {
    setActiveCard(undefined);
    const cardId = cardIdOf(active);
    const byKeyboard = activatorEvent instanceof KeyboardEvent;
    const overId = cardId && byKeyboard ? keyboard.slot() : over ? String(over.id) : undefined;
    if (cardId) {
      const card = methodCardById(cardId);
      const index = dropIndex(overId, blockIds, agendaEndId);
      if (card && index !== undefined) await addCard(card, index);
      return;
    }
    const from = blockIds.indexOf(String(active.id));
    const to = overId === agendaEndId ? agenda.length - 1 : blockIds.indexOf(overId ?? '');
    const item = agenda[from];
    if (!item || to < 0 || from === to) return;
    setOptimistic(movedOrder(agenda, from, to));
    await actions.moveTo(item, to);
    setOptimistic(undefined);
  };

  const nameOf = (id: string | number) => {
    const card = methodCardById(cardIdOf({ id }) ?? '');
    return card ? card.text[locale].name : (agenda.find((item) => item.id === id)?.activity ?? '');
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      if (cardIdOf(active)) return tl('builder.announce.pickedCard', { name: nameOf(active.id) });
      return tl('builder.announce.pickedBlock', { name: nameOf(active.id), position: blockIds.indexOf(String(active.id)) + 1, total: agenda.length });
    },
    onDragOver: ({ active, over }) => {
      if (!over) return tl('builder.announce.nowhere', { name: nameOf(active.id) });
      if (over.id === agendaEndId) return tl('builder.announce.overEnd', { name: nameOf(active.id) });
      return tl('builder.announce.overBlock', { name: nameOf(active.id), target: nameOf(over.id) });
    },
    onDragEnd: ({ active, over }) =>
      cardIdOf(active) && over ? tl('builder.announce.droppedCard', { name: nameOf(active.id) }) : tl('builder.announce.droppedBlock', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => tl('builder.announce.cancelled', { name: nameOf(active.id) }),
  };

  const start = parseClockTime(workshop.startTime);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={agendaCollisions}
      accessibility={{ announcements, screenReaderInstructions: { draggable: tl('builder.instructions') } }}
      onDragStart={({ active }) => {
        keyboard.reset();
        setActiveCard(methodCardById(cardIdOf(active) ?? ''));
      }}
      onDragCancel={() => setActiveCard(undefined)}
      onDragEnd={(event) => void onDragEnd(event)}
    >
      <div className="agenda-builder">
        <div className="agenda-builder__agenda">
          <p className="agenda-builder__clock">{start === undefined ? tl('builder.timeFromZero') : tl('builder.timeFromStart', { start: clockLabel(start) })}</p>
          {agenda.length === 0 ? null : (
            <AgendaBlocks
              agenda={agenda}
              startTime={workshop.startTime}
              actions={{ move: (...args) => void actions.move(...args), remove: (...args) => void actions.remove(...args), saveMinutes: actions.saveMinutes }}
              onSaveItem={actions.saveItem}
            />
          )}
          <AgendaEnd empty={agenda.length === 0}>
            {agenda.length === 0 ? <EmptyState level={3} title={t('agenda.emptyTitle')} body={t('agenda.emptyBody')} /> : null}
          </AgendaEnd>
        </div>
        <LibraryPanel actions={{ add: (card) => void addCard(card), openAsBoard: (card) => void openAsBoard(card, workshop.id) }} />
      </div>
      <DragOverlay dropAnimation={null}>
        {activeCard ? (
          <div className={`library-card library-card--overlay method-family--${activeCard.family}`}>
            <CardSummary card={activeCard} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

/** The drop target after the last block (or the whole empty agenda). */
function AgendaEnd({ empty, children }: { empty: boolean; children: ReactNode }) {
  const { t } = useTranslation('methodLibrary');
  const { setNodeRef, isOver } = useDroppable({ id: agendaEndId });
  return (
    <div ref={setNodeRef} role="group" aria-label={t('builder.dropRegion')} className={`agenda-drop${isOver ? ' agenda-drop--over' : ''}${empty ? ' agenda-drop--empty' : ''}`}>
      {children}
      <p className="agenda-drop__hint">{t('builder.dropHere')}</p>
    </div>
  );
}
