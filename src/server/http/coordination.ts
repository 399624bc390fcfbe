import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticated } from '../auth/sessions';
import { assignmentSection, AssignmentForm, type Notice } from '../dashboard/assignments';
import { coordinationMessages } from '../dashboard/coordinationMessages';
import { html, type Safe } from '../dashboard/html';
import { publishSection } from '../dashboard/templatePages';
import { messages } from '../dashboard/messages';
import { exercisePage, messagePage } from '../dashboard/pages';
import { exerciseDetail, type Language } from '../dashboard/portfolio';
import { csrfToken, csrfValid } from './csrf';
import { directoryRoutes, type DirectoryDeps } from './directoryRoutes';
import { templateRoutes } from './templateRoutes';
import { readForm } from './io';
import { coordinates, sendPage as send, type PageOutcome } from './outcome';
import { loadPortfolio, type PortfolioDeps } from './portfolioRoutes';

export interface CoordinationDeps extends PortfolioDeps, DirectoryDeps {
  /** The hub's signing key, from which each session's CSRF token is derived (csrf.ts). */
  csrfKey: Buffer;
  /** Runs the sync sweep at once, so an unassigned user's open documents close now. */
  sweepNow: () => Promise<unknown>;
}

/** Done-notices after a redirect (Post/Redirect/Get), by the `done` query parameter. */
type Done = 'assigned' | 'unassigned';

/** Notices for the exercise page's two coordination sections. */
interface ExerciseNotices { assignments?: Notice; templates?: Notice }

/**
 * What coordinators and admins do on the dashboard: assign people to an exercise, keep the
 * entity directory, publish boards as templates. Every POST needs the session cookie and the session's CSRF token; the role
 * is checked before the form is read further, and the form is validated with zod.
 */
