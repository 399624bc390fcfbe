import type { Language } from './portfolio';
import { coordinationMessages } from './coordinationMessages';
import { messages } from './messages';

/**
 * Escapes text for HTML content and double-quoted attributes. Every value that reaches a page
 * goes through `html` tagged templates, which escape interpolations unless they are `Safe`
 * (markup this module produced), so a title like `<script>` is shown, never run.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export class Safe {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Value = string | number | Safe | readonly Value[] | undefined | null | false;

function render(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Safe) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Safe {
  return new Safe(strings.reduce((out, string, index) => out + string + (index < values.length ? render(values[index]) : ''), ''));
}

/**
 * No script at all, styles only from the hub's own stylesheet, forms only to the hub, no
 * framing: a strict policy costs nothing on pages that need no JavaScript. The referrer policy
 * is `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null` with
 * the dashboard's own form posts, which the hub's Origin check refuses (found by the e2e test).
 */
export const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** The page frame: language, title, the stylesheet, a header with the language switch and sign-out. */
export function layout(options: { language: Language; title: string; switchHref: string; signedInAs?: string; body: Safe }): string {
  const text = messages[options.language];
  const otherLang = options.language === 'en' ? 'es-CO' : 'en';
  return `<!doctype html>${html`<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Minga</title>
<link rel="stylesheet" href="/dashboard/style.css">
</head>
<body>
<header class="top">
  <p class="brand">Minga</p>
  <nav>
    <a href="${options.switchHref}" hreflang="${otherLang}" lang="${otherLang}">${text.otherLanguage}</a>
    ${options.signedInAs ? html`<a href="/dashboard/directory?lang=${options.language}">${coordinationMessages[options.language].directory.nav}</a>
    <a href="/dashboard/templates?lang=${options.language}">${coordinationMessages[options.language].templates.nav}</a>` : ''}
    ${options.signedInAs ? html`<span>${text.signedInAs} ${options.signedInAs}</span>
    <form method="post" action="/dashboard/logout"><input type="hidden" name="lang" value="${options.language}"><button type="submit">${text.signOut}</button></form>` : ''}
  </nav>
</header>
<main>
${options.body}
</main>
</body>
</html>
`}`;
}

export const stylesheet = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1d2330; background: #f6f7f9; }
body { margin: 0; }
.top { display: flex; justify-content: space-between; align-items: center; padding: .75rem 1.5rem; background: #fff; border-bottom: 1px solid #d9dde3; }
.top nav { display: flex; gap: 1rem; align-items: center; }
.top form { margin: 0; }
.brand { font-weight: 700; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-top: 0; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; margin: 0; }
.totals div { background: #fff; border: 1px solid #d9dde3; border-radius: .5rem; padding: .75rem 1rem; }
.totals dt { font-size: .85rem; color: #4a5262; }
.totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.note { color: #4a5262; font-size: .9rem; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; background: #fff; border: 1px solid #d9dde3; border-radius: .5rem; padding: 1rem; }
.filters label { display: flex; flex-direction: column; font-size: .9rem; gap: .25rem; }
input, select, button { font: inherit; padding: .35rem .5rem; }
button { cursor: pointer; }
table { width: 100%; border-collapse: collapse; background: #fff; margin-top: 1rem; }
caption { text-align: left; font-weight: 600; padding: .5rem 0; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
td.number, th.number { text-align: right; }
a { color: #0b5cad; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.error { color: #a4161a; font-weight: 600; }
.notice { color: #1b6b3a; font-weight: 600; }
.signin { max-width: 24rem; display: flex; flex-direction: column; gap: .75rem; }
.signin label { display: flex; flex-direction: column; gap: .25rem; }
.progress { display: flex; align-items: center; gap: .5rem; }
.progress progress { appearance: none; width: 8rem; height: .75rem; border: 1px solid #8a93a3; border-radius: .375rem; background: #e3e6ea; overflow: hidden; }
.progress progress::-webkit-progress-bar { background: #e3e6ea; }
.progress progress::-webkit-progress-value { background: #1f7a4d; }
.progress progress::-moz-progress-bar { background: #1f7a4d; }
`;
