import * as Y from 'yjs';
import { readActorRegister } from '../../shared/documents/actorRegister';
import { readBoardHeader } from '../../shared/documents/boardDoc';
import { readExercise } from '../../shared/documents/exerciseDoc';
import { readContributions, readIndicators } from '../../shared/documents/exerciseResults';
import { indicatorStatus } from '../../shared/domain/indicator';
import { readWorkshop } from '../../shared/documents/workshopDoc';
import { parseDocumentName } from '../access';
import type { DocumentStore } from '../store/types';
import type { ExerciseResultRows, ProjectionStore } from './rows';

/**
 * Decodes one stored document with the shared readers (the same ones the desktop uses, so both
 * read a field alike) and replaces its rows. Reads what is stored, never a document in memory:
 * the store is the truth, and a projection then never shows an edit that was not committed.
 * The exercise a document belongs to comes from its record, fixed when the hub first stored it.
 * Returns false for a document the hub has no record of.
 */
export async function projectDocument(name: string, documents: DocumentStore, projections: ProjectionStore): Promise<boolean> {
  const parsed = parseDocumentName(name);
  const record = parsed ? await documents.record(name) : undefined;
  const state = record ? await documents.load(name) : null;
  if (!parsed || !record || !state) return false;
  // Hub-owned documents (directory, templates) belong to no exercise: the portfolio has no rows for them.
  const exerciseId = record.exerciseId;
  if (exerciseId === null) return true;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    switch (record.kind) {
      case 'exercise': {
        const exercise = readExercise(doc, parsed.id);
        await projections.putExercise({
          id: exerciseId, title: exercise.title, leadEntity: exercise.leadEntity, phase: exercise.phase,
          archived: exercise.archived, startDate: exercise.startDate, endDate: exercise.endDate,
          createdAt: exercise.createdAt, updatedAt: exercise.updatedAt,
          sdgs: [...new Set(exercise.sdgs.filter((goal) => Number.isInteger(goal) && goal >= 1 && goal <= 17))],
          actors: readActorRegister(doc).actors.map((actor) => ({ id: actor.id, type: actor.type })),
        }, readResults(doc, exerciseId));
        return true;
      }
      case 'workshop': {
        const workshop = readWorkshop(doc, parsed.id);
        // Only the count per sector leaves the document (see rows.ts on data minimisation).
        const participantsBySector: Record<string, number> = {};
        for (const participant of workshop.participants) {
          participantsBySector[participant.sector] = (participantsBySector[participant.sector] ?? 0) + 1;
        }
        await projections.putWorkshop({
          id: parsed.id, exerciseId, title: workshop.title, date: workshop.date,
          municipality: workshop.municipality, department: workshop.department, modality: workshop.modality, participantsBySector,
        });
        return true;
      }
      case 'board':
        await projections.putBoard({ id: parsed.id, exerciseId, kind: readBoardHeader(doc).kind });
        return true;
      case 'directory':
      case 'template':
        return true;
    }
  } finally {
    doc.destroy();
  }
}

/** Contributions as they are; indicators reduced to what the dashboard shows at a glance. */
function readResults(doc: Y.Doc, exerciseId: string): ExerciseResultRows {
  return {
    contributions: readContributions(doc).map((entry) => ({
      exerciseId, id: entry.id, contributor: entry.contributor, kind: entry.kind, currency: entry.currency, amountMinor: entry.amountMinor, date: entry.date,
    })),
    indicators: readIndicators(doc).map((indicator) => {
      const status = indicatorStatus(indicator);
      return {
        exerciseId, id: indicator.id, title: indicator.title, unit: indicator.unit,
        baseline: indicator.baseline.value, baselineDate: indicator.baseline.date,
        target: status.target?.value ?? null, targetPeriod: status.target?.period ?? '',
        actual: status.latest?.value ?? null, actualPeriod: status.latest?.period ?? '',
        source: indicator.source, responsible: indicator.responsible,
      };
    }),
  };
}

/**
 * Recovery: projects every stored document again (after a restore, a bug fix in a reader, or
 * projections lost). Rows are replaced, never cleared first, so the dashboard stays usable while
 * it runs. Returns how many documents were projected.
 */
export async function rebuildProjections(documents: DocumentStore, projections: ProjectionStore): Promise<number> {
  let projected = 0;
  for (const record of await documents.records()) {
    if (await projectDocument(record.name, documents, projections)) projected += 1;
  }
  return projected;
}
