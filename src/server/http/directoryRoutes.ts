import { randomUUID } from 'node:crypto';
import type { Authenticated } from '../auth/sessions';
import { directoryDocumentName, DirectoryEntryFields, putDirectoryEntry, readDirectory, removeDirectoryEntry } from '../../shared/documents/directoryDoc';
import { coordinationMessages } from '../dashboard/coordinationMessages';
import { directoryPage, DirectoryForm, type DirectoryView } from '../dashboard/directoryPages';
import type { Language } from '../dashboard/portfolio';
import { editHubDocument, readHubDocument, type HubDocumentDeps } from '../sync/hubDocuments';
import { csrfToken } from './csrf';
import { coordinates, type PageOutcome } from './outcome';

export interface DirectoryDeps {
  csrfKey: Buffer;
  hubDocuments: HubDocumentDeps;
}

type Field = keyof NonNullable<DirectoryView['errors']>;
const fields: readonly Field[] = ['name', 'kind', 'department', 'sector', 'website'];

/**
 * `/dashboard/directory`: every signed-in role reads the entity directory; coordinators and
 * admins add, edit and remove entries, which the hub writes into `directory:entities`
 * (sync/hubDocuments.ts), so they reach desktops at their next sync.
 */
export function directoryRoutes(deps: DirectoryDeps) {
  const entries = () => readHubDocument(deps.hubDocuments.documents, directoryDocumentName, readDirectory);

  async function page(auth: Authenticated, language: Language, view: Omit<DirectoryView, 'entries'>, status = 200): Promise<PageOutcome> {
    const csrf = coordinates(auth.user.role) ? csrfToken(deps.csrfKey, auth.device.id) : undefined;
    return { status, body: directoryPage(language, { ...view, entries: await entries(), csrf }, auth.user.email) };
  }

  return {
    async show(auth: Authenticated, language: Language, url: URL): Promise<PageOutcome> {
      const text = coordinationMessages[language].directory;
      const done = url.searchParams.get('done');
      const notice = done === 'saved' ? { text: text.saved } : done === 'removed' ? { text: text.removed } : undefined;
      const editing = (await entries()).find((entry) => entry.id === url.searchParams.get('edit'));
      const draft = editing ? { ...editing, website: editing.website ?? '' } : undefined;
      return page(auth, language, { notice, draft });
    },

    /** A POST already checked for session, CSRF token and role (coordination.ts). */
    async submit(auth: Authenticated, language: Language, form: Record<string, string>): Promise<PageOutcome> {
      const text = coordinationMessages[language];
      const parsed = DirectoryForm.safeParse(form);
      if (!parsed.success) return page(auth, language, { notice: { text: text.invalidForm, error: true } }, 400);
      const back = (done: 'saved' | 'removed'): PageOutcome => ({ status: 303, body: '', location: `/dashboard/directory?lang=${language}&done=${done}` });
      const data = parsed.data;
      const editor = { id: auth.user.id, role: auth.user.role };
      if (data.action === 'remove') {
        let removed = false;
        await editHubDocument(deps.hubDocuments, directoryDocumentName, editor, (doc) => {
          removed = removeDirectoryEntry(doc, data.id);
        });
        return removed ? back('removed') : page(auth, language, { notice: { text: text.directory.missing, error: true } }, 400);
      }
      const { lang: _lang, csrf: _csrf, action: _action, id, ...values } = data;
      const entry = DirectoryEntryFields.safeParse(values);
      if (!entry.success) {
        const errors: DirectoryView['errors'] = {};
        for (const issue of entry.error.issues) {
          const field = fields.find((candidate) => candidate === issue.path[0]);
          if (field) errors[field] = text.directory.invalid[field];
        }
        return page(auth, language, { draft: { id, ...values }, errors, notice: { text: text.invalidForm, error: true } }, 400);
      }
      if (id && !(await entries()).some((existing) => existing.id === id)) {
        return page(auth, language, { notice: { text: text.directory.missing, error: true } }, 400);
      }
      await editHubDocument(deps.hubDocuments, directoryDocumentName, editor, (doc) => putDirectoryEntry(doc, id || randomUUID(), entry.data));
      return back('saved');
    },
  };
}
