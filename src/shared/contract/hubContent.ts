import { z } from 'zod';
import { BoardFields, BoardKind } from '../domain/board';
import { Id } from '../domain/ids';
import { DirectoryEntry } from '../documents/directoryDoc';
import { HubTemplateInfo } from '../documents/templateDoc';
import { procedure } from './procedure';

/** A published template as the new-board picker lists it. */
export const HubTemplateSummary = z.object({
  id: Id,
  name: HubTemplateInfo.shape.name,
  description: HubTemplateInfo.shape.description,
  boardKind: BoardKind,
  elementCount: z.number().int(),
});
export type HubTemplateSummary = z.infer<typeof HubTemplateSummary>;

/**
 * What the central office publishes and the desktop receives by sync: the entity directory
 * (offered in the exercise form) and board templates (offered in the new-board picker).
 * Read-only here: only the hub writes these documents.
 */
export const hubContentContract = {
  /** The synced entity directory, sorted by name; empty before the first sync. */
  entityDirectory: procedure(z.object({}).default({}), z.array(DirectoryEntry)),
  /** Published templates not withdrawn, by Spanish name. */
  hubTemplates: procedure(z.object({}).default({}), z.array(HubTemplateSummary)),
  /** A new board in a workshop holding a copy of a published template's elements (new ids). */
  createBoardFromHubTemplate: procedure(z.object({ workshopId: Id, templateId: Id, fields: BoardFields.pick({ title: true }) }), z.object({ id: Id })),
};
