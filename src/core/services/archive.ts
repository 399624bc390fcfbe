import type { AppHandlers } from '../../shared/contract';
import { exportArchive } from '../archive/exportArchive';
import { importArchive } from '../archive/importArchive';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'exportArchive' | 'importArchive'>;

/**
 * The portable archive over the contract. Bytes, not paths: the renderer saves or picks the file
 * (a download in browser mode, the save dialog in the desktop app), so the core never writes
 * where a page asked it to.
 */
export function archiveHandlers(context: () => StoreContext): Handlers {
  return {
    exportArchive({ exerciseId }) {
      const store = context();
      const { bytes, manifest } = exportArchive(store, exerciseId === undefined ? {} : { exerciseId });
      const day = manifest.createdAt.slice(0, 10);
      const fileName = exerciseId === undefined ? `minga-${day}.zip` : `minga-${exerciseId.slice(0, 8)}-${day}.zip`;
      return { bytes, fileName, documents: manifest.documents.length, assets: manifest.assets.length };
    },
    importArchive({ bytes }) {
      const { created, merged, unchanged, assets } = importArchive(context(), bytes);
      return { created, merged, unchanged, assets };
    },
  };
}
