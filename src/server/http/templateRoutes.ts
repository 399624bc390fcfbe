import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Authenticated } from '../auth/sessions';
import { readBoardHeader } from '../../shared/documents/boardDoc';
import { HubTemplateInfo, readTemplate, setTemplateWithdrawn, templateDocumentName, templatePayloadOf, writeTemplate } from '../../shared/documents/templateDoc';
import type { Notice } from '../dashboard/assignments';
import { coordinationMessages } from '../dashboard/coordinationMessages';
import type { Language } from '../dashboard/portfolio';
import { PublishForm, templatesPage, TemplateStateForm, type TemplateRow } from '../dashboard/templatePages';
import { editHubDocument, readHubDocument } from '../sync/hubDocuments';
import { csrfToken } from './csrf';
import type { DirectoryDeps } from './directoryRoutes';
import { coordinates, type PageOutcome } from './outcome';

/**
 * Templates: a coordinator publishes a synced board of an exercise as `template:<id>` (a copy of
 * its elements, named in es/en), lists them at `/dashboard/templates`, and withdraws them
 * (the document stays, flagged, so desktops that have it hide it at their next sync).
 */
export function templateRoutes(deps: DirectoryDeps, exercisePage: (auth: Authenticated, language: Language, exerciseId: string, notice: Notice) => Promise<PageOutcome>) {
  const { documents } = deps.hubDocuments;

  async function templates(): Promise<TemplateRow[]> {
    const rows: TemplateRow[] = [];
    for (const record of (await documents.records()).filter((candidate) => candidate.kind === 'template')) {
      const template = await readHubDocument(documents, record.name, readTemplate);
      if (template) rows.push({ id: record.name.slice('template:'.length), info: template.info, elements: template.payload.elements.length });
    }
    return rows.sort((a, b) => b.info.publishedAt.localeCompare(a.info.publishedAt));
  }

  return {
    /** The synced boards of an exercise, with their titles, for the publish form. */
    async boardsOf(exerciseId: string): Promise<{ id: string; title: string }[]> {
      const boards = (await documents.records()).filter((record) => record.kind === 'board' && record.exerciseId === exerciseId);
      const titled = await Promise.all(boards.map(async (record) => ({
        id: record.name.slice('board:'.length), title: await readHubDocument(documents, record.name, (doc) => readBoardHeader(doc).title),
      })));
      return titled.sort((a, b) => a.title.localeCompare(b.title, 'es'));
    },

    async show(auth: Authenticated, language: Language, url: URL, notice?: Notice, status = 200): Promise<PageOutcome> {
      const text = coordinationMessages[language].templates;
      const done = url.searchParams.get('done');
      const shown = notice ?? (done === 'withdrawn' ? { text: text.withdrawnNotice } : done === 'restored' ? { text: text.restoredNotice } : undefined);
      const csrf = coordinates(auth.user.role) ? csrfToken(deps.csrfKey, auth.device.id) : undefined;
      return { status, body: templatesPage(language, { templates: await templates(), csrf, notice: shown }, auth.user.email) };
    },

    /** POST /dashboard/exercises/:id/templates, already checked for session, CSRF and role. */
    async publish(auth: Authenticated, language: Language, exerciseId: string, form: Record<string, string>): Promise<PageOutcome> {
      const text = coordinationMessages[language];
      const refuse = (message: string) => exercisePage(auth, language, exerciseId, { text: message, error: true });
      const parsed = PublishForm.safeParse(form);
      if (!parsed.success) return refuse(text.invalidForm);
      const info = HubTemplateInfo.safeParse({
        name: { 'es-CO': parsed.data.nameEs, en: parsed.data.nameEn },
        description: { 'es-CO': parsed.data.descriptionEs, en: parsed.data.descriptionEn },
        boardKind: 'blank', publishedAt: new Date().toISOString(), withdrawn: false,
      });
      if (!info.success) return refuse(text.templates.invalidName);
      const boardName = `board:${parsed.data.boardId}`;
      const record = await documents.record(boardName);
      const state = record?.exerciseId === exerciseId ? await documents.load(boardName) : null;
      if (!state) return refuse(text.templates.missingBoard);
      const board = new Y.Doc();
      try {
        Y.applyUpdate(board, state);
        const payload = templatePayloadOf(board);
        const boardKind = HubTemplateInfo.shape.boardKind.parse(readBoardHeader(board).kind);
        await editHubDocument(deps.hubDocuments, templateDocumentName(randomUUID()), { id: auth.user.id, role: auth.user.role },
          (doc) => writeTemplate(doc, { ...info.data, boardKind }, payload));
      } finally {
        board.destroy();
      }
      return { status: 303, body: '', location: `/dashboard/exercises/${encodeURIComponent(exerciseId)}?lang=${language}&done=published` };
    },

    /** POST /dashboard/templates: withdraw, or publish again. */
    async setState(auth: Authenticated, language: Language, form: Record<string, string>, url: URL): Promise<PageOutcome> {
      const text = coordinationMessages[language];
      const parsed = TemplateStateForm.safeParse(form);
      if (!parsed.success) return this.show(auth, language, url, { text: text.invalidForm, error: true }, 400);
      const name = templateDocumentName(parsed.data.id);
      if (!(await documents.record(name))) return this.show(auth, language, url, { text: text.templates.missingTemplate, error: true }, 400);
      const withdrawn = parsed.data.action === 'withdraw';
      await editHubDocument(deps.hubDocuments, name, { id: auth.user.id, role: auth.user.role }, (doc) => setTemplateWithdrawn(doc, withdrawn));
      return { status: 303, body: '', location: `/dashboard/templates?lang=${language}&done=${withdrawn ? 'withdrawn' : 'restored'}` };
    },
  };
}
