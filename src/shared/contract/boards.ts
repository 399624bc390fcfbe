import { z } from 'zod';
import { BoardFields, BoardSummary, TrashedBoard } from '../domain/board';
import { Id } from '../domain/ids';
import { limits } from '../domain/limits';
import { procedure } from './procedure';
import { Locale } from './system';

/** Binary Yjs data; a Node Buffer is a Uint8Array too. */
export const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes');
const YjsUpdate = Bytes.refine((bytes) => bytes.byteLength <= limits.updateBytes, 'update too large');

/**
 * Board content is a Yjs document. A client opens a board (and so subscribes to its updates),
 * sends its own updates, and receives everyone else's through the `boardUpdated` event.
 */
export const boardsContract = {
  listBoards: procedure(z.object({ workshopId: Id }), z.array(BoardSummary)),
  /**
   * Creates a board from the template named by `fields.kind`; the template's prompts and
   * default text are written in `locale` (the facilitator's language; es-CO when omitted).
   */
  createBoard: procedure(z.object({ workshopId: Id, fields: BoardFields, locale: Locale.optional() }), BoardSummary),
  renameBoard: procedure(z.object({ id: Id, title: BoardFields.shape.title }), BoardSummary),
  openBoard: procedure(z.object({ id: Id }), z.object({ summary: BoardSummary, state: Bytes })),
  /** Resolves only after the update is durably committed. */
  applyBoardUpdate: procedure(z.object({ id: Id, update: YjsUpdate }), z.object({ committed: z.literal(true) })),
  closeBoard: procedure(z.object({ id: Id }), z.object({ closed: z.literal(true) })),
  /** Moves a board to the trash (it leaves lists and search); kept 30 days, then purged. */
  deleteBoard: procedure(z.object({ id: Id }), TrashedBoard),
  /** Takes a board out of the trash; a board that is not in it is returned as it is. */
  restoreBoard: procedure(z.object({ id: Id }), BoardSummary),
  /** Boards in the trash, newest deletion first; of one exercise when given. */
  listTrash: procedure(z.object({ exerciseId: Id.optional() }), z.array(TrashedBoard)),
  /** Deletes a board in the trash forever, now; a board not in the trash is refused (`conflict`). */
  purgeBoard: procedure(z.object({ id: Id }), z.object({ purged: z.literal(true) })),
};