export function createCoordination(deps: CoordinationDeps) {
  const directory = directoryRoutes(deps);
  const templates = templateRoutes(deps, (auth, language, exerciseId, notice) => exercise(auth, language, exerciseId, { templates: notice }));

  /** The exercise page, with the assignment and publish sections when the viewer coordinates. */
  async function exercise(auth: Authenticated, language: Language, exerciseId: string, notices: ExerciseNotices = {}): Promise<PageOutcome> {
    const { snapshot, users } = await loadPortfolio(deps);
    const detail = exerciseDetail(snapshot, users, auth.user, exerciseId);
    if (!detail) return { status: 404, body: messagePage(language, messages[language].title, messages[language].notFound, auth.user.email) };
    let extra: Safe = html``;
    if (coordinates(auth.user.role)) {
      const owner = snapshot.ownership.find((entry) => entry.exerciseId === exerciseId);
      const byId = new Map(users.map((user) => [user.id, user]));
      const creator = owner?.createdBy ? byId.get(owner.createdBy) : undefined;
      const csrf = csrfToken(deps.csrfKey, auth.device.id);
      extra = html`${assignmentSection(language, {
        exerciseId,
        createdBy: creator,
        assignees: (owner?.assignees ?? []).flatMap((id) => (byId.get(id) ? [byId.get(id)!] : [])).sort((a, b) => a.email.localeCompare(b.email)),
        csrf,
        notice: notices.assignments,
      })}
${publishSection(language, { exerciseId, boards: await templates.boardsOf(exerciseId), csrf, notice: notices.templates })}`;
    }
    const refused = notices.assignments?.error || notices.templates?.error;
    return { status: refused ? 400 : 200, body: exercisePage(language, detail, auth.user.email, extra) };
  }

  async function assignment(auth: Authenticated, language: Language, exerciseId: string, fields: Record<string, string>): Promise<PageOutcome> {
    const text = coordinationMessages[language].assignments;
    const back = (done: Done) => ({
      status: 303, body: '', location: `/dashboard/exercises/${encodeURIComponent(exerciseId)}?lang=${language}&done=${done}`,
    });
    const parsed = AssignmentForm.safeParse(fields);
    if (!parsed.success) {
      const emailIssue = parsed.error.issues.some((issue) => issue.path[0] === 'email');
      return exercise(auth, language, exerciseId, { assignments: { text: emailIssue ? text.invalidEmail : coordinationMessages[language].invalidForm, error: true } });
    }
    // Only an exercise this coordinator can see on the dashboard may be changed here.
    const { snapshot, users } = await loadPortfolio(deps);
    if (!exerciseDetail(snapshot, users, auth.user, exerciseId)) return exercise(auth, language, exerciseId);
    const form = parsed.data;
    if (form.action === 'assign') {
      const person = await deps.accounts.byEmail(form.email);
      if (!person || person.disabledAt) return exercise(auth, language, exerciseId, { assignments: { text: text.unknownUser, error: true } });
      if (person.role !== 'facilitator' && person.role !== 'observer') return exercise(auth, language, exerciseId, { assignments: { text: text.wrongRole, error: true } });
      await deps.accounts.assign(exerciseId, person.id);
      return back('assigned');
    }
    if (!(await deps.accounts.unassign(exerciseId, form.userId))) return exercise(auth, language, exerciseId, { assignments: { text: text.notAssigned, error: true } });
    // Live connections of the unassigned user lose the exercise's documents at once.
    await deps.sweepNow();
    return back('unassigned');
  }

  return {
    /** GET /dashboard/exercises/:id, with a done-notice after a redirect. */
    async exercisePage(response: ServerResponse, auth: Authenticated, language: Language, exerciseId: string, url: URL) {
      const done = url.searchParams.get('done');
      const text = coordinationMessages[language];
      const notices: ExerciseNotices = done === 'assigned' ? { assignments: { text: text.assignments.assigned } }
        : done === 'unassigned' ? { assignments: { text: text.assignments.unassigned } }
          : done === 'published' ? { templates: { text: text.templates.publishedNotice } } : {};
      send(response, await exercise(auth, language, exerciseId, notices));
    },

    /** The coordination pages served on GET (after sign-in). */
    pages: ['/dashboard/directory', '/dashboard/templates'] as readonly string[],

    /** Sends a coordination page (GET): one of `pages`. */
    async get(response: ServerResponse, path: string, auth: Authenticated, language: Language, url: URL): Promise<void> {
      if (path === '/dashboard/directory') send(response, await directory.show(auth, language, url));
      if (path === '/dashboard/templates') send(response, await templates.show(auth, language, url));
    },

    /** Handles a coordination POST; false when `path` is not one. */
    async post(request: IncomingMessage, response: ServerResponse, path: string, auth: Authenticated | undefined, language: Language): Promise<boolean> {
      const match = /^\/dashboard\/exercises\/([A-Za-z0-9_-]{1,100})\/(assignments|templates)$/.exec(path);
      if (!match && path !== '/dashboard/directory' && path !== '/dashboard/templates') return false;
      const form = Object.fromEntries(await readForm(request));
      const formLanguage: Language = form.lang === 'en' ? 'en' : form.lang === 'es-CO' ? 'es-CO' : language;
      const text = coordinationMessages[formLanguage];
      const refuse = (status: number, message: string) =>
        send(response, { status, body: messagePage(formLanguage, String(status), message, auth?.user.email) });
      if (!auth) {
        refuse(401, messages[formLanguage].signIn);
        return true;
      }
      if (!csrfValid(deps.csrfKey, auth.device.id, form.csrf)) refuse(403, text.csrfRefused);
      else if (!coordinates(auth.user.role)) refuse(403, text.forbidden);
      else if (match?.[2] === 'assignments') send(response, await assignment(auth, formLanguage, match[1]!, form));
      else if (match) send(response, await templates.publish(auth, formLanguage, match[1]!, form));
      else if (path === '/dashboard/directory') send(response, await directory.submit(auth, formLanguage, form));
      else send(response, await templates.setState(auth, formLanguage, form, new URL('http://hub.invalid/dashboard/templates')));
      return true;
    },
  };
}

export type Coordination = ReturnType<typeof createCoordination>;
