import type { AppHandlers } from '../../shared/contract';
import type { HubTemplateSummary } from '../../shared/contract/hubContent';
import { pasteElements } from '../../shared/board/clipboard';
import { elementsBounds } from '../../shared/board/geometry';
import { ApiError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { initBoardDoc } from '../../shared/documents/boardDoc';
import { directoryDocumentId, readDirectory } from '../../shared/documents/directoryDoc';
import { readMeta } from '../../shared/documents/schema';
import { readTemplate } from '../../shared/documents/templateDoc';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'entityDirectory' | 'hubTemplates' | 'createBoardFromHubTemplate'>;

/** Reads what the hub published (synced like any document, never edited here). */
export function hubContentHandlers(context: () => StoreContext): Handlers {
  const template = (store: StoreContext, id: string) => {
    if (store.documents.kindOf(id) !== 'template') return undefined;
    const found = readTemplate(store.documents.get(id).doc);
    return found && !found.info.withdrawn ? found : undefined;
  };
  return {
    entityDirectory() {
      const store = context();
      if (store.documents.kindOf(directoryDocumentId) !== 'directory') return [];
      return readDirectory(store.documents.get(directoryDocumentId).doc);
    },
    hubTemplates() {
      const store = context();
      const ids = store.db.prepare<[], { id: string }>("SELECT id FROM documents WHERE kind = 'template'").all();
      return ids
        .flatMap(({ id }): HubTemplateSummary[] => {
          const found = template(store, id);
          return found ? [{ id, name: found.info.name, description: found.info.description, boardKind: found.info.boardKind, elementCount: found.payload.elements.length }] : [];
        })
        .sort((a, b) => a.name['es-CO'].localeCompare(b.name['es-CO'], 'es'));
    },
    createBoardFromHubTemplate({ workshopId, templateId, fields }, session) {
      const store = context();
      if (store.documents.kindOf(workshopId) !== 'workshop') throw new ApiError('not_found', `No workshop ${workshopId}.`);
      const found = template(store, templateId);
      if (!found) throw new ApiError('not_found', `No published template ${templateId}.`);
      const exerciseId = readMeta(store.documents.get(workshopId).doc)?.exerciseId ?? '';
      const id = newId();
      const box = elementsBounds(found.payload.elements);
      store.transact([id], () => {
        store.documents.create(id, 'board', (doc) => {
          initBoardDoc(doc, { exerciseId, workshopId }, fields.title, found.info.boardKind, store.now());
          // Placed as a paste would: new ids, connectors re-pointed, at the template's own positions.
          pasteElements(doc, found.payload, box ? { x: box.x, y: box.y } : { x: 0, y: 0 }, 'template', session.id);
        });
        store.projector.project(id);
      });
      store.notifyChanged(session);
      return { id };
    },
  };
}
