import type * as Y from 'yjs';
import { readActorRegister } from '../../shared/documents/actorRegister';
import { readExercise } from '../../shared/documents/exerciseDoc';
import { readWorkshop } from '../../shared/documents/workshopDoc';
import { boardElementCount, boardText, readBoardHeader, readElements } from '../../shared/documents/boardDoc';
import { readMeta, type DocumentKind } from '../../shared/documents/schema';
import { boardDeletedAt, boardDeletedBy } from '../../shared/documents/trash';
import type { Db } from '../store/database';
import type { DocumentStore } from './documentStore';

/**
 * Lists, counts and the search index are projections of the documents. They are refreshed
 * right after a form edit, and a moment after board edits (a burst of typing projects once);
 * a crash in between is repaired at start-up, because each document records the last update
 * it was projected from.
 */
/** Documents projected per slice of the background catch-up (about 5 ms each for a 100-note board). */
const sliceSize = 20;

export class Projector {
  private readonly dirty = new Set<string>();
  private holds = 0;
  private readonly waiting: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly statements;

  constructor(private readonly db: Db, private readonly store: DocumentStore, private readonly delayMs = 300) {
    this.statements = {
      upsertExercise: db.prepare(
        `INSERT INTO exercises (id, title, lead_entity, phase, archived, start_date, updated_at)
         VALUES (@id, @title, @leadEntity, @phase, @archived, @startDate, @updatedAt)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, lead_entity = excluded.lead_entity, phase = excluded.phase,
           archived = excluded.archived, start_date = excluded.start_date, updated_at = excluded.updated_at`,
      ),
      upsertWorkshop: db.prepare(
        `INSERT INTO workshops (id, exercise_id, title, date, municipality, department, modality, participant_count, updated_at)
         VALUES (@id, @exerciseId, @title, @date, @municipality, @department, @modality, @participantCount, @updatedAt)
         ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, title = excluded.title, date = excluded.date,
           municipality = excluded.municipality, department = excluded.department, modality = excluded.modality,
           participant_count = excluded.participant_count, updated_at = excluded.updated_at`,
      ),
      upsertBoard: db.prepare(
        `INSERT INTO boards (id, workshop_id, exercise_id, title, kind, element_count, updated_at, deleted_at, deleted_by)
         VALUES (@id, @workshopId, @exerciseId, @title, @kind, @elementCount, @updatedAt, @deletedAt, @deletedBy)
         ON CONFLICT (id) DO UPDATE SET workshop_id = excluded.workshop_id, exercise_id = excluded.exercise_id,
           title = excluded.title, kind = excluded.kind, element_count = excluded.element_count, updated_at = excluded.updated_at,
           deleted_at = excluded.deleted_at, deleted_by = excluded.deleted_by`,
      ),
      deleteSearch: db.prepare('DELETE FROM search_index WHERE doc_id = ?'),
      insertSearch: db.prepare(
        'INSERT INTO search_index (doc_id, kind, exercise_id, workshop_id, title, body) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      markProjected: db.prepare(
        'UPDATE documents SET projected_seq = (SELECT COALESCE(MAX(seq), documents.snapshot_seq) FROM document_updates WHERE doc_id = documents.id) WHERE id = ?',
      ),
      stale: db.prepare<[], { id: string }>(
        `SELECT id FROM documents d WHERE d.projected_seq < d.snapshot_seq
           OR EXISTS (SELECT 1 FROM document_updates u WHERE u.doc_id = d.id AND u.seq > d.projected_seq)`,
      ),
      boardUpdatedAt: db.prepare<[string], { updated_at: string }>('SELECT updated_at FROM boards WHERE id = ?'),
      allIds: db.prepare<[], { id: string }>('SELECT id FROM documents ORDER BY kind, id'),
    };
  }

  /**
   * Defers the timer while a bulk job (a sync round bringing in many documents) runs, so its
   * projections are done once, in one transaction, when it ends. Readers still get current
   * lists: they flush before reading. Returns the release.
   */
  hold(): () => void {
    this.holds += 1;
    return () => {
      this.holds -= 1;
      if (this.holds === 0 && this.dirty.size > 0) this.startTimer();
    };
  }

  /** Marks a document for projection soon (board edits). */
  schedule(id: string): void {
    this.dirty.add(id);
    if (this.holds > 0) return;
    this.startTimer();
  }

