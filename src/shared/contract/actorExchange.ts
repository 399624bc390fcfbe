import { z } from 'zod';
import { ActorFields, ActorRegister, RelationshipFields } from '../domain/actor';
import { Id } from '../domain/ids';
import { KumuFormat, KumuProblem, kumuLimits } from '../interchange/kumu';
import { KumuImportSummary } from '../interchange/kumuImport';
import { Bytes } from './boards';
import { procedure } from './procedure';

const inExercise = { exerciseId: Id };

/** Files the user picked: one XLSX, or an Elements and a Connections CSV. Sizes are checked again by the reader. */
const ImportFiles = z
  .array(z.object({ fileName: z.string().max(300), bytes: Bytes }))
  .min(1)
  .max(kumuLimits.files);

const ExportedFile = z.object({ fileName: z.string(), mime: z.string(), bytes: Bytes });

/** What undoes one import: the actors and connections it added, and the values it replaced. */
export const KumuImportUndo = z.object({
  addedActorIds: z.array(Id).max(kumuLimits.elementRows),
  addedRelationshipIds: z.array(Id).max(kumuLimits.connectionRows),
  replacedActors: z.array(z.object({ id: Id, fields: ActorFields })).max(kumuLimits.elementRows),
  replacedRelationships: z.array(z.object({ id: Id, fields: RelationshipFields })).max(kumuLimits.connectionRows),
});
export type KumuImportUndo = z.infer<typeof KumuImportUndo>;

/** A file the import will not take: nothing was written, `problem` says why. */
const Refused = z.object({ status: z.literal('refused'), problem: KumuProblem });

/**
 * The actor register as Kumu-compatible spreadsheets (src/shared/interchange/kumu.ts). Files
 * travel as bytes and are read in the core, so the renderer never parses a spreadsheet. An
 * import is previewed first (the same reading, nothing written), then applied in one step
 * that can be undone.
 */
export const actorExchangeContract = {
  exportActorRegister: procedure(z.object({ ...inExercise, format: KumuFormat }), z.object({ files: z.array(ExportedFile) })),
  previewActorImport: procedure(
    z.object({ ...inExercise, files: ImportFiles }),
    z.discriminatedUnion('status', [Refused, z.object({ status: z.literal('ready'), summary: KumuImportSummary })]),
  ),
  importActors: procedure(
    z.object({ ...inExercise, files: ImportFiles }),
    z.discriminatedUnion('status', [
      Refused,
      z.object({ status: z.literal('imported'), summary: KumuImportSummary, register: ActorRegister, undo: KumuImportUndo }),
    ]),
  ),
  undoActorImport: procedure(z.object({ ...inExercise, undo: KumuImportUndo }), ActorRegister),
};
