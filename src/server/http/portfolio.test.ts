import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField } from '../dashboard/csv';
import { backends, useBackend } from '../testing/backends';
import { startTestHub, type TestHub } from '../testing/hubHarness';
import { seedIds, seedPortfolio } from '../testing/portfolioSeed';

describe('CSV fields', () => {
  it('quotes separators, doubles quotes and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=1+1', '+57 300', '-2', '@SUM(A1)', '\tx']) expect(csvField(formula)).toBe(`'${formula}`);
    expect(csvField('=A1,B1')).toBe('"\'=A1,B1"');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe.each(backends)('dashboard API on %s', (backend) => {
  const fixture = useBackend(backend);
  let t: TestHub;
  const tokens: Record<string, string> = {};
  beforeEach(async () => {
    t = await startTestHub(await fixture.storeOptions());
    await seedPortfolio(t);
    for (const name of ['admin', 'coord', 'ana', 'beto', 'olga']) tokens[name] = (await t.login(`${name}@hub.co`)).accessToken;
  });
  afterEach(() => t.close());

  const titles = (body: { exercises: { title: string }[] }) => body.exercises.map((exercise) => exercise.title);

  it('shows coordinators and admins everything, facilitators and observers only theirs, anonymous nothing', async () => {
    const everything = await t.request('/api/portfolio', { token: tokens.coord });
    expect(everything.status).toBe(200);
    expect(everything.body.exercises).toHaveLength(3);
    expect(everything.body.totals).toEqual({
      // "Alcaldía de Pasto" leads two exercises (spelt differently): one entity.
      entitiesAccompanied: 2, actorsLinked: 3, exercises: 3, workshops: 2, participants: 5,
      participantsBySector: { citizen: 2, public: 2, private: 1 },
      // COP 150.000.000,50 + 1.000.000 and USD 12,000, in minor units, each currency on its own.
      contributions: { COP: 15_100_000_050, USD: 1_200_000 },
    });
    expect((await t.request('/api/portfolio', { token: tokens.admin })).body.exercises).toHaveLength(3);
    expect(titles((await t.request('/api/portfolio', { token: tokens.ana })).body)).toEqual(['Movilidad en Pasto']);
    const olga = await t.request('/api/portfolio', { token: tokens.olga });
    expect(titles(olga.body)).toEqual(['Salud en Medellín']);
    // The filter options never reveal other users' exercises.
    expect(olga.body.options).toEqual({ departments: ['Antioquia'], facilitators: ['beto@hub.co'] });
    expect((await t.request('/api/portfolio')).status).toBe(401);
    expect((await t.request('/api/portfolio.csv')).status).toBe(401);
    expect((await t.request(`/api/exercises/${seedIds.nariño}`)).status).toBe(401);
    expect((await t.request('/api/portfolio', { token: 'mha1.forged.token' })).status).toBe(401);
  });

  it('gives one exercise with its workshops to those who may see it, 404 to others', async () => {
    const detail = await t.request(`/api/exercises/${seedIds.nariño}`, { token: tokens.ana });
    expect(detail.status).toBe(200);
    expect(detail.body.exercise).toMatchObject({ title: 'Movilidad en Pasto', departments: ['Nariño'], facilitators: ['ana@hub.co'], participants: 3, boards: 1 });
    expect(detail.body.workshops).toEqual([expect.objectContaining({ id: 'w-narino', municipality: 'Pasto', participants: 3, participantsBySector: { citizen: 2, public: 1 } })]);
    expect(detail.body.boardsByKind).toEqual({ swot: 1 });
    expect(detail.body.exercise.contributions).toEqual({ COP: 15_000_000_050, USD: 1_200_000 });
    expect(detail.body.indicators).toEqual([{
      exerciseId: seedIds.nariño, id: seedIds.indicator, title: 'Trámites de movilidad en línea', unit: 'trámites',
      baseline: 20, baselineDate: '2026-01-15', target: 50, targetPeriod: '2026', actual: 32, actualPeriod: '2026-H1',
      source: 'Secretaría de Movilidad', responsible: '', progress: expect.closeTo(0.4),
    }]);
    expect(detail.body.contributions.map((entry: { contributor: string }) => entry.contributor)).toEqual(['Gobernación de Nariño', 'PNUD']);
    expect((await t.request(`/api/exercises/${seedIds.antioquia}`, { token: tokens.ana })).status).toBe(404);
    expect((await t.request(`/api/exercises/${seedIds.nariño}`, { token: tokens.olga })).status).toBe(404);
    expect((await t.request(`/api/exercises/${seedIds.antioquia}`, { token: tokens.coord })).status).toBe(200);
  });

  it('filters by department, SDG, phase and facilitator, and refuses bad filters', async () => {
    const get = async (query: string) => titles((await t.request(`/api/portfolio?${query}`, { token: tokens.coord })).body);
    expect(await get('department=nari%C3%B1o')).toEqual(['Movilidad en Pasto']);
    expect(await get('sdg=11')).toEqual(['Movilidad en Pasto', 'Salud en Medellín']);
    expect(await get('sdg=11&phase=explore')).toEqual(['Salud en Medellín']);
    expect(await get('facilitator=BETO@hub.co')).toHaveLength(2);
    expect(await get('department=&sdg=&phase=&facilitator=')).toHaveLength(3);
    const filtered = await t.request('/api/portfolio?department=Antioquia', { token: tokens.coord });
    expect(filtered.body.totals).toMatchObject({ exercises: 1, workshops: 1, participants: 2, actorsLinked: 1, contributions: { COP: 100_000_000, USD: 0 } });
    for (const bad of ['sdg=18', 'sdg=uno', 'phase=nope', 'colour=red']) {
      expect(await t.request(`/api/portfolio?${bad}`, { token: tokens.coord })).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
    }
  });

  it('downloads the filtered list as CSV with a BOM, Spanish or English headers, escaped and formula-safe', async () => {
    const download = async (query: string) => {
      const response = await fetch(`${t.hub.url}/api/portfolio.csv${query}`, { headers: { authorization: `Bearer ${tokens.coord}` } });
      return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
    };
    const spanish = await download('');
    expect(spanish.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(spanish.response.headers.get('content-disposition')).toContain('portafolio.csv');
    expect([...spanish.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(spanish.bytes).slice(1);
    const [header] = text.split('\r\n');
    expect(header).toBe('Id,Ejercicio,Entidad líder,Fase,ODS,Departamentos,Facilitadores,Inicio,Fin,Talleres,Participantes,Actores vinculados,Tableros,Aportes (COP),Aportes (USD),Indicadores,Archivado');
    expect(text).toContain(`${seedIds.nariño},Movilidad en Pasto,Alcaldía de Pasto,Prototipar,11,Nariño,ana@hub.co,,,1,3,2,1,150000000.50,12000.00,1,No\r\n`);
    // The title starts with < (harmless in a spreadsheet) but contains quotes; the lead entity
    // starts with = and holds a comma, quotes and a line break.
    expect(text).toContain('"<script>alert(""x"")</script>=HYPERLINK(""http://evil"")"');
    expect(text).toContain('"\'=SUM(A1:A2), ""quoted""\nsecond line"');
    const english = await download('?lang=en&sdg=3');
    const englishText = new TextDecoder().decode(english.bytes);
    expect(englishText.split('\r\n')[0]).toMatch(/^Id,Exercise,Lead entity,Phase,SDGs,/);
    expect(englishText.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(englishText).toContain(',Explore,');
    expect((await download('?lang=fr')).response.status).toBe(400);
  });

  it('downloads indicators with their progress and contributions in exact decimals, for the listed exercises only', async () => {
    const download = async (path: string, token = tokens.coord) => {
      const response = await fetch(`${t.hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { response, lines: (await response.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean) };
    };
    const indicators = await download('/api/indicators.csv');
    expect(indicators.response.headers.get('content-disposition')).toContain('indicadores.csv');
    expect(indicators.lines).toEqual([
      'Id del ejercicio,Ejercicio,Indicador,Unidad,Línea base,Fecha de línea base,Meta,Periodo de la meta,Último valor real,Periodo del actual,Avance (%),Fuente,Responsable',
      `${seedIds.nariño},Movilidad en Pasto,Trámites de movilidad en línea,trámites,20,2026-01-15,50,2026,32,2026-H1,40,Secretaría de Movilidad,`,
    ]);
    const contributions = await download('/api/contributions.csv?lang=en');
    expect(contributions.lines).toEqual([
      'Exercise id,Exercise,Contributor,Kind of contribution,Date,Currency,Amount',
      `${seedIds.nariño},Movilidad en Pasto,Gobernación de Nariño,Cash,2026-02-10,COP,150000000.50`,
      `${seedIds.nariño},Movilidad en Pasto,PNUD,In kind,,USD,12000.00`,
      `${seedIds.antioquia},Salud en Medellín,EPS,Cash,,COP,1000000.00`,
    ]);
    // Filters and visibility apply as for the portfolio: Ana sees only her exercise's lines.
    expect((await download('/api/contributions.csv?department=Antioquia')).lines).toHaveLength(2);
    expect((await download('/api/contributions.csv', tokens.ana)).lines).toHaveLength(3);
    expect((await download('/api/indicators.csv?sdg=3')).lines).toHaveLength(1);
    expect((await fetch(`${t.hub.url}/api/indicators.csv`)).status).toBe(401);
  });
});
