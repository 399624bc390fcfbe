import { sdgNumbers } from '../../shared/domain/exercise';
import { phases } from '../../shared/domain/exercise';
import { html, layout, type Safe } from './html';
import { formatNumber, label, messages } from './messages';
import type { ExerciseDetail, Language, Portfolio, PortfolioQuery } from './portfolio';
import { formatMoney, resultsSections } from './resultsSections';

/** The query string of a filter set, for links that keep the filters (language switch, CSV). */
export function queryString(query: Partial<PortfolioQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const other = (language: Language): Language => (language === 'en' ? 'es-CO' : 'en');

export function signInPage(language: Language, error?: 'failed' | 'throttled'): string {
  const text = messages[language];
  const body = html`<h1>${text.title}</h1>
<h2>${text.signIn}</h2>
${error ? html`<p class="error" role="alert">${error === 'throttled' ? text.signInThrottled : text.signInFailed}</p>` : ''}
<form class="signin" method="post" action="/dashboard/login">
  <input type="hidden" name="lang" value="${language}">
  <label for="email">${text.email}<input id="email" name="email" type="email" autocomplete="username" required maxlength="254"></label>
  <label for="password">${text.password}<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></label>
  <button type="submit">${text.signIn}</button>
</form>`;
  return layout({ language, title: text.signIn, switchHref: `/dashboard?lang=${other(language)}`, body });
}

function select(name: string, caption: string, anyLabel: string, options: { value: string; label: string }[], selected: string | undefined): Safe {
  return html`<label for="filter-${name}">${caption}
    <select id="filter-${name}" name="${name}">
      <option value="">${anyLabel}</option>
      ${options.map((option) => html`<option value="${option.value}"${option.value === selected ? html` selected` : ''}>${option.label}</option>`)}
    </select></label>`;
}

export function portfolioPage(language: Language, query: PortfolioQuery, portfolio: Portfolio, signedInAs: string): string {
  const text = messages[language];
  const number = (value: number) => formatNumber(value, language);
  const { totals } = portfolio;
  const figures: [string, string][] = [
    [text.entitiesAccompanied, number(totals.entitiesAccompanied)], [text.actorsLinked, number(totals.actorsLinked)], [text.exercises, number(totals.exercises)],
    [text.workshops, number(totals.workshops)], [text.participants, number(totals.participants)],
    [text.contributionsCop, formatMoney(totals.contributions.COP, 'COP', language)], [text.contributionsUsd, formatMoney(totals.contributions.USD, 'USD', language)],
  ];
  const filters = { department: query.department, sdg: query.sdg, phase: query.phase, facilitator: query.facilitator };
  const body = html`<h1>${text.title}</h1>
<section aria-labelledby="totals-heading">
  <h2 id="totals-heading">${text.totals}</h2>
  <dl class="totals">
    ${figures.map(([name, value]) => html`<div><dt>${name}</dt><dd>${value}</dd></div>`)}
  </dl>
  <p class="note">${text.contributionsNote}</p>
</section>
<section aria-labelledby="filters-heading">
  <h2 id="filters-heading">${text.filters}</h2>
  <form class="filters" method="get" action="/dashboard">
    <input type="hidden" name="lang" value="${language}">
    ${select('department', text.department, text.any, portfolio.options.departments.map((value) => ({ value, label: value })), query.department)}
    ${select('sdg', text.sdg, text.any, sdgNumbers.map((goal) => ({ value: String(goal), label: `${text.sdg} ${goal}` })), query.sdg?.toString())}
    ${select('phase', text.phase, text.any, phases.map((phase) => ({ value: phase, label: text.phases[phase] })), query.phase)}
    ${select('facilitator', text.facilitator, text.any, portfolio.options.facilitators.map((value) => ({ value, label: value })), query.facilitator)}
    <button type="submit">${text.apply}</button>
    <a href="/dashboard${queryString({ lang: language })}">${text.clear}</a>
  </form>
  <p><a href="/api/portfolio.csv${queryString({ ...filters, lang: language })}" download>${text.downloadCsv}</a>
    · <a href="/api/indicators.csv${queryString({ ...filters, lang: language })}" download>${text.downloadIndicatorsCsv}</a>
    · <a href="/api/contributions.csv${queryString({ ...filters, lang: language })}" download>${text.downloadContributionsCsv}</a></p>
</section>
<section aria-labelledby="list-heading">
  <h2 id="list-heading">${text.exerciseList}</h2>
  ${portfolio.exercises.length === 0 ? html`<p>${text.noExercises}</p>` : html`<table>
    <caption>${text.exerciseList} (${number(portfolio.exercises.length)})</caption>
    <thead><tr>
      <th scope="col">${text.exerciseTitle}</th><th scope="col">${text.leadEntity}</th><th scope="col">${text.phase}</th>
      <th scope="col">${text.sdgs}</th><th scope="col">${text.departments}</th><th scope="col">${text.facilitators}</th>
      <th scope="col" class="number">${text.workshops}</th><th scope="col" class="number">${text.participants}</th><th scope="col" class="number">${text.actorsLinked}</th>
    </tr></thead>
    <tbody>
      ${portfolio.exercises.map((exercise) => html`<tr>
        <th scope="row"><a href="/dashboard/exercises/${encodeURIComponent(exercise.id)}${queryString({ lang: language })}">${exercise.title || exercise.id}</a></th>
        <td>${exercise.leadEntity}</td><td>${label(text.phases, exercise.phase)}</td><td>${exercise.sdgs.join(', ')}</td>
        <td>${exercise.departments.join(', ')}</td><td>${exercise.facilitators.join(', ')}</td>
        <td class="number">${number(exercise.workshops)}</td><td class="number">${number(exercise.participants)}</td><td class="number">${number(exercise.actors)}</td>
      </tr>`)}
    </tbody>
  </table>`}
</section>`;
  return layout({ language, title: text.title, switchHref: `/dashboard${queryString({ ...filters, lang: other(language) })}`, signedInAs, body });
}

function countTable(caption: string, counts: Record<string, number>, names: Record<string, string>, language: Language): Safe {
  const entries = Object.entries(counts);
  if (entries.length === 0) return html``;
  return html`<table><caption>${caption}</caption><tbody>
    ${entries.map(([key, count]) => html`<tr><th scope="row">${label(names, key)}</th><td class="number">${formatNumber(count, language)}</td></tr>`)}
  </tbody></table>`;
}

/** `extra`: sections only some viewers get (the coordinators' assignment form, http/coordination.ts). */
export function exercisePage(language: Language, detail: ExerciseDetail, signedInAs: string, extra?: Safe): string {
  const text = messages[language];
  const number = (value: number) => formatNumber(value, language);
  const { exercise } = detail;
  const bySector: Record<string, number> = {};
  for (const workshop of detail.workshops) {
    for (const [sector, count] of Object.entries(workshop.participantsBySector)) bySector[sector] = (bySector[sector] ?? 0) + count;
  }
  const fields: [string, string][] = [
    [text.leadEntity, exercise.leadEntity], [text.phase, label(text.phases, exercise.phase)], [text.sdgs, exercise.sdgs.join(', ')],
    [text.departments, exercise.departments.join(', ')], [text.facilitators, exercise.facilitators.join(', ')],
    [text.startDate, exercise.startDate], [text.endDate, exercise.endDate], [text.archived, exercise.archived ? text.yes : text.no],
  ];
  const body = html`<p><a href="/dashboard${queryString({ lang: language })}">${text.back}</a></p>
<h1>${exercise.title || exercise.id}</h1>
<dl class="totals">
  ${fields.map(([name, value]) => html`<div><dt>${name}</dt><dd>${value || '—'}</dd></div>`)}
</dl>
${resultsSections(language, detail)}
<h2>${text.workshops}</h2>
${detail.workshops.length === 0 ? html`<p>${text.noWorkshops}</p>` : html`<table>
  <thead><tr><th scope="col">${text.workshops}</th><th scope="col">${text.date}</th><th scope="col">${text.municipality}</th>
  <th scope="col">${text.department}</th><th scope="col">${text.modality}</th><th scope="col" class="number">${text.participants}</th></tr></thead>
  <tbody>${detail.workshops.map((workshop) => html`<tr><th scope="row">${workshop.title}</th><td>${workshop.date}</td><td>${workshop.municipality}</td>
    <td>${workshop.department}</td><td>${label(text.modalities, workshop.modality)}</td><td class="number">${number(workshop.participants)}</td></tr>`)}</tbody>
</table>`}
${countTable(text.participantsBySector, bySector, text.sectors, language)}
${countTable(text.actorsByType, detail.actorsByType, {}, language)}
${countTable(text.boardsByKind, detail.boardsByKind, {}, language)}
${extra}`;
  return layout({
    language, title: exercise.title || exercise.id, signedInAs, body,
    switchHref: `/dashboard/exercises/${encodeURIComponent(exercise.id)}${queryString({ lang: other(language) })}`,
  });
}

export function messagePage(language: Language, title: string, message: string, signedInAs?: string): string {
  const text = messages[language];
  return layout({
    language, title, signedInAs, switchHref: `/dashboard?lang=${other(language)}`,
    body: html`<h1>${title}</h1><p>${message}</p><p><a href="/dashboard${queryString({ lang: language })}">${text.back}</a></p>`,
  });
}
