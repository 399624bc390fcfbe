import type { Authenticated } from '../auth/sessions';
import { buildPortfolio, PortfolioQuery, withProgress } from '../dashboard/portfolio';
import { contributionsCsv, indicatorsCsv } from '../dashboard/resultsCsv';
import type { Call, Route } from './api';
import { parseWith } from './io';
import { loadPortfolio, type PortfolioDeps } from './portfolioRoutes';

/**
 * GET /api/indicators.csv and /api/contributions.csv: one line per indicator or contribution of
 * the exercises the portfolio lists for this user with these filters (the same rule and filters
 * as /api/portfolio.csv, so the three files agree).
 */
export function resultsRoutes(deps: PortfolioDeps, signedIn: (call: Call) => Promise<Authenticated>): Route[] {
  const download = (kind: 'indicators' | 'contributions', filenames: { 'es-CO': string; en: string }): Route => ({
    method: 'GET', pattern: new RegExp(`^/api/${kind}\\.csv$`),
    handler: async (call) => {
      const { user } = await signedIn(call);
      const { lang, ...filters } = parseWith(PortfolioQuery, Object.fromEntries(call.url.searchParams), 'query');
      const { snapshot, users } = await loadPortfolio(deps);
      const titles = new Map(buildPortfolio(snapshot, users, user, filters).exercises.map((exercise) => [exercise.id, exercise.title]));
      const ofListed = <T extends { exerciseId: string }>(rows: T[]) =>
        rows.filter((row) => titles.has(row.exerciseId)).map((row) => ({ ...row, exerciseTitle: titles.get(row.exerciseId)! }));
      const content = kind === 'indicators'
        ? indicatorsCsv(ofListed(snapshot.indicators.map(withProgress)), lang)
        : contributionsCsv(ofListed(snapshot.contributions), lang);
      return {
        body: undefined,
        raw: { content, headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filenames[lang]}"` } },
      };
    },
  });
  return [
    download('indicators', { 'es-CO': 'indicadores.csv', en: 'indicators.csv' }),
    download('contributions', { 'es-CO': 'aportes.csv', en: 'contributions.csv' }),
  ];
}
