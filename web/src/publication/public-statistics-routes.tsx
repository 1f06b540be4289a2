import type { RouteObject } from 'react-router';
import { RouteErrorPage } from '../pages/RouteErrorPage.tsx';
import { PublicStatisticsPage } from './PublicStatisticsPage.tsx';
import { ReleasesPage } from './ReleasesPage.tsx';
import { RELEASES_PATH } from './releases-path.ts';

/** Outside RequireSession: anyone reads the released statistics without signing in. */
export const publicStatisticsRoutes: RouteObject[] = [
  { path: '/public/statistics', element: <PublicStatisticsPage />, errorElement: <RouteErrorPage /> },
  { path: '/public/statistics/:year', element: <PublicStatisticsPage />, errorElement: <RouteErrorPage /> },
];

/** Inside the signed-in frame: the commission's approvals and withdrawals (anyone else sees a 404 problem). */
export const releasesRoute: RouteObject = { path: RELEASES_PATH, element: <ReleasesPage /> };
