import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import type { Status } from '../../shared/contract';
import { ExerciseEditPage } from '../features/exercises/ExerciseEditPage';
import { ExerciseListPage } from '../features/exercises/ExerciseListPage';
import { ExercisePage } from '../features/exercises/ExercisePage';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StatusGate } from '../features/status/StatusGate';
import { TrashPage } from '../features/trash/TrashPage';
import { Spinner, ToastProvider } from '../ui';
import { useAppLocation } from './location';
import { NotFoundPage } from './NotFoundPage';
import { boardPage } from './pages';
import { Shell } from './Shell';

// Workshops and boards (with Yjs) load on first visit, so start-up parses only what the list needs.
const WorkshopPage = lazy(() => import('../features/workshops/WorkshopPage').then((module) => ({ default: module.WorkshopPage })));
const BoardPage = boardPage.Page;
// The method library is text-heavy data; it loads when first visited.
const MethodLibraryPage = lazy(() => import('../features/methodLibrary/pages').then((module) => ({ default: module.MethodLibraryPage })));
const MethodCardPage = lazy(() => import('../features/methodLibrary/pages').then((module) => ({ default: module.MethodCardPage })));
// Print views (reports) render without the app's frame: they are what goes on paper.
const WorkshopReportPage = lazy(() => import('../features/reports/WorkshopReportPage').then((module) => ({ default: module.WorkshopReportPage })));
const ExerciseReportPage = lazy(() => import('../features/reports/ExerciseReportPage').then((module) => ({ default: module.ExerciseReportPage })));
const PrintPage = lazy(() => import('../features/print/PrintPage').then((module) => ({ default: module.PrintPage })));

/**
 * Routes. Pages that show one record get `key={id}`, so moving from one record to another
 * starts with fresh state instead of showing the previous record while loading.
 */
function Routes() {
  return (
    <Suspense fallback={<Spinner />}>
      <Switch>
        <Route path="/" component={ExerciseListPage} />
        <Route path="/exercises/new">{() => <ExerciseEditPage />}</Route>
        <Route path="/exercises/:id/edit">{(params) => <ExerciseEditPage key={params.id} id={params.id} />}</Route>
        <Route path="/exercises/:id">{(params) => <ExercisePage key={params.id} id={params.id} />}</Route>
        <Route path="/workshops/:id">{(params) => <WorkshopPage key={params.id} id={params.id} />}</Route>
        <Route path="/boards/:id">{(params) => <BoardPage key={params.id} id={params.id} />}</Route>
        <Route path="/methods" component={MethodLibraryPage} />
        <Route path="/methods/:id">{(params) => <MethodCardPage key={params.id} id={params.id} />}</Route>
        <Route path="/search" component={SearchPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="/trash" component={TrashPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}

export function App({ initialStatus }: { initialStatus: Status | undefined }) {
  return (
    <ToastProvider>
      <StatusGate initialStatus={initialStatus}>
        <Router hook={useAppLocation}>
          <Suspense fallback={<Spinner />}>
            <Switch>
              <Route path="/print/workshop/:id">{(params) => <WorkshopReportPage key={params.id} id={params.id} />}</Route>
              <Route path="/print/board/:id">{(params) => <PrintPage key={params.id} id={params.id} />}</Route>
              <Route path="/print/exercise/:id">{(params) => <ExerciseReportPage key={params.id} id={params.id} />}</Route>
              <Route>
                <Shell>
                  <Routes />
                </Shell>
              </Route>
            </Switch>
          </Suspense>
        </Router>
      </StatusGate>
    </ToastProvider>
  );
}
