import { z } from 'zod';
import type { Role } from '../roles';
import { coordinationMessages } from './coordinationMessages';
import { html, type Safe } from './html';
import { languages, type Language } from './portfolio';

/** Every coordination form carries the language and the session's CSRF token. */
export const FormBase = { lang: z.enum(languages).default('es-CO'), csrf: z.string().max(200) };

/** The assignment form on an exercise page: assign by email, unassign by user id. */
export const AssignmentForm = z.discriminatedUnion('action', [
  z.strictObject({ ...FormBase, action: z.literal('assign'), email: z.email().max(254) }),
  z.strictObject({ ...FormBase, action: z.literal('unassign'), userId: z.string().min(1).max(100) }),
]);
export type AssignmentForm = z.infer<typeof AssignmentForm>;

/** What happened after a form, shown above it; `error` marks a refusal. */
export interface Notice { text: string; error?: boolean }

export interface AssignmentView {
  exerciseId: string;
  createdBy?: { email: string; role: Role };
  assignees: { id: string; email: string; role: Role }[];
  csrf: string;
  notice?: Notice;
}

export function noticeBlock(notice: Notice | undefined): Safe {
  if (!notice) return html``;
  return notice.error ? html`<p class="error" role="alert">${notice.text}</p>` : html`<p class="notice" role="status">${notice.text}</p>`;
}

/** The "Assigned people" section of an exercise page, for coordinators and admins. */
export function assignmentSection(language: Language, view: AssignmentView): Safe {
  const text = coordinationMessages[language];
  const action = `/dashboard/exercises/${encodeURIComponent(view.exerciseId)}/assignments`;
  const hidden = html`<input type="hidden" name="lang" value="${language}"><input type="hidden" name="csrf" value="${view.csrf}">`;
  return html`<section aria-labelledby="assignments-heading">
<h2 id="assignments-heading">${text.assignments.heading}</h2>
${noticeBlock(view.notice)}
${view.createdBy ? html`<p class="note">${view.createdBy.email} (${text.roles[view.createdBy.role]}) ${text.assignments.creator}</p>` : ''}
${view.assignees.length === 0 ? html`<p>${text.assignments.none}</p>` : html`<table>
  <thead><tr><th scope="col">${text.assignments.person}</th><th scope="col">${text.assignments.role}</th><th scope="col">${text.assignments.actions}</th></tr></thead>
  <tbody>${view.assignees.map((person) => html`<tr><th scope="row">${person.email}</th><td>${text.roles[person.role]}</td><td>
    <form method="post" action="${action}">${hidden}<input type="hidden" name="action" value="unassign"><input type="hidden" name="userId" value="${person.id}">
    <button type="submit" aria-label="${text.assignments.unassign}: ${person.email}">${text.assignments.unassign}</button></form></td></tr>`)}</tbody>
</table>`}
<form class="filters" method="post" action="${action}">
  ${hidden}<input type="hidden" name="action" value="assign">
  <label for="assign-email">${text.assignments.email}<input id="assign-email" name="email" type="email" required maxlength="254"></label>
  <button type="submit">${text.assignments.assign}</button>
</form>
<p class="note">${text.assignments.hint}</p>
</section>`;
}
