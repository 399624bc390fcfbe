import { z } from 'zod';
import { dataDirOption, parseCommand } from '../args';
import { openEngine } from '../openEngine';
import type { Session } from '../../core/services/context';

export const listHelp = 'minga list [--data DIR] [--json]      exercises with their workshops and boards';

export interface ListedItem {
  id: string;
  title: string;
  kind: 'exercise' | 'workshop' | 'board';
  elements?: number;
  archived?: boolean;
  children?: ListedItem[];
}

export async function list(argv: string[]): Promise<void> {
  const args = parseCommand(argv, {}, z.object({ data: dataDirOption, json: z.boolean() }));
  const engine = openEngine(args.data, 'cli');
  try {
    const session: Session = engine.connect({});
    const { handlers } = engine;
    const exercises = await handlers.listExercises({ includeArchived: true }, session);
    const tree: ListedItem[] = [];
    for (const exercise of exercises) {
      const workshops: ListedItem[] = [];
      for (const workshop of await handlers.listWorkshops({ exerciseId: exercise.id }, session)) {
        const boards = (await handlers.listBoards({ workshopId: workshop.id }, session)).map((board) => ({
          id: board.id, title: board.title, kind: 'board' as const, elements: board.elementCount,
        }));
        workshops.push({ id: workshop.id, title: workshop.title, kind: 'workshop', children: boards });
      }
      tree.push({ id: exercise.id, title: exercise.title, kind: 'exercise', archived: exercise.archived, children: workshops });
    }
    if (args.json) {
      console.log(JSON.stringify({ exercises: tree }, null, 2));
      return;
    }
    if (tree.length === 0) console.log('No exercises yet.');
    for (const exercise of tree) {
      console.log(`${exercise.title}${exercise.archived ? ' (archived)' : ''}  [${exercise.id}]`);
      for (const workshop of exercise.children ?? []) {
        console.log(`  ${workshop.title}  [${workshop.id}]`);
        for (const board of workshop.children ?? []) console.log(`    ${board.title} — ${board.elements} elements  [${board.id}]`);
      }
    }
  } finally {
    engine.close();
  }
}