  private startTimer(delayMs = this.delayMs): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drainSlice();
    }, delayMs);
    this.timer.unref();
  }

  /**
   * The timer's work, a slice at a time: a sync round that brought a thousand boards must not
   * hold the core for seconds (about 5 ms a board) while windows wait for answers. A reader's
   * `flush` still finishes whatever is left at once.
   */
  private drainSlice(): void {
    const slice = [...this.dirty].slice(0, sliceSize);
    for (const id of slice) this.dirty.delete(id);
    this.db.transaction(() => {
      for (const id of slice) if (this.store.has(id)) this.project(id);
    })();
    if (this.dirty.size > 0) {
      if (this.holds === 0) this.startTimer(0);
    } else this.settle();
  }

  /** Resolves once nothing waits for projection (lists and search are current). */
  drained(): Promise<void> {
    if (this.dirty.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private settle(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Projects everything pending now; readers call this before reading projections. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.dirty.size === 0) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    this.db.transaction(() => {
      for (const id of ids) if (this.store.has(id)) this.project(id);
    })();
    this.settle();
  }

  /** Projects one document now, inside the caller's transaction if there is one. */
  project(id: string): void {
    this.dirty.delete(id);
    const { doc, kind } = this.store.get(id);
    this.projectDocument(id, kind, doc);
    this.statements.markProjected.run(id);
  }

  /** Repairs projections left stale by a crash. Returns how many were redone. */
  catchUp(): number {
    const stale = this.statements.stale.all();
    if (stale.length === 0) return 0;
    this.db.transaction(() => {
      for (const { id } of stale) this.project(id);
    })();
    return stale.length;
  }

  /** Regenerates every projection from the documents (`minga doctor --rebuild`). */
  rebuildAll(): number {
    const ids = this.statements.allIds.all();
    this.db.transaction(() => {
      this.db.exec('DELETE FROM exercises; DELETE FROM workshops; DELETE FROM boards; DELETE FROM search_index;');
      for (const { id } of ids) this.project(id);
    })();
    return ids.length;
  }

  private projectDocument(id: string, kind: DocumentKind, doc: Y.Doc): void {
    const meta = readMeta(doc);
    if (kind === 'exercise') {
      const exercise = readExercise(doc, id);
      this.statements.upsertExercise.run({ ...exercise, archived: exercise.archived ? 1 : 0 });
      // Actors of the register are found by name and strategy; owners are people and stay out.
      const actors = readActorRegister(doc).actors.flatMap((actor) => [actor.name, actor.engagementStrategy]);
      const body = [exercise.challenge, exercise.leadEntity, ...exercise.otherActors, ...exercise.team, ...actors].join('\n');
      this.index(id, kind, id, null, exercise.title, body);
    } else if (kind === 'workshop') {
      const workshop = readWorkshop(doc, id);
      this.statements.upsertWorkshop.run({ ...workshop, participantCount: workshop.participants.length });
      // Participant names are personal data and stay out of the search index on purpose.
      const body = [
        workshop.objective, workshop.municipality, workshop.department,
        ...workshop.agenda.map((item) => `${item.activity} ${item.method} ${item.responsible}`),
        ...workshop.decisions.map((decision) => `${decision.text} ${decision.owner}`),
      ].join('\n');
      this.index(id, kind, workshop.exerciseId, id, workshop.title, body);
    } else if (kind === 'directory' || kind === 'template') {
      // The hub's directory and templates are read where they are used (exercise form, board
      // picker); they have no list rows and are not searched as the user's own work.
    } else {
      const header = readBoardHeader(doc);
      const elements = readElements(doc);
      const row = {
        id,
        workshopId: meta?.workshopId ?? '',
        exerciseId: meta?.exerciseId ?? '',
        title: header.title,
        kind: header.kind,
        elementCount: boardElementCount(elements),
        updatedAt: this.store.lastChangedAt(id) ?? this.statements.boardUpdatedAt.get(id)?.updated_at ?? header.createdAt,
        deletedAt: boardDeletedAt(doc) ?? null,
        deletedBy: boardDeletedBy(doc) ?? null,
      };
      this.statements.upsertBoard.run(row);
      // A board in the trash keeps its row (the trash lists it) but leaves the search index.
      if (row.deletedAt) this.statements.deleteSearch.run(id);
      else this.index(id, kind, row.exerciseId, row.workshopId, header.title, boardText(doc, elements));
    }
  }

  private index(id: string, kind: DocumentKind, exerciseId: string, workshopId: string | null, title: string, body: string): void {
    this.statements.deleteSearch.run(id);
    this.statements.insertSearch.run(id, kind, exerciseId, workshopId, title, body);
  }
}
