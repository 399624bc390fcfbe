import { minorToDecimal, type Currency } from '../../shared/domain/money';
import { html, type Safe } from './html';
import { formatNumber, label, messages } from './messages';
import type { ExerciseDetail, Language } from './portfolio';

/**
 * Money through Intl in the page's language. The exact decimal text is handed to Intl (which
 * formats such strings without a float); pesos show centavos only when there are some.
 */
export function formatMoney(minor: number, currency: Currency, language: Language): string {
  const fraction = currency === 'COP' && minor % 100 === 0 ? 0 : 2;
  const format = new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: fraction, maximumFractionDigits: fraction });
  return format.format(minorToDecimal(minor, currency) as unknown as number);
}

/** A progress bar without script or inline style (the CSP allows neither): the native element, styled. */
function progressBar(progress: number | null, language: Language, caption: string): Safe {
  if (progress === null) return html`<span class="note">—</span>`;
  const percent = Math.round(progress * 100);
  return html`<span class="progress"><progress max="100" value="${String(percent)}" aria-label="${caption}">${formatNumber(percent, language)} %</progress>
    <span>${formatNumber(percent, language)} %</span></span>`;
}

/** The exercise page's indicators (baseline, final target, latest actual, progress) and contributions. */
export function resultsSections(language: Language, detail: ExerciseDetail): Safe {
  const text = messages[language];
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, language));
  const withPeriod = (value: number | null, period: string) => (value === null ? '—' : period ? `${number(value)} (${period})` : number(value));
  const indicators = detail.indicators.length === 0 ? html`<p class="note">${text.noIndicators}</p>` : html`<table>
  <thead><tr><th scope="col">${text.indicator}</th><th scope="col">${text.unit}</th><th scope="col" class="number">${text.baseline}</th>
  <th scope="col" class="number">${text.target}</th><th scope="col" class="number">${text.current}</th><th scope="col">${text.progress}</th></tr></thead>
  <tbody>${detail.indicators.map((indicator) => html`<tr><th scope="row">${indicator.title}</th><td>${indicator.unit}</td>
    <td class="number">${withPeriod(indicator.baseline, indicator.baselineDate)}</td>
    <td class="number">${withPeriod(indicator.target, indicator.targetPeriod)}</td>
    <td class="number">${withPeriod(indicator.actual, indicator.actualPeriod)}</td>
    <td>${progressBar(indicator.progress, language, `${text.progress}: ${indicator.title}`)}</td></tr>`)}</tbody></table>`;
  const contributions = detail.contributions.length === 0 ? html`<p class="note">${text.noContributions}</p>` : html`<table>
  <thead><tr><th scope="col">${text.contributor}</th><th scope="col">${text.contributionKind}</th><th scope="col">${text.date}</th>
  <th scope="col" class="number">${text.amount}</th></tr></thead>
  <tbody>${detail.contributions.map((entry) => html`<tr><th scope="row">${entry.contributor}</th><td>${label(text.contributionKinds, entry.kind)}</td>
    <td>${entry.date || '—'}</td><td class="number">${formatMoney(entry.amountMinor, entry.currency, language)}</td></tr>`)}</tbody></table>`;
  return html`<h2>${text.indicators}</h2>
${indicators}
<h2>${text.contributions}</h2>
<dl class="totals">
  <div><dt>${text.contributionsCop}</dt><dd>${formatMoney(detail.exercise.contributions.COP, 'COP', language)}</dd></div>
  <div><dt>${text.contributionsUsd}</dt><dd>${formatMoney(detail.exercise.contributions.USD, 'USD', language)}</dd></div>
</dl>
${contributions}`;
}
