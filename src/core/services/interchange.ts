import type { AppHandlers } from '../../shared/contract';
import { ExerciseFields } from '../../shared/domain/exercise';
import { ApiError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { WorkshopFields } from '../../shared/domain/workshop';
import { initBoardDoc } from '../../shared/documents/boardDoc';
import { initExerciseDoc } from '../../shared/documents/exerciseDoc';
import { readMeta } from '../../shared/documents/schema';
import { initWorkshopDoc } from '../../shared/documents/workshopDoc';
import { readBoardContent, writeBoardContent } from '../../shared/interchange/boardContent';
import { readImportFile, titleFromFileName } from '../../shared/interchange/importFile';
import { boardToCanvas, canvasFileName, serializeCanvas } from '../../shared/interchange/jsonCanvasExport';
import { ImportRefused } from '../../shared/interchange/refusal';
import { boardSummary } from './boards';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'exportBoardCanvas' | 'importBoardFile'>;

/** A refused file as the contract's error: the reason as a catalogue key, where in the file as the path. */
export function refusedError(error: ImportRefused): ApiError {
  return new ApiError(error.reason === 'tooLarge' ? 'too_large' : 'invalid_input', `The file was refused: ${error.message}`, [
    { path: error.where, key: `interchange.refused.${error.reason}` },
  ]);
}

/** Boards out to JSON Canvas and in from JSON Canvas or Excalidraw (src/shared/interchange). */
export function interchangeHandlers(context: () => StoreContext): Handlers {
  return {
    exportBoardCanvas({ boardId }) {
      const store = context();
      if (store.documents.kindOf(boardId) !== 'board') throw new ApiError('not_found', `No board ${boardId}.`);
      const content = readBoardContent(store.documents.get(boardId).doc);
      return { fileName: canvasFileName(content.title), content: serializeCanvas(boardToCanvas(content)) };
    },
    importBoardFile({ fileName, content, exerciseId, workshopId }, session) {
      const store = context();
      // The whole file is read and checked before anything is written.
      let imported;
      try {
        imported = readImportFile(fileName, content);
      } catch (error) {
        if (error instanceof ImportRefused) throw refusedError(error);
        throw error;
      }
      if (workshopId && store.documents.kindOf(workshopId) !== 'workshop') throw new ApiError('not_found', `No workshop ${workshopId}.`);
      if (exerciseId && store.documents.kindOf(exerciseId) !== 'exercise') throw new ApiError('not_found', `No exercise ${exerciseId}.`);
      const parentExercise = workshopId ? readMeta(store.documents.get(workshopId).doc)?.exerciseId : exerciseId;
      if (workshopId && exerciseId && parentExercise !== exerciseId) throw new ApiError('invalid_input', `Workshop ${workshopId} is not in exercise ${exerciseId}.`);
      const name = titleFromFileName(fileName);
      const now = store.now();
      const targetExercise = parentExercise ?? newId();
      const targetWorkshop = workshopId ?? newId();
      const boardId = newId();
      const created = [!parentExercise && targetExercise, !workshopId && targetWorkshop, boardId].filter((id): id is string => Boolean(id));
      store.transact(created, () => {
        if (!parentExercise) {
          store.documents.create(targetExercise, 'exercise', (doc) => initExerciseDoc(doc, ExerciseFields.parse({ title: name }), now));
          store.projector.project(targetExercise);
        }
        if (!workshopId) {
          store.documents.create(targetWorkshop, 'workshop', (doc) => initWorkshopDoc(doc, targetExercise, WorkshopFields.parse({ title: name }), now));
          store.projector.project(targetWorkshop);
        }
        store.documents.create(boardId, 'board', (doc) => {
          initBoardDoc(doc, { exerciseId: targetExercise, workshopId: targetWorkshop }, imported.content.title, imported.content.kind, now);
          writeBoardContent(doc, imported.content);
        });
        store.projector.project(boardId);
      });
      store.notifyChanged(session);
      store.projector.flush();
      const row = store.db.prepare<[string], Parameters<typeof boardSummary>[0]>('SELECT * FROM boards WHERE id = ?').get(boardId)!;
      return { format: imported.format, exerciseId: targetExercise, workshopId: targetWorkshop, boards: [boardSummary(row)], summary: imported.summary };
    },
  };
}
