import type { AppHandlers } from '../../shared/contract';
import type { KumuImportUndo } from '../../shared/contract/actorExchange';
import {
  insertActor,
  insertRelationship,
  readActorRegister,
  removeActor,
  removeRelationship,
  updateActor,
  updateRelationship,
} from '../../shared/documents/actorRegister';
import { readExercise } from '../../shared/documents/exerciseDoc';
import { newId } from '../../shared/domain/ids';
import { foldText } from '../../shared/domain/text';
import { KumuRefusal, registerToSheets, type KumuProblem } from '../../shared/interchange/kumu';
import { planKumuImport, type KumuImportPlan } from '../../shared/interchange/kumuImport';
import type { Session, StoreContext } from './context';
import { editExercise, exerciseDoc } from './exerciseEdit';
import { kumuMimes, readKumuFiles, writeKumuCsv, writeKumuWorkbook } from './kumuFiles';

type Handlers = Pick<AppHandlers<Session>, 'exportActorRegister' | 'previewActorImport' | 'importActors' | 'undoActorImport'>;
type Files = { fileName: string; bytes: Uint8Array }[];

/** A file name from the exercise's title: "Movilidad segura" → "movilidad-segura". */
function fileStem(title: string): string {
  return foldText(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'actores';
}

/** Reads the files and plans the import against the register as it is now; a refusal is an answer, not an error. */
async function plan(store: StoreContext, exerciseId: string, files: Files): Promise<{ plan: KumuImportPlan } | { problem: KumuProblem }> {
  const doc = exerciseDoc(store, exerciseId);
  try {
    const sheets = await readKumuFiles(files);
    return { plan: planKumuImport(readActorRegister(doc), sheets) };
  } catch (error) {
    if (error instanceof KumuRefusal) return { problem: error.problem };
    throw error;
  }
}

/** The actor register to and from Kumu-compatible spreadsheets (see src/shared/interchange/kumu.ts). */
export function actorExchangeHandlers(context: () => StoreContext): Handlers {
  return {
    exportActorRegister: async ({ exerciseId, format }) => {
      const doc = exerciseDoc(context(), exerciseId);
      const sheets = registerToSheets(readActorRegister(doc));
      const stem = `${fileStem(readExercise(doc, exerciseId).title)}-actores`;
      if (format === 'xlsx') return { files: [{ fileName: `${stem}.xlsx`, mime: kumuMimes.xlsx, bytes: await writeKumuWorkbook(sheets) }] };
      return {
        files: [
          { fileName: `${stem}-elements.csv`, mime: kumuMimes.csv, bytes: writeKumuCsv(sheets.elements) },
          { fileName: `${stem}-connections.csv`, mime: kumuMimes.csv, bytes: writeKumuCsv(sheets.connections) },
        ],
      };
    },

    previewActorImport: async ({ exerciseId, files }) => {
      const result = await plan(context(), exerciseId, files);
      return 'problem' in result ? { status: 'refused', problem: result.problem } : { status: 'ready', summary: result.plan.summary };
    },

    importActors: async ({ exerciseId, files }, session) => {
      const store = context();
      const result = await plan(store, exerciseId, files);
      if ('problem' in result) return { status: 'refused', problem: result.problem };
      const { plan: changes } = result;
      const undo: KumuImportUndo = {
        addedActorIds: changes.newActors.map(({ id }) => id),
        addedRelationshipIds: [],
        replacedActors: changes.updatedActors.map(({ id, previous }) => ({ id, fields: previous })),
        replacedRelationships: changes.updatedConnections.map(({ id, previous }) => ({ id, fields: previous })),
      };
      // One transaction for the whole import: it lands completely or not at all.
      const register = editExercise(store, session, exerciseId, 'actor', readActorRegister, (doc, now) => {
        // The register lists entries by creation time: a millisecond apart, they keep the file's order.
        const at = (index: number) => new Date(Date.parse(now) + index).toISOString();
        doc.transact(() => {
          changes.newActors.forEach(({ id, fields }, index) => insertActor(doc, id, fields, at(index)));
          for (const { id, fields } of changes.updatedActors) updateActor(doc, id, fields, now);
          changes.newConnections.forEach((fields, index) => {
            const id = newId();
            if (insertRelationship(doc, id, fields, at(index))) undo.addedRelationshipIds.push(id);
          });
          for (const { id, fields } of changes.updatedConnections) updateRelationship(doc, id, fields, now);
        });
        return true;
      });
      return { status: 'imported', summary: changes.summary, register, undo };
    },

    // Entries edited or removed since the import are left as they are now: undo never fails half way.
    undoActorImport: ({ exerciseId, undo }, session) =>
      editExercise(context(), session, exerciseId, 'actor', readActorRegister, (doc, now) => {
        doc.transact(() => {
          for (const id of undo.addedRelationshipIds) removeRelationship(doc, id, now);
          for (const id of undo.addedActorIds) removeActor(doc, id, now);
          for (const { id, fields } of undo.replacedActors) updateActor(doc, id, fields, now);
          for (const { id, fields } of undo.replacedRelationships) updateRelationship(doc, id, fields, now);
        });
        return true;
      }),
  };
}
