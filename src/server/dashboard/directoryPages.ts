import { z } from 'zod';
import { directoryEntryKinds, type DirectoryEntry } from '../../shared/documents/directoryDoc';
import { sectors } from '../../shared/domain/workshop';
import { FormBase, noticeBlock, type Notice } from './assignments';
import { coordinationMessages } from './coordinationMessages';
import { html, layout, type Safe } from './html';
import { label, messages } from './messages';
import type { Language } from './portfolio';

const EntryId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

/**
 * The directory form: save (a new entry without id, or an existing one) or remove. The entry's
 * own rules are `DirectoryEntryFields` (src/shared), applied when the hub writes it.
 */
export const DirectoryForm = z.discriminatedUnion('action', [
  z.strictObject({
    ...FormBase, action: z.literal('save'), id: z.union([z.literal(''), EntryId]).default(''),
    name: z.string(), kind: z.string(), department: z.string().default(''), sector: z.string(), website: z.string().default(''),
  }),
  z.strictObject({ ...FormBase, action: z.literal('remove'), id: EntryId }),
]);
export type DirectoryForm = z.infer<typeof DirectoryForm>;

export interface DirectoryView {
  entries: DirectoryEntry[];
  /** Coordinators and admins get the forms; everyone else reads. */
  csrf?: string;
  /** The entry being edited, or the values of a refused form with its field errors. */
  draft?: { id: string; name: string; kind: string; department: string; sector: string; website: string };
  errors?: Partial<Record<'name' | 'kind' | 'department' | 'sector' | 'website', string>>;
  notice?: Notice;
}

export function directoryPage(language: Language, view: DirectoryView, signedInAs: string): string {
  const text = coordinationMessages[language].directory;
  const sectorNames = messages[language].sectors;
  const hidden = view.csrf ? html`<input type="hidden" name="lang" value="${language}"><input type="hidden" name="csrf" value="${view.csrf}">` : html``;
  const body = html`<p><a href="/dashboard?lang=${language}">${messages[language].back}</a></p>
<h1>${text.heading}</h1>
<p class="note">${text.intro}</p>
${noticeBlock(view.notice)}
${view.entries.length === 0 ? html`<p>${text.empty}</p>` : html`<table>
  <thead><tr><th scope="col">${text.name}</th><th scope="col">${text.kind}</th><th scope="col">${text.department}</th>
  <th scope="col">${text.sector}</th><th scope="col">${text.website}</th>${view.csrf ? html`<th scope="col">${text.actions}</th>` : ''}</tr></thead>
  <tbody>${view.entries.map((entry) => html`<tr><th scope="row">${entry.name}</th><td>${text.kinds[entry.kind]}</td><td>${entry.department}</td>
    <td>${label(sectorNames, entry.sector)}</td><td>${entry.website ?? ''}</td>
    ${view.csrf ? html`<td><a href="/dashboard/directory?lang=${language}&amp;edit=${encodeURIComponent(entry.id)}" aria-label="${text.edit}: ${entry.name}">${text.edit}</a>
      <form method="post" action="/dashboard/directory">${hidden}<input type="hidden" name="action" value="remove"><input type="hidden" name="id" value="${entry.id}">
      <button type="submit" aria-label="${text.remove}: ${entry.name}">${text.remove}</button></form></td>` : ''}</tr>`)}</tbody>
</table>`}
${view.csrf ? entryForm(language, hidden, view) : ''}`;
  return layout({ language, title: text.heading, switchHref: `/dashboard/directory?lang=${language === 'en' ? 'es-CO' : 'en'}`, signedInAs, body });
}

function entryForm(language: Language, hidden: Safe, view: DirectoryView): Safe {
  const text = coordinationMessages[language].directory;
  const draft = view.draft ?? { id: '', name: '', kind: 'public_entity', department: '', sector: 'public', website: '' };
  const errors = view.errors ?? {};
  const field = (name: keyof typeof errors, caption: string, input: Safe) => html`<label for="entry-${name}">${caption}${input}</label>
    ${errors[name] ? html`<span class="error" id="entry-${name}-error">${errors[name]}</span>` : ''}`;
  const invalid = (name: keyof typeof errors) => (errors[name] ? html` aria-invalid="true" aria-describedby="entry-${name}-error"` : '');
  const options = (values: readonly string[], names: Record<string, string>, selected: string) =>
    values.map((value) => html`<option value="${value}"${value === selected ? html` selected` : ''}>${label(names, value)}</option>`);
  return html`<h2 id="entry-heading">${draft.id ? text.editing : text.add}</h2>
<form class="signin" method="post" action="/dashboard/directory" aria-labelledby="entry-heading">
  ${hidden}<input type="hidden" name="action" value="save"><input type="hidden" name="id" value="${draft.id}">
  ${field('name', text.name, html`<input id="entry-name" name="name" required maxlength="200" value="${draft.name}"${invalid('name')}>`)}
  ${field('kind', text.kind, html`<select id="entry-kind" name="kind"${invalid('kind')}>${options(directoryEntryKinds, text.kinds, draft.kind)}</select>`)}
  ${field('department', text.department, html`<input id="entry-department" name="department" maxlength="100" value="${draft.department}"${invalid('department')}>`)}
  ${field('sector', text.sector, html`<select id="entry-sector" name="sector"${invalid('sector')}>${options(sectors, messages[language].sectors, draft.sector)}</select>`)}
  ${field('website', text.website, html`<input id="entry-website" name="website" type="url" maxlength="500" value="${draft.website}"${invalid('website')}>`)}
  <button type="submit">${text.save}</button>
  ${draft.id ? html`<a href="/dashboard/directory?lang=${language}">${text.cancel}</a>` : ''}
</form>`;
}
