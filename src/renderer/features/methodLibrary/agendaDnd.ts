import {
  closestCenter,
  pointerWithin,
  type Active,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/** The drop target below the last block: a card dropped there goes to the end of the agenda. */
export const agendaEndId = 'agenda-end';
const cardPrefix = 'card:';

export const cardDragId = (cardId: string) => `${cardPrefix}${cardId}`;
export function cardIdOf(active: Pick<Active, 'id'> | null | undefined): string | undefined {
  const id = active ? String(active.id) : '';
  return id.startsWith(cardPrefix) ? id.slice(cardPrefix.length) : undefined;
}

/**
 * With a mouse, the target is what is under the pointer, so letting go over the library
 * adds nothing. With the keyboard there is no pointer: the target is the one whose centre the
 * dragged item was moved onto (see below).
 */
export const agendaCollisions: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args));

const forward = new Set(['ArrowDown', 'ArrowRight']);
const backward = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * Keyboard moves. A block being sorted moves like any sortable item. A library card jumps
 * between the agenda's slots instead of crawling 25 px per key press: the arrows step through
 * "before block 1 … before block n, end of agenda", starting at the end (the usual intent).
 * The card's centre is put on the slot's centre so `closestCenter` picks exactly that slot.
 * The slot is remembered here rather than read from `over`, which React updates a frame later:
 * two quick key presses would otherwise both start from the end.
 */
export function createAgendaKeyboard() {
  let slotId: string | undefined;
  const coordinateGetter: KeyboardCoordinateGetter = (event, args) => {
    if (!cardIdOf({ id: args.active })) return sortableKeyboardCoordinates(event, args);
    if (!forward.has(event.code) && !backward.has(event.code)) return undefined;
    event.preventDefault();
    const { collisionRect, droppableRects, droppableContainers } = args.context;
    // The agenda's targets are its blocks and the end zone below them: top to bottom is agenda order.
    const slots = droppableContainers
      .getEnabled()
      .map((container) => ({ id: String(container.id), rect: droppableRects.get(container.id) }))
      .filter((slot): slot is { id: string; rect: NonNullable<typeof slot.rect> } => slot.rect !== undefined)
      .sort((a, b) => a.rect.top - b.rect.top);
    if (slots.length === 0 || !collisionRect) return undefined;
    const current = slots.findIndex((slot) => slot.id === slotId);
    const step = forward.has(event.code) ? 1 : -1;
    const last = slots.length - 1;
    const target = slots[current === -1 ? last : Math.max(0, Math.min(last, current + step))]!;
    slotId = target.id;
    return {
      x: target.rect.left + target.rect.width / 2 - collisionRect.width / 2,
      y: target.rect.top + target.rect.height / 2 - collisionRect.height / 2,
    };
  };
  return {
    coordinateGetter,
    /** Where the arrows put the card: the drop target even when Space comes before React re-renders. */
    slot: () => slotId,
    /** A new drag starts outside the agenda. */
    reset: () => {
      slotId = undefined;
    },
  };
}
