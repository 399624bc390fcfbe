import type { AppHandlers } from '../../shared/contract';
import { directoryDocumentId, readDirectory } from '../../shared/documents/directoryDoc';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'entityDirectory'>;

/** Reads what the hub published (synced like any document, never edited here). */
export function hubContentHandlers(context: () => StoreContext): Handlers {
  return {
    entityDirectory() {
      const store = context();
      if (store.documents.kindOf(directoryDocumentId) !== 'directory') return [];
      return readDirectory(store.documents.get(directoryDocumentId).doc);
    },
  };
}
