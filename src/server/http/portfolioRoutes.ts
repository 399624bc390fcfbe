import type { Authenticated } from '../auth/sessions';
import { portfolioCsv } from '../dashboard/csv';
import { buildPortfolio, exerciseDetail, PortfolioQuery, type PortfolioUser } from '../dashboard/portfolio';
import { HubError } from '../errors';
import type { ProjectionStore } from '../projections/rows';
import type { AccountStore } from '../store/types';
import type { Call, Route } from './api';
import { parseWith } from './io';

export interface PortfolioDeps {
  accounts: AccountStore;
  projections: ProjectionStore;
}

/** Reads what a portfolio needs: the projections and the users (for facilitators' emails). */
export async function loadPortfolio(deps: PortfolioDeps) {
  const [snapshot, users] = await Promise.all([deps.projections.snapshot(), deps.accounts.list()]);
  return { snapshot, users: users.map((user): PortfolioUser => ({ id: user.id, email: user.email, role: user.role })) };
}

/**
 * The dashboard's JSON and CSV: GET /api/portfolio, /api/portfolio.csv and /api/exercises/:id.
 * What a user sees is decided per exercise in `buildPortfolio` (the sync rule); an exercise out
 * of reach answers 404, as one that does not exist.
 */
export function portfolioRoutes(deps: PortfolioDeps, signedIn: (call: Call) => Promise<Authenticated>): Route[] {
  const query = (call: Call) => parseWith(PortfolioQuery, Object.fromEntries(call.url.searchParams), 'query');
  return [
    {
      method: 'GET', pattern: /^\/api\/portfolio$/,
      handler: async (call) => {
        const { user } = await signedIn(call);
        const { lang: _lang, ...filters } = query(call);
        const { snapshot, users } = await loadPortfolio(deps);
        return { body: { filters, ...buildPortfolio(snapshot, users, user, filters) } };
      },
    },
    {
      method: 'GET', pattern: /^\/api\/portfolio\.csv$/,
      handler: async (call) => {
        const { user } = await signedIn(call);
        const { lang, ...filters } = query(call);
        const { snapshot, users } = await loadPortfolio(deps);
        const { exercises } = buildPortfolio(snapshot, users, user, filters);
        const filename = lang === 'en' ? 'portfolio.csv' : 'portafolio.csv';
        return {
          body: undefined,
          raw: {
            content: portfolioCsv(exercises, lang),
            headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
          },
        };
      },
    },
    {
      method: 'GET', pattern: /^\/api\/exercises\/([A-Za-z0-9_-]{1,100})$/,
      handler: async (call) => {
        const { user } = await signedIn(call);
        const { snapshot, users } = await loadPortfolio(deps);
        const detail = exerciseDetail(snapshot, users, user, call.params[0]!);
        if (!detail) throw new HubError('not_found', 'There is no such exercise, or you may not see it.');
        return { body: detail };
      },
    },
  ];
}
