import { z } from 'zod';
import { Id } from '../domain/ids';
import {
  AgendaItemFields,
  DecisionFields,
  ParticipantFields,
  Workshop,
  WorkshopFields,
  WorkshopSummary,
} from '../domain/workshop';
import { procedure } from './procedure';

const inWorkshop = { workshopId: Id };

export const workshopsContract = {
  listWorkshops: procedure(z.object({ exerciseId: Id }), z.array(WorkshopSummary)),
  getWorkshop: procedure(z.object({ id: Id }), Workshop),
  createWorkshop: procedure(z.object({ exerciseId: Id, fields: WorkshopFields }), Workshop),
  updateWorkshop: procedure(z.object({ id: Id, fields: WorkshopFields }), Workshop),

  addAgendaItem: procedure(z.object({ ...inWorkshop, fields: AgendaItemFields }), Workshop),
  updateAgendaItem: procedure(z.object({ ...inWorkshop, itemId: Id, fields: AgendaItemFields }), Workshop),
  removeAgendaItem: procedure(z.object({ ...inWorkshop, itemId: Id }), Workshop),
  moveAgendaItem: procedure(z.object({ ...inWorkshop, itemId: Id, toIndex: z.number().int().min(0) }), Workshop),

  addParticipant: procedure(z.object({ ...inWorkshop, fields: ParticipantFields }), Workshop),
  updateParticipant: procedure(z.object({ ...inWorkshop, participantId: Id, fields: ParticipantFields }), Workshop),
  /**
   * Deletes a participant on request (Ley 1581): the record leaves the document and the
   * document's history is compacted so the personal data no longer exists in the store.
   */
  eraseParticipant: procedure(z.object({ ...inWorkshop, participantId: Id }), Workshop),
  /** A participant's data as JSON, for an access request. */
  exportParticipant: procedure(z.object({ ...inWorkshop, participantId: Id }), z.object({ fileName: z.string(), json: z.string() })),

  addDecision: procedure(z.object({ ...inWorkshop, fields: DecisionFields }), Workshop),
  updateDecision: procedure(z.object({ ...inWorkshop, decisionId: Id, fields: DecisionFields }), Workshop),
  removeDecision: procedure(z.object({ ...inWorkshop, decisionId: Id }), Workshop),
};
