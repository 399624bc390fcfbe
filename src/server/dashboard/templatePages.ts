import { z } from 'zod';
import type { HubTemplateInfo } from '../../shared/documents/templateDoc';
import { FormBase, noticeBlock, type Notice } from './assignments';
import { coordinationMessages } from './coordinationMessages';
import { html, layout, type Safe } from './html';
import { formatNumber, messages } from './messages';
import type { Language } from './portfolio';

const DocId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

/** Publishing a board of an exercise as a template (exercise page). */
export const PublishForm = z.strictObject({
  ...FormBase, boardId: DocId,
  nameEs: z.string(), nameEn: z.string().default(''), descriptionEs: z.string().default(''), descriptionEn: z.string().default(''),
});
/** Withdrawing or publishing again (templates page). */
export const TemplateStateForm = z.strictObject({ ...FormBase, action: z.enum(['withdraw', 'restore']), id: DocId });

export interface TemplateRow { id: string; info: HubTemplateInfo; elements: number }

/** The exercise page's "publish a board as a template" section, for coordinators and admins. */
export function publishSection(language: Language, view: { exerciseId: string; boards: { id: string; title: string }[]; csrf: string; notice?: Notice }): Safe {
  const text = coordinationMessages[language].templates;
  return html`<section aria-labelledby="publish-heading">
<h2 id="publish-heading">${text.publishHeading}</h2>
${noticeBlock(view.notice)}
${view.boards.length === 0 ? html`<p>${text.noBoards}</p>` : html`<form class="signin" method="post" action="/dashboard/exercises/${encodeURIComponent(view.exerciseId)}/templates">
  <input type="hidden" name="lang" value="${language}"><input type="hidden" name="csrf" value="${view.csrf}">
  <label for="publish-board">${text.board}<select id="publish-board" name="boardId">
    ${view.boards.map((board) => html`<option value="${board.id}">${board.title || board.id}</option>`)}
  </select></label>
  <label for="publish-name-es">${text.nameEs}<input id="publish-name-es" name="nameEs" required maxlength="120"></label>
  <label for="publish-name-en">${text.nameEn}<input id="publish-name-en" name="nameEn" maxlength="120"></label>
  <label for="publish-description-es">${text.descriptionEs}<input id="publish-description-es" name="descriptionEs" maxlength="500"></label>
  <label for="publish-description-en">${text.descriptionEn}<input id="publish-description-en" name="descriptionEn" maxlength="500"></label>
  <button type="submit">${text.publish}</button>
</form>`}
</section>`;
}

/** `/dashboard/templates`: what was published; coordinators withdraw or publish again. */
export function templatesPage(language: Language, view: { templates: TemplateRow[]; csrf?: string; notice?: Notice }, signedInAs: string): string {
  const text = coordinationMessages[language].templates;
  const name = (info: HubTemplateInfo) => (language === 'en' && info.name.en ? info.name.en : info.name['es-CO']);
  const body = html`<p><a href="/dashboard?lang=${language}">${messages[language].back}</a></p>
<h1>${text.heading}</h1>
<p class="note">${text.intro}</p>
${noticeBlock(view.notice)}
${view.templates.length === 0 ? html`<p>${text.empty}</p>` : html`<table>
  <thead><tr><th scope="col">${text.name}</th><th scope="col" class="number">${text.elements}</th><th scope="col">${text.publishedAt}</th>
  <th scope="col">${text.status}</th>${view.csrf ? html`<th scope="col">${text.actions}</th>` : ''}</tr></thead>
  <tbody>${view.templates.map((row) => html`<tr><th scope="row">${name(row.info)}</th><td class="number">${formatNumber(row.elements, language)}</td>
    <td>${row.info.publishedAt.slice(0, 10)}</td><td>${row.info.withdrawn ? text.withdrawn : text.published}</td>
    ${view.csrf ? html`<td><form method="post" action="/dashboard/templates"><input type="hidden" name="lang" value="${language}"><input type="hidden" name="csrf" value="${view.csrf}">
      <input type="hidden" name="id" value="${row.id}"><input type="hidden" name="action" value="${row.info.withdrawn ? 'restore' : 'withdraw'}">
      <button type="submit" aria-label="${row.info.withdrawn ? text.restore : text.withdraw}: ${name(row.info)}">${row.info.withdrawn ? text.restore : text.withdraw}</button></form></td>` : ''}</tr>`)}</tbody>
</table>`}`;
  return layout({ language, title: text.heading, switchHref: `/dashboard/templates?lang=${language === 'en' ? 'es-CO' : 'en'}`, signedInAs, body });
}
