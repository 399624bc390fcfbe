import * as Y from 'yjs';
import { addInitiative, addMilestone, addObjective, type WriteResult } from './edits';

export function idOf(result: WriteResult): string {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.id;
}

/**
 * The worked example of the tests (numbers in timeline.test.ts and summary.test.ts):
 * O1 «Atención digital»: O1.1 Portal 2026-01-15 → 2026-03-31 done, O1.2 Chatbot 2026-03-01 → 2026-06-30 in progress;
 * O2 «Cultura»: O2.1 Formación 2026-05-10 → 2026-09-20 not started;
 * H1 «Lanzamiento» 2026-04-01 on the chatbot, H2 «Informe» 2026-10-05 tied to nothing.
 */
export function examplePlan(doc: Y.Doc = new Y.Doc(), origin?: unknown) {
  const digital = idOf(addObjective(doc, { title: 'Atención digital' }, origin));
  const culture = idOf(addObjective(doc, { title: 'Cultura', description: 'Equipos que innovan' }, origin));
  const portal = idOf(addInitiative(doc, { objectiveId: digital, name: 'Portal', owner: 'TIC', start: '2026-01-15', end: '2026-03-31', status: 'done' }, origin));
  const chatbot = idOf(addInitiative(doc, { objectiveId: digital, name: 'Chatbot', owner: 'Atención', start: '2026-03-01', end: '2026-06-30', status: 'in-progress' }, origin));
  const training = idOf(addInitiative(doc, { objectiveId: culture, name: 'Formación', owner: 'Talento', start: '2026-05-10', end: '2026-09-20' }, origin));
  const launch = idOf(addMilestone(doc, { name: 'Lanzamiento', date: '2026-04-01', link: `initiative:${chatbot}` }, origin));
  const report = idOf(addMilestone(doc, { name: 'Informe', date: '2026-10-05' }, origin));
  return { doc, digital, culture, portal, chatbot, training, launch, report };
}
