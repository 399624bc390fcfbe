import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHub, testPassword, type TestHub } from '../testing/hubHarness';
import { seedIds, seedPortfolio } from '../testing/portfolioSeed';

/** The server-rendered dashboard; rendering does not depend on the store, so SQLite suffices. */
describe('hub dashboard pages', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
    await seedPortfolio(t);
  });
  afterEach(() => t.close());

  const page = (path: string, cookie?: string, init: RequestInit = {}) =>
    fetch(`${t.hub.url}${path}`, { redirect: 'manual', ...init, headers: { ...(cookie ? { cookie } : {}), ...init.headers } });
  const signIn = async (email: string, password = testPassword, lang = 'es-CO') => page('/dashboard/login', undefined, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, lang }).toString(),
  });
  const cookieOf = async (email: string) => (await signIn(email)).headers.get('set-cookie')!.split(';')[0]!;

  it('asks for a sign-in in Spanish, with a strict CSP, and signs in with an HttpOnly SameSite=Strict cookie', async () => {
    expect((await page('/')).headers.get('location')).toBe('/dashboard');
    const anonymous = await page('/dashboard');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(anonymous.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const form = await anonymous.text();
    expect(form).toContain('<html lang="es-CO">');
    expect(form).toMatch(/<label for="email">Correo electrónico<input id="email"/);
    expect(form).not.toContain('<script');

    const wrong = await signIn('coord@hub.co', 'incorrecta');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('No se pudo iniciar sesión');
    const right = await signIn('coord@hub.co');
    expect(right.status).toBe(303);
    expect(right.headers.get('set-cookie')).toMatch(/^minga_session=mha1\.[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
  });

  it('shows the totals in Spanish and English, escapes a malicious title, and links each exercise', async () => {
    const cookie = await cookieOf('coord@hub.co');
    const spanish = await page('/dashboard', cookie);
    expect(spanish.status).toBe(200);
    const es = await spanish.text();
    expect(es).toContain('<html lang="es-CO">');
    expect(es).toMatch(/<dt>Entidades acompañadas<\/dt><dd>2<\/dd>/);
    expect(es).toMatch(/<dt>Participantes<\/dt><dd>5<\/dd>/);
    // Pesos and dollars apart, as Intl writes them in Colombia; no exchange rate.
    expect(es).toMatch(/<dt>Aportes \(COP\)<\/dt><dd>\$\s151\.000\.000,50<\/dd>/);
    expect(es).toMatch(/<dt>Aportes \(USD\)<\/dt><dd>US\$\s12\.000,00<\/dd>/);
    expect(es).toContain('href="/api/indicators.csv?lang=es-CO"');
    expect(es).toContain(`href="/dashboard/exercises/${seedIds.nariño}?lang=es-CO"`);
    expect(es).toContain('<th scope="col">Entidad líder</th>');
    expect(es).toContain('<label for="filter-sdg">ODS');
    expect(es).toContain('<option value="17">ODS 17</option>');
    expect(es).toContain('href="/api/portfolio.csv?lang=es-CO"');
    // The title `<script>alert("x")</script>…` is shown as text, never as markup.
    expect(es).not.toContain('<script');
    expect(es).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');

    const english = await (await page('/dashboard?lang=en&sdg=11', cookie)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toMatch(/<dt>Entities accompanied<\/dt><dd>1<\/dd>/);
    expect(english).toMatch(/<dt>Exercises<\/dt><dd>2<\/dd>/);
    expect(english).toContain('<option value="11" selected>SDG 11</option>');
    expect(english).toContain('href="/api/portfolio.csv?sdg=11&#38;lang=en"');
    expect(english).not.toContain('<script');
    expect((await page('/dashboard?sdg=99', cookie)).status).toBe(400);
  });

  it('shows an exercise page only to those who may see it, and signs out for good', async () => {
    const ana = await cookieOf('ana@hub.co');
    const mine = await page(`/dashboard/exercises/${seedIds.nariño}?lang=en`, ana);
    expect(mine.status).toBe(200);
    const text = await mine.text();
    expect(text).toContain('<h1>Movilidad en Pasto</h1>');
    // The indicator with its baseline, target and latest actual, and a 40 % bar drawn without script or inline style.
    expect(text).toMatch(/<th scope="row">Trámites de movilidad en línea<\/th><td>trámites<\/td>\s*<td class="number">20 \(2026-01-15\)<\/td>\s*<td class="number">50 \(2026\)<\/td>\s*<td class="number">32 \(2026-H1\)<\/td>/);
    expect(text).toContain('<progress max="100" value="40" aria-label="Progress: Trámites de movilidad en línea">');
    expect(text).not.toContain('style=');
    expect(text).toMatch(/<dt>Contributions \(COP\)<\/dt><dd>COP\s150,000,000\.50<\/dd>/);
    expect(text).toMatch(/<th scope="row">PNUD<\/th><td>In kind<\/td>/);
    expect(text).toMatch(/<th scope="row">Taller Pasto<\/th><td>2026-03-01<\/td><td>Pasto<\/td>/);
    expect((await page(`/dashboard/exercises/${seedIds.antioquia}`, ana)).status).toBe(404);
    const list = await (await page('/dashboard', ana)).text();
    expect(list).not.toContain('Salud en Medellín');
    // The cookie reads the JSON API too, but never authorizes a change.
    expect((await page('/api/portfolio', ana)).status).toBe(200);
    const [device] = await t.hub.store.devices.list((await t.accounts.byEmail('ana@hub.co'))!.id);
    expect((await page(`/api/devices/${device!.id}/revoke`, ana, { method: 'POST' })).status).toBe(401);

    const out = await page('/dashboard/logout', ana, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'lang=es-CO' });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await page('/dashboard', ana)).status).toBe(401);
  });
});
